/**
 * Issue 21 item 10: whatever the add-in does to read fewer number formats on the web, a number
 * whose meaning depends on its format is read the same on every host. Targets and realisasi
 * typed as percentages (2 shown `200%`, 0.85, 1.5, 150 shown `15000%`), a `(%)` format that does
 * not scale, a text `85%`, and date-formatted helper cells, in the first rows of a sheet and far
 * below them (where the web reads the sheet in later row chunks): the CLI (exceljs), the add-in
 * with the desktop's limits and with the web's, at full and at scaled-down response sizes, read
 * the same numbers, and the numbers the formats say.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { CellValue, Grid, Ref } from '../../src/core/grid/grid';
import { loadWorkbook, sheetToGrid } from '../../src/cli/xlsx';
import { validateSheet } from '../../src/core/rules/validate';
import { validateWorkbook } from '../../src/core/workbook';
import { allIndikator, valuesOf } from '../../src/core/reader/model';
import { readRealisasi, realisasiCol } from '../../src/core/reader/realisasi';
import { planRealisasi } from '../../src/core/sheets/realisasi';
import { DESKTOP_LIMITS, type ReadLimits, SheetReader, WEB_LIMITS } from '../../src/excel/read';
import { ExcelSimulator, type SimOptions } from '../../src/sim/excelSim';
import { loadGrid } from '../../src/sim/load';
import { planToGrid, randomSpec, renderRapk } from '../../src/sample/generate';
import { ExcelGateway } from '../../src/excel/gateway';
import { OfficeJsBridge, officeJsRun } from '../support/officejs';
import { tmpDir } from '../support/cli';

const PROFILES: [string, SimOptions, ReadLimits][] = [
  ['Windows and Mac', { platform: 'desktop' }, DESKTOP_LIMITS],
  ['Excel on the web', { platform: 'web' }, WEB_LIMITS],
  ['Excel on the web with 24 KB responses', { platform: 'web', responseLimit: 24_000 }, { responseBytes: 24_000 }],
  ['Excel on the web with 60 KB responses', { platform: 'web', responseLimit: 60_000 }, { responseBytes: 60_000 }],
];

async function viaAddin(
  grids: readonly Grid[],
  opts: SimOptions,
  limits: ReadLimits,
  deferFormats = false,
): Promise<{ grids: Grid[]; syncs: number }> {
  const sim = new ExcelSimulator(opts);
  for (const g of grids) loadGrid(sim, g);
  const out = await sim.run(async (ctx) => {
    const c = ctx as unknown as Excel.RequestContext;
    const reader = new SheetReader(c, limits, deferFormats);
    const reads = grids.map((g) => reader.add(c.workbook.worksheets.getItem(g.name), g.name));
    await reader.finish();
    if (deferFormats) {
      // before the owed formats come, the grids lack them (on the web, when the sheet is long enough)
      if (limits.responseBytes !== null && (limits.fullFormatRows ?? Infinity) < grids[0]!.values.length)
        expect(reader.owesFormats).toBe(true);
      await reader.finishOwed();
      expect(reader.owesFormats).toBe(false);
    }
    return reads.map((r) => ({ ...r.grid!, name: r.name }));
  });
  return { grids: out, syncs: sim.totalSyncs };
}

async function viaCli(grids: readonly Grid[], name: string): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  for (const g of grids) {
    const ws = wb.addWorksheet(g.name);
    g.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = v;
        const f = g.formats?.[r]?.[c];
        if (f) cell.numFmt = f;
      }),
    );
  }
  const file = path.join(tmpDir(), `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  return (await loadWorkbook(file)).worksheets.map(sheetToGrid);
}

/** A copy of `g` with `cells` set (value and format). */
function withCells(g: Grid, cells: { at: Ref; v: CellValue; f: string | null }[]): Grid {
  const values = g.values.map((row) => [...row]);
  const formats = (g.formats ?? []).map((row) => [...row]);
  for (const { at, v, f } of cells) {
    while (values.length <= at.r) values.push([]);
    while (formats.length <= at.r) formats.push([]);
    values[at.r]![at.c] = v;
    formats[at.r]![at.c] = f;
  }
  return { ...g, values, formats };
}

