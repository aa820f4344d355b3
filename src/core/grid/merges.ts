/**
 * Merged cells: Excel keeps a merge's value in its top-left cell only. `rowMergeMaster`
 * answers, for a cell inside a merge that starts in the same row (a target merged across
 * B01:B12), the cell that holds the value.
 */
import type { Grid, Ref } from './grid';

const index = new WeakMap<Grid, Map<string, Ref>>();

function covered(grid: Grid): Map<string, Ref> {
  let map = index.get(grid);
  if (!map) {
    map = new Map();
    for (const m of grid.merges ?? []) {
      // one row, a few columns: a target over the months (never a title over the sheet)
      if (m.c2 <= m.c1 || m.c2 - m.c1 > 24) continue;
      for (let c = m.c1 + 1; c <= m.c2; c++) map.set(`${m.r1},${c}`, { r: m.r1, c: m.c1 });
    }
    index.set(grid, map);
  }
  return map;
}

/** The top-left cell of a merge covering (r, c) that starts in row r left of c, or null. */
export function rowMergeMaster(grid: Grid, r: number, c: number): Ref | null {
  if (!grid.merges || grid.merges.length === 0) return null;
  return covered(grid).get(`${r},${c}`) ?? null;
}
