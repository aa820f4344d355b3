/** The pane's "Impor realisasi anggaran (SAKTI)" section (issue 24), Indonesian first. */
import { TW_ROMAN } from '../measure/formulas';
import type { SplitRule } from '../sakti/match';
import type { MappingKey } from '../sakti/mapped';
import { type Lang, fmtNum } from './format';

export interface SaktiUiStrings {
  heading: string;
  hint: string;
  choose: string;
  twLabel: string;
  twOption: (tw: number) => string;
  splitLabel: string;
  splitOption: Record<SplitRule, string>;
  reading: (file: string) => string;
  unreadable: (file: string, reason: string) => string;
  indikatorList: string;
  line: (path: string, realisasi: number, share: number) => string;
  unmatchedExportList: string;
  unmatchedExport: (code: string, name: string, realisasi: number) => string;
  unmatchedRapkList: string;
  unmatchedRapk: (kode: string, line: string) => string;
  findingsList: string;
  finding: (severity: string, code: string, cell: string, message: string) => string;
  keptList: string;
  toWrite: (n: number, sheet: string) => string;
  nothingToWrite: string;
  noRealisasi: string;
  protectedSheet: (sheet: string) => string;
  noRow: (kodes: string) => string;
  notesKept: (n: number) => string;
  write: string;
  written: (n: number, sheet: string) => string;
  /** the split select's first option: the settings sheet's rule (else kontribusi) */
  splitSettings: string;
  /** the mapping picker (another export, or a report not recognized) */
  pickHeading: string;
  pickHint: string;
  pickLabel: Record<MappingKey, string>;
  pickNone: string;
  pickPlaceholder: string;
  /** a column in a dropdown: its letter and the words over it */
  pickColumn: (letter: string, header: string) => string;
  pickMissing: (label: string) => string;
  pickDuplicate: (label: string, other: string) => string;
  pickApply: string;
  pickCancel: string;
  changeColumns: string;
  /** after the write, the picked columns: kept in the settings sheet, or why not */
  remembered: Record<'kept' | 'same' | 'noRoom' | 'protected' | 'failed', (sheet: string) => string>;
}

