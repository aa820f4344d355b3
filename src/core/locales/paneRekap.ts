/** The Rekap panel's strings, Indonesian first (a parity test checks both have all keys). */
import type { Lang } from './format';

export interface RekapUiStrings {
  heading: string;
  /** the button that opens the file chooser */
  choose: string;
  noneChosen: string;
  chosen: (n: number) => string;
  run: string;
  hint: string;
  progress: (done: number, total: number) => string;
  cancel: string;
  cancelled: string;
  done: (p: { sheet: string; units: number; failed: number }) => string;
  noUnits: string;
  failedList: string;
}

export const REKAP_UI: Record<Lang, RekapUiStrings> = {
  id: {
    heading: 'Rekap nasional',
    choose: 'Pilih berkas unit…',
    noneChosen: 'Belum ada berkas dipilih.',
    chosen: (n) => `${n} berkas dipilih`,
    run: 'Rekap',
    hint: 'Pilih berkas RAPK dan Realisasi (.xlsx) dari semua unit, lalu pilih triwulannya. Berkas dibaca di komputer ini (tidak diunggah); sheet Rekap TW dibuat di workbook yang sedang terbuka.',
    progress: (d, t) => `${d} dari ${t} berkas dibaca`,
    cancel: 'Batal',
    cancelled: 'Rekap dibatalkan; workbook tidak diubah.',
    done: (p) => `Sheet "${p.sheet}" dibuat: ${p.units} unit${p.failed ? `, ${p.failed} berkas tidak dapat dipakai` : ''}.`,
    noUnits: 'Tidak ada berkas yang dapat direkap; workbook tidak diubah.',
    failedList: 'Berkas yang tidak dapat dipakai',
  },
  en: {
    heading: 'National rekap',
    choose: 'Choose unit files…',
    noneChosen: 'No file chosen yet.',
    chosen: (n) => `${n} files chosen`,
    run: 'Rekap',
    hint: "Choose every unit's RAPK and Realisasi workbook (.xlsx) and the quarter. The files are read on this computer (nothing is uploaded); the Rekap sheet is written into the open workbook.",
    progress: (d, t) => `${d} of ${t} files read`,
    cancel: 'Cancel',
    cancelled: 'Rekap cancelled; the workbook was not changed.',
    done: (p) => `Sheet "${p.sheet}" written: ${p.units} units${p.failed ? `, ${p.failed} files could not be used` : ''}.`,
    noUnits: 'No file could be used; the workbook was not changed.',
    failedList: 'Files that could not be used',
  },
};
