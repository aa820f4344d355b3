/** The command line's own sentences, Indonesian first. */
import type { Lang } from './format';
import { type Tw, TW_ROMAN } from '../measure/formulas';

import type { UnusableReason } from '../workbook';

export interface CliStrings {
  unusable: Record<UnusableReason, string>;
  noRapk: string;
  sheetNotFound: (sheet: string, names: string[]) => string;
  noFiles: string;
  sameOutput: string;
  outputExists: string;
  sheetLine: (p: { sheet: string; layout: string; year: number | null; unit: string | null; indikator: number }) => string;
  counts: (e: number, w: number, i: number) => string;
  fileLine: (file: string, counts: string) => string;
  total: (files: number, bad: number, counts: string) => string;
  clean: string;
  written: (out: string, marks: number) => string;
  skipped: (sheet: string, kind: string) => string;
  realisasiLine: (sheet: string) => string;
  otherLine: (sheet: string) => string;
  badTw: string;
  noRealisasi: string;
  invalidSettings: (sheet: string, errors: number) => string;
  settingsExists: (sheet: string) => string;
  settingsWritten: (out: string, sheet: string, preset: string) => string;
  badPreset: string;
  wrongExtension: (kind: string, ext: string) => string;
  sheetTaken: (sheet: string) => string;
  addedColumns: (labels: string[]) => string;
  needOutput: (command: string, hasInput: boolean) => string;
  /** a quarter as nothingTyped names it */
  quarter: (tw: Tw) => string;
  nothingTyped: (tw: string) => string;
  rapkErrors: (n: number, sheet: string) => string;
  notNumber: (kodes: string) => string;
  over100: (kodes: string) => string;
  writtenSheet: (out: string, sheet: string) => string;
  /** rapk hapus-tanda: cells put back, threaded comments left (kept in the record) */
  cleared: (out: string, cells: number, keptComments: number) => string;
  /** after `rapk summary -o` replaced an earlier Ringkasan sheet of the same name */
  ringkasanReplaced: (kept: number) => string;
  ambiguousRapk: (names: string[]) => string;
  ambiguousRealisasi: (sheet: string, candidates: string[]) => string;
  ambiguousPk: (sheet: string, candidates: string[]) => string;
  /** `rapk realisasi` on a Realisasi sheet that already says what the RAPK says: the copy holds it unchanged */
  realisasiUpToDate: (sheet: string) => string;
}

