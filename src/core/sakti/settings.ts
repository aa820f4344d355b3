/**
 * The SAKTI import's rows of the `Pengaturan RAPK` sheet (issue 24): section `Impor Realisasi
 * Anggaran`, a `Keterangan | Isi` table with the split rule (`Pembagian`: kontribusi /
 * pertama) and an export's column mapping (`Kolom Kode`, `Kolom Uraian`, `Kolom Pagu`,
 * `Kolom Realisasi`: column letters; all empty = the columns are found in the export).
 * Read by words like the rest of the sheet; the methodology reader skips this section. An
 * unusable value is finding M06: it stops an import that uses it (nothing guessed; the columns
 * only for an export they would read), never the Ringkasan.
 */
import { type CellValue, type Grid, a1, cellAt, gridWidth, textAt } from '../grid/grid';
import { norm } from '../grid/text';
import { type Finding, finding } from '../rules/findings';
import type { PlanCell } from '../sheets/plan';
import { type ColumnMapping, MAPPING_KEYS, type MappingKey, columnOf, letterOf, mappingProblem } from './mapped';
import { SPLIT_RULES, type SplitRule } from './match';

export const IMPORT_SECTION = 'Impor Realisasi Anggaran';
export const IMPORT_HEADER = ['Keterangan', 'Isi'] as const;
/** The rows, as written in the sheet (read case- and space-insensitively). */
export const IMPORT_FIELDS = {
  split: 'Pembagian',
  kode: 'Kolom Kode',
  uraian: 'Kolom Uraian',
  pagu: 'Kolom Pagu',
  realisasi: 'Kolom Realisasi',
} as const;
type Field = keyof typeof IMPORT_FIELDS;
const FIELDS = Object.keys(IMPORT_FIELDS) as Field[];

export interface ImportSettingsRead {
  /** null: not set (the default, kontribusi, applies) */
  split: SplitRule | null;
  /** null: no mapping (the export's columns are found by their words, then by position) */
  mapping: ColumnMapping | null;
  /** M06, one per unusable value; `field` says which value (a flag given for it overrides it) */
  findings: { field: 'split' | 'mapping'; finding: Finding }[];
}

interface Located {
  sheet: string;
  /** the section title's row and column, the value column, the last row of the section */
  r: number;
  c0: number;
  vc: number;
  last: number;
  rows: Partial<Record<Field, { r: number; value: CellValue }>>;
}

function locate(grid: Grid): Located | null {
  const width = Math.min(gridWidth(grid), 60);
  const rows = grid.values.length;
  for (let r = 0; r < rows; r++) {
    let c0 = -1;
    for (let c = 0; c < width && c0 < 0; c++) if (norm(textAt(grid, r, c)) === norm(IMPORT_SECTION)) c0 = c;
    if (c0 < 0) continue;
    let h = r + 1;
    while (h < rows && h <= r + 3 && norm(textAt(grid, h, c0)) !== norm(IMPORT_HEADER[0])) h++;
    if (h >= rows || h > r + 3) return null;
    let vc = -1;
    for (let c = c0 + 1; c < width && vc < 0; c++) if (norm(textAt(grid, h, c)) === norm(IMPORT_HEADER[1])) vc = c;
    if (vc < 0) return null;
    const out: Located = { sheet: grid.name, r, c0, vc, last: h, rows: {} };
    for (let d = h + 1; d < rows; d++) {
      const name = norm(textAt(grid, d, c0));
      if (!name) break;
      out.last = d;
      const key = FIELDS.find((k) => norm(IMPORT_FIELDS[k]) === name);
      if (key && !out.rows[key]) out.rows[key] = { r: d, value: cellAt(grid, d, vc) };
    }
    return out;
  }
  return null;
}

const asText = (v: CellValue): string => (v === null ? '' : String(v).replace(/\s+/g, ' ').trim());

