/**
 * A plain-language title per rule, for grouping findings ("A08 · 25 — …"). Typed by string so a
 * new rule does not break the build; tests/core/titles.test.ts requires a title for every code
 * in both languages.
 */
import type { Lang } from './format';

export const RULE_TITLES: Record<Lang, Readonly<Record<string, string>>> = {
  id: {
    S01: 'Tabel RAPK tidak ditemukan',
    S02: 'Baris tidak dikenali',
    S03: 'Angka tersimpan sebagai teks',
    S04: 'Nomor sasaran/indikator ganda',
    S05: 'Judul kolom atau sel yang dilewati pembaca',
    S06: 'Ada anggaran di bawah indikator, tetapi tidak ada baris anggaran yang terbaca',
    T01: 'Tidak ada target tahunan',
    T02: 'Target bukan angka',
    T03: 'Target persentase di luar 0–100',
    T04: 'Target menurun',
    T05: 'Baris bergeser',
    T06: 'Bulan kosong di antara target',
    T07: 'Rincian berbeda dari tabel ringkasan',
    A01: 'Jumlah kontribusi ≠ anggaran indikator',
    A02: 'Kontribusi melebihi anggaran baris belanja',
    A03: 'Baris belanja dipakai melebihi anggarannya',
    A04: 'Baris belanja yang sama, anggaran berbeda',
    A05: 'Total tidak sama dengan jumlahnya',
    A06: 'Triwulan atau (%) tidak cocok dengan Total',
    A07: 'Nilai anggaran tidak sah',
    A08: 'Anggaran tanpa baris belanja atau kontribusi',
    R01: 'Realisasi bukan angka atau di atas 100 %',
    R02: 'Indikator tidak cocok dengan RAPK',
    R03: 'Target berbeda dari RAPK',
    P01: 'Target tahunan berbeda dari Perjanjian Kinerja',
    P02: 'Indikator tidak cocok dengan Perjanjian Kinerja',
    M01: 'Rentang pengaturan tumpang tindih',
    M02: 'Celah di antara rentang pengaturan',
    M03: 'Warna rentang tidak sah',
    M04: 'Bobot bukan angka lebih dari 0',
    M05: 'Isian pengaturan tidak lengkap atau tidak sah',
  },
  en: {
    S01: 'No RAPK table',
    S02: 'Unrecognised row',
    S03: 'Number stored as text',
    S04: 'Duplicate sasaran/indicator number',
    S05: 'Header label or cell the reader skipped',
    S06: 'Amounts under the indicators, but no budget line read',
    T01: 'No annual target',
    T02: 'Target is not a number',
    T03: 'Percentage target outside 0–100',
    T04: 'Target decreases',
    T05: 'Shifted row',
    T06: 'Empty month between targets',
    T07: 'Detail differs from the summary table',
    A01: 'Contributions ≠ indicator budget',
    A02: "Contribution over the line's budget",
    A03: 'Budget line used beyond its amount',
    A04: 'Same budget line, different amounts',
    A05: 'Total differs from its sum',
    A06: 'Quarters or (%) do not match the Total',
    A07: 'Invalid amount',
    A08: 'Budget without lines or contribution',
    R01: 'Realisation not a number or over 100 %',
    R02: 'Indicator does not match the RAPK',
    R03: 'Target differs from the RAPK',
    P01: 'Annual target differs from the Perjanjian Kinerja',
    P02: 'Indicator does not match the Perjanjian Kinerja',
    M01: 'Settings bands overlap',
    M02: 'Gap between settings bands',
    M03: 'Invalid band colour',
    M04: 'Weight is not a number above 0',
    M05: 'Settings entry incomplete or invalid',
  },
};

export function ruleTitle(code: string, lang: Lang): string {
  return RULE_TITLES[lang][code] ?? code;
}
