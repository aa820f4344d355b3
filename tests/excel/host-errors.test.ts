/**
 * Issue 21 items 5–7 on the simulator: what Excel refuses is named for what it is (a read-only
 * file is not a protected sheet; InactiveWorkbook, MergedRangeConflict, FilteredRangeConflict,
 * a protected structure for the Rekap), nothing is counted as changed before it is, formulas are
 * recalculated after the suspended writes, and the Ringkasan's old sheet survives any failure
 * of the new one (its chart included).
 */
import { UI } from '../../src/core/locales/pane';
import { sayProblem } from '../../src/core/problems';
import type { SheetPlan } from '../../src/core/sheets/plan';
import { GatewayError } from '../../src/gateway/contract';
import { chartsOf } from '../../src/sim/charts';
import { ExcelSimulator } from '../../src/sim/excelSim';
import { ExcelGateway } from '../../src/excel/gateway';
import { WEB_LIMITS } from '../../src/excel/read';
import { loadGrid } from '../../src/sim/load';
import { fixtureGrids } from '../support/fixtures';
import { OfficeJsBridge, officeJsRun } from '../support/officejs';
import { gatewayOn, simWith, snapshot } from '../support/sim';

async function failure(run: () => Promise<unknown>): Promise<GatewayError> {
  try {
    await run();
  } catch (e) {
    expect(e).toBeInstanceOf(GatewayError);
    return e as GatewayError;
  }
  throw new Error('the command did not fail');
}

/** Both languages have a sentence of their own for the kind (not the generic one). */
function explained(g: GatewayError): void {
  for (const lang of ['id', 'en'] as const) {
    const text = sayProblem(UI[lang].errors, g.problem);
    expect(text.length).toBeGreaterThan(20);
    expect(text).not.toBe(UI[lang].errors.office({ kind: 'office' }));
  }
}

/** The Dumai LAKIN with indicator 01.02's Kode gone: the refresh has rows to write (tests/excel/faults.test.ts). */
async function dumaiToRefresh(): Promise<ReturnType<typeof simWith> extends Promise<infer T> ? T : never> {
  const r = await simWith('lakin-tw2-2024-dumai.xlsx');
  r.sim.store.cellW(r.sim.store.sheet('Realisasi 2024')!, 4, 0).value = null;
  return r;
}

const tinyRekap = (name = 'Rekap TW II 2025'): SheetPlan => ({
  name,
  rows: 2,
  cols: 2,
  cells: [
    { r: 0, c: 0, value: 'Unit' },
    { r: 0, c: 1, value: 'NPSS' },
    { r: 1, c: 0, value: 'LOKA POM DI DUMAI' },
    { r: 1, c: 1, value: 101.5 },
  ],
  merges: [],
  widths: [30, 10],
});

describe('a read-only or view-only file', () => {
  it.each([
    ['Validasi', (gw: ReturnType<typeof gatewayOn>) => gw.validasi('id'), 'rapk-2024-rejang-lebong-errors.xlsx'],
    ['Realisasi (new sheet)', (gw: ReturnType<typeof gatewayOn>) => gw.realisasi('id'), 'rapk-2025-jember.xlsx'],
    ['Realisasi (refresh)', (gw: ReturnType<typeof gatewayOn>) => gw.realisasi('id'), 'lakin-tw2-2024-dumai.xlsx'],
    ['Ringkasan', (gw: ReturnType<typeof gatewayOn>) => gw.ringkasan(2, 'id'), 'lakin-tw2-2024-dumai.xlsx'],
    ['Rekap', (gw: ReturnType<typeof gatewayOn>) => gw.writeRekap(tinyRekap(), 'id'), 'lakin-tw2-2024-dumai.xlsx'],
  ])('%s: "read-only", not "sheet protected"; nothing changed', async (name, run, fixture) => {
    const { sim, gw } = name.includes('refresh') ? await dumaiToRefresh() : await simWith(fixture);
    sim.store.readOnly = true;
    const before = snapshot(sim);
    const g = await failure(() => run(gw));
    expect(g).toMatchObject({ kind: 'readOnly', officeCode: 'AccessDenied', done: 'nothing' });
    explained(g);
    expect(UI.en.errors.readOnly({ kind: 'readOnly' })).toMatch(/read-only/);
    expect(UI.id.errors.readOnly({ kind: 'readOnly' })).toMatch(/hanya-baca/);
    expect(snapshot(sim)).toEqual(before);
    expect(sim.store.settings.size).toBe(0);
  });

  it('a protected sheet is still "protected", naming the sheet', async () => {
    const { sim, gw } = await simWith('rapk-2024-rejang-lebong-errors.xlsx');
    sim.store.sheets[0]!.protected = true;
    const g = await failure(() => gw.validasi('id'));
    expect(g.kind).toBe('protected');
  });

  it('AccessDenied with nothing protected and the file editable is said as such', async () => {
    const { sim, gw } = await simWith('rapk-2025-jember.xlsx');
    sim.resetStats();
    sim.failSync(2, { before: (_t, what) => what === 'add', code: 'AccessDenied' });
    const g = await failure(() => gw.realisasi('id'));
    expect(g).toMatchObject({ kind: 'accessDenied', done: 'nothing' });
    explained(g);
  });
});

