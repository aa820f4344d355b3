/**
 * The marks record and the LTSC path through Microsoft's office.js client (its serialized
 * `GetByNamespace` / `GetOnlyItemOrNullObject` / `GetXml` / `SetXml` / `Add` / `Delete`, executed by
 * the simulator): the same outcome as on the simulator's own proxies.
 */
import { ExcelGateway } from '../../src/excel/gateway';
import { WEB_LIMITS } from '../../src/excel/read';
import { ExcelSimulator, type SimOptions } from '../../src/sim/excelSim';
import { loadGrid } from '../../src/sim/load';
import { fixtureGrids } from '../support/fixtures';
import { OfficeJsBridge, officeJsRun } from '../support/officejs';
import { snapshot } from '../support/sim';

const FIXTURE = 'rapk-2024-rejang-lebong-errors.xlsx';

async function viaOfficeJs(opts: SimOptions): Promise<{ sim: ExcelSimulator; gw: ExcelGateway; bridge: OfficeJsBridge }> {
  const sim = new ExcelSimulator(opts);
  for (const g of await fixtureGrids(FIXTURE)) loadGrid(sim, g);
  const bridge = new OfficeJsBridge(sim);
  return { sim, bridge, gw: new ExcelGateway(officeJsRun(bridge), (n, v) => sim.isSetSupported(n, v), WEB_LIMITS) };
}

describe("the marks record through Microsoft's client", () => {
  it('Validasi twice reads the record it wrote (the originals are kept), Hapus tanda removes it: the workbook as before', async () => {
    const ms = await viaOfficeJs({ apiVersion: 17 });
    const s = ms.sim.store.sheet('RAPK 2024')!;
    ms.sim.store.cellW(s, 25, 15).fill = { color: '#C6E0B4', pattern: 'Solid' };
    const before = snapshot(ms.sim);
    await ms.gw.validasi('id');
    expect(ms.sim.store.customXmlParts).toHaveLength(1);
    const id = ms.sim.store.customXmlParts[0]!.id;
    await ms.gw.validasi('en');
    // the same part rewritten (setXml), not a second one
    expect(ms.sim.store.customXmlParts.map((p) => p.id)).toEqual([id]);
    expect((await ms.gw.precheck()).hasMarks).toBe(true);
    expect(await ms.gw.hapusTanda()).toEqual({ restored: 12 });
    expect(snapshot(ms.sim)).toEqual(before);
    expect(ms.sim.store.customXmlParts).toEqual([]);
    expect(ms.bridge.syncs.filter((x) => x.error)).toEqual([]);
  });

  it('Excel 2021 LTSC: the NotImplemented of threaded comments comes back as its code; Validasi retries without them', async () => {
    const ms = await viaOfficeJs({ apiVersion: 14, commentsNotImplemented: true });
    const r = await ms.gw.validasi('id');
    expect(r).toMatchObject({ marked: 12, noteMode: 'none' });
    expect(ms.bridge.syncs.filter((x) => x.error).map((x) => x.error)).toEqual(['NotImplemented']);
    expect(await ms.gw.hapusTanda()).toEqual({ restored: 12 });
  });
});
