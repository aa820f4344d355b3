/**
 * The grid as the planner sees it: the cells of hidden columns (old target columns, helper
 * columns of lookups and dates) are read as empty, so no header label, target or amount is
 * taken from a column the planner cannot see. A merge that starts in a hidden column and
 * reaches a visible one keeps its value (it is shown in the visible part).
 */
import type { CellValue, Grid } from './grid';

const cache = new WeakMap<Grid, Grid>();

export function visibleGrid(grid: Grid): Grid {
  const hidden = grid.hiddenCols;
  if (!hidden || hidden.length === 0) return grid;
  const hit = cache.get(grid);
  if (hit) return hit;
  const set = new Set(hidden);
  const keep = new Set<string>();
  for (const m of grid.merges ?? []) {
    if (!set.has(m.c1)) continue;
    for (let c = m.c1; c <= m.c2; c++) if (!set.has(c)) keep.add(`${m.r1},${m.c1}`);
  }
  const values = grid.values.map((row, r) => {
    let out: CellValue[] | null = null;
    for (const c of set) {
      if (c >= row.length || row[c] === null || keep.has(`${r},${c}`)) continue;
      out ??= [...row];
      out[c] = null;
    }
    return out ?? row;
  });
  const { noResult, ...rest } = grid;
  const shown = noResult?.filter((x) => !set.has(x.c)) ?? [];
  const view: Grid = { ...rest, values, ...(shown.length ? { noResult: shown } : {}) };
  cache.set(grid, view);
  return view;
}
