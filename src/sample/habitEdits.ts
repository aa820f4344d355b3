/** The grid edits the Excel habits (habits.ts) are made of: rows copied and inserted, the table's width, its main header. */
import type { CellValue, Grid } from '../core/grid/grid';
import type { Presentation } from './present';

export const copy = (g: Grid): { values: CellValue[][]; formats: (string | null)[][] } => ({
  values: g.values.map((row) => [...row]),
  formats: g.values.map((row, r) => row.map((_, c) => g.formats?.[r]?.[c] ?? null)),
});

/** Rows inserted before row `at` (merges and formats move with the rows below). */
export function insertRows(g: Grid, at: number, rows: CellValue[][]): Grid {
  const { values, formats } = copy(g);
  values.splice(at, 0, ...rows.map((r) => [...r]));
  formats.splice(at, 0, ...rows.map((r) => r.map(() => null)));
  const n = rows.length;
  const merges = (g.merges ?? []).map((m) => (m.r1 >= at ? { ...m, r1: m.r1 + n, r2: m.r2 + n } : m.r2 >= at ? { ...m, r2: m.r2 + n } : m));
  return { ...g, values, formats, merges };
}

export const width = (g: Grid): number => g.values.reduce((w, row) => Math.max(w, row.length), 0);

/** The row of the main header: the one holding the indicator label. */
export function headerRow(g: Grid, p: Presentation): number {
  return g.values.findIndex((row) => row.some((v) => v === p.indicatorLabel));
}