describe("Excel's conflicts get their own message", () => {
  it('InactiveWorkbook (another workbook took the focus): nothing changed', async () => {
    const { sim, gw } = await simWith('rapk-2025-jember.xlsx');
    sim.store.inactive = true;
    const before = snapshot(sim);
    const g = await failure(() => gw.realisasi('id'));
    expect(g).toMatchObject({ kind: 'inactiveWorkbook', officeCode: 'InactiveWorkbook', done: 'nothing' });
    explained(g);
    expect(snapshot(sim)).toEqual(before);
  });

  it('FilteredRangeConflict: an AutoFiltered Realisasi sheet refuses the refresh', async () => {
    const { sim, gw } = await dumaiToRefresh();
    // indicators 01.02 and 01.03 gone from the sheet: the refresh adds two rows below the table
    sim.store.cellW(sim.store.sheet('Realisasi 2024')!, 5, 0).value = null;
    sim.store.sheet('Realisasi 2024')!.filtered = true;
    const g = await failure(() => gw.realisasi('id'));
    expect(g).toMatchObject({ kind: 'filteredConflict', officeCode: 'FilteredRangeConflict' });
    explained(g);
    // the filter cleared, the refresh finishes
    sim.store.sheet('Realisasi 2024')!.filtered = false;
    await expect(gw.realisasi('id')).resolves.toMatchObject({ created: false });
  });

  it('MergedRangeConflict: the simulator refuses a merge across a merged area; the pane names it', async () => {
    const sim = new ExcelSimulator();
    const s = sim.store.addSheet('S');
    s.merges.push({ r1: 0, c1: 0, r2: 1, c2: 1 });
    await expect(
      sim.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange('B2:C3').merge(false);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'MergedRangeConflict' });
    const { sim: sim2, gw } = await dumaiToRefresh();
    sim2.resetStats();
    sim2.failSync(3, { before: (_t, what) => what === 'values', code: 'MergedRangeConflict' });
    const g = await failure(() => gw.realisasi('id'));
    expect(g).toMatchObject({ kind: 'mergedConflict', officeCode: 'MergedRangeConflict' });
    explained(g);
  });
});

describe('the Rekap sheet', () => {
  it('a protected workbook structure is refused before anything is written', async () => {
    const { sim, gw } = await simWith('lakin-tw2-2024-dumai.xlsx');
    sim.store.structureProtected = true;
    const before = snapshot(sim);
    const g = await failure(() => gw.writeRekap(tinyRekap(), 'id'));
    expect(g).toMatchObject({ kind: 'structureProtected', done: 'nothing' });
    expect(snapshot(sim)).toEqual(before);
  });

  it('a failure while writing the new sheet leaves the old one and counts nothing as changed', async () => {
    const { sim, gw } = await simWith('lakin-tw2-2024-dumai.xlsx');
    await gw.writeRekap(tinyRekap(), 'id');
    const before = snapshot(sim);
    // every sync of the write (1: the sheets, 2: the old sheet's protection, 3: the new sheet
    // and the swap), and inside the last one before its values and half-way
    const faults: [number, Parameters<ExcelSimulator['failSync']>[1]][] = [
      [1, 'before'],
      [2, 'before'],
      [3, 'before'],
      [3, { before: (_t, what) => what === 'values' }],
      [3, 'middle'],
    ];
    for (const [n, how] of faults) {
      sim.resetStats();
      sim.failSync(n, how);
      const g = await failure(() => gw.writeRekap({ ...tinyRekap(), cells: [...tinyRekap().cells, { r: 1, c: 1, value: 99 }] }, 'id'));
      expect(g.done).toBe('nothing');
      expect(snapshot(sim)).toEqual(before);
    }
  });
});

