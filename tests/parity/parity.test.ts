/**
 * Parity (issue 10): one grid whatever the host. Every fixture and a set of generated
 * presentations go through the CLI path (an .xlsx file written, then read by exceljs and
 * `src/xlsx/grid.ts`) and through the add-in path (the Excel simulator read by the adapter's
 * `SheetReader`, with number formats, under the limits of Windows and Mac and under the 5 MB
 * responses of Excel on the web), and give the same findings.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Grid } from '../../src/core/grid/grid';
import { loadWorkbook, sheetToGrid } from '../../src/cli/xlsx';
import { realisasiForWorkbook, validateWorkbook } from '../../src/core/workbook';
import { allIndikator, valuesOf } from '../../src/core/reader/model';
import { HABITS, habitLayouts, renderHabit } from '../../src/sample/habits';
import { NO_TARGETS_LAYOUTS, renderNoTargets } from '../../src/sample/habitsNoTargets';
import { DESKTOP_LIMITS, type ReadLimits, SheetReader, WEB_LIMITS } from '../../src/excel/read';
import { ExcelSimulator, type SimOptions } from '../../src/sim/excelSim';
import { loadGrid } from '../../src/sim/load';
import { renderPresentation } from '../../src/sample/present';
import { fixtureGrids } from '../support/fixtures';
import { tmpDir } from '../support/cli';

const PLATFORMS: [string, SimOptions, ReadLimits][] = [
  ['Windows and Mac', { platform: 'desktop' }, DESKTOP_LIMITS],
  ['Excel on the web', { platform: 'web' }, WEB_LIMITS],
  // the web's cap scaled down, so sheets are read in row chunks: the formats come with every chunk
  ['Excel on the web with 24 KB responses', { platform: 'web', responseLimit: 24_000 }, { responseBytes: 24_000 }],
];

/** The add-in's grids: the sheets loaded into the simulator, read back by the adapter. */
async function viaAddin(grids: readonly Grid[], opts: SimOptions, limits: ReadLimits): Promise<Grid[]> {
  const sim = new ExcelSimulator(opts);
  for (const g of grids) loadGrid(sim, g);
  return sim.run(async (ctx) => {
    const c = ctx as unknown as Excel.RequestContext;
    const reader = new SheetReader(c, limits);
    const reads = grids.map((g) => reader.add(c.workbook.worksheets.getItem(g.name), g.name));
    await reader.finish();
    return reads.map((r) => ({ ...r.grid!, name: r.name }));
  });
}

/** The CLI's grids: the sheets written to an .xlsx file (values, number formats, merges), read back. */
async function viaCli(grids: readonly Grid[], dir: string, name: string): Promise<Grid[]> {
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
    for (const m of g.merges ?? []) ws.mergeCells(m.r1 + 1, m.c1 + 1, m.r2 + 1, m.c2 + 1);
    for (const c of g.hiddenCols ?? []) ws.getColumn(c + 1).hidden = true;
    if (g.hidden) ws.state = 'hidden';
  }
  const active = grids.findIndex((g) => g.active);
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: Math.max(0, active), visibility: 'visible' }];
  const file = path.join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  return (await loadWorkbook(file)).worksheets.map(sheetToGrid);
}

const findings = (grids: readonly Grid[]): string[] =>
  validateWorkbook(grids).findings.map(
    (f) => `${f.sheet}!${f.code}@${f.cells.join(',')} ${JSON.stringify(f.params)} ${f.expected ?? ''}/${f.actual ?? ''}`,
  );

describe.each(PLATFORMS)('parity: the CLI and the add-in on %s read the same grid', (_, opts, limits) => {
  it.each(['rapk-2024-rejang-lebong.xlsx', 'rapk-2024-rejang-lebong-errors.xlsx', 'rapk-2025-jember.xlsx', 'lakin-tw2-2024-dumai.xlsx'])(
    'fixture %s',
    async (name) => {
      const cli = await fixtureGrids(name);
      const addin = await viaAddin(cli, opts, limits);
      expect(findings(addin)).toEqual(findings(cli));
      expect(findings(cli).length).toBeGreaterThan(0);
    },
  );

  const dir = tmpDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const seeds = Array.from({ length: 40 }, (_, i) => 7000 + i);
  it(`${seeds.length} generated presentations (dates, % formats, Rupiah texts, float noise), with other sheets around`, async () => {
    for (const seed of seeds) {
      const r = renderPresentation(seed);
      const other: Grid = { name: 'Catatan', values: [['Catatan'], ['Indikator', 'Pagu'], ['x', 1_000_000]] };
      const grids = seed % 2 ? [other, r.grid] : [r.grid, other];
      const cli = await viaCli(grids, dir, String(seed));
      const addin = await viaAddin(grids, opts, limits);
      const expected = findings(grids);
      expect({ seed, cli: findings(cli) }).toEqual({ seed, cli: expected });
      expect({ seed, addin: findings(addin) }).toEqual({ seed, addin: expected });
    }
  });
});

