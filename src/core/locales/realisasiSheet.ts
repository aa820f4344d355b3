/** Every sentence the add-in writes into the `Realisasi <year>` sheet (title, instructions, the note of a row that left the RAPK). */

/** The sheet's title; the same in both languages, like its column labels. */
function title(year: number | null, unit: string | null): string {
  return `REALISASI KINERJA TAHUN ${year ?? ''}${unit ? ` - ${unit.toUpperCase()}` : ''}`.replace(/\s+/g, ' ').trim();
}

export const REALISASI_SHEET_TEXT = {
  id: {
    title,
    instructions:
      'Isi kolom berwarna kuning: Realisasi (capaian indikator s.d. akhir TW) dan Realisasi Anggaran (kumulatif s.d. akhir TW). Kode jangan diubah; Target dan Pagu diperbarui dari RAPK.',
    orphanNote: (kode: string) =>
      `RAPK: indikator ${kode} tidak ada lagi di RAPK. Baris ini disimpan agar data yang sudah diisi tidak hilang; hapus sendiri bila memang tidak diperlukan.`,
  },
  en: {
    title,
    instructions:
      'Fill the yellow columns: Realisasi (indicator value up to the end of the quarter) and Realisasi Anggaran (cumulative spending). Do not change Kode; targets and Pagu are refreshed from the RAPK.',
    orphanNote: (kode: string) =>
      `RAPK: indicator ${kode} is no longer in the RAPK. This row is kept so typed data is not lost; delete it yourself if it is not needed.`,
  },
};

export type RealisasiSheetText = (typeof REALISASI_SHEET_TEXT)['id'];