export const SAKTI_UI: Record<Lang, SaktiUiStrings> = {
  id: {
    heading: 'Impor realisasi anggaran (SAKTI)',
    hint: 'Pilih laporan realisasi dari SAKTI (Laporan FA Detail, .xlsx). Berkas dibaca di komputer ini dan tidak diunggah ke mana pun.',
    choose: 'Pilih laporan SAKTI…',
    twLabel: 'Triwulan',
    twOption: (tw) => `TW ${TW_ROMAN[tw - 1] ?? tw}`,
    splitLabel: 'Pembagian realisasi baris',
    splitOption: { kontribusi: 'Menurut kontribusi indikator', pertama: 'Seluruhnya ke indikator pertama' },
    reading: (f) => `Membaca dan mencocokkan ${f}…`,
    unreadable: (f, r) => `${f} tidak dapat dibaca: ${r}. Workbook tidak diubah.`,
    indikatorList: 'Realisasi anggaran per indikator',
    line: (p, v, s) => `${p}: ${fmtNum(v, 'id')} × ${fmtNum(Math.round(s * 100), 'id')}%`,
    unmatchedExportList: 'Baris laporan dengan realisasi yang tidak diklaim RAPK',
    unmatchedExport: (c, n, v) => `${c} ${n}: ${fmtNum(v, 'id')}`,
    unmatchedRapkList: 'Baris belanja RAPK yang tidak ada di laporan',
    unmatchedRapk: (k, l) => `${k}: ${l}`,
    findingsList: 'Temuan',
    finding: (sev, code, cell, m) => `${sev} ${code}${cell ? ` (${cell})` : ''}: ${m}`,
    keptList: 'Isian perencana yang dipertahankan',
    toWrite: (n, sh) => `${n} sel Realisasi Anggaran akan diisi di sheet "${sh}".`,
    nothingToWrite: 'Tidak ada sel yang perlu diisi.',
    noRealisasi: 'Workbook ini belum memiliki sheet Realisasi: buat dahulu dengan tombol Realisasi.',
    protectedSheet: (sh) => `Sheet "${sh}" diproteksi: buka proteksinya untuk menulis.`,
    noRow: (k) => `Indikator tanpa baris di sheet Realisasi: ${k}.`,
    notesKept: (n) => `${n} sel sudah memiliki catatan perencana: catatan itu dipertahankan, tanpa tanda impor.`,
    write: 'Tulis ke sheet Realisasi',
    written: (n, sh) => `${n} sel Realisasi Anggaran ditulis di sheet "${sh}".`,
    splitSettings: 'Sesuai sheet Pengaturan RAPK',
    pickHeading: 'Kolom ekspor',
    pickHint:
      'Pilih kolom berisi kode lengkap baris belanja (mis. 3165.QIA.005.053.A), pagu dan realisasi s.d. periode. Pilihan ini disimpan di sheet Pengaturan RAPK saat ditulis.',
    pickLabel: { kode: 'Kolom kode', uraian: 'Kolom uraian (boleh kosong)', pagu: 'Kolom pagu', realisasi: 'Kolom realisasi s.d. periode' },
    pickNone: '(tidak ada)',
    pickPlaceholder: 'Pilih kolom',
    pickColumn: (l, h) => (h ? `${l} — ${h}` : `${l}`),
    pickMissing: (l) => `${l} belum dipilih.`,
    pickDuplicate: (l, o) => `${l} dan ${o} menunjuk kolom yang sama.`,
    pickApply: 'Impor dengan kolom ini',
    pickCancel: 'Batal',
    changeColumns: 'Ubah kolom ekspor…',
    remembered: {
      kept: (sh) => `Kolom ekspor disimpan di sheet "${sh}" untuk impor berikutnya.`,
      same: (sh) => `Kolom ekspor sudah tersimpan di sheet "${sh}".`,
      noRoom: (sh) =>
        `Kolom ekspor tidak disimpan: bagian Impor Realisasi Anggaran di sheet "${sh}" kehilangan baris dan tidak ada tempat kosong di bawahnya.`,
      protected: (sh) => `Kolom ekspor tidak disimpan: sheet "${sh}" atau struktur workbook diproteksi.`,
      failed: (sh) =>
        `Kolom ekspor tidak disimpan karena Excel tidak dapat membuat sheet "${sh}". Realisasi anggaran tetap tertulis; pilih kolom lagi pada impor berikutnya.`,
    },
  },
  en: {
    heading: 'Import budget realisation (SAKTI)',
    hint: 'Choose a realisation report from SAKTI (Laporan FA Detail, .xlsx). The file is read on this computer and uploaded nowhere.',
    choose: 'Choose a SAKTI report…',
    twLabel: 'Quarter',
    twOption: (tw) => `Q${tw}`,
    splitLabel: "Split of a line's realisation",
    splitOption: { kontribusi: "By the indicator's contribution", pertama: 'All to the first indicator' },
    reading: (f) => `Reading and matching ${f}…`,
    unreadable: (f, r) => `${f} cannot be read: ${r}. The workbook was not changed.`,
    indikatorList: 'Budget realisation by indicator',
    line: (p, v, s) => `${p}: ${fmtNum(v, 'en')} × ${fmtNum(Math.round(s * 100), 'en')}%`,
    unmatchedExportList: 'Report lines with realisation no RAPK line claims',
    unmatchedExport: (c, n, v) => `${c} ${n}: ${fmtNum(v, 'en')}`,
    unmatchedRapkList: 'RAPK budget lines missing from the report',
    unmatchedRapk: (k, l) => `${k}: ${l}`,
    findingsList: 'Findings',
    finding: (sev, code, cell, m) => `${sev} ${code}${cell ? ` (${cell})` : ''}: ${m}`,
    keptList: "The planner's values kept",
    toWrite: (n, sh) => `${n} Realisasi Anggaran ${n === 1 ? 'cell' : 'cells'} will be filled on sheet "${sh}".`,
    nothingToWrite: 'No cell needs filling.',
    noRealisasi: 'This workbook has no Realisasi sheet yet: create it first with the Realisasi button.',
    protectedSheet: (sh) => `Sheet "${sh}" is protected: unprotect it to write.`,
    noRow: (k) => `Indicators without a row on the Realisasi sheet: ${k}.`,
    notesKept: (n) => `${n} ${n === 1 ? 'cell has' : 'cells have'} a note of the planner's: kept, without the import's mark.`,
    write: 'Write to the Realisasi sheet',
    written: (n, sh) => `${n} Realisasi Anggaran ${n === 1 ? 'cell' : 'cells'} written on sheet "${sh}".`,
    splitSettings: 'As on the Pengaturan RAPK sheet',
    pickHeading: 'Export columns',
    pickHint:
      'Choose the column holding full budget line codes (e.g. 3165.QIA.005.053.A), the pagu and the realisation to date. The choice is kept on the Pengaturan RAPK sheet when written.',
    pickLabel: {
      kode: 'Code column',
      uraian: 'Description column (optional)',
      pagu: 'Pagu column',
      realisasi: 'Realisation to date column',
    },
    pickNone: '(none)',
    pickPlaceholder: 'Choose a column',
    pickColumn: (l, h) => (h ? `${l} — ${h}` : `${l}`),
    pickMissing: (l) => `${l}: not chosen yet.`,
    pickDuplicate: (l, o) => `${l} and ${o} name the same column.`,
    pickApply: 'Import with these columns',
    pickCancel: 'Cancel',
    changeColumns: 'Change the export columns…',
    remembered: {
      kept: (sh) => `The export columns are kept on sheet "${sh}" for the next import.`,
      same: (sh) => `The export columns were already kept on sheet "${sh}".`,
      noRoom: (sh) =>
        `The export columns were not kept: the Impor Realisasi Anggaran section of sheet "${sh}" lost a row and has no empty room under it.`,
      protected: (sh) => `The export columns were not kept: sheet "${sh}" or the workbook structure is protected.`,
      failed: (sh) =>
        `The export columns were not kept: Excel could not create sheet "${sh}". The budget realisation is written; pick the columns again at the next import.`,
    },
  },
};