/** What the reader took from the merged cells: each indicator's targets, each line's RO and KOMPONEN. */
const readings = (grids: readonly Grid[]): unknown =>
  validateWorkbook(grids).sheets.map((s) =>
    s.model ? allIndikator(s.model).map((i) => [i.targets, i.lines.map((l) => [l.ro, l.komponen, l.subKomponen])]) : null,
  );

describe.each(PLATFORMS)('parity on the Excel habits (issue 20): the CLI and the add-in on %s', (_, opts, limits) => {
  const dir = tmpDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  it.each(HABITS.map((h) => [h]))('%s, over 6 renderings', async (habit) => {
    for (const seed of [9100, 9103, 9107, 9111, 9115, 9122]) {
      const grids = [renderHabit(seed, habit).habit];
      const expected = findings(grids);
      expect({ seed, cli: findings(await viaCli(grids, dir, `${habit}-${seed}`)) }).toEqual({ seed, cli: expected });
      const addin = await viaAddin(grids, opts, limits);
      expect({ seed, addin: findings(addin) }).toEqual({ seed, addin: expected });
      // the merged cells (RO/KOMPONEN merged down, a target merged across B01:B12) are read alike
      expect({ seed, addin: readings(addin) }).toEqual({ seed, addin: readings(grids) });
    }
  });
  // the habits that render on every layout, forced on Layouts D and R (the seeds above are mostly K)
  it.each((['sideBlock', 'wrapLineText'] as const).flatMap((h) => (['D', 'R'] as const).map((l) => [h, l] as const)))(
    '%s on Layout %s, over 3 renderings',
    async (habit, layout) => {
      for (const seed of [9100, 9103, 9107]) {
        const grids = [renderHabit(seed, habit, { layout }).habit];
        const expected = findings(grids);
        expect({ seed, cli: findings(await viaCli(grids, dir, `${habit}-${layout}-${seed}`)) }).toEqual({ seed, cli: expected });
        expect({ seed, addin: findings(await viaAddin(grids, opts, limits)) }).toEqual({ seed, addin: expected });
      }
    },
  );
  // the habits once rendered on Layout K only, forced on Layouts D and R where they exist
  it.each(
    (['bulanKe', 'wrap3', 'filledDown', 'jumlahEach', 'kodeUraian'] as const).flatMap((h) =>
      habitLayouts(h)
        .filter((l) => l !== 'K')
        .map((l) => [h, l] as const),
    ),
  )('%s on Layout %s, over 3 renderings', async (habit, layout) => {
    for (const seed of [9100, 9103, 9107]) {
      const grids = [renderHabit(seed, habit, { layout }).habit];
      const expected = findings(grids);
      expect({ seed, cli: findings(await viaCli(grids, dir, `${habit}-${layout}-${seed}`)) }).toEqual({ seed, cli: expected });
      expect({ seed, addin: findings(await viaAddin(grids, opts, limits)) }).toEqual({ seed, addin: expected });
    }
  });
  it.each(['D', 'R'] as const)('a Jumlah row that does not add up on Layout %s: both hosts report it (A05)', async (layout) => {
    const g = renderHabit(9101, 'jumlahEach', { layout }).habit;
    const values = g.values.map((row) => {
      const c = row.indexOf('Jumlah');
      const k = row.findIndex((v, i) => i > c && typeof v === 'number');
      return c >= 0 && k >= 0 ? row.map((v, i) => (i === k ? (v as number) + 1000 : v)) : row;
    });
    const grids = [{ ...g, values }];
    const expected = findings(grids);
    expect(JSON.stringify(expected)).toContain('A05');
    expect(findings(await viaCli(grids, dir, `jumlah-wrong-${layout}`))).toEqual(expected);
    expect(findings(await viaAddin(grids, opts, limits))).toEqual(expected);
  });
  it("a hidden last-year RAPK before this year's visible one: both hosts see it hidden, and use this year's", async () => {
    const y2025 = renderHabit(9104, 'hiddenHelper').habit;
    const y2024: Grid = { ...renderHabit(9105, 'totalWording').plain.grid, name: 'RAPK 2023', hidden: true };
    const grids = [y2024, { ...y2025, name: 'RAPK 2025' }];
    for (const read of [await viaCli(grids, dir, 'hidden-sheet'), await viaAddin(grids, opts, limits)]) {
      expect(read.map((g) => [g.name, !!g.hidden, g.hiddenCols ?? []])).toEqual([
        ['RAPK 2023', true, []],
        ['RAPK 2025', false, y2025.hiddenCols],
      ]);
      expect(findings(read)).toEqual(findings(grids));
      const r = realisasiForWorkbook(read);
      expect('model' in r && [r.model.sheet, r.leftAside]).toEqual(['RAPK 2025', ['RAPK 2023']]);
    }
  });
  it.each(NO_TARGETS_LAYOUTS.map((l) => [l]))(
    'an indicator with no target before an unnumbered one (habitsNoTargets) on Layout %s, over 3 renderings',
    async (layout) => {
      for (const seed of [9100, 9103, 9107]) {
        const grids = [renderNoTargets(seed, { layout }).habit];
        const expected = findings(grids);
        expect({ seed, cli: findings(await viaCli(grids, dir, `notargets-${layout}-${seed}`)) }).toEqual({ seed, cli: expected });
        expect({ seed, addin: findings(await viaAddin(grids, opts, limits)) }).toEqual({ seed, addin: expected });
      }
    },
  );
});