describe('formulas after the suspended writes (item 6)', () => {
  it('the simulator marks formulas stale when cells are written with calculation suspended and nothing recalculates', async () => {
    const sim = new ExcelSimulator();
    sim.store.addSheet('S');
    await sim.run(async (ctx) => {
      ctx.workbook.application.suspendApiCalculationUntilNextSync();
      ctx.workbook.worksheets.getItem('S').getRange('A1').values = [[1]];
      await ctx.sync();
    });
    expect(sim.store.calcStale).toBe(true);
    await sim.run(async (ctx) => {
      ctx.workbook.application.calculate('Recalculate');
      await ctx.sync();
    });
    expect(sim.store.calcStale).toBe(false);
  });

  it.each([
    ['Realisasi refresh', 'lakin-tw2-2024-dumai.xlsx', (gw: ReturnType<typeof gatewayOn>) => gw.realisasi('id'), 3],
    ['Realisasi new sheet', 'rapk-2025-jember.xlsx', (gw: ReturnType<typeof gatewayOn>) => gw.realisasi('id'), 2],
    ['Ringkasan', 'lakin-tw2-2024-dumai.xlsx', (gw: ReturnType<typeof gatewayOn>) => gw.ringkasan(2, 'id'), 3],
    ['Rekap', 'lakin-tw2-2024-dumai.xlsx', (gw: ReturnType<typeof gatewayOn>) => gw.writeRekap(tinyRekap(), 'id'), 2],
  ])('%s recalculates in its last write batch, within its syncs', async (_name, fixture, run, syncs) => {
    const { sim, gw } = await simWith(fixture);
    sim.resetStats();
    await run(gw);
    expect(sim.store.calcStale).toBe(false);
    expect(sim.totalSyncs).toBe(syncs);
  });
});

describe('the Ringkasan swap (item 7)', () => {
  it('a failure in the chart leaves the old Ringkasan sheet intact and no copy behind', async () => {
    const { sim, gw } = await simWith('lakin-tw2-2024-dumai.xlsx');
    const first = await gw.ringkasan(2, 'id');
    const before = snapshot(sim);
    const charts = JSON.stringify([...chartsOf(sim.store.sheet(first.sheet)!)], (_k, v) => (v instanceof Map ? [...v] : v));
    for (const what of ['add', 'setValues', 'points(0).fill']) {
      sim.resetStats();
      sim.failSync(3, { before: (target, w) => target.includes('/charts/') && w === what });
      const g = await failure(() => gw.ringkasan(2, 'id'));
      expect(g.done).toBe('nothing');
      expect(snapshot(sim)).toEqual(before);
      expect(sim.store.sheets.map((s) => s.name)).toEqual((before as { name: string }[]).map((s) => s.name));
      expect(JSON.stringify([...chartsOf(sim.store.sheet(first.sheet)!)], (_k, v) => (v instanceof Map ? [...v] : v))).toBe(charts);
    }
    // and once the chart can be drawn, the new sheet replaces the old one in its place
    const positions = sim.store.sheets.map((s) => s.name);
    await gw.ringkasan(2, 'id');
    expect(sim.store.sheets.map((s) => s.name)).toEqual(positions);
  });

  it("every series is added and set explicitly: names, values and categories from the plan, not Excel's guess", async () => {
    const { sim, gw } = await simWith('lakin-tw2-2024-dumai.xlsx');
    const r = await gw.ringkasan(2, 'en');
    const [chart] = chartsOf(sim.store.sheet(r.sheet)!);
    expect(chart!.series).toHaveLength(2);
    const [bars, line] = chart!.series;
    expect(bars!.chartType).toBe('ColumnClustered');
    expect(line!.chartType).toBe('Line');
    for (const s of [bars!, line!]) {
      expect(s.name).not.toMatch(/^Series\d/);
      expect(s.values).toMatch(/^[A-Z]+\d+:[A-Z]+\d+$/);
      expect(s.xValues).toMatch(/^A\d+:A\d+$/);
    }
    // the chart was created over the bars' values alone
    expect(chart!.source).toBe(bars!.values);
  });
});

describe("through Microsoft's office.js client (its batches run on the simulator)", () => {
  async function viaOfficeJs(fixture: string): Promise<{ sim: ExcelSimulator; gw: ExcelGateway }> {
    const sim = new ExcelSimulator({ apiVersion: 17 });
    for (const g of await fixtureGrids(fixture)) loadGrid(sim, g);
    return { sim, gw: new ExcelGateway(officeJsRun(new OfficeJsBridge(sim)), (n, v) => sim.isSetSupported(n, v), WEB_LIMITS) };
  }

  it('a read-only file: the look after AccessDenied (workbook.readOnly) runs through the client too', async () => {
    const { sim, gw } = await viaOfficeJs('rapk-2025-jember.xlsx');
    sim.store.readOnly = true;
    const before = snapshot(sim);
    const g = await failure(() => gw.realisasi('id'));
    expect(g).toMatchObject({ kind: 'readOnly', done: 'nothing' });
    expect(snapshot(sim)).toEqual(before);
  });

  it('the Ringkasan: explicit series and the recalculation go through the client', async () => {
    const { sim, gw } = await viaOfficeJs('lakin-tw2-2024-dumai.xlsx');
    const r = await gw.ringkasan(2, 'id');
    const [chart] = chartsOf(sim.store.sheet(r.sheet)!);
    expect(chart!.series.map((s) => s.chartType)).toEqual(['ColumnClustered', 'Line']);
    expect(chart!.series.every((s) => /^A\d+:A\d+$/.test(s.xValues ?? ''))).toBe(true);
    expect(sim.store.calcStale).toBe(false);
  });
});
