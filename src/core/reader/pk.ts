/**
 * The Perjanjian Kinerja sheet (indicator + annual target); its rules P01/P02 are in
 * `rules/pk.ts`. A PK sheet is a sheet whose name
 * says so (`PK 2024`, `Perjanjian Kinerja`) holding a table found by its header words
 * (`Indikator …` and `Target …`, no month columns), so no other table is ever taken for one
 * and the add-in knows from the sheet names alone whether there is one to read. Indicators
 * are matched by name (the PK numbers them its own way).
 */
import { type Grid, type Ref, cellAt, gridWidth, textAt } from '../grid/grid';
import { parseNumber } from '../grid/numbers';
import { norm, splitNumbered } from '../grid/text';

export interface PkRow {
  name: string;
  nameCell: Ref;
  target: number | null;
  targetCell: Ref;
}

export interface PkSheet {
  name: string;
  rows: PkRow[];
}

const PK_NAME = /(^|[^a-z])(pk|perjanjian kinerja)([^a-z]|$)/i;

/** A sheet name that says the sheet is a Perjanjian Kinerja. */
export const isPkSheetName = (name: string): boolean => PK_NAME.test(name);

/** Reads a PK sheet; null when the sheet is not one. */
export function readPk(grid: Grid): PkSheet | null {
  if (!isPkSheetName(grid.name)) return null;
  const width = Math.min(gridWidth(grid), 60);
  const height = Math.min(grid.values.length, 5000);
  for (let r = 0; r < Math.min(height, 40); r++) {
    let ind: number | null = null;
    let target: number | null = null;
    let months = false;
    for (let c = 0; c < width; c++) {
      const t = norm(textAt(grid, r, c));
      if (!t || t.length > 48) continue;
      if (ind === null && /^indikator\b/.test(t)) ind = c;
      else if (target === null && /^target\b/.test(t)) target = c;
      if (/^(b\s*-?\s*\d{1,2}|tw\b|triwulan)/.test(t)) months = true;
    }
    if (ind === null || target === null) continue;
    if (months) return null;
    const rows: PkRow[] = [];
    for (let rr = r + 1; rr < height; rr++) {
      const raw = textAt(grid, rr, ind);
      if (!raw || !/[a-z]/i.test(raw)) continue;
      const name = splitNumbered(raw).name;
      if (/^indikator\b/i.test(name)) continue; // a repeated header
      const p = parseNumber(cellAt(grid, rr, target), 'target');
      rows.push({ name, nameCell: { r: rr, c: ind }, target: p.kind === 'number' ? p.value : null, targetCell: { r: rr, c: target } });
    }
    return rows.length ? { name: grid.name, rows } : null;
  }
  return null;
}
