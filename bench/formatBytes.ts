/**
 * Where a large sheet's response bytes go (issue 21 item 10): its values and its number formats
 * as Excel returns them (the JSON of `range.values` and `range.numberFormat`, `""` for an empty
 * cell and `"General"` for an unformatted one, as the simulator and Microsoft's client carry
 * them), per column, and the formats of the classes of cells a reader could ask for instead of
 * every cell: the cells holding numbers, and the cells whose format the reader actually uses
 * (targets and `(%)` cells of the model it builds).
 */
import { type Grid, type Ref, rangeA1 } from '../src/core/grid/grid';
import { groupRuns } from '../src/excel/batch';
import { validateSheet } from '../src/core/rules/validate';
import { allIndikator } from '../src/core/reader/model';

export interface ClassBytes {
  cells: number;
  /** the formats of the class's cells alone */
  formatBytes: number;
  /** rectangles of those cells (row runs joined downwards), what a multi-area read would return */
  areas: number;
  /**
   * the JSON those areas would come back as, each area its address and its formats
   * (`{"Address":"'RAPK 2025'!D7:O7","NumberFormat":[["0%",…]]}`): what reading only this class costs
   */
  areaBytes: number;
}

export interface SheetBytes {
  name: string;
  rows: number;
  cols: number;
  values: number;
  formats: number;
  perColumn: { col: number; values: number; formats: number; numbers: number }[];
  numbers: ClassBytes;
  used: ClassBytes | null;
}

const cellJson = (v: unknown): number => JSON.stringify(v === null || v === undefined ? '' : v).length + 1;
const fmtJson = (f: unknown): number => JSON.stringify(typeof f === 'string' ? f : 'General').length + 1;

function classBytes(grid: Grid, cells: Ref[]): ClassBytes {
  let formatBytes = 0;
  for (const { r, c } of cells) formatBytes += fmtJson(grid.formats?.[r]?.[c]);
  const areas = groupRuns(cells);
  const sheet = `'${grid.name}'!`;
  let areaBytes = formatBytes;
  for (const a of areas) areaBytes += JSON.stringify({ Address: sheet + rangeA1(a), NumberFormat: [[]] }).length + 1 + (a.r2 - a.r1) * 3;
  return { cells: cells.length, formatBytes, areas: areas.length, areaBytes };
}

export function sheetBytes(grid: Grid): SheetBytes {
  const cols = grid.values.reduce((w, row) => Math.max(w, row.length), 0);
  const perColumn = Array.from({ length: cols }, (_, col) => ({ col, values: 0, formats: 0, numbers: 0 }));
  const numbers: Ref[] = [];
  grid.values.forEach((row, r) => {
    for (let c = 0; c < cols; c++) {
      const v = row[c];
      perColumn[c]!.values += cellJson(v);
      perColumn[c]!.formats += fmtJson(grid.formats?.[r]?.[c]);
      if (typeof v === 'number') {
        perColumn[c]!.numbers++;
        numbers.push({ r, c });
      }
    }
  });
  // the cells whose format the RAPK reader used: targets (and headings' targets), `(%)` cells
  const model = validateSheet(grid).model;
  let used: ClassBytes | null = null;
  if (model) {
    const cells: Ref[] = [];
    for (const ind of allIndikator(model)) {
      for (const t of [...ind.targets, ...(ind.heading?.targets ?? [])].map((x) => x.cell))
        if (t && typeof grid.values[t.r]?.[t.c] === 'number') cells.push(t);
      for (const l of ind.lines)
        if (l.percent?.cell && typeof grid.values[l.percent.cell.r]?.[l.percent.cell.c] === 'number') cells.push(l.percent.cell);
    }
    used = classBytes(grid, cells);
  }
  return {
    name: grid.name,
    rows: grid.values.length,
    cols,
    values: perColumn.reduce((n, x) => n + x.values, 0),
    formats: perColumn.reduce((n, x) => n + x.formats, 0),
    perColumn,
    numbers: classBytes(grid, numbers),
    used,
  };
}

/** Printable lines: per sheet, per column, then the classes. */
export function formatBytesLines(grids: readonly Grid[]): string[] {
  const kb = (n: number): string => `${Math.round(n / 1000).toLocaleString('en')} KB`;
  const out: string[] = [];
  for (const g of grids) {
    const s = sheetBytes(g);
    out.push(`${s.name}: ${s.rows} rows x ${s.cols} columns; values ${kb(s.values)}, formats ${kb(s.formats)}`);
    for (const c of s.perColumn) out.push(`  column ${c.col}: values ${kb(c.values)}, formats ${kb(c.formats)}, numbers ${c.numbers}`);
    const cls = (label: string, x: ClassBytes): string =>
      `  ${label}: ${x.cells} cells, their formats ${kb(x.formatBytes)}; ${x.areas} areas, ${kb(x.areaBytes)} as areas with their addresses`;
    out.push(cls('cells holding numbers', s.numbers));
    if (s.used) out.push(cls('cells whose format the reader uses (targets, (%))', s.used));
  }
  return out;
}
