/** Every string of the task pane, Indonesian first. A parity test checks both have all keys. */
import { readerStopNotice } from './index';
import type { Lang } from './format';
import type { NoteMode } from '../sheets/marksState';
import type { ProblemOf, ProblemTexts } from '../problems';
import { RAPK_CHOSEN } from './rapkChosen';
import type { RapkChosen } from '../rapkChosen';

/** Sheet names quoted and listed: `"RAPK 2024", "RAPK 2025"`. */
const quoted = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(', ');

/** "No RAPK table" with where the reader stopped (the first sheet and why, how many more), as the CLI says it. */
const stopped = (p: ProblemOf<'noRapk'>, lang: Lang): string | null =>
  p.stops[0]
    ? readerStopNotice({ stop: p.stops[0], count: p.stops.length, ...(p.sheet === null ? {} : { onSheet: p.sheet }) }, lang)
    : null;

/** The language menu shows each language in its own words, whatever the pane's language. */
export const LANG_NAMES: Record<Lang, string> = { id: 'Indonesia', en: 'English' };

export interface UiStrings {
  title: string;
  subtitle: string;
  language: string;
  sheet: (name: string) => string;
  validasi: string;
  validasiHint: string;
  hapusTanda: string;
  hapusTandaHint: string;
  realisasi: string;
  realisasiHint: string;
  ringkasan: string;
  ringkasanHint: string;
  tw: string;
  /** a quarter in the TW menu: TW I … TW IV */
  twOption: (roman: string) => string;
  running: (what: string) => string;
  noteMode: Record<NoteMode, string>;
  unsupported: string;
  whyDisabled: { protected: (s: string) => string; noRealisasi: string; ownSheet: string; noMarks: string };
  validasiDone: (p: { sheet: string; indicators: number; marked: number }) => string;
  /** Validasi on the settings sheet: its settings were checked (not indicators read) */
  validasiSettingsDone: (p: { sheet: string; marked: number }) => string;
  /** a finished Validasi's title: the outcome */
  toFix: (errors: number) => string;
  toCheck: (warnings: number) => string;
  infoOnly: (n: number) => string;
  clean: string;
  /** the region that holds a command's result */
  result: (command: string) => string;
  /** the link to the planners' guide (opens in a new window) */
  help: string;
  hapusDone: (n: number) => string;
  hapusNone: string;
  /** Validasi: conditional formats cover marked cells */
  marksMayBeHidden: string;
  /** Validasi: cells holding a note refused the add-in's comment */
  commentsRefused: string;
  /** Hapus tanda: our notes or comments this Excel cannot remove (the record keeps them) */
  hapusKept: (p: { notes: number; comments: number }) => string;
  /** `upToDate`: the existing sheet already said what the RAPK says, nothing was written */
  realisasiDone: (p: { sheet: string; created: boolean; kept: number; orphans: number; upToDate?: boolean }) => string;
  /** what Ringkasan changed (a new sheet, or the old one replaced with the planner's values kept), and that Ctrl+Z cannot undo it */
  ringkasanDone: (sheet: string, change?: { replaced?: boolean; kept?: number }) => string;
  pengaturan: string;
  pengaturanHint: string;
  preset: string;
  presets: { spec: string; 'sekretariat-utama': string };
  pengaturanDone: (p: { sheet: string; created: boolean }) => string;
  findings: string;
  severity: { error: string; warning: string; info: string };
  goTo: (cell: string) => string;
  summaryCard: string;
  npss: string;
  perspektif: string;
  noValue: string;
  /** why a command could not run: one sentence per problem kind, from that kind's fields */
  errors: ProblemTexts;
  partial: string;
  nothingChanged: string;
  details: string;
  dismiss: string;
  counts: (e: number, w: number, i: number) => string;
  goToFinding: (cell: string, message: string) => string;
  noCell: string;
  rapkErrors: (n: number) => string;
  showRapkErrors: string;
  rapkErrorsTitle: string;
  /** the RAPK Realisasi/Ringkasan used when one of another year was left aside (the CLI's sentence) */
  rapkChosen: (c: RapkChosen) => string;
  counted: (n: number, of: number, akhir: number) => string;
  notNumber: (kodes: string) => string;
  over100: (kodes: string) => string;
  startup: { noOfficeJs: string; notInOffice: string; notExcel: string };
  technical: string;
}