/** The import's settings of a settings sheet: nothing set when the sheet or the section is absent. */
export function readImportSettings(grid: Grid | null): ImportSettingsRead {
  const out: ImportSettingsRead = { split: null, mapping: null, findings: [] };
  const at = grid ? locate(grid) : null;
  if (!at) return out;
  const cell = (k: Field): string => a1({ r: at.rows[k]!.r, c: at.vc });
  const split = at.rows.split;
  if (split && asText(split.value)) {
    const t = asText(split.value).toLowerCase();
    const rule = SPLIT_RULES.find((s) => s === t);
    if (rule) out.split = rule;
    else
      out.findings.push({
        field: 'split',
        finding: finding('M06', at.sheet, [cell('split')], { kind: 'split', name: IMPORT_FIELDS.split, text: asText(split.value) }),
      });
  }
  // the mapping: every letter readable, then complete (kode, pagu, realisasi) and without a column twice
  const got: Partial<Record<MappingKey, number>> = {};
  let bad = false;
  for (const k of MAPPING_KEYS) {
    const row = at.rows[k];
    const t = row ? asText(row.value).replace(/\$/g, '').toUpperCase() : '';
    if (!t) continue;
    const c = columnOf(t);
    if (c === null) {
      bad = true;
      out.findings.push({
        field: 'mapping',
        finding: finding('M06', at.sheet, [cell(k)], { kind: 'column', name: IMPORT_FIELDS[k], text: asText(row!.value) }),
      });
    } else got[k] = c;
  }
  if (bad || Object.keys(got).length === 0) return out;
  const p = mappingProblem(got);
  if (p) {
    const where = at.rows[p.key] ? cell(p.key) : a1({ r: at.last, c: at.vc });
    const params =
      p.kind === 'missing'
        ? { kind: 'missing' as const, name: IMPORT_FIELDS[p.key], text: '' }
        : { kind: 'duplicate' as const, name: IMPORT_FIELDS[p.key], other: IMPORT_FIELDS[p.other], text: letterOf(got[p.key]!) };
    out.findings.push({ field: 'mapping', finding: finding('M06', at.sheet, [where], params) });
    return out;
  }
  out.mapping = { kode: got.kode!, uraian: got.uraian ?? null, pagu: got.pagu!, realisasi: got.realisasi! };
  return out;
}

const valueOf = (k: Field, v: { split?: SplitRule; mapping?: ColumnMapping | null }): CellValue => {
  if (k === 'split') return v.split ?? null;
  const c = v.mapping?.[k];
  return c === undefined || c === null ? null : letterOf(c);
};

/** The section's rows for a new settings sheet, from row `r`: the split rule in use, the mapping if any. */
export function importPlanCells(
  r: number,
  help: string,
  values: { split?: SplitRule; mapping?: ColumnMapping | null },
  header: Partial<PlanCell>,
  input: Partial<PlanCell>,
): { cells: PlanCell[]; rows: number } {
  const cells: PlanCell[] = [
    { r, c: 0, value: IMPORT_SECTION, bold: true },
    { r, c: 4, value: help },
    ...IMPORT_HEADER.map((l, c): PlanCell => ({ r: r + 1, c, value: l, ...header })),
  ];
  FIELDS.forEach((k, i) => {
    cells.push({ r: r + 2 + i, c: 0, value: IMPORT_FIELDS[k], border: true, format: '@' });
    cells.push({ r: r + 2 + i, c: 1, value: valueOf(k, { split: 'kontribusi', ...values }), ...input, format: '@' });
  });
  return { cells, rows: 2 + FIELDS.length };
}

/** The split cell's list (the rows' first value row is `r + 2` of `importPlanCells`). */
export const SPLIT_LIST = [...SPLIT_RULES];

/** A cell holding anything (a number, a date, a boolean, text) is the planner's: only a blank one is free. */
const taken = (v: CellValue): boolean => v !== null && !(typeof v === 'string' && v.trim() === '');

/**
 * The cells that remember `mapping` (and `split` when given) in an existing settings sheet,
 * touching nothing else: the section's value cells, its missing rows added under it (when
 * those cells hold nothing: a number is as much the planner's as a text), or the whole
 * section added under the sheet's last row.
 */
export function importSettingsEdit(
  grid: Grid,
  values: { split?: SplitRule; mapping: ColumnMapping | null },
  help: string,
  header: Partial<PlanCell>,
  input: Partial<PlanCell>,
): PlanCell[] | null {
  const at = locate(grid);
  const keys: Field[] = [...(values.split ? (['split'] as const) : []), ...MAPPING_KEYS];
  if (!at) {
    // one blank row under the last used row
    let last = grid.values.length - 1;
    while (last >= 0 && !(grid.values[last] ?? []).some(taken)) last--;
    return importPlanCells(last + 2, help, { split: 'kontribusi', ...values }, header, input).cells;
  }
  const cells: PlanCell[] = [];
  let next = at.last + 1;
  for (const k of keys) {
    const row = at.rows[k];
    if (row) {
      cells.push({ r: row.r, c: at.vc, value: valueOf(k, values), format: '@' });
      continue;
    }
    // a row the planner removed: added under the section, where nothing is written
    if (taken(cellAt(grid, next, at.c0)) || taken(cellAt(grid, next, at.vc))) return null;
    cells.push({ r: next, c: at.c0, value: IMPORT_FIELDS[k], border: true, format: '@' });
    cells.push({ r: next, c: at.vc, value: valueOf(k, values), ...input, format: '@' });
    next++;
  }
  return cells;
}

/** The findings of the import's settings that a flag does not override. */
export function importSettingsFindings(read: ImportSettingsRead, flags: { split?: boolean; mapping?: boolean }): Finding[] {
  return read.findings.filter((f) => !(f.field === 'split' ? flags.split : flags.mapping)).map((f) => f.finding);
}