/** [value, format, what the reader must read] */
const TYPED: [CellValue, string | null, number | null][] = [
  [2, '0%', 200],
  [0.85, '0%', 85],
  [1.5, '0.0%', 150],
  [150, '0%', 15000],
  [2.5, '0.00%', 250],
  [38, '0.00" (%)"', 38],
  ['85%', null, 85],
  [7.33, '0.00', 7.33],
];

function workbook(): { grids: Grid[]; targetAt: { at: Ref; want: number | null }[]; realisasiAt: { at: Ref; want: number | null }[] } {
  const rapk0 = planToGrid(renderRapk(randomSpec(4242, { sasaran: 6, indicatorsPerSasaran: 5, linesPerIndicator: 3 }), { layout: 'K' }));
  const inds = allIndikator(validateSheet(rapk0).model!);
  // the first indicator (in every host's first rows) and the last ones (far below: later chunks on the web)
  const picked = [inds[0]!, ...inds.slice(-3)];
  const targetAt: { at: Ref; want: number | null }[] = [];
  const cells: { at: Ref; v: CellValue; f: string | null }[] = [];
  for (const ind of picked) {
    ind.targets.forEach(({ cell: at }, k) => {
      if (!at) return;
      const [v, f, want] = TYPED[k % TYPED.length]!;
      cells.push({ at, v, f });
      targetAt.push({ at, want });
    });
  }
  // date-formatted helper cells below the table (a print date, a month typed as a date)
  const below = rapk0.values.length + 2;
  cells.push({ at: { r: below, c: 1 }, v: 'Dicetak', f: null }, { at: { r: below, c: 2 }, v: 46_027, f: 'dd/mm/yyyy' });
  cells.push({ at: { r: below + 1, c: 1 }, v: 'Bulan', f: null }, { at: { r: below + 1, c: 2 }, v: 45_778, f: 'mmm yyyy' });
  const rapk = withCells(rapk0, cells);
  // the Realisasi sheet of the same RAPK, realisasi typed as percentages in its first and last rows
  const real0 = planToGrid(planRealisasi(validateSheet(rapk).model!));
  const rows = [3, 4, real0.values.length - 2, real0.values.length - 1];
  const realisasiAt: { at: Ref; want: number | null }[] = [];
  const rcells: { at: Ref; v: CellValue; f: string | null }[] = [];
  rows.forEach((r, i) => {
    for (let k = 0; k < 4; k++) {
      const [v, f, want] = TYPED[(i * 4 + k) % TYPED.length]!;
      const at = { r, c: realisasiCol(k) };
      rcells.push({ at, v, f });
      realisasiAt.push({ at, want });
    }
  });
  return { grids: [rapk, withCells(real0, rcells)], targetAt, realisasiAt };
}

const targetsOf = (g: Grid): (number | null)[][] => allIndikator(validateSheet(g).model!).map((i) => valuesOf(i.targets));
const realisasiOf = (g: Grid): unknown[] => readRealisasi(g)!.rows.map((r) => r.values.realisasi);
const findings = (grids: readonly Grid[]): string[] =>
  validateWorkbook(grids).findings.map((f) => `${f.sheet}!${f.code}@${f.cells.join(',')} ${JSON.stringify(f.params)}`);

describe('numbers whose meaning depends on their format: every host reads them the same (issue 21 item 10)', () => {
  const wb = workbook();
  let cli: Grid[];
  beforeAll(async () => {
    cli = await viaCli(wb.grids, 'percent-formats');
  });

  it('the CLI reads the numbers the formats say (200 for 2 shown 200%, 15000 for 150 shown 15000%, 38 under a (%) label format)', () => {
    const byCell = new Map<string, number | null>();
    for (const ind of allIndikator(validateSheet(cli[0]!).model!))
      ind.targets.forEach(({ cell: at, value }) => at && byCell.set(`${at.r},${at.c}`, value));
    expect(wb.targetAt.length).toBeGreaterThan(40);
    for (const { at, want } of wb.targetAt) expect([at, byCell.get(`${at.r},${at.c}`)]).toEqual([at, want]);
    const real = readRealisasi(cli[1]!)!;
    const want = wb.realisasiAt.map((x) => x.want);
    const got = wb.realisasiAt.map(({ at }) => {
      const row = real.rows.find((x) => x.r === at.r)!;
      const v = row.values.realisasi[(at.c - realisasiCol(0)) / 2];
      return v?.kind === 'number' ? v.value : null;
    });
    expect(got).toEqual(want);
  });

  it.each(PROFILES)('the add-in on %s reads what the CLI reads', async (_, opts, limits) => {
    const addin = await viaAddin(wb.grids, opts, limits);
    expect(targetsOf(addin.grids[0]!)).toEqual(targetsOf(cli[0]!));
    expect(realisasiOf(addin.grids[1]!)).toEqual(realisasiOf(cli[1]!));
    expect(findings(addin.grids)).toEqual(findings(cli));
    // the scaled-down web profiles really read the sheets in row chunks
    if (limits.responseBytes !== null && limits.responseBytes <= 24_000) expect(addin.syncs).toBeGreaterThan(3);
  });
});

