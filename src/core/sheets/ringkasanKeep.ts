/**
 * Re-running Ringkasan keeps what the planner added to the old sheet (issue 22 item 5, ADR 009
 * "what is ours"). The add-in's area of a Ringkasan sheet is its columns (A to the last column
 * of the tables) from the top down to the end of its own content: the last row of the chart's
 * data table below the print area, or, without one, the signature block's NIP line. A sheet
 * written by an earlier version (neither found) owns every row of those columns. Every value
 * outside that area is the planner's: a note beside the tables keeps its cell; a value under
 * the area keeps its distance from the end of the add-in's content (the new content may be
 * longer or shorter). Values only: the host reads values, so a formula is kept as its value.
 */
import { type CellValue, type Grid, cellAt, gridWidth, textAt } from '../grid/grid';
import { RINGKASAN_TEXT } from '../locales/ringkasan';
import type { SheetPlan } from './plan';

const KODE = /^\d{1,3}\.\d{1,3}$/;

export interface KeptCell {
  r: number;
  c: number;
  value: Exclude<CellValue, null>;
}

/** Rows of the add-in's own content on an old Ringkasan sheet of `cols` columns (exclusive end). */
export function ownRows(old: Grid, cols: number): number {
  const height = old.values.length;
  const captions = new Set(Object.values(RINGKASAN_TEXT).map((t) => t.chartData));
  for (let r = 0; r < height; r++) {
    if (!captions.has(textAt(old, r, 0))) continue;
    // the caption, the header row, then one row per charted indicator (a Kode in column A)
    let end = r + 2;
    while (end < height && KODE.test(textAt(old, end, 0))) end++;
    return Math.min(end, height);
  }
  for (let r = height - 1; r >= 0; r--) {
    for (let c = 0; c < cols; c++) if (/^NIP\b/.test(textAt(old, r, c))) return r + 1;
  }
  return height;
}

/** The planner's values on the old sheet (outside the add-in's area), with the area's height. */
export function plannerCells(old: Grid, cols: number): { cells: KeptCell[]; ownRows: number } {
  const own = ownRows(old, cols);
  const width = gridWidth(old);
  const cells: KeptCell[] = [];
  old.values.forEach((row, r) => {
    for (let c = 0; c < Math.max(width, row.length); c++) {
      if (r < own && c < cols) continue;
      const v = cellAt(old, r, c);
      if (v === null || (typeof v === 'string' && v.trim() === '')) continue;
      cells.push({ r, c, value: v });
    }
  });
  return { cells, ownRows: own };
}

/**
 * The new plan with the planner's cells of the old sheet carried over: beside the area on the
 * same row, under it at the same distance from the end of the new content.
 */
export function withPlannerCells(plan: SheetPlan, old: Grid | null): { plan: SheetPlan; kept: number } {
  if (!old) return { plan, kept: 0 };
  const { cells, ownRows: oldEnd } = plannerCells(old, plan.cols);
  if (!cells.length) return { plan, kept: 0 };
  const moved = cells.map((x) => ({
    r: x.r >= oldEnd ? x.r - oldEnd + plan.rows : x.r,
    c: x.c,
    value: x.value,
    ...(typeof x.value === 'string' ? { format: '@' } : {}),
  }));
  const rows = Math.max(plan.rows, ...moved.map((x) => x.r + 1));
  const colsOut = Math.max(plan.cols, ...moved.map((x) => x.c + 1));
  return { plan: { ...plan, rows, cols: colsOut, cells: [...plan.cells, ...moved] }, kept: moved.length };
}
