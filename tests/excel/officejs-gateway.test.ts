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
import { chartsOf } from '../../src/sim/charts';
import { SETTINGS_SHEET } from '../../src/core/settings';
import { validateWorkbook } from '../../src/core/workbook';

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

  it('Pengaturan, Validasi on the settings sheet and the capaian chart (issue 13): the same as on the simulator', async () => {
    const ms = await viaOfficeJs('lakin-tw2-2024-dumai.xlsx');
    const own = await simWith('lakin-tw2-2024-dumai.xlsx', { apiVersion: 17 });
    expect(await ms.gw.pengaturan('sekretariat-utama', 'id')).toEqual({ sheet: SETTINGS_SHEET, created: true });
    expect(await own.gw.pengaturan('sekretariat-utama', 'id')).toEqual({ sheet: SETTINGS_SHEET, created: true });
    expect(snapshot(ms.sim)).toEqual(snapshot(own.sim));
    // an invalid band, marked in place (comments at ExcelApi 1.17, each added on a Range)
    for (const sim of [ms.sim, own.sim]) {
      const s = sim.store.sheet(SETTINGS_SHEET)!;
      const kr = [...s.cells.entries()].find(([k, c]) => c.value === 'Kriteria Indikator' && k.endsWith(',0'))!;
      sim.store.writeValue(s, Number(kr[0].split(',')[0]) + 4, 0, 75);
      sim.store.activeId = s.id;
    }
    const v = await ms.gw.validasi('id');
    expect(v).toEqual(await own.gw.validasi('id'));
    expect(v.findings.map((f) => f.code)).toEqual(['M02']);
    expect(v.marked).toBe(1);
    expect(snapshot(ms.sim)).toEqual(snapshot(own.sim));
    expect(ms.sim.store.sheet(SETTINGS_SHEET)!.comments).toHaveLength(1);
    expect(await ms.gw.hapusTanda()).toEqual({ restored: 1 });
    expect(await own.gw.hapusTanda()).toEqual({ restored: 1 });
    expect(ms.sim.store.sheet(SETTINGS_SHEET)!.comments).toEqual([]);
    // a valid band again: Ringkasan and its chart
    for (const sim of [ms.sim, own.sim]) {
      const s = sim.store.sheet(SETTINGS_SHEET)!;
      const kr = [...s.cells.entries()].find(([k, c]) => c.value === 'Kriteria Indikator' && k.endsWith(',0'))!;
      sim.store.writeValue(s, Number(kr[0].split(',')[0]) + 4, 0, 70);
    }
    expect(await ms.gw.ringkasan(2, 'id')).toEqual(await own.gw.ringkasan(2, 'id'));
    expect(snapshot(ms.sim)).toEqual(snapshot(own.sim));
    const charts = chartsOf(ms.sim.store.sheet('Ringkasan TW II 2024')!);
    expect(charts).toHaveLength(1);
    expect(charts).toEqual(chartsOf(own.sim.store.sheet('Ringkasan TW II 2024')!));
    expect(ms.bridge.syncs.filter((s) => s.error)).toEqual([]);
  });

  it('Realisasi refreshed in place (issue 16): the same cells as on the simulator, the sheet kept', async () => {
    const ms = await viaOfficeJs('rapk-2025-jember.xlsx');
    const own = await simWith('rapk-2025-jember.xlsx', { apiVersion: 17 });
    expect(await ms.gw.realisasi('id')).toEqual(await own.gw.realisasi('id'));
    const id = ms.sim.store.sheet('Realisasi 2025')!.id;
    // the RAPK changes the TW I target of the first indicator; the planner adds a column
    const model = validateWorkbook((await fixtureGrids('rapk-2025-jember.xlsx')).slice(0, 1)).sheets[0]!.model;
    const cell = model.sasaran[0]!.indikator[0]!.targets[2]!.cell!;
    const old = ms.sim.store.cell(ms.sim.store.sheet('Realisasi 2025')!, 3, 6)!.value as number;
    for (const sim of [ms.sim, own.sim]) {
      const s = sim.store.sheet('Realisasi 2025')!;
      sim.store.cellW(s, 2, 19).value = 'Keterangan';
      sim.store.cellW(s, 3, 19).value = 'sesuai laporan TW I';
      sim.store.cellW(sim.store.sheet('RAPK 2025')!, cell.r, cell.c).value = old + 5;
      sim.store.activeId = sim.store.sheet('RAPK 2025')!.id;
    }
    const r = await ms.gw.realisasi('id');
    expect(r).toEqual({
      sheet: 'Realisasi 2025',
      rows: 12,
      // rows with typed values kept (issue 22.9): nothing was typed in this fixture's Realisasi
      kept: 0,
      orphans: 0,
      created: false,
      // the fixture's one real RAPK error (its Total row) is said, not hidden
      rapkErrors: [
        {
          code: 'A05',
          severity: 'error',
          sheet: 'RAPK 2025',
          cells: ['L75'],
          expected: 7829237000,
          actual: 874624000,
          params: { kind: 'grand', row: 75 },
        },
      ],
    });
    expect(r).toEqual(await own.gw.realisasi('id'));
    const s = ms.sim.store.sheet('Realisasi 2025')!;
    expect(s.id).toBe(id);
    expect(ms.sim.store.cell(s, 3, 6)!.value).toBe(old + 5);
    expect(ms.sim.store.cell(s, 3, 19)!.value).toBe('sesuai laporan TW I');
    expect(snapshot(ms.sim)).toEqual(snapshot(own.sim));
    expect(ms.bridge.syncs.filter((s) => s.error)).toEqual([]);
  });

  it("Excel's errors come back through Microsoft's client with their codes: a protected structure, a protected sheet", async () => {
    const ms = await viaOfficeJs('lakin-tw2-2024-dumai.xlsx');
    // no Realisasi sheet yet: Realisasi would add one (an existing one is refreshed in place)
    ms.sim.store.removeSheet(ms.sim.store.sheet('Realisasi 2024')!.id);
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
