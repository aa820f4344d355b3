/**
 * The adapter's commands through Microsoft's office.js client (its proxies, load/sync and
 * PropertyNotLoaded; its serialized batches executed by our simulator): the same workbook as
 * on the simulator's own proxies, and every request under 4 MB as Microsoft serializes it.
 */
import { ExcelGateway } from '../../src/excel/gateway';
import { WEB_LIMITS } from '../../src/excel/read';
import { ExcelSimulator } from '../../src/sim/excelSim';
import { loadGrid } from '../../src/sim/load';
import { fixtureGrids } from '../support/fixtures';
import { OfficeJsBridge, officeJsRun } from '../support/officejs';
import { simWith, snapshot } from '../support/sim';

/** ExcelApi 1.17 at most: this version of the client has no `worksheet.notes` (1.18), so marks are comments. */
async function viaOfficeJs(fixture: string, apiVersion = 17): Promise<{ sim: ExcelSimulator; gw: ExcelGateway; bridge: OfficeJsBridge }> {
  const sim = new ExcelSimulator({ apiVersion });
  for (const g of await fixtureGrids(fixture)) loadGrid(sim, g);
  const bridge = new OfficeJsBridge(sim);
  return { sim, bridge, gw: new ExcelGateway(officeJsRun(bridge), (n, v) => sim.isSetSupported(n, v), WEB_LIMITS) };
}

const FIXTURE = 'rapk-2024-rejang-lebong-errors.xlsx';

describe("the adapter through Microsoft's office.js client", () => {
  it('Validasi and Hapus tanda: the same marks and the same restore as on the simulator', async () => {
    const ms = await viaOfficeJs(FIXTURE);
    const own = await simWith(FIXTURE, { apiVersion: 17 });
    const before = snapshot(ms.sim);
    const a = await ms.gw.validasi('id');
    const b = await own.gw.validasi('id');
    expect(a).toEqual(b);
    expect(snapshot(ms.sim)).toEqual(snapshot(own.sim));
    expect(await ms.gw.hapusTanda()).toEqual({ restored: 12 });
    expect(snapshot(ms.sim)).toEqual(before);
    expect(ms.bridge.syncs.filter((s) => s.error)).toEqual([]);
  });

  it('Realisasi and Ringkasan: the same sheets as on the simulator, every request under 4 MB', async () => {
    const ms = await viaOfficeJs('lakin-tw2-2024-dumai.xlsx');
    const own = await simWith('lakin-tw2-2024-dumai.xlsx', { apiVersion: 17 });
    expect(await ms.gw.realisasi('id')).toEqual(await own.gw.realisasi('id'));
    const a = await ms.gw.ringkasan(2, 'id');
    expect(a).toEqual(await own.gw.ringkasan(2, 'id'));
    expect(snapshot(ms.sim)).toEqual(snapshot(own.sim));
    expect(ms.bridge.syncs.filter((s) => s.error)).toEqual([]);
    expect(Math.max(...ms.bridge.syncs.map((s) => s.requestBytes))).toBeLessThan(4 * 1024 * 1024);
  });

  it("Excel's errors come back through Microsoft's client with their codes: a protected structure, a protected sheet", async () => {
    const ms = await viaOfficeJs('lakin-tw2-2024-dumai.xlsx');
    ms.sim.store.structureProtected = true;
    await expect(ms.gw.realisasi('id')).rejects.toMatchObject({ kind: 'structureProtected', done: 'nothing' });
    ms.sim.store.structureProtected = false;
    const v = await viaOfficeJs(FIXTURE);
    v.sim.store.sheet('RAPK 2024')!.protected = true;
    await expect(v.gw.validasi('id')).rejects.toMatchObject({ kind: 'protected', done: 'nothing' });
    // a write the simulator refuses (AccessDenied) is reported with its office-js code
    const w = await viaOfficeJs(FIXTURE);
    w.sim.onSync = (n) => {
      if (n === 3) w.sim.store.sheet('RAPK 2024')!.protected = true;
    };
    await expect(w.gw.validasi('id')).rejects.toMatchObject({ kind: 'protected', officeCode: 'AccessDenied' });
  });
});
