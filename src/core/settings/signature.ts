/**
 * Who signs the Ringkasan (issue 22): section `Penandatangan` of the `Pengaturan RAPK` sheet,
 * a `Keterangan | Isi` table with the rows Kota, Tanggal, Plh./Pjs., Jabatan, Nama, NIP. All
 * optional free text: an empty value leaves a line to fill in by hand on the printed page.
 * Read by words like the rest of the sheet; the methodology reader skips this section.
 */
import { type CellValue, type Grid, cellAt, gridWidth, textAt } from '../grid/grid';
import type { PlanCell } from '../sheets/plan';
import { norm } from '../grid/text';

export const SIGNER_SECTION = 'Penandatangan';
export const SIGNER_HEADER = ['Keterangan', 'Isi'] as const;
/** The rows, as written in the sheet (the reader compares them case- and space-insensitively). */
export const SIGNER_FIELDS = {
  kota: 'Kota',
  tanggal: 'Tanggal',
  plh: 'Plh./Pjs.',
  jabatan: 'Jabatan',
  nama: 'Nama',
  nip: 'NIP',
} as const;

export type Signer = Record<keyof typeof SIGNER_FIELDS, string>;

export const NO_SIGNER: Signer = { kota: '', tanggal: '', plh: '', jabatan: '', nama: '', nip: '' };

/** A cell as text; an 18-digit NIP typed as a number is written without an exponent. */
function asText(v: CellValue): string {
  if (typeof v === 'number') return Number.isInteger(v) ? v.toFixed(0) : String(v);
  if (typeof v === 'string') return v.replace(/\s+/g, ' ').trim();
  return '';
}

/** The signer of a settings sheet; every field empty when the section is absent. */
export function readSigner(grid: Grid | null): Signer {
  const out: Signer = { ...NO_SIGNER };
  if (!grid) return out;
  const width = Math.min(gridWidth(grid), 60);
  const rows = grid.values.length;
  for (let r = 0; r < rows; r++) {
    let c0 = -1;
    for (let c = 0; c < width && c0 < 0; c++) if (norm(textAt(grid, r, c)) === norm(SIGNER_SECTION)) c0 = c;
    if (c0 < 0) continue;
    // the header row: the next row that names both columns
    let h = r + 1;
    while (h < rows && h <= r + 3 && !(norm(textAt(grid, h, c0)) === norm(SIGNER_HEADER[0]))) h++;
    if (h >= rows || h > r + 3) return out;
    let vc = -1;
    for (let c = c0 + 1; c < width && vc < 0; c++) if (norm(textAt(grid, h, c)) === norm(SIGNER_HEADER[1])) vc = c;
    if (vc < 0) return out;
    for (let d = h + 1; d < rows; d++) {
      const name = norm(textAt(grid, d, c0));
      if (!name) break;
      const key = (Object.keys(SIGNER_FIELDS) as (keyof Signer)[]).find((k) => norm(SIGNER_FIELDS[k]) === name);
      if (key) out[key] = asText(cellAt(grid, d, vc));
    }
    return out;
  }
  return out;
}

/** The section's rows for a new settings sheet, from row `r`, with empty values to fill in. */
export function signerPlanCells(
  r: number,
  help: string,
  header: Partial<PlanCell>,
  input: Partial<PlanCell>,
): { cells: PlanCell[]; rows: number } {
  const cells: PlanCell[] = [
    { r, c: 0, value: SIGNER_SECTION, bold: true },
    { r, c: 4, value: help },
    ...SIGNER_HEADER.map((l, c): PlanCell => ({ r: r + 1, c, value: l, ...header })),
  ];
  Object.values(SIGNER_FIELDS).forEach((label, i) => {
    cells.push({ r: r + 2 + i, c: 0, value: label, border: true, format: '@' });
    cells.push({ r: r + 2 + i, c: 1, value: null, ...input, format: '@' });
  });
  return { cells, rows: 2 + Object.keys(SIGNER_FIELDS).length };
}
