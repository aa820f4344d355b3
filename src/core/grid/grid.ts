/**
 * The grid: what every host (Excel, the CLI, the harness) hands to the core.
 * Values are as the host reads them: numbers, strings, booleans or null (empty).
 * Rows and columns are 0-based here; A1 addresses are produced only at the edges.
 */
export type CellValue = string | number | boolean | null;

export interface CellRange {
  /** 0-based, inclusive */
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export interface Grid {
  name: string;
  values: readonly (readonly CellValue[])[];
  merges?: readonly CellRange[];
  /** the host could not say which cells are merged (Excel below ExcelApi 1.13): `merges` is not all there is */
  mergesUnknown?: boolean;
  /** Optional number formats, same shape as values (used to read `0.35` shown as `35%`). */
  formats?: readonly (readonly (string | null | undefined)[])[];
  /** Formula cells without a stored result (files not saved by Excel); their value is null. */
  noResult?: readonly Ref[];
  /** 0-based columns hidden in the sheet: what the planner does not see is not read (`visibleGrid`). */
  hiddenCols?: readonly number[];
  /** the sheet itself is hidden (or very hidden) in the workbook */
  hidden?: boolean;
  /** the sheet the planner has open (the add-in's active sheet; the file's active tab) */
  active?: boolean;
}

export interface Ref {
  r: number;
  c: number;
}

export function colName(c: number): string {
  let n = c + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(ref: Ref): string {
  return `${colName(ref.c)}${ref.r + 1}`;
}

export function parseA1(address: string): Ref | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  const letters = m[1]!.toUpperCase();
  let c = 0;
  for (const ch of letters) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]) - 1, c: c - 1 };
}

export function rangeA1(range: CellRange): string {
  const start = a1({ r: range.r1, c: range.c1 });
  if (range.r1 === range.r2 && range.c1 === range.c2) return start;
  return `${start}:${a1({ r: range.r2, c: range.c2 })}`;
}

export function cellAt(grid: Grid, r: number, c: number): CellValue {
  const row = grid.values[r];
  if (!row) return null;
  const v = row[c];
  return v === undefined ? null : v;
}

export function formatAt(grid: Grid, r: number, c: number): string | null {
  const f = grid.formats?.[r]?.[c];
  return typeof f === 'string' ? f : null;
}

export function gridWidth(grid: Grid): number {
  let w = 0;
  for (const row of grid.values) if (row.length > w) w = row.length;
  return w;
}

/** The text of a cell, trimmed; '' for empty and non-text values. */
export function textAt(grid: Grid, r: number, c: number): string {
  const v = cellAt(grid, r, c);
  return typeof v === 'string' ? v.trim() : '';
}

export function isBlankValue(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}
