/**
 * Review (session 8, `lateMerges`): merged areas owed that ADD marked cells. A target of 150 %
 * typed once and merged across the months: with the areas, every month of the row is over
 * 100 % (T03); without them, those cells are not marked. So the provisional findings (made
 * before the areas past the first rows are read) miss cells the final findings mark: their
 * fills and notes come in the one more sync, and the marks are the CLI's.
 */
import type { Grid } from '../../src/core/grid/grid';
import { validateWorkbook } from '../../src/core/workbook';
import type { ReadLimits } from '../../src/excel/read';
import { ExcelSimulator, type SimOptions } from '../../src/sim/excelSim';
import { loadGrid } from '../../src/sim/load';
import { DESKTOP, WEB, WEB_60KB, codes, gatewayWith, kRapk, marksOf, expectAsFirst, over100 } from './lateMerges';

const PROFILES = [DESKTOP, WEB, WEB_60KB];

/** Every merged target below row 16 typed as 150. */
const planted = (seed: number): Grid => over100(kRapk(seed));

const fillsOf = (sim: ExcelSimulator): string[] => marksOf(sim).fills;

async function run(g: Grid, opts: SimOptions, limits: ReadLimits) {
  const sim = new ExcelSimulator(opts);
  const sheet = loadGrid(sim, g);
  // the planner's own fill on the merged targets' rows: the record must hold it (loaded before
  // the marks), so that Hapus tanda gives it back
  for (const m of g.merges ?? [])
    for (let c = m.c1; c <= m.c2; c++) sim.store.cellW(sheet, m.r1, c).fill = { color: '#FFFF00', pattern: 'Solid' };
  const before = fillsOf(sim);
  const gw = gatewayWith(sim, limits);
  const r = await gw.validasi('id');
  const marked = marksOf(sim);
  await gw.hapusTanda();
  return {
    restored: JSON.stringify(fillsOf(sim)) === JSON.stringify(before),
    findings: codes(r.findings),
    ...marked,
    syncs: sim.totalSyncs,
    refused: sim.records.filter((x) => x.refused).length,
  };
}

describe('Validasi, merged areas owed that add marked cells: the CLI marks, one more sync', () => {
  it('the areas add marked cells (the provisional findings miss them)', () => {
    const g = planted(3);
    const cells = (x: Grid) => new Set(validateWorkbook([x]).findings.flatMap((f) => f.cells));
    const all = cells(g);
    const none = cells({ ...g, merges: (g.merges ?? []).filter((m) => m.r1 <= 16) });
    expect([...all].filter((a) => !none.has(a)).length).toBeGreaterThan(0);
  });

  it.each(PROFILES)('%s', async (_, opts, limits) => {
    for (const seed of [3, 17]) {
      const g = planted(seed);
      const cli = codes(validateWorkbook([g]).findings);
      const first = await run(g, opts, limits);
      const late = await run(g, opts, { ...limits, headMergeRows: 16 });
      expectAsFirst(seed, cli, first, late);
      expect(late.refused).toBe(0);
      expect({ seed, restored: late.restored }).toEqual({ seed, restored: true });
      expect(first.restored).toBe(true);
      // the cells only the final findings mark: one more sync at most
      expect(late.syncs).toBeLessThanOrEqual(first.syncs + 1);
    }
  });
});