const pl = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const id: UiStrings = {
  title: 'RAPK BPOM',
  subtitle: 'Validasi RAPK, Realisasi, dan Ringkasan Triwulan',
  language: 'Bahasa',
  sheet: (n) => `Sheet aktif: ${n}`,
  validasi: 'Validasi',
  validasiHint: 'Periksa sheet yang aktif: RAPK (target dan anggaran) atau Realisasi (terhadap RAPK); sel yang bermasalah diberi tanda.',
  hapusTanda: 'Hapus tanda',
  hapusTandaHint: 'Kembalikan warna dan catatan sel seperti sebelum Validasi.',
  realisasi: 'Realisasi',
  realisasiHint: 'Buat atau perbarui sheet Realisasi; isian yang sudah diketik tidak hilang.',
  ringkasan: 'Ringkasan TW',
  ringkasanHint: 'Hitung capaian, NPS, NPSS, dan efisiensi anggaran, lalu buat sheet Ringkasan.',
  tw: 'Triwulan',
  twOption: (r) => `TW ${r}`,
  running: (w) => `${w} sedang diproses…`,
  noteMode: {
    notes: 'Tanda berupa warna sel dan catatan (note).',
    comments: 'Versi Excel ini belum mendukung catatan (note): tanda berupa warna sel dan komentar.',
    none: 'Versi Excel ini belum mendukung catatan maupun komentar: tanda berupa warna sel saja; pesannya ada di panel ini.',
  },
  unsupported: 'Versi Excel ini terlalu lama (perlu ExcelApi 1.9: Excel 2019, Microsoft 365 atau Excel di web). Perintah dinonaktifkan.',
  whyDisabled: {
    protected: (s) => `Sheet "${s}" dilindungi (protected). Buka proteksinya terlebih dahulu (Tinjau → Buka Proteksi Sheet).`,
    noRealisasi: 'Belum ada sheet Realisasi: klik Realisasi, isi realisasinya, lalu buat Ringkasan.',
    ownSheet: 'Ini sheet Ringkasan atau Rekap buatan add-in; tidak ada yang perlu divalidasi. Pilih sheet RAPK atau Realisasi.',
    noMarks: 'Belum ada tanda untuk dihapus.',
  },
  validasiDone: (p) => `Validasi sheet "${p.sheet}" selesai: ${p.indicators} indikator diperiksa, ${p.marked} sel ditandai.`,
  validasiSettingsDone: (p) => `Isian sheet "${p.sheet}" selesai diperiksa: ${p.marked} sel ditandai.`,
  toFix: (n) => `${n} kesalahan perlu diperbaiki`,
  toCheck: (n) => `${n} peringatan perlu diperiksa`,
  infoOnly: (n) => `Tidak ada kesalahan; ${n} catatan informasi`,
  clean: 'Tidak ditemukan masalah.',
  result: (c) => `Hasil ${c}`,
  help: 'Panduan penggunaan (tab baru)',
  hapusDone: (n) => `Tanda dihapus dari ${n} sel; warna dan catatan semula dikembalikan.`,
  hapusNone: 'Tidak ada tanda untuk dihapus.',
  marksMayBeHidden:
    'Sebagian sel yang ditandai memakai format bersyarat (conditional formatting), yang menutupi warna tanda: tanda mungkin tidak terlihat. Daftar temuan di panel ini tetap lengkap.',
  commentsRefused:
    'Sebagian sel yang ditandai sudah berisi catatan (note), sehingga menolak komentar: tandanya berupa warna saja, pesannya ada di panel ini.',
  hapusKept: (p) =>
    `${p.notes ? `${p.notes} catatan (note)` : `${p.comments} komentar`} buatan add-in tidak dapat dihapus oleh versi Excel ini; warnanya sudah dikembalikan. Jalankan Hapus tanda di Microsoft 365 atau Excel di web untuk menghapusnya.`,
  realisasiDone: (p) =>
    p.created
      ? `Sheet "${p.sheet}" dibuat. Isi kolom berwarna kuning.`
      : p.upToDate
        ? `Sheet "${p.sheet}" sudah sesuai dengan RAPK: tidak ada yang diubah${p.kept ? `; isian pada ${p.kept} baris tetap seperti semula` : ''}.`
        : `Sheet "${p.sheet}" diperbarui: isian pada ${p.kept} baris tetap disimpan${p.orphans ? `; ${p.orphans} indikator yang tidak ada lagi di RAPK tidak dihapus (baris abu-abu)` : ''}.`,
  ringkasanDone: (s, c) =>
    `${
      c?.replaced
        ? `Sheet "${s}" dibuat ulang menggantikan sheet lama${c.kept ? `; ${c.kept} isian Anda di luar tabel add-in tetap disimpan` : ''}.`
        : `Sheet "${s}" dibuat.`
    } Perubahan ini tidak dapat dibatalkan dengan Ctrl+Z.`,
  pengaturan: 'Pengaturan metode',
  pengaturanHint:
    'Buat sheet "Pengaturan RAPK": rentang kriteria dan predikat, warna, nilai tertinggi NPI, bobot indikator, dan batas status terhadap target tahunan. Semua perintah menggunakan pengaturan ini.',
  preset: 'Preset',
  presets: { spec: 'Bawaan add-in', 'sekretariat-utama': 'Sekretariat Utama' },
  pengaturanDone: (p) =>
    p.created
      ? `Sheet "${p.sheet}" dibuat. Ubah nilainya bila perlu, lalu jalankan Validasi pada sheet itu untuk memeriksanya.`
      : `Sheet "${p.sheet}" sudah ada dan tidak ditimpa; sheet itu sekarang aktif.`,
  findings: 'Temuan',
  severity: { error: 'Kesalahan', warning: 'Peringatan', info: 'Info' },
  goTo: (c) => `Ke sel ${c}`,
  summaryCard: 'Nilai Kinerja Organisasi',
  npss: 'NPSS',
  perspektif: 'Perspektif',
  noValue: 'belum ada nilai',
  errors: {
    unsupported: () => 'Versi Excel ini tidak mendukung perintah ini (perlu ExcelApi 1.9 atau lebih baru).',
    protected: (p) =>
      p.sheet
        ? `Sheet "${p.sheet}" dilindungi (protected). Buka proteksinya terlebih dahulu, lalu ulangi.`
        : 'Sheet yang aktif dilindungi (protected). Buka proteksinya terlebih dahulu, lalu ulangi.',
    structureProtected: () =>
      'Struktur workbook dilindungi sehingga sheet tidak dapat ditambah, dihapus, atau diganti namanya. Buka proteksinya terlebih dahulu (Tinjau → Proteksi Workbook), lalu ulangi.',
    noRapk: (p) =>
      stopped(p, 'id') ??
      (p.sheet
        ? `Tidak ada tabel RAPK di sheet "${p.sheet}": tidak ditemukan baris judul dengan kolom INDIKATOR dan TARGET/ANGGARAN. Pilih sheet RAPK lalu ulangi.`
        : 'Tidak ada tabel RAPK di workbook ini: tidak ada sheet dengan baris judul berkolom INDIKATOR dan TARGET/ANGGARAN.'),
    ambiguousRapk: (p) =>
      `Workbook ini berisi RAPK lebih dari satu tahun (${quoted(p.sheets)}) sehingga tidak jelas RAPK mana yang dipakai. Simpan RAPK setiap tahun dalam workbook tersendiri, lalu ulangi.`,
    ownSheet: (p) =>
      `Sheet "${p.sheet}" adalah sheet Ringkasan atau Rekap buatan add-in; tidak ada yang perlu divalidasi. Pilih sheet RAPK atau Realisasi.`,
    sheetNotFound: (p) => `Sheet "${p.sheet}" tidak ada di workbook ini; sheet yang ada: ${quoted(p.sheets)}.`,
    noRealisasi: () => 'Belum ada sheet Realisasi. Klik Realisasi terlebih dahulu, isi realisasinya, lalu buat Ringkasan.',
    sheetGone: () => 'Sheet yang sedang diproses dihapus atau diganti namanya. Pilih kembali sheet tersebut, lalu ulangi.',
    tooLarge: () =>
      'Data terlalu besar untuk satu permintaan ke Excel: perkecil area sheet (hapus baris kosong di bawah tabel), lalu ulangi; atau gunakan program rapk (baris perintah) di komputer.',
    editMode: () => 'Excel sedang dalam mode mengedit sel. Tekan Enter atau Esc, lalu ulangi.',
    invalidSettings: (p) =>
      `Sheet "${p.sheet}" memiliki ${p.findings.length} kesalahan pengaturan sehingga tidak ada yang dihitung. Buka sheet tersebut dan klik Validasi untuk melihat sel yang harus diperbaiki.`,
    office: () => 'Excel menolak perintah ini.',
    readOnly: () =>
      'Workbook ini dibuka hanya-baca (read-only atau mode tampilan), jadi add-in tidak dapat mengubahnya. Klik Edit Workbook (di web) atau simpan salinan yang dapat diedit, lalu ulangi.',
    accessDenied: () =>
      'Perubahan ini tidak diizinkan untuk file ini (izin file atau kebijakan organisasi), padahal tidak ada sheet yang dilindungi. Pastikan Anda boleh mengedit file ini, lalu ulangi.',
    inactiveWorkbook: () => 'Workbook lain menjadi aktif saat perintah berjalan. Klik di workbook ini dulu, lalu ulangi.',
    mergedConflict: () =>
      'Perubahan bertabrakan dengan sel yang digabung (merged) di sheet ini. Pisahkan gabungan sel di area tabel (Beranda → Gabungkan & Tengahkan → Pisahkan Sel), lalu ulangi.',
    filteredConflict: () =>
      'Sheet ini sedang difilter (AutoFilter), jadi baris yang tersembunyi tidak dapat ditulis. Hapus filternya dulu (Data → Hapus Filter), lalu ulangi.',
  },
  partial:
    'Perintah gagal setelah sebagian perubahan tersimpan di workbook. Jalankan kembali perintah tersebut untuk menyelesaikannya, atau klik Hapus tanda untuk menghapus tanda.',
  nothingChanged: 'Workbook tidak diubah.',
  details: 'Rincian',
  dismiss: 'Tutup',
  counts: (e, w, i) => `${e} kesalahan, ${w} peringatan, ${i} info`,
  goToFinding: (c, m) => `Ke sel ${c}: ${m}`,
  noCell: 'tanpa sel',
  rapkErrors: (n) => `RAPK masih memiliki ${n} kesalahan; angka yang dihitung dari baris tersebut mungkin tidak tepat.`,
  showRapkErrors: 'Lihat kesalahan RAPK',
  rapkErrorsTitle: 'Kesalahan RAPK yang belum diperbaiki',
  rapkChosen: RAPK_CHOSEN.id,
  counted: (n, of, akhir) =>
    `NPSS dihitung berdasarkan ${n} dari ${of} indikator${akhir ? ` (${akhir} indikator dinilai pada akhir tahun)` : ''}.`,
  notNumber: (k) => `Realisasi indikator berikut berisi teks, bukan angka, sehingga tidak dihitung: ${k}.`,
  over100: (k) => `Realisasi indikator persentase berikut lebih dari 100; tetap dihitung, mohon diperiksa: ${k}.`,
  startup: {
    noOfficeJs:
      'Pustaka Office (office.js) tidak dapat dimuat dari Microsoft: periksa koneksi internet atau apakah jaringan memblokir appsforoffice.microsoft.com, lalu buka ulang add-in.',
    notInOffice: 'Halaman ini adalah panel add-in RAPK: buka dari Excel (Beranda → RAPK BPOM), bukan langsung di peramban.',
    notExcel: 'Add-in RAPK hanya berjalan di Excel (Windows, Mac atau web).',
  },
  technical: 'Rincian teknis',
};

