/**
 * The Realisasi sheet (SPEC section 6): its columns and the plan that writes it from a RAPK model,
 * keeping every typed value by Kode. Its reader is `../reader/realisasi.ts`, its rules
 * `../rules/realisasi.ts`, its in-place refresh `./realisasiRefresh.ts`, its sentences
 * `../locales/realisasiSheet.ts`.
 */
import type { CellValue } from '../grid/grid';
import { type RapkModel, kodeOf } from '../reader/model';
import type { RealisasiSheet } from '../reader/realisasi';
import { REALISASI_LABELS, COL, TYPED_LABELS, targetCol, realisasiCol, anggaranCol } from '../reader/realisasi';
import { PENILAIAN, PERSPEKTIF, POLARITAS } from '../measure/formulas';
import { settingsOf, twTarget } from '../measure/indikator';
import { REALISASI_SHEET_TEXT } from '../locales/realisasiSheet';
import { ADD_IN_FILLS } from './palette';
import type { PlanCell, SheetPlan } from './plan';
import { safeSheetName } from './plan';
import type { Lang } from '../lang';

/** Rows: 0 title, 1 instructions, 2 header, 3.. data. */
export const HEADER_ROW = 2;
const FIRST_DATA = 3;
const INPUT_FILL = ADD_IN_FILLS.input;
const HEADER_FILL = ADD_IN_FILLS.header;
const ORPHAN_FILL = ADD_IN_FILLS.orphan;

export function realisasiSheetName(year: number | null): string {
  return safeSheetName(year ? `Realisasi ${year}` : 'Realisasi');
}

/**
 * The Realisasi sheet plan. With `existing`, typed Realisasi, Perspektif, Polaritas,
 * Penilaian and Realisasi Anggaran are kept by Kode; targets and Pagu come from the RAPK;
 * rows whose Kode left the RAPK are kept at the bottom, greyed, with a note.
 */
export function planRealisasi(model: RapkModel, existing: RealisasiSheet | null = null, lang: Lang = 'id'): SheetPlan {
  const cells: PlanCell[] = [];
  const notes: { r: number; c: number; text: string }[] = [];
  const width = REALISASI_LABELS.length;
  const byKode = new Map((existing?.rows ?? []).map((r) => [r.kode, r]));
  const text = REALISASI_SHEET_TEXT[lang];
  cells.push({ r: 0, c: 0, value: text.title(model.year, model.unit), bold: true });
  cells.push({ r: 1, c: 0, value: text.instructions, wrap: false });
  REALISASI_LABELS.forEach((l, c) =>
    cells.push({ r: HEADER_ROW, c, value: l, bold: true, fill: HEADER_FILL, wrap: true, align: 'center', border: true }),
  );

  const inputCols = new Set<number>([...TYPED_LABELS].map((l) => COL[l]));
  let r = FIRST_DATA;
  const put = (c: number, value: CellValue, extra: Partial<PlanCell> = {}): void => {
    const cell: PlanCell = { r, c, value, border: true, ...extra };
    if (inputCols.has(c) && !cell.fill) cell.fill = INPUT_FILL;
    cells.push(cell);
  };
  const seen = new Set<string>();
  for (const s of model.sasaran) {
    for (const ind of s.indikator) {
      const kode = kodeOf(ind);
      if (seen.has(kode)) continue; // a duplicate number (S04) keeps its first row
      seen.add(kode);
      const old = byKode.get(kode);
      const st = settingsOf(ind, s.name, old);
      put(COL.Kode, kode, { format: '@', align: 'center' });
      put(COL.Sasaran, s.name, { wrap: true });
      put(COL.Indikator, ind.name, { wrap: true });
      put(COL.Perspektif, old && old.perspektifRaw !== null ? old.perspektifRaw : st.perspektif);
      put(COL.Polaritas, old && old.polaritasRaw !== null ? old.polaritasRaw : st.polaritas);
      put(COL.Penilaian, old && old.penilaianRaw !== null ? old.penilaianRaw : st.penilaian);
      for (let k = 0; k < 4; k++) {
        put(targetCol(k), twTarget(ind, k), { format: '0.00' });
        put(realisasiCol(k), old ? (old.realisasi[k] ?? null) : null, { format: '0.00' });
        put(anggaranCol(k), old ? (old.anggaran[k] ?? null) : null, { format: '#,##0' });
      }
      put(COL.Pagu, ind.anggaran.invalid ? null : ind.anggaran.value, { format: '#,##0' });
      r++;
    }
  }
  // rows that left the RAPK: kept, never silently dropped
  for (const old of existing?.rows ?? []) {
    if (seen.has(old.kode)) continue;
    seen.add(old.kode);
    const grey = { fill: ORPHAN_FILL };
    put(COL.Kode, old.kode, { ...grey, format: '@', align: 'center' });
    put(COL.Sasaran, old.sasaran, { ...grey, wrap: true });
    put(COL.Indikator, old.indikator, { ...grey, wrap: true });
    put(COL.Perspektif, old.perspektifRaw, grey);
    put(COL.Polaritas, old.polaritasRaw, grey);
    put(COL.Penilaian, old.penilaianRaw, grey);
    for (let k = 0; k < 4; k++) {
      put(targetCol(k), old.targets[k] ?? null, { ...grey, format: '0.00' });
      put(realisasiCol(k), old.realisasi[k] ?? null, { ...grey, format: '0.00' });
      put(anggaranCol(k), old.anggaran[k] ?? null, { ...grey, format: '#,##0' });
    }
    put(COL.Pagu, old.pagu, { ...grey, format: '#,##0' });
    notes.push({ r, c: COL.Kode, text: text.orphanNote(old.kode) });
    r++;
  }
  const last = Math.max(r - 1, FIRST_DATA);
  const list = (c: number, values: readonly string[]) => ({ range: { r1: FIRST_DATA, c1: c, r2: last, c2: c }, list: [...values] });
  return {
    name: realisasiSheetName(model.year),
    rows: Math.max(r, FIRST_DATA + 1),
    cols: width,
    cells,
    merges: [{ r1: 0, c1: 0, r2: 0, c2: width - 1 }],
    widths: [8, 40, 48, 18, 12, 13, 10, 11, 10, 11, 10, 11, 10, 11, 16, 16, 16, 16, 16],
    freeze: { rows: FIRST_DATA, cols: 3 },
    validations: [list(COL.Perspektif, PERSPEKTIF), list(COL.Polaritas, POLARITAS), list(COL.Penilaian, PENILAIAN)],
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: { from: HEADER_ROW, to: HEADER_ROW } },
    notes,
  };
}
