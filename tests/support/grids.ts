import type { CellValue, Grid } from '../../src/core/grid/grid';
import { colName, parseA1 } from '../../src/core/grid/grid';
import { planToGrid, randomSpec, renderRapk, type RapkSpec, type RenderOptions } from '../../src/sample/generate';

/** A grid from rows of values (tests write sheets as tables). */
export function gridOf(name: string, rows: CellValue[][]): Grid {
  return { name, values: rows, merges: [] };
}

export function rendered(spec: RapkSpec, opts: RenderOptions = {}): Grid {
  return planToGrid(renderRapk(spec, opts));
}

export function smallSpec(seed = 1): RapkSpec {
  return randomSpec(seed, { sasaran: 2, indicatorsPerSasaran: 2, linesPerIndicator: 2 });
}

/** Returns a copy of the grid with cell `address` set to `value`. */
export function withCell(grid: Grid, address: string, value: CellValue): Grid {
  const ref = parseA1(address)!;
  const values = grid.values.map((r) => [...r]);
  while (values.length <= ref.r) values.push([]);
  const row = values[ref.r]!;
  while (row.length <= ref.c) row.push(null);
  row[ref.c] = value;
  return { ...grid, values };
}

/** The address of the first cell whose value equals `value` (searching row by row). */
export function find(grid: Grid, value: CellValue, nth = 0): string {
  let seen = 0;
  for (let r = 0; r < grid.values.length; r++) {
    const row = grid.values[r]!;
    for (let c = 0; c < row.length; c++) {
      if (row[c] === value) {
        if (seen === nth) return colName(c) + String(r + 1);
        seen++;
      }
    }
  }
  throw new Error(`value ${String(value)} not found`);
}
