/**
 * Merged areas as the planner sees them (SPEC section 4): a merged area's value sits in its
 * top-left cell. Below it (an RO or Komponen merged down a budget sub-table) the value belongs
 * to every row the merge covers; the reader asks `mergedFrom` for the cells it reads.
 */
import type { CellRange, Grid, Ref } from './grid';

const index = new WeakMap<Grid, Map<number, CellRange[]>>();

/** Merges by row they cover (merges of one cell are none); rows past the grid are not indexed. */
function byRow(grid: Grid): Map<number, CellRange[]> {
  const hit = index.get(grid);
  if (hit) return hit;
  const rows = new Map<number, CellRange[]>();
  const height = grid.values.length;
  for (const m of grid.merges ?? []) {
    if (m.r1 === m.r2 && m.c1 === m.c2) continue;
    for (let r = Math.max(0, m.r1); r <= Math.min(m.r2, height - 1); r++) {
      const list = rows.get(r);
      if (list) list.push(m);
      else rows.set(r, [m]);
    }
  }
  index.set(grid, rows);
  return rows;
}

/** The merged area covering cell (r, c), or null (also for a cell not merged). */
export function mergeAt(grid: Grid, r: number, c: number): CellRange | null {
  if (!grid.merges?.length) return null;
  for (const m of byRow(grid).get(r) ?? []) if (c >= m.c1 && c <= m.c2) return m;
  return null;
}

/**
 * The top-left cell whose value shows in (r, c) when (r, c) is a cell below the top row of a
 * merged area (merged down); null otherwise, the top-left cell itself included.
 */
export function mergedFrom(grid: Grid, r: number, c: number): Ref | null {
  const m = mergeAt(grid, r, c);
  return m && r > m.r1 ? { r: m.r1, c: m.c1 } : null;
}
