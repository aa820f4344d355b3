/**
 * Validasi with merged areas owed (issue 21 item 10): the first batch asks for the areas of a
 * sheet's first rows only (16,384 on Windows and Mac, 4,096 on the web); Validasi makes its
 * findings as soon as the values are read, and the areas of the rows below come with the fills
 * of the cells those findings mark (`lateMerges` in src/excel/read.ts). Those first findings
 * are provisional: the marks are those of the sheet with every area read, as the CLI makes
 * them, on sheets where the areas change the findings (a target merged across the months; an
 * RO and KOMPONEN merged down a budget sub-table), in the syncs of a sheet whose areas all
 * came first. The first batch's share is scaled down here (`headMergeRows`) so that a RAPK of
 * a few hundred rows has most of its areas owed, as a 50,000-row one has.
 */
import type { Grid } from '../../src/core/grid/grid';
import { validateWorkbook } from '../../src/core/workbook';
import type { ReadLimits } from '../../src/excel/read';
import { ExcelSimulator, type SimOptions } from '../../src/sim/excelSim';
import { loadGrid } from '../../src/sim/load';
import { fixtureGrids } from '../support/fixtures';
import { DESKTOP, WEB, WEB_60KB, codes, gatewayWith, kRapk, marksOf } from './lateMerges';

const PROFILES = [DESKTOP, WEB, WEB_60KB];

/** The habit's RAPK with a wrong amount in every third budget line: findings to mark, below the first rows too. */
function planted(seed: number, habit: 'targetMerged' | 'mergedDown'): Grid {
  const g = kRapk(seed, habit);
  const values = g.values.map((r) => [...r]);
  const head = values.findIndex((r) => r.includes('KONTRIBUSI'));
  const k = head >= 0 ? values[head]!.indexOf('KONTRIBUSI') : -1;
  let n = 0;
  if (k >= 0) for (const row of values) if (typeof row[k] === 'number' && n++ % 3 === 0) row[k] = (row[k] as number) + 1;
  return { ...g, values };
}

interface Run {
  findings: string[];
  fills: string[];
  notes: string[];
  syncs: number;
}

async function validasi(g: Grid, opts: SimOptions, limits: ReadLimits): Promise<Run> {
  const sim = new ExcelSimulator(opts);
  loadGrid(sim, g);
  const r = await gatewayWith(sim, limits).validasi('id');
  return { findings: codes(r.findings), ...marksOf(sim), syncs: sim.totalSyncs };
}

const SEEDS = [3, 17, 29, 41];

describe('Validasi with the merged areas of most rows owed: the marks of the sheet with every area read', () => {
  it('the areas change the findings of a target merged across the months (without them: targets missing)', () => {
    // (RO and KOMPONEN merged down: read the same either way, by the reader's own rules)
    for (const habit of ['targetMerged'] as const) {
      let differ = 0;
      for (const seed of SEEDS) {
        const g = planted(seed, habit);
        expect(g.merges!.filter((m) => m.r1 > 16).length).toBeGreaterThan(0);
        const all = validateWorkbook([g]).findings.map((f) => f.code);
        const none = validateWorkbook([{ ...g, merges: [] }]).findings.map((f) => f.code);
        if (JSON.stringify(all) !== JSON.stringify(none)) differ++;
      }
      expect({ habit, differ }).toEqual({ habit, differ: SEEDS.length });
    }
  });

  it.each(PROFILES)('%s: the findings, fills and notes of the run with every area asked first, in its syncs', async (_, opts, limits) => {
    for (const habit of ['targetMerged', 'mergedDown'] as const)
      for (const seed of SEEDS) {
        const g = planted(seed, habit);
        const cli = codes(validateWorkbook([g]).findings);
        expect(cli.length).toBeGreaterThan(0);
        // every area in the first batch (the sheet is far shorter than the default share)
        const first = await validasi(g, opts, limits);
        // the areas of all but the first 16 rows owed
        const late = await validasi(g, opts, { ...limits, headMergeRows: 16 });
        expect({ habit, seed, findings: late.findings }).toEqual({ habit, seed, findings: cli });
        expect(first.findings).toEqual(cli);
        expect(late.fills).toEqual(first.fills);
        expect(late.notes).toEqual(first.notes);
        // the provisional findings mark more cells (every merged month a missing target), never
        // fewer: their fills are loaded with the areas, and no sync is added
        expect({ habit, seed, syncs: late.syncs }).toEqual({ habit, seed, syncs: first.syncs });
      }
  });
});

describe('the fills of the marked cells are loaded in batches whose responses fit', () => {
  it('Excel on the web with 60 KB responses: ~760 cells marked (targets and amounts typed as text), no batch refused', async () => {
    const g = kRapk(3, 'targetMerged', { targetStyle: 'textPercent', moneyStyle: 'textId' });
    const cli = validateWorkbook([g]).findings;
    const cells = new Set(cli.flatMap((f) => f.cells));
    expect(cells.size).toBeGreaterThan(700);
    const sim = new ExcelSimulator({ platform: 'web', responseLimit: 60_000 });
    loadGrid(sim, g);
    const r = await gatewayWith(sim, { responseBytes: 60_000, headMergeRows: 16 }).validasi('id');
    expect(codes(r.findings)).toEqual(codes(cli));
    expect(sim.records.filter((x) => x.refused)).toEqual([]);
    expect(Math.max(...sim.records.map((x) => x.responseBytes))).toBeLessThan(60_000);
  });
});

describe("the real documents with every merged area owed but the first row's: the marks of the first-batch read", () => {
  const FIXTURES = [
    'rapk-2023-dharmasraya.xlsx',
    'rapk-2024-bpom-pusat.xlsx',
    'rapk-2024-rejang-lebong.xlsx',
    'rapk-2024-rejang-lebong-errors.xlsx',
    'rapk-2025-jember.xlsx',
  ];
  it.each(PROFILES)('%s', async (_, opts, limits) => {
    for (const name of FIXTURES) {
      const grids = await fixtureGrids(name);
      // the RAPK sheet first: the active sheet Validasi checks
      const g = grids.find((x) => (x.merges?.length ?? 0) > 0) ?? grids[0]!;
      const first = await validasi(g, opts, limits);
      const late = await validasi(g, opts, { ...limits, headMergeRows: 1 });
      expect({ name, findings: late.findings }).toEqual({ name, findings: first.findings });
      expect({ name, fills: late.fills, notes: late.notes }).toEqual({ name, fills: first.fills, notes: first.notes });
      // one more sync at most: for cells only the merged areas make marked
      expect({ name, merges: (g.merges?.length ?? 0) > 0, findings: first.findings.length > 0 }).toEqual({
        name,
        merges: true,
        findings: true,
      });
      expect(late.syncs - first.syncs).toBeGreaterThanOrEqual(0);
      expect(late.syncs - first.syncs).toBeLessThanOrEqual(1);
    }
  });
});
