/**
 * The Perjanjian Kinerja sheet (indicator + annual target) and rules P01/P02: each RAPK
 * indicator's annual target (B12) must equal its PK target. A PK sheet is a sheet whose name
 * says so (`PK 2024`, `Perjanjian Kinerja`) holding a table found by its header words
 * (`Indikator …` and `Target …`, no month columns), so no other table is ever taken for one
 * and the add-in knows from the sheet names alone whether there is one to read. Indicators
 * are matched by name (the PK numbers them its own way).
 */
import { type Grid, type Ref, a1, cellAt, gridWidth, textAt } from './grid';
import { type Finding, finding } from './findings';
import { type RapkModel, allIndikator, kodeOf } from './model';
import { parseNumber, round2 } from './numbers';
import { norm, splitNumbered } from './text';

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

/** Names compared without case, spaces or punctuation. */
export const nameKey = (s: string): string => norm(s).replace(/[^a-z0-9]/g, '');

/** P01 (annual target ≠ PK target, marked at the RAPK's B12) and P02 (in one and not the other). */
export function checkPk(model: RapkModel, pk: PkSheet): Finding[] {
  const out: Finding[] = [];
  const byKey = new Map<string, PkRow>();
  for (const row of pk.rows) if (!byKey.has(nameKey(row.name))) byKey.set(nameKey(row.name), row);
  const matched = new Set<PkRow>();
  for (const ind of allIndikator(model)) {
    const row = byKey.get(nameKey(ind.name));
    if (!row) {
      out.push(
        finding('P02', model.sheet, [a1(ind.nameCell)], { kind: 'notInPk', kode: kodeOf(ind), indicator: ind.name, pkSheet: pk.name }),
      );
      continue;
    }
    matched.add(row);
    const value = ind.targets[11] ?? null;
    const cell = ind.targetCells[11] ?? null;
    if (value === null || row.target === null || !cell) continue; // no annual target: T01 says so
    if (round2(value) !== round2(row.target)) {
      out.push(
        finding('P01', model.sheet, [a1(cell)], {
          kode: kodeOf(ind),
          indicator: ind.name,
          value,
          pk: row.target,
          pkSheet: pk.name,
          pkCell: a1(row.targetCell),
        }),
      );
    }
  }
  for (const row of pk.rows) {
    if (matched.has(row)) continue;
    out.push(finding('P02', pk.name, [a1(row.nameCell)], { kind: 'notInRapk', indicator: row.name, pkSheet: pk.name }));
  }
  return out;
}
