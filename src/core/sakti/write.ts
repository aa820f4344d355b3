/**
 * Writing the imported figures (issue 24): `Realisasi Anggaran TW n` of the Realisasi sheet,
 * cumulative to the quarter's end (SAKTI's "s.d. periode"), only in cells that are empty or
 * were written by an earlier import (the host says which: their note starts with
 * `IMPORT_MARK`); a value the planner typed is never overwritten — it is reported beside the
 * imported figure. Each written cell gets a note saying where the number came from.
 */
import { type Tw, TW_ROMAN } from '../measure/formulas';
import type { RealisasiLabel, RealisasiSheet } from '../reader/realisasi';
import type { PlanCell } from '../sheets/plan';
import type { SaktiImport } from './match';

/** The first words of the note on every cell an import wrote (language-independent). */
export const IMPORT_MARK = 'RAPK · SAKTI';

export interface AnggaranWrite {
  sheet: string;
  cells: PlanCell[];
  notes: { r: number; c: number; text: string }[];
  /** typed by the planner: kept, with the figure the import would have written */
  kept: { kode: string; typed: string; imported: number }[];
  /** indicators with a figure but no row in the Realisasi sheet */
  noRow: string[];
}

export type NoteText = (p: { file: string; period: string; lines: number }) => string;

export function planAnggaranImport(
  sheet: RealisasiSheet,
  imp: SaktiImport,
  tw: Tw,
  source: { file: string },
  isImported: (r: number, c: number) => boolean,
  noteText: NoteText,
): AnggaranWrite | { problem: 'noColumn'; label: string } {
  const label = `Realisasi Anggaran TW ${TW_ROMAN[tw - 1]}` as RealisasiLabel;
  const c = sheet.cols[label];
  if (c === undefined) return { problem: 'noColumn', label };
  const out: AnggaranWrite = { sheet: sheet.name, cells: [], notes: [], kept: [], noRow: [] };
  for (const ind of imp.indicators) {
    if (ind.realisasiAnggaran === null) continue;
    const row = sheet.rows.find((x) => x.kode === ind.kode);
    if (!row) {
      out.noRow.push(ind.kode);
      continue;
    }
    const value = Math.round(ind.realisasiAnggaran);
    const typed = row.values.anggaran[tw - 1];
    if (typed && typed.kind !== 'empty' && !isImported(row.r, c)) {
      out.kept.push({ kode: ind.kode, typed: String(row.anggaran[tw - 1] ?? ''), imported: value });
      continue;
    }
    out.cells.push({ r: row.r, c, value, format: '#,##0' });
    out.notes.push({
      r: row.r,
      c,
      text: `${IMPORT_MARK}: ${noteText({ file: source.file, period: imp.period.text ?? '', lines: ind.lines.length })}`,
    });
  }
  return out;
}
