/** The SAKTI import's sentences (issue 24): `rapk anggaran`, the notes on written cells, the pane. */
import type { SaktiMissing } from '../sakti/report';
import type { SplitRule } from '../sakti/match';
import { type Lang, fmtNum } from './format';

export interface SaktiStrings {
  /** what was looked for and not found, when the export is not a recognizable report */
  missing: Record<SaktiMissing, string>;
  notReport: (file: string, what: string) => string;
  /** an export read by `--kolom` in which no line was found */
  notMapped: (file: string, what: string) => string;
  period: (text: string | null, year: number | null) => string;
  split: Record<SplitRule, string>;
  indicator: (kode: string, value: number | null, lines: number) => string;
  unmatchedExport: (n: number) => string;
  unmatchedRapk: (n: number) => string;
  note: (p: { file: string; period: string; lines: number }) => string;
  noRealisasi: string;
  noColumn: (label: string) => string;
  kept: (kode: string, typed: string, imported: number) => string;
  written: (out: string, sheet: string, n: number) => string;
  notWritten: string;
  badSplit: string;
  badMapping: string;
}

export const SAKTI_TEXT: Record<Lang, SaktiStrings> = {
  id: {
    missing: {
      header: 'baris judul kolom dengan "Pagu" dan "Realisasi" (baris 7–8 laporan SAKTI) tidak ditemukan',
      pagu: 'kolom "Pagu Revisi" tidak ditemukan',
      realisasi: 'kolom realisasi "s.d. Periode" tidak ditemukan',
      codes: 'kolom kode (Program/Kegiatan, KRO/RO, Komponen, Sub Komponen, Akun) atau baris sub komponen tidak ditemukan',
      mapped: 'tidak ada baris yang kolom kodenya berisi kode lengkap baris belanja (mis. 3165.QIA.005.053.A)',
    },
    notReport: (f, w) =>
      `${f} bukan laporan realisasi SAKTI (Laporan FA Detail, sheet GLP039_LAPORAN REALISASI SUPER): ${w}. Tidak ada yang diubah.`,
    notMapped: (f, w) => `${f} tidak dapat dibaca dengan kolom yang diberikan (--kolom): ${w}. Tidak ada yang diubah.`,
    period: (t, y) => `Periode laporan: ${t ?? 'tidak disebutkan'}${y === null ? '' : ` (tahun ${y})`}`,
    split: {
      kontribusi: 'Pembagian: realisasi baris × kontribusi indikator ÷ anggaran baris',
      pertama: 'Pembagian: seluruh realisasi baris untuk indikator pertama yang memakainya',
    },
    indicator: (k, v, n) =>
      `  ${k}  ${v === null ? 'tidak ada baris di laporan' : `${fmtNum(Math.round(v), 'id')}`}${n ? ` (${n} baris)` : ''}`,
    unmatchedExport: (n) => `${n} baris laporan dengan realisasi tidak diklaim RAPK`,
    unmatchedRapk: (n) => `${n} baris belanja RAPK tidak ada di laporan`,
    note: (p) => `realisasi anggaran dari ${p.file}, periode ${p.period || 'tidak disebutkan'}, ${p.lines} baris belanja.`,
    noRealisasi: 'workbook RAPK tidak memiliki sheet Realisasi: buat dahulu dengan "rapk realisasi".',
    noColumn: (l) => `kolom "${l}" tidak ada di sheet Realisasi.`,
    kept: (k, t, v) => `  ${k}: isian perencana (${t}) dipertahankan; hasil impor ${fmtNum(v, 'id')}`,
    written: (o, sh, n) => `Ditulis: ${o} (${n} sel Realisasi Anggaran di sheet "${sh}").`,
    notWritten: 'Tidak ditulis: laporan SAKTI bukan untuk tahun atau triwulan ini (A13).',
    badSplit: 'pembagian harus "kontribusi" atau "pertama"',
    badMapping: '--kolom harus seperti kode=A,uraian=B,pagu=C,realisasi=D (uraian boleh tidak ada)',
  },
  en: {
    missing: {
      header: 'a header row with "Pagu" and "Realisasi" (rows 7–8 of a SAKTI report) was not found',
      pagu: 'the "Pagu Revisi" column was not found',
      realisasi: 'the "s.d. Periode" realisation column was not found',
      codes: 'the code columns (Program/Kegiatan, KRO/RO, Komponen, Sub Komponen, Akun) or sub komponen rows were not found',
      mapped: 'no row whose code column holds a full budget line code (e.g. 3165.QIA.005.053.A)',
    },
    notReport: (f, w) =>
      `${f} is not a SAKTI realisation report (Laporan FA Detail, sheet GLP039_LAPORAN REALISASI SUPER): ${w}. Nothing was changed.`,
    notMapped: (f, w) => `${f} cannot be read with the columns given (--kolom): ${w}. Nothing was changed.`,
    period: (t, y) => `Report period: ${t ?? 'not stated'}${y === null ? '' : ` (year ${y})`}`,
    split: {
      kontribusi: "Split: the line's realisation × the indicator's contribution ÷ the line's budget",
      pertama: "Split: a line's whole realisation to the first indicator using it",
    },
    indicator: (k, v, n) =>
      `  ${k}  ${v === null ? 'no line in the report' : `${fmtNum(Math.round(v), 'en')}`}${n ? ` (${n} ${n === 1 ? 'line' : 'lines'})` : ''}`,
    unmatchedExport: (n) => `${n} report ${n === 1 ? 'line' : 'lines'} with realisation no RAPK line claims`,
    unmatchedRapk: (n) => `${n} RAPK budget ${n === 1 ? 'line' : 'lines'} missing from the report`,
    note: (p) =>
      `budget realisation from ${p.file}, period ${p.period || 'not stated'}, ${p.lines} budget ${p.lines === 1 ? 'line' : 'lines'}.`,
    noRealisasi: 'the RAPK workbook has no Realisasi sheet: create it first with "rapk realisasi".',
    noColumn: (l) => `the Realisasi sheet has no "${l}" column.`,
    kept: (k, t, v) => `  ${k}: the planner's value (${t}) kept; imported figure ${fmtNum(v, 'en')}`,
    written: (o, sh, n) => `Written: ${o} (${n} Realisasi Anggaran ${n === 1 ? 'cell' : 'cells'} on sheet "${sh}").`,
    notWritten: 'Not written: the SAKTI report is not for this year or quarter (A13).',
    badSplit: 'the split must be "kontribusi" or "pertama"',
    badMapping: '--kolom must read like kode=A,uraian=B,pagu=C,realisasi=D (uraian may be left out)',
  },
};
