/** The SAKTI import's sentences (issue 24): `rapk anggaran`, the notes on written cells, the pane. */
import type { SaktiMissing } from '../sakti/report';
import type { ColumnsFrom, SplitFrom, SplitRule } from '../sakti/match';
import { type Lang, fmtNum } from './format';

export interface SaktiStrings {
  /** what was looked for and not found, when the export is not a recognizable report */
  missing: Record<SaktiMissing, string>;
  notReport: (file: string, what: string) => string;
  /** an export read by a column mapping in which no line was found; `how`: one of `mappedFrom` */
  notMapped: (file: string, what: string, how: string) => string;
  /** whose mapping it was: `--kolom`, the pane's picker, the settings sheet */
  mappedFrom: Record<'flag' | 'pane' | 'settings', string>;
  /** after the split rule: where it came from */
  splitFrom: Record<SplitFrom, string>;
  /** where the export's columns came from (`mapping`: `kode=A,…`, with a flag or the settings sheet) */
  columns: (from: ColumnsFrom, mapping: string | null) => string;
  /** the settings sheet's mapping (`kode=A,…`) set aside: the export was recognized as SAKTI's report by its own structure */
  setAside: (mapping: string) => string;
  /** the settings sheet's columns are unusable (M06) and set aside all the same: the report was recognized by its own structure */
  setAsideUnusable: string;
  /** after `notReport`: the settings sheet's columns would have been tried, and are unusable (M06) */
  unusableRemembered: string;
  /** the mapping given was written into the settings sheet */
  remembered: (sheet: string) => string;
  /** the settings sheet's section has no room for a row the planner removed */
  notRemembered: (sheet: string) => string;
  /** an error finding of the settings sheet (M06) stops the write */
  notWrittenSettings: string;
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
    notMapped: (f, w, how) => `${f} tidak dapat dibaca dengan ${how}: ${w}. Tidak ada yang diubah.`,
    mappedFrom: {
      flag: 'kolom yang diberikan (--kolom)',
      pane: 'kolom yang dipilih',
      settings: 'kolom yang tersimpan di sheet Pengaturan RAPK (Impor Realisasi Anggaran)',
    },
    splitFrom: {
      flag: 'dipilih untuk impor ini',
      settings: 'dari sheet Pengaturan RAPK',
      default: 'bawaan; dapat diubah di sheet Pengaturan RAPK',
    },
    columns: (from, m) =>
      from === 'flag'
        ? `Kolom ekspor: ${m ?? ''} (diberikan untuk impor ini)`
        : from === 'settings'
          ? `Kolom ekspor: ${m ?? ''} (dari sheet Pengaturan RAPK)`
          : from === 'words'
            ? 'Kolom laporan dikenali dari judul kolomnya'
            : 'Kolom laporan menurut posisi baku laporan SAKTI (tanpa judul kolom kode)',
    setAside: (m) =>
      `Kolom laporan SAKTI sendiri yang dipakai; kolom yang tersimpan di sheet Pengaturan RAPK (${m}, Impor Realisasi Anggaran) dikesampingkan karena hanya berlaku untuk ekspor yang bukan laporan SAKTI.`,
    setAsideUnusable:
      'Kolom laporan SAKTI sendiri yang dipakai; kolom yang tersimpan di sheet Pengaturan RAPK (Impor Realisasi Anggaran) tidak sah (M06, lihat Validasi) dan dikesampingkan karena hanya berlaku untuk ekspor yang bukan laporan SAKTI.',
    unusableRemembered:
      'Kolom yang tersimpan di sheet Pengaturan RAPK (Impor Realisasi Anggaran) untuk ekspor seperti ini juga tidak sah (M06): perbaiki di sana.',
    remembered: (sh) => `Kolom ekspor disimpan di sheet "${sh}" (Impor Realisasi Anggaran) untuk impor berikutnya.`,
    notRemembered: (sh) =>
      `Kolom ekspor tidak disimpan: bagian Impor Realisasi Anggaran di sheet "${sh}" kehilangan baris dan tidak ada tempat kosong di bawahnya.`,
    notWrittenSettings: 'Tidak ditulis: isian Impor Realisasi Anggaran di sheet Pengaturan RAPK tidak sah (M06).',
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
    notMapped: (f, w, how) => `${f} cannot be read with ${how}: ${w}. Nothing was changed.`,
    mappedFrom: {
      flag: 'the columns given (--kolom)',
      pane: 'the columns chosen',
      settings: 'the columns kept on the Pengaturan RAPK sheet (Impor Realisasi Anggaran)',
    },
    splitFrom: {
      flag: 'chosen for this import',
      settings: 'from the Pengaturan RAPK sheet',
      default: 'the default; can be changed on the Pengaturan RAPK sheet',
    },
    columns: (from, m) =>
      from === 'flag'
        ? `Export columns: ${m ?? ''} (given for this import)`
        : from === 'settings'
          ? `Export columns: ${m ?? ''} (from the Pengaturan RAPK sheet)`
          : from === 'words'
            ? "The report's columns found by their header words"
            : "The report's columns at SAKTI's documented positions (no header over the codes)",
    setAside: (m) =>
      `The SAKTI report's own columns were used; the columns kept on the Pengaturan RAPK sheet (${m}, Impor Realisasi Anggaran) were set aside, as they apply only to an export that is not SAKTI's report.`,
    setAsideUnusable:
      "The SAKTI report's own columns were used; the columns kept on the Pengaturan RAPK sheet (Impor Realisasi Anggaran) are not usable (M06, see Validasi) and were set aside, as they apply only to an export that is not SAKTI's report.",
    unusableRemembered:
      'The columns kept on the Pengaturan RAPK sheet (Impor Realisasi Anggaran) for such an export are not usable either (M06): correct them there.',
    remembered: (sh) => `The export's columns kept on sheet "${sh}" (Impor Realisasi Anggaran) for the next import.`,
    notRemembered: (sh) =>
      `The export's columns were not kept: the Impor Realisasi Anggaran section of sheet "${sh}" lost a row and has no empty room under it.`,
    notWrittenSettings: 'Not written: a value of Impor Realisasi Anggaran on the Pengaturan RAPK sheet is not usable (M06).',
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