const pl = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const CLI_STRINGS: Record<Lang, CliStrings> = {
  id: {
    unusable: {
      missing: 'berkas tidak ditemukan atau tidak dapat dibaca',
      empty: 'berkas kosong (0 byte)',
      encrypted: 'berkas dilindungi kata sandi (terenkripsi) atau berformat .xls lama; simpan ulang sebagai .xlsx tanpa kata sandi',
      notXlsx: 'bukan berkas .xlsx (isi berkas bukan arsip Office Open XML)',
      corrupt: 'berkas .xlsx rusak atau terpotong dan tidak dapat dibuka',
      tooLarge: 'berkas terlalu besar (lebih dari 200 MB)',
      tooLargeInflated: 'berkas terlalu besar setelah dibuka (isinya mengembang melebihi batas aman); periksa apakah berkasnya benar',
      tooManySheets: 'berkas memiliki terlalu banyak sheet (lebih dari 500)',
    },
    noRapk: 'tidak ada tabel RAPK di sheet mana pun (tidak ada baris judul dengan INDIKATOR dan TARGET/ANGGARAN)',
    sheetNotFound: (s, names) => `sheet "${s}" tidak ada; sheet yang tersedia: ${names.map((n) => `"${n}"`).join(', ')}`,
    noFiles: 'tidak ada berkas .xlsx/.xlsm yang diberikan',
    sameOutput: 'berkas keluaran (-o) tidak boleh sama dengan berkas masukan',
    outputExists: 'berkas keluaran sudah ada dan merupakan folder',
    sheetLine: (p) =>
      `Sheet "${p.sheet}": tata letak ${p.layout}, tahun ${p.year ?? '?'}, ${p.unit ?? 'unit tidak diketahui'}, ${p.indikator} indikator`,
    counts: (e, w, i) => `${e} kesalahan, ${w} peringatan, ${i} info`,
    fileLine: (f, c) => `${f}: ${c}`,
    total: (n, bad, c) => `Total ${n} berkas${bad ? ` (${bad} tidak dapat dipakai)` : ''}: ${c}`,
    clean: 'Tidak ada temuan.',
    written: (o, m) => `Ditulis: ${o} (${m} sel ditandai)`,
    skipped: (s, k) => `Sheet "${s}" dilewati (${k})`,
    realisasiLine: (s) => `Sheet "${s}": sheet Realisasi, diperiksa terhadap RAPK`,
    otherLine: (s) => `Sheet "${s}":`,
    invalidSettings: (s, n) =>
      `sheet "${s}" memiliki ${n} kesalahan pengaturan; tidak ada yang dihitung atau ditulis. Perbaiki sel berikut (atau lihat tandanya dengan "rapk annotate"):`,
    settingsExists: (s) => `sheet "${s}" sudah ada; ubah sheet itu, atau hapus dulu bila ingin membuatnya ulang`,
    settingsWritten: (o, s, p) => `Ditulis: ${o} (sheet "${s}", preset ${p})`,
    badPreset: '--preset harus "spec" atau "sekretariat-utama"',
    addedColumns: (l) =>
      `kolom ${l.map((x) => `"${x}"`).join(', ')} tidak ditemukan dan ditambahkan di sebelah kanan kolom yang terpakai; kolom lain tidak dipindah`,
    sheetTaken: (sh) =>
      `sudah ada sheet "${sh}" tetapi isinya bukan tabel Realisasi (kolom Kode dan Realisasi TW I tidak ditemukan); sheet itu tidak ditimpa. Ganti namanya lalu ulangi.`,
    wrongExtension: (k, e) =>
      `berkas masukan adalah .${k}${k === 'xlsm' || k === 'xltm' ? ' (berisi makro)' : ''}; berkas keluaran (-o) harus berakhiran .${k}, bukan ${e ? `.${e}` : 'tanpa akhiran'}`,
    badTw: '--tw harus 1, 2, 3 atau 4 (atau I, II, III, IV)',
    noRealisasi: 'sheet Realisasi belum ada; jalankan "rapk realisasi" dulu lalu isi realisasinya',
    needOutput: (c, i) =>
      `berkas keluaran belum diberikan: tambahkan -o BERKAS.xlsx (contoh: rapk ${c}${i ? ' masukan.xlsx' : ''} -o hasil.xlsx)`,
    quarter: (tw) => `TW ${TW_ROMAN[tw - 1]}`,
    nothingTyped: (tw) => `belum ada realisasi ${tw} yang diisi di sheet Realisasi; capaian dan NPSS belum dapat dihitung`,
    rapkErrors: (n, s) => `RAPK (sheet "${s}") masih memiliki ${n} kesalahan; lihat dengan: rapk check BERKAS.xlsx`,
    notNumber: (k) => `realisasi berisi teks yang bukan angka (tidak dihitung): ${k}`,
    over100: (k) => `realisasi indikator persentase lebih dari 100 (R01; tetap dihitung, periksa): ${k}`,
    writtenSheet: (o, s) => `Ditulis: ${o} (sheet "${s}")`,
    cleared: (o, n, k) =>
      `Ditulis: ${o} (tanda dihapus dari ${n} sel${k ? `; ${k} komentar buatan add-in tidak dapat dihapus dari berkas, hapus dengan Hapus tanda di Excel` : ''})`,
    ringkasanReplaced: (k) =>
      `Sheet Ringkasan yang lama diganti${k ? `; ${k} isian di luar tabel add-in dipertahankan` : ''}. File masukan tidak diubah.`,
    ambiguousRapk: (names) => `ada RAPK lebih dari satu tahun (${names.map((n) => `"${n}"`).join(', ')}); pilih salah satu dengan --sheet`,
    ambiguousRealisasi: (s, c) =>
      `Sheet "${s}": tidak jelas RAPK tahun mana yang dimaksud (${c.map((n) => `"${n}"`).join(', ')}); beri nama "Realisasi <tahun>" agar dapat diperiksa`,
    ambiguousPk: (s, c) =>
      `Sheet "${s}": tidak jelas RAPK tahun mana yang dimaksud (${c.map((n) => `"${n}"`).join(', ')}); cantumkan tahunnya pada nama sheet (mis. "PK 2025") agar dapat diperiksa`,
    realisasiUpToDate: (s) => `Sheet "${s}" sudah sesuai dengan RAPK: tidak ada yang diubah.`,
  },
  en: {
    unusable: {
      missing: 'file not found or not readable',
      empty: 'the file is empty (0 bytes)',
      encrypted: 'the file is password-protected (encrypted) or an old .xls; save it again as .xlsx without a password',
      notXlsx: 'not an .xlsx file (its content is not an Office Open XML archive)',
      corrupt: 'the .xlsx file is damaged or truncated and cannot be opened',
      tooLarge: 'the file is too large (over 200 MB)',
      tooLargeInflated: 'the file is too large once opened (its content inflates beyond the safe limit); check that it is the right file',
      tooManySheets: 'the file has too many sheets (over 500)',
    },
    noRapk: 'no RAPK table on any sheet (no header row with INDIKATOR and TARGET/ANGGARAN)',
    sheetNotFound: (s, names) => `there is no sheet "${s}"; sheets: ${names.map((n) => `"${n}"`).join(', ')}`,
    noFiles: 'no .xlsx/.xlsm files given',
    sameOutput: 'the output file (-o) must not be the input file',
    outputExists: 'the output path is a folder',
    sheetLine: (p) =>
      `Sheet "${p.sheet}": layout ${p.layout}, year ${p.year ?? '?'}, ${p.unit ?? 'unit unknown'}, ${pl(p.indikator, 'indicator', 'indicators')}`,
    counts: (e, w, i) => `${pl(e, 'error', 'errors')}, ${pl(w, 'warning', 'warnings')}, ${i} info`,
    fileLine: (f, c) => `${f}: ${c}`,
    total: (n, bad, c) => `Total ${pl(n, 'file', 'files')}${bad ? ` (${bad} unusable)` : ''}: ${c}`,
    clean: 'No findings.',
    written: (o, m) => `Written: ${o} (${pl(m, 'cell', 'cells')} marked)`,
    skipped: (s, k) => `Sheet "${s}" skipped (${k})`,
    realisasiLine: (s) => `Sheet "${s}": Realisasi sheet, checked against the RAPK`,
    otherLine: (s) => `Sheet "${s}":`,
    invalidSettings: (s, n) =>
      `sheet "${s}" has ${n} settings errors; nothing was computed or written. Fix these cells (or see them marked with "rapk annotate"):`,
    settingsExists: (s) => `sheet "${s}" already exists; edit it, or delete it first to create it again`,
    settingsWritten: (o, s, p) => `Written: ${o} (sheet "${s}", preset ${p})`,
    badPreset: '--preset must be "spec" or "sekretariat-utama"',
    addedColumns: (l) =>
      `column${l.length > 1 ? 's' : ''} ${l.map((x) => `"${x}"`).join(', ')} not found: added after the last used column; no other column was moved`,
    sheetTaken: (sh) =>
      `there is already a sheet "${sh}" that is not a Realisasi table (no Kode and Realisasi TW I columns); it is not overwritten. Rename it and try again.`,
    wrongExtension: (k, e) =>
      `the input is a .${k} file${k === 'xlsm' || k === 'xltm' ? ' (with macros)' : ''}; the output (-o) must end in .${k}, not ${e ? `.${e}` : 'no extension'}`,
    badTw: '--tw must be 1, 2, 3 or 4 (or I, II, III, IV)',
    noRealisasi: 'there is no Realisasi sheet yet; run "rapk realisasi" first and type the realisation',
    needOutput: (c, i) => `no output file given: add -o FILE.xlsx (e.g. rapk ${c}${i ? ' input.xlsx' : ''} -o result.xlsx)`,
    quarter: (tw) => `Q${tw}`,
    nothingTyped: (tw) => `no ${tw} realisation has been typed in the Realisasi sheet yet; achievement and NPSS cannot be computed`,
    rapkErrors: (n, s) => `the RAPK (sheet "${s}") still has ${pl(n, 'error', 'errors')}; see them with: rapk check FILE.xlsx`,
    notNumber: (k) => `realisation holds text that is not a number (not counted): ${k}`,
    over100: (k) => `percentage indicators with realisation over 100 (R01; counted, please check): ${k}`,
    writtenSheet: (o, s) => `Written: ${o} (sheet "${s}")`,
    cleared: (o, n, k) =>
      `Written: ${o} (marks cleared from ${pl(n, 'cell', 'cells')}${k ? `; ${pl(k, "of the add-in's comments", "of the add-in's comments")} cannot be removed from the file: clear them with Hapus tanda in Excel` : ''})`,
    ringkasanReplaced: (k) =>
      `The old summary sheet was replaced${k ? `; ${k} values outside the add-in's tables were kept` : ''}. The input file is unchanged.`,
    ambiguousRapk: (names) =>
      `the workbook has RAPKs of more than one year (${names.map((n) => `"${n}"`).join(', ')}); choose one with --sheet`,
    ambiguousRealisasi: (s, c) =>
      `Sheet "${s}": it is not clear which year's RAPK it belongs to (${c.map((n) => `"${n}"`).join(', ')}); name it "Realisasi <year>" to have it checked`,
    ambiguousPk: (s, c) =>
      `Sheet "${s}": it is not clear which year's RAPK it belongs to (${c.map((n) => `"${n}"`).join(', ')}); put the year in the sheet's name (e.g. "PK 2025") to have it checked`,
    realisasiUpToDate: (s) => `Sheet "${s}" was already up to date with the RAPK: nothing was changed.`,
  },
};