const en: UiStrings = {
  title: 'RAPK BPOM',
  subtitle: 'RAPK validation, realisation and quarterly summary',
  language: 'Language',
  sheet: (n) => `Active sheet: ${n}`,
  validasi: 'Validate',
  validasiHint:
    'Check the active sheet: the RAPK (targets and budgets) or the Realisasi sheet (against the RAPK); problems are marked in place.',
  hapusTanda: 'Clear marks',
  hapusTandaHint: "Restore the cells' own colours and notes as they were before validation.",
  realisasi: 'Realisation sheet',
  realisasiHint: 'Create or refresh the Realisasi sheet; typed values are never lost.',
  ringkasan: 'Quarterly summary',
  ringkasanHint: 'Compute achievement, NPS, NPSS and efficiency, and write the summary sheet.',
  tw: 'Quarter',
  twOption: (r) => `TW ${r}`,
  running: (w) => `${w} is running…`,
  noteMode: {
    notes: 'Marks are a cell fill and a note.',
    comments: 'This Excel does not support notes yet: marks are a cell fill and a comment.',
    none: 'This Excel supports neither notes nor comments: marks are a cell fill only; messages are in this pane.',
  },
  unsupported: 'This Excel is too old (ExcelApi 1.9 needed: Excel 2019, Microsoft 365 or Excel on the web). Commands are disabled.',
  whyDisabled: {
    protected: (s) => `Sheet "${s}" is protected. Unprotect it first (Review → Unprotect Sheet).`,
    noRealisasi: 'There is no Realisasi sheet yet: create it, type the realisation, then build the summary.',
    ownSheet: "This is one of the add-in's summary or Rekap sheets; there is nothing to validate. Select the RAPK or Realisasi sheet.",
    noMarks: 'There are no marks to clear.',
  },
  validasiDone: (p) => `Validated sheet "${p.sheet}": ${p.indicators} indicators checked, ${p.marked} cells marked.`,
  validasiSettingsDone: (p) => `The settings on sheet "${p.sheet}" were checked: ${p.marked} cells marked.`,
  toFix: (n) => `${pl(n, 'error', 'errors')} to fix`,
  toCheck: (n) => `${pl(n, 'warning', 'warnings')} to check`,
  infoOnly: (n) => `No errors; ${pl(n, 'note', 'notes')} for information`,
  clean: 'No problems found.',
  result: (c) => `${c}: result`,
  help: 'User guide (new tab)',
  hapusDone: (n) => `Marks cleared from ${n} cells; their own colours and notes are back.`,
  hapusNone: 'There are no marks to clear.',
  marksMayBeHidden:
    'Some marked cells have conditional formatting, which is drawn over the marks’ fill: the marks may not show. The list of findings in this pane is complete.',
  commentsRefused:
    'Some marked cells already hold a note, which refuses a comment: those marks are a fill only; their messages are in this pane.',
  hapusKept: (p) =>
    `${p.notes ? `${p.notes} of the add-in’s notes` : `${p.comments} of the add-in’s comments`} cannot be removed by this version of Excel; their cells’ colours are back. Run Hapus tanda in Microsoft 365 or Excel on the web to remove them.`,
  realisasiDone: (p) =>
    p.created
      ? `Sheet "${p.sheet}" created. Fill the yellow columns.`
      : p.upToDate
        ? `Sheet "${p.sheet}" is already up to date with the RAPK: nothing was changed${p.kept ? `; the values typed in ${pl(p.kept, 'row', 'rows')} are as they were` : ''}.`
        : `Sheet "${p.sheet}" refreshed: the values typed in ${pl(p.kept, 'row', 'rows')} were kept${p.orphans ? `, ${p.orphans} indicators no longer in the RAPK kept (grey)` : ''}.`,
  ringkasanDone: (s, c) =>
    `${
      c?.replaced
        ? `Sheet "${s}" rewritten in place of the old one${c.kept ? `; ${c.kept} of your values outside the add-in's tables were kept` : ''}.`
        : `Sheet "${s}" created.`
    } Ctrl+Z cannot undo this change.`,
  pengaturan: 'Method settings',
  pengaturanHint:
    'Create the "Pengaturan RAPK" sheet: criteria and rating bands, colours, the NPI cap, indicator weights and the annual-status cut-off. Every command uses it.',
  preset: 'Preset',
  presets: { spec: 'Add-in default', 'sekretariat-utama': 'Sekretariat Utama' },
  pengaturanDone: (p) =>
    p.created
      ? `Sheet "${p.sheet}" created. Change its values if needed, then run Validate on that sheet to check them.`
      : `Sheet "${p.sheet}" already exists and was not overwritten; it is now the active sheet.`,
  findings: 'Findings',
  severity: { error: 'Errors', warning: 'Warnings', info: 'Info' },
  goTo: (c) => `Go to cell ${c}`,
  summaryCard: 'Organisation performance',
  npss: 'NPSS',
  perspektif: 'Perspective',
  noValue: 'no value yet',
  errors: {
    unsupported: () => 'This Excel does not support this command (ExcelApi 1.9 or later needed).',
    protected: (p) =>
      p.sheet
        ? `Sheet "${p.sheet}" is protected. Unprotect it first, then try again.`
        : 'The active sheet is protected. Unprotect it first, then try again.',
    structureProtected: () =>
      "The workbook's structure is protected, so sheets cannot be added, deleted or renamed. Unprotect it first (Review → Protect Workbook), then try again.",
    noRapk: (p) =>
      stopped(p, 'en') ??
      (p.sheet
        ? `No RAPK table on sheet "${p.sheet}": no header row with INDIKATOR and TARGET/ANGGARAN columns. Select the RAPK sheet and try again.`
        : 'No RAPK table in this workbook: no sheet has a header row with INDIKATOR and TARGET/ANGGARAN columns.'),
    ambiguousRapk: (p) =>
      `This workbook holds RAPKs of more than one year (${quoted(p.sheets)}), so it is not clear which RAPK to use. Keep each year's RAPK in a workbook of its own, then try again.`,
    ownSheet: (p) =>
      `Sheet "${p.sheet}" is one of the add-in's summary or Rekap sheets; there is nothing to validate. Select the RAPK or Realisasi sheet.`,
    sheetNotFound: (p) => `There is no sheet "${p.sheet}" in this workbook; sheets: ${quoted(p.sheets)}.`,
    noRealisasi: () => 'There is no Realisasi sheet yet. Create it first, type the realisation, then build the summary.',
    sheetGone: () => 'The sheet being processed was deleted or renamed. Select it again and retry.',
    tooLarge: () =>
      'The data is too large for one request to Excel: trim the sheet (delete empty rows below the table) and retry, or use the rapk command line.',
    editMode: () => 'Excel is editing a cell. Press Enter or Esc, then try again.',
    invalidSettings: (p) =>
      `Sheet "${p.sheet}" has ${p.findings.length} settings errors, so nothing was computed. Open that sheet and click Validate to see the cells to fix.`,
    office: () => 'Excel refused this command.',
    readOnly: () =>
      'This workbook is open read-only (or view-only), so the add-in cannot change it. Click Edit Workbook (on the web) or save an editable copy, then try again.',
    accessDenied: () =>
      'This change is not allowed for this file (file permissions or an organisation policy), although no sheet is protected. Make sure you may edit this file, then try again.',
    inactiveWorkbook: () => 'Another workbook became active while the command ran. Click into this workbook first, then try again.',
    mergedConflict: () =>
      "The change overlaps merged cells on this sheet. Unmerge the cells in the table's area (Home → Merge & Center → Unmerge Cells), then try again.",
    filteredConflict: () =>
      'This sheet is filtered (AutoFilter), so its hidden rows cannot be written. Clear the filter first (Data → Clear), then try again.',
  },
  partial: 'Part of the changes was written before the failure. Run the command again to finish, or Clear marks to undo the marks.',
  nothingChanged: 'The workbook was not changed.',
  details: 'Details',
  dismiss: 'Dismiss',
  counts: (e, w, i) => `${pl(e, 'error', 'errors')}, ${pl(w, 'warning', 'warnings')}, ${i} info`,
  goToFinding: (c, m) => `Go to cell ${c}: ${m}`,
  noCell: 'no cell',
  rapkErrors: (n) => `The RAPK still has ${pl(n, 'error', 'errors')}; figures computed from those rows may be wrong.`,
  showRapkErrors: 'Show the RAPK errors',
  rapkErrorsTitle: 'RAPK errors not fixed yet',
  rapkChosen: RAPK_CHOSEN.en,
  counted: (n, of, akhir) =>
    `NPSS computed from ${n} of ${pl(of, 'indicator', 'indicators')}${akhir ? `; ${akhir} assessed at year end` : ''}.`,
  notNumber: (k) => `Realisation holds text that is not a number (not counted): ${k}.`,
  over100: (k) => `Percentage indicators with realisation over 100 (counted, please check): ${k}.`,
  startup: {
    noOfficeJs:
      'The Office library (office.js) could not be loaded from Microsoft: check the internet connection or whether the network blocks appsforoffice.microsoft.com, then reopen the add-in.',
    notInOffice: 'This page is the RAPK add-in pane: open it from Excel (Home → RAPK BPOM), not directly in a browser.',
    notExcel: 'The RAPK add-in runs in Excel only (Windows, Mac or the web).',
  },
  technical: 'Technical details',
};

export const UI: Record<Lang, UiStrings> = { id, en };
