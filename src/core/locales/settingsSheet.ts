/**
 * The sentences of the `Pengaturan RAPK` sheet (its title and help lines). Its section titles,
 * column headers and parameter names are read back by the settings reader, so they stay with
 * it (`settings/sheet.ts`, `reader/settings.ts`): they are the sheet's words, the same in both languages.
 */
import type { Lang } from './format';
import type { PresetName } from '../settings/bands';

export interface SettingsSheetStrings {
  title: string;
  help: string;
  bobotHelp: string;
  /** beside the Penandatangan section (settings/signature.ts) */
  signerHelp: string;
  /** beside the Impor Realisasi Anggaran section (sakti/settings.ts) */
  importHelp: string;
  preset: (label: string) => string;
  presetLabel: Record<PresetName, string>;
}

export const SETTINGS_SHEET_TEXT: Record<Lang, SettingsSheetStrings> = {
  id: {
    title: 'PENGATURAN METODE PENGUKURAN KINERJA (RAPK)',
    help: 'Dipakai oleh Validasi, Ringkasan TW dan rapk. Batas kosong = tanpa batas; "Termasuk" Ya/Tidak; Warna = kode #RRGGBB. Setiap nilai harus masuk tepat satu rentang (tanpa celah, tanpa tumpang tindih).',
    bobotHelp: 'Bobot kosong = 1, atau Bobot IKU bila Jenis = IKU. NPS = rata-rata NPI berbobot.',
    signerHelp:
      'Blok tanda tangan di bawah Ringkasan. Jabatan kosong = "Kepala <unit>"; Plh./Pjs. diisi bila pejabat pengganti yang menandatangani; Tanggal kosong = tanggal Ringkasan dibuat. Isian kosong dicetak sebagai garis titik untuk diisi tangan.',
    importHelp:
      'Impor realisasi anggaran (SAKTI). Pembagian: kontribusi = realisasi baris × kontribusi indikator ÷ anggaran baris; pertama = seluruh realisasi baris ke indikator pertama yang memakainya. Kolom (huruf, mis. C) hanya untuk ekspor selain laporan SAKTI: kolom kode berisi kode lengkap baris belanja; kosong = kolom dikenali dari judulnya.',
    preset: (p) => `Preset: ${p}`,
    presetLabel: { spec: 'SPEC (bawaan / default)', 'sekretariat-utama': 'Sekretariat Utama BPOM' },
  },
  en: {
    title: 'PERFORMANCE MEASUREMENT METHOD SETTINGS (RAPK)',
    help: 'Used by Validasi, Ringkasan TW and rapk. Empty bound = unbounded; "Termasuk" (inclusive) Ya/Tidak; Warna (colour) = #RRGGBB. Every value must fall in exactly one band (no gap, no overlap).',
    bobotHelp: 'Empty Bobot = 1, or Bobot IKU when Jenis = IKU. NPS = weighted mean of NPI.',
    signerHelp:
      'The signature block under the summary. Empty Jabatan = "Kepala <unit>"; fill Plh./Pjs. when an acting head signs; empty Tanggal = the day the summary is written. Empty values print as dotted lines to fill in by hand.',
    importHelp:
      "Budget realisation import (SAKTI). Pembagian (split): kontribusi = the line's realisation × the indicator's contribution ÷ the line's budget; pertama = a line's whole realisation to the first indicator using it. Kolom (a letter, e.g. C) only for exports other than SAKTI's report: the code column holds full budget line codes; empty = columns found by their headers.",
    preset: (p) => `Preset: ${p}`,
    presetLabel: { spec: 'SPEC (bawaan / default)', 'sekretariat-utama': 'Sekretariat Utama BPOM' },
  },
};
