/** Every sentence of the Rekap sheet and its failures, Indonesian first (a test checks parity). */
import type { Lang } from './index';
import { TW_ROMAN } from '../measure/formulas';
import type { RekapFlag } from '../measure/rekap';
import type { RekapFailReason } from '../measure/rekapUnit';

export interface RekapStrings {
  title: (tw: string, year: string) => string;
  stats: (units: number, failed: number) => string;
  a: string;
  b: string;
  c: string;
  d: string;
  e: string;
  chartTitle: (tw: string, year: string) => string;
  cols: {
    rank: string;
    unit: string;
    npss: string;
    predikat: string;
    year: string;
    indikator: string;
    terisi: string;
    pagu: string;
    realisasi: string;
    penyerapan: string;
    ie: string;
    efisiensi: string;
    errors: string;
    warnings: string;
    file: string;
    flags: string;
    code: string;
    name: string;
    units: string;
    reason: string;
    kriteria: string;
    from: string;
  };
  mean: string;
  median: string;
  none: string;
  noFailed: string;
  noUnmatched: string;
  flag: Record<RekapFlag, (majority: string) => string>;
  reason: Record<RekapFailReason, string>;
  legend: string;
  foot: string;
  noneUsable: string;
  written: (out: string, sheet: string, units: number, failed: number) => string;
  /** an older version of a unit in the files: not counted */
  superseded: (unit: string, by: string) => string;
}

