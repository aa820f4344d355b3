/** Formula cells saved without a value (a workbook written by a program that does not calculate). */
import type { Grid } from './grid';

const index = new WeakMap<Grid, Set<string>>();

/** True when (r, c) holds a formula saved without its value: unknown, never 0. */
export function isNoResult(grid: Grid, r: number, c: number): boolean {
  if (!grid.noResult || grid.noResult.length === 0) return false;
  let set = index.get(grid);
  if (!set) {
    set = new Set(grid.noResult.map((x) => `${x.r},${x.c}`));
    index.set(grid, set);
  }
  return set.has(`${r},${c}`);
}