describe('a host below ExcelApi 1.13 (no getMergedAreasOrNullObject): read without merges, and no false finding', () => {
  const old: SimOptions = { platform: 'desktop', apiVersion: 12 };
  const limits: ReadLimits = { ...DESKTOP_LIMITS, merges: false };
  const lineTexts = (grids: readonly Grid[]): string[][] =>
    validateWorkbook(grids).sheets.flatMap((s) => allIndikator(s.model).map((i) => i.lines.map((l) => l.ro)));
  it.each([['mergedDown'], ['targetMerged']] as const)('%s: the same findings as the CLI', async (habit) => {
    let spread = 0;
    for (const seed of [9100, 9103, 9107, 9111, 9115, 9122]) {
      const grids = [renderHabit(seed, habit).habit];
      const addin = await viaAddin(grids, old, limits);
      expect(addin[0]!.merges ?? []).toEqual([]);
      expect(addin[0]!.mergesUnknown).toBe(true);
      expect({ seed, addin: findings(addin) }).toEqual({ seed, addin: findings(grids) });
      // a target typed once in B01: January's value, the other months empty (not invented) and not missing (no T01)
      for (const s of validateWorkbook(addin).sheets)
        for (const i of allIndikator(s.model).filter((x) => x.targets.some((t) => t.maybeMerged))) {
          spread++;
          expect({ seed, targets: valuesOf(i.targets).slice(1) }).toEqual({ seed, targets: Array(11).fill(null) });
        }
    }
    if (habit === 'targetMerged') expect(spread).toBeGreaterThan(0);
  });
  it.each([[9100], [9103]])(
    'what degrades (seed %d): the lines under an RO merged down lose it (it is in the top-left cell only)',
    async (seed) => {
      const grids = [renderHabit(seed, 'mergedDown').habit];
      const addin = lineTexts(await viaAddin(grids, old, limits)).flat();
      const cli = lineTexts(grids).flat();
      expect(addin).toHaveLength(cli.length);
      // Layout K: an empty RO; Layout D: only its KRO
      expect(addin.filter((ro, i) => ro !== cli[i]).length).toBeGreaterThan(0);
    },
  );
});

describe("the CLI reads Excel's results", () => {
  it('a date-formatted formula returning "-" or #N/A reads as Excel gives it (no crash)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = { formula: 'IF(1,"-",0)', result: '-' } as ExcelJS.CellFormulaValue;
    ws.getCell('A1').numFmt = 'dd/mm/yyyy';
    ws.getCell('A2').value = { formula: 'NA()', result: { error: '#N/A' } } as ExcelJS.CellFormulaValue;
    ws.getCell('A2').numFmt = 'dd/mm/yyyy';
    ws.getCell('A3').value = 45292;
    ws.getCell('A3').numFmt = 'mmm yyyy';
    ws.getCell('A4').value = { formula: 'A3*2' } as ExcelJS.CellFormulaValue;
    const dir2 = tmpDir();
    const file = path.join(dir2, 'dates.xlsx');
    await wb.xlsx.writeFile(file);
    const g = sheetToGrid((await loadWorkbook(file)).worksheets[0]!);
    fs.rmSync(dir2, { recursive: true, force: true });
    expect(g.values).toEqual([['-'], ['#N/A'], [45292], [null]]);
    expect(g.noResult).toEqual([{ r: 3, c: 0 }]);
  });
});
