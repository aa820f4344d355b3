/** The in-place refresh plan of the Realisasi sheet: owned columns by label, owned rows by Kode. */
import type { CellValue, Grid } from '../../src/core/grid/grid';
import { planToGrid } from '../../src/sample/generate';
import { planRealisasi } from '../../src/core/sheets/realisasi';
import { REALISASI_LABELS } from '../../src/core/reader/realisasi';
import { readRealisasi } from '../../src/core/reader/realisasi';
import { planRealisasiRefresh } from '../../src/core/sheets/realisasiRefresh';
import { validateWorkbook } from '../../src/core/workbook';
import { fixtureGrids } from '../support/fixtures';

async function setup(): Promise<{ model: ReturnType<typeof validateWorkbook>['sheets'][number]['model']; sheet: CellValue[][] }> {
  const grids = await fixtureGrids('rapk-2025-jember.xlsx');
  const model = validateWorkbook(grids).sheets[0]!.model;
  const sheet = planToGrid(planRealisasi(model)).values.map((r) => [...r]);
  return { model, sheet };
}

const grid = (values: CellValue[][]): Grid => ({ name: 'Realisasi 2025', values });

describe('planRealisasiRefresh', () => {
  it('an unchanged sheet needs no write at all, whatever the planner added around it', async () => {
    const { model, sheet } = await setup();
    sheet[2]![19] = 'Keterangan';
    sheet[3]![19] = '=SUM(A1)';
    sheet[3]![7] = 42;
    sheet.push([], [], ['Catatan di bawah tabel']);
    const g = grid(sheet);
    const r = planRealisasiRefresh(model, g, readRealisasi(g)!);
    expect(r).toEqual({ sheet: 'Realisasi 2025', cells: [], validations: [], addedColumns: [], added: 0, orphans: 0, kept: 12 });
  });

  it('a planner column between owned ones, a missing indicator, an orphan row and a deleted Pagu column', async () => {
    const { model, sheet } = await setup();
    // the planner inserts "Keterangan" before Perspektif (col 3): every owned column from 3 moves right by one
    for (const row of sheet) row.splice(3, 0, null);
    sheet[2]![3] = 'Keterangan';
    sheet[4]![3] = 'lihat bukti';
    // and deletes the Pagu column (now at 15)
    for (const row of sheet) row.splice(15, 1);
    // indicator 01.02's row is removed; an old 09.09 row is there
    const idx = sheet.findIndex((r) => r[0] === '01.02');
    const removed = sheet.splice(idx, 1)[0]!;
    const orphan = [...removed];
    orphan[0] = '09.09';
    orphan[8] = 77; // its typed realisasi
    sheet.splice(idx, 0, orphan);
    // something the planner wrote right under the table, in an owned column
    const end = sheet.length;
    sheet.push(['Jumlah', null, null, null, null, null, null, null, null]);
    const g = grid(sheet);
    const existing = readRealisasi(g)!;
    expect(existing.cols.Perspektif).toBe(4);
    const r = planRealisasiRefresh(model, g, existing);
    expect(r.addedColumns).toEqual(['Pagu']);
    expect(r.orphans).toBe(1);
    expect(r.added).toBe(1);
    expect(r.kept).toBe(11);
    // nothing is written in the planner's column, and no typed cell of an existing row
    expect(r.cells.filter((c) => c.c === 3)).toEqual([]);
    const typedCols = ['Perspektif', 'Polaritas', 'Penilaian', 'Realisasi TW I', 'Realisasi TW II', 'Realisasi Anggaran TW I'].map(
      (l) => existing.cols[l as (typeof REALISASI_LABELS)[number]]!,
    );
    const existingRows = new Set(existing.rows.map((x) => x.r));
    expect(r.cells.filter((c) => existingRows.has(c.r) && typedCols.includes(c.c))).toEqual([]);
    // the Pagu column goes after the last used column (19 + 1 planner column - 1 deleted = 19 → index 19)
    const paguCol = 19;
    expect(r.cells.find((c) => c.r === 2 && c.c === paguCol)).toMatchObject({ value: 'Pagu', bold: true });
    // the orphan keeps its place and values; only its Kode cell is greyed
    const orphanCells = r.cells.filter((c) => c.r === idx);
    expect(orphanCells.map((c) => [c.c, c.value, c.fill ?? null])).toEqual([[0, '09.09', '#D9D9D9']]);
    // 01.02 gets a row below the table, skipping the planner's "Jumlah" row
    const newRow = r.cells.filter((c) => c.c === 0 && c.value === '01.02');
    expect(newRow).toEqual([expect.objectContaining({ r: end + 1, format: '@' })]);
    expect(r.validations.map((v) => [v.range.r1, v.range.c1, v.range.r2])).toEqual([
      [end + 1, 4, end + 1],
      [end + 1, 5, end + 1],
      [end + 1, 6, end + 1],
    ]);
  });
});
