/** The pane's "Bandingkan dengan versi lain" section (issue 23), Indonesian first. */
import type { Lang } from './format';

export interface DiffUiStrings {
  heading: string;
  hint: string;
  choose: string;
  reading: (file: string) => string;
  same: (file: string) => string;
  changes: (n: number, file: string) => string;
  changesList: string;
  goTo: (cell: string, text: string) => string;
  onlyOld: string;
  write: string;
  written: (sheet: string) => string;
  unreadable: (file: string, reason: string) => string;
  oldNoRapk: (file: string) => string;
  newNoRapk: string;
}

export const DIFF_UI: Record<Lang, DiffUiStrings> = {
  id: {
    heading: 'Bandingkan dengan versi lain',
    hint: 'Pilih berkas RAPK versi sebelumnya (.xlsx). Berkas dibaca di komputer ini dan tidak diunggah ke mana pun.',
    choose: 'Pilih berkas versi lama…',
    reading: (f) => `Membaca dan membandingkan ${f}…`,
    same: (f) => `Tidak ada perubahan: RAPK di workbook ini sama dengan ${f}.`,
    changes: (n, f) => `${n} perubahan dibandingkan dengan ${f}.`,
    changesList: 'Daftar perubahan',
    goTo: (cell, text) => `Ke sel ${cell}: ${text}`,
    onlyOld: 'hanya ada di versi lama',
    write: 'Tulis sheet Riwayat Revisi',
    written: (sh) =>
      `Sheet "${sh}" ditulis di akhir workbook. Ctrl+Z tidak dapat membatalkannya; menjalankannya lagi mengganti sheet itu saja.`,
    unreadable: (f, r) => `${f} tidak dapat dibaca: ${r}.`,
    oldNoRapk: (f) => `${f} tidak memiliki tabel RAPK: tidak ada yang dapat dibandingkan.`,
    newNoRapk: 'Workbook yang terbuka tidak memiliki tabel RAPK: tidak ada yang dapat dibandingkan.',
  },
  en: {
    heading: 'Compare with another version',
    hint: 'Choose the earlier version of the RAPK (.xlsx). The file is read on this computer and not uploaded anywhere.',
    choose: 'Choose the older file…',
    reading: (f) => `Reading and comparing ${f}…`,
    same: (f) => `No changes: the RAPK in this workbook is the same as in ${f}.`,
    changes: (n, f) => `${n} ${n === 1 ? 'change' : 'changes'} compared with ${f}.`,
    changesList: 'Changes',
    goTo: (cell, text) => `Go to cell ${cell}: ${text}`,
    onlyOld: 'only in the old version',
    write: 'Write the Riwayat Revisi sheet',
    written: (sh) => `Sheet "${sh}" written at the end of the workbook. Ctrl+Z cannot undo it; running it again replaces that sheet only.`,
    unreadable: (f, r) => `${f} cannot be read: ${r}.`,
    oldNoRapk: (f) => `${f} has no RAPK table: nothing to compare.`,
    newNoRapk: 'The open workbook has no RAPK table: nothing to compare.',
  },
};
