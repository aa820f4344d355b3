/** Re-running Ringkasan keeps the planner's values outside the add-in's area (issue 22 item 5, ADR 009). */
import { planToGrid } from '../../src/sample/generate';
import type { Grid } from '../../src/core/grid/grid';
import { ownRows, plannerCells, withPlannerCells } from '../../src/core/sheets/ringkasanKeep';
import { summaryForWorkbook } from '../../src/core/workbook';
import { fixtureGrids } from '../support/fixtures';
import { withCell } from '../support/grids';

async function run(extra: Grid[] = []) {
  const grids = await fixtureGrids('lakin-tw2-2024-dumai.xlsx');
  const r = summaryForWorkbook([...grids, ...extra], 2, { date: new Date(2024, 6, 17) });
  if ('problem' in r) throw new Error(JSON.stringify(r.problem));
  return r;
}

describe("the planner's cells on a Ringkasan sheet", () => {
  it("the add-in's area ends with the chart's data table; values beside and below it are the planner's", async () => {
    const first = await run();
    let old = planToGrid(first.plan);
    expect(ownRows(old, 12)).toBe(first.plan.rows);
    old = withCell(old, 'N5', 'catatan: cek 02.02 dengan bidang');
    old = withCell(old, `A${first.plan.rows + 3}`, 'Diperiksa oleh Kasubbag TU');
    old = withCell(old, 'D7', 'ditimpa');
    const kept = plannerCells(old, 12);
    expect(kept.cells.map((x) => [x.r, x.c, x.value])).toEqual([
      [4, 13, 'catatan: cek 02.02 dengan bidang'],
      [first.plan.rows + 2, 0, 'Diperiksa oleh Kasubbag TU'],
    ]);
  });

  it('a re-run carries them into the new sheet: beside on the same row, below at the same distance from the end', async () => {
    const first = await run();
    let old = planToGrid(first.plan);
    old = withCell(old, 'N5', 'catatan kepala');
    old = withCell(old, `A${first.plan.rows + 3}`, 'Diperiksa oleh Kasubbag TU');
    const second = await run([old]);
    expect([second.replaced, second.kept]).toEqual([true, 2]);
    const g = planToGrid(second.plan);
    expect(g.values[4]![13]).toBe('catatan kepala');
    expect(g.values[second.plan.rows - 1]![0]).toBe('Diperiksa oleh Kasubbag TU');
    // a third run keeps them once, where they are
    const third = await run([g]);
    expect(third.kept).toBe(2);
    expect(planToGrid(third.plan).values).toEqual(g.values);
  });

  it('a sheet written by an earlier version (no chart data caption, no NIP line) owns all its columns', () => {
    const old: Grid = {
      name: 'Ringkasan TW II 2024',
      values: [
        ['RINGKASAN CAPAIAN KINERJA TRIWULAN II TAHUN 2024'],
        [null, 'A. Capaian'],
        [null, null, null, null, null, null, null, null, null, null, null, null, 'catatan'],
      ],
      merges: [],
    };
    expect(plannerCells(old, 12).cells).toEqual([{ r: 2, c: 12, value: 'catatan' }]);
  });

  it('no old sheet: nothing carried, nothing replaced', async () => {
    const r = await run();
    expect([r.replaced, r.kept]).toEqual([false, 0]);
    expect(withPlannerCells(r.plan, null)).toEqual({ plan: r.plan, kept: 0 });
  });
});