export const REKAP_TEXT: Record<Lang, RekapStrings> = {
  id: {
    title: (tw, y) => `REKAPITULASI NASIONAL CAPAIAN KINERJA TRIWULAN ${tw} TAHUN ${y}`,
    stats: (n, f) => `${n} unit direkap${f ? `, ${f} berkas tidak dapat dipakai` : ''}`,
    a: 'A. Nilai Kinerja Organisasi per Unit (urut peringkat NPSS)',
    b: 'B. Matriks Capaian Indikator (%) per Unit, diwarnai menurut kriteria',
    c: 'C. Daftar Indikator Matriks',
    d: 'D. Indikator yang Hanya Ada di Satu Unit (tidak masuk matriks)',
    e: 'E. Berkas yang Tidak Dapat Dipakai',
    chartTitle: (tw, y) => `NPSS per Unit, TW ${tw} ${y}`,
    cols: {
      rank: 'Peringkat',
      unit: 'Unit',
      npss: 'NPSS',
      predikat: 'Predikat',
      year: 'Tahun',
      indikator: 'Jumlah Indikator',
      terisi: 'Indikator Terisi',
      pagu: 'Pagu (Rp)',
      realisasi: 'Realisasi Anggaran (Rp)',
      penyerapan: 'Penyerapan (%)',
      ie: 'IE',
      efisiensi: 'Efisiensi',
      errors: 'Kesalahan Validasi',
      warnings: 'Peringatan Validasi',
      file: 'Berkas',
      flags: 'Catatan',
      code: 'Kode',
      name: 'Indikator',
      units: 'Jumlah Unit',
      reason: 'Alasan',
      kriteria: 'Kriteria',
      from: 'Capaian (%)',
    },
    mean: 'Rata-rata nasional',
    median: 'Median nasional',
    none: '-',
    noFailed: 'Semua berkas dapat dipakai.',
    noUnmatched: 'Semua indikator cocok antarunit.',
    flag: {
      otherYear: (y) => `Tahun berbeda dari mayoritas (${y}): tidak diperingkat`,
      noRealisasiTw: () => 'Realisasi triwulan ini belum diisi',
    },
    reason: {
      missing: 'berkas tidak ditemukan atau tidak dapat dibaca',
      empty: 'berkas kosong (0 byte)',
      encrypted: 'berkas dilindungi kata sandi (terenkripsi) atau berformat .xls lama',
      notXlsx: 'bukan berkas .xlsx',
      corrupt: 'berkas .xlsx rusak atau terpotong',
      tooLarge: 'berkas terlalu besar (lebih dari 200 MB)',
      tooLargeInflated: 'berkas terlalu besar setelah dibuka',
      tooManySheets: 'berkas memiliki terlalu banyak sheet (lebih dari 500)',
      noRapk: 'bukan RAPK: tidak ada tabel RAPK di sheet mana pun',
      noRealisasi: 'tidak ada sheet Realisasi',
      invalidSettings:
        'sheet "Pengaturan RAPK" berisi kesalahan, jadi tidak ada yang dihitung; buka berkasnya dan jalankan Validasi pada sheet itu',
      ambiguousRapk: 'berisi RAPK lebih dari satu tahun; simpan RAPK setiap tahun di berkas tersendiri',
      sheetNotFound: 'sheet yang diminta tidak ada',
      internal: 'kesalahan di add-in saat membaca berkas ini (bukan kesalahan berkasnya); mohon laporkan dengan berkas ini',
    },
    noneUsable: 'tidak ada berkas yang dapat direkap',
    written: (o, sh, n, f) => `Ditulis: ${o} (sheet "${sh}", ${n} unit, ${f} berkas tidak dapat dipakai)`,
    superseded: (u, by) => `versi lama RAPK ${u}: tidak dihitung dua kali, yang dipakai versi lebih baru ${by}`,
    legend: 'Warna kriteria capaian:',
    foot: 'NPSS, predikat dan capaian dihitung sama seperti sheet Ringkasan tiap unit. Peringkat, rata-rata dan median hanya atas unit tahun mayoritas yang memiliki NPSS. Penyerapan dan IE unit: atas indikator yang realisasi anggarannya diisi; IE = NPSS / penyerapan.',
  },
  en: {
    title: (tw, y) => `NATIONAL PERFORMANCE REKAP, QUARTER ${tw} ${y}`,
    stats: (n, f) => `${n} units${f ? `, ${f} files could not be used` : ''}`,
    a: 'A. Organisation value per unit (by NPSS rank)',
    b: 'B. Indicator achievement (%) per unit, coloured by criterion',
    c: 'C. Indicators of the matrix',
    d: 'D. Indicators found in one unit only (not in the matrix)',
    e: 'E. Files that could not be used',
    chartTitle: (tw, y) => `NPSS per unit, Q${(TW_ROMAN as readonly string[]).indexOf(tw) + 1} ${y}`,
    cols: {
      rank: 'Rank',
      unit: 'Unit',
      npss: 'NPSS',
      predikat: 'Rating',
      year: 'Year',
      indikator: 'Indicators',
      terisi: 'Indicators with realisation',
      pagu: 'Budget (Rp)',
      realisasi: 'Spent (Rp)',
      penyerapan: 'Absorption (%)',
      ie: 'IE',
      efisiensi: 'Efficiency',
      errors: 'Validation errors',
      warnings: 'Validation warnings',
      file: 'File',
      flags: 'Notes',
      code: 'Code',
      name: 'Indicator',
      units: 'Units',
      reason: 'Reason',
      kriteria: 'Criterion',
      from: 'Achievement (%)',
    },
    mean: 'National mean',
    median: 'National median',
    none: '-',
    noFailed: 'Every file could be used.',
    noUnmatched: 'Every indicator matches across units.',
    flag: {
      otherYear: (y) => `Year differs from the majority (${y}): not ranked`,
      noRealisasiTw: () => 'No realisation entered for this quarter',
    },
    reason: {
      missing: 'file not found or not readable',
      empty: 'the file is empty (0 bytes)',
      encrypted: 'the file is password-protected (encrypted) or an old .xls',
      notXlsx: 'not an .xlsx file',
      corrupt: 'the .xlsx file is damaged or truncated',
      tooLarge: 'the file is too large (over 200 MB)',
      tooLargeInflated: 'the file is too large once opened',
      tooManySheets: 'the file has too many sheets (over 500)',
      noRapk: 'not a RAPK: no RAPK table on any sheet',
      noRealisasi: 'no Realisasi sheet',
      invalidSettings: 'the "Pengaturan RAPK" sheet has errors, so nothing was computed; open the file and run Validate on that sheet',
      ambiguousRapk: "it holds RAPKs of more than one year; keep each year's RAPK in a file of its own",
      sheetNotFound: 'the requested sheet is not there',
      internal: 'an error in the add-in while reading this file (not a fault of the file); please report it with the file',
    },
    noneUsable: 'no file could be used for the rekap',
    written: (o, sh, n, f) => `Written: ${o} (sheet "${sh}", ${n} units, ${f} files could not be used)`,
    superseded: (u, by) => `older version of the RAPK of ${u}: not counted twice, the newer version ${by} is used`,
    legend: 'Criterion colours:',
    foot: "NPSS, ratings and achievements are computed as on each unit's Ringkasan sheet. Ranks, mean and median count only units of the majority year that have an NPSS. A unit's absorption and IE: over the indicators with a budget realisation; IE = NPSS / absorption.",
  },
};
