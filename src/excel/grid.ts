/** office-js range values → the core's grid (from A1; "" becomes null). */
import type { CellValue, Grid } from '../core/grid';

export function gridFromUsedRange(name: string, values: unknown[][] | null, rowIndex: number, columnIndex: number): Grid {
  const out: CellValue[][] = [];
  for (let r = 0; r < rowIndex; r++) out.push([]);
  for (const row of values ?? []) {
    const line: CellValue[] = Array<CellValue>(columnIndex).fill(null);
    for (const v of row)
      line.push(
        v === '' || v === undefined ? null : typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? v : String(v),
      );
    out.push(line);
  }
  return { name, values: out };
}