/**
 * Validasi on the web reads the formats of a long sheet's first rows with the values, and those
 * of the cells holding numbers further down afterwards (with the fills it loads anyway): the
 * findings are made again with every format. The first rows scaled down here (20) so that the
 * typed percentages fall where the formats come later.
 */
const DEFERRED: [string, SimOptions, ReadLimits][] = [
  ['Excel on the web, formats of rows past the 20th owed', { platform: 'web' }, { ...WEB_LIMITS, fullFormatRows: 20 }],
  [
    'Excel on the web with 24 KB responses, formats of rows past the 20th owed',
    { platform: 'web', responseLimit: 24_000 },
    { responseBytes: 24_000, fullFormatRows: 20 },
  ],
  ['Excel on the web, every format with the values (the sheet is short)', { platform: 'web' }, WEB_LIMITS],
];

describe('formats owed (issue 21 item 10): only the cells holding numbers, read later, and still every format the reader uses', () => {
  const wb = workbook();
  let cli: Grid[];
  beforeAll(async () => {
    cli = await viaCli(wb.grids, 'percent-formats-owed');
  });

  it.each(DEFERRED)('the reader with formats owed on %s reads what the CLI reads', async (_, opts, limits) => {
    const addin = await viaAddin(wb.grids, opts, limits, true);
    expect(targetsOf(addin.grids[0]!)).toEqual(targetsOf(cli[0]!));
    expect(realisasiOf(addin.grids[1]!)).toEqual(realisasiOf(cli[1]!));
    expect(findings(addin.grids)).toEqual(findings(cli));
  });

  async function validasi(opts: SimOptions, limits: ReadLimits, officeJs = false) {
    const sim = new ExcelSimulator({ ...opts, ...(officeJs ? { apiVersion: 17 } : {}) });
    for (const g of wb.grids) loadGrid(sim, g);
    const run = officeJs
      ? officeJsRun(new OfficeJsBridge(sim))
      : (b: (ctx: Excel.RequestContext) => Promise<unknown>) => sim.run((ctx) => b(ctx as unknown as Excel.RequestContext));
    const gw = new ExcelGateway(run as never, (n, v) => sim.isSetSupported(n, v), limits);
    const before = sim.totalSyncs;
    const r = await gw.validasi('id');
    return { findings: r.findings, marked: r.marked, syncs: sim.totalSyncs - before };
  }

  it.each(DEFERRED)('Validasi on %s makes the findings and marks of the desktop', async (_, opts, limits) => {
    const desktop = await validasi({ platform: 'desktop' }, DESKTOP_LIMITS);
    const web = await validasi(opts, limits);
    expect(web.findings).toEqual(desktop.findings);
    expect(web.marked).toBe(desktop.marked);
    // the typed percentages change the findings here: with formats owed, the cells the findings
    // made with every format mark that were not loaded take one more sync (3 without)
    if (limits.responseBytes === WEB_LIMITS.responseBytes) expect(web.syncs).toBe(limits.fullFormatRows ? 4 : 3);
    expect(desktop.syncs).toBe(3);
  });

  it("through Microsoft's client (its proxies and serializer), formats owed: the same findings", async () => {
    const desktop = await validasi({ platform: 'desktop' }, DESKTOP_LIMITS);
    const web = await validasi({ platform: 'web' }, { ...WEB_LIMITS, fullFormatRows: 20 }, true);
    expect(web.findings).toEqual(desktop.findings);
  });
});
