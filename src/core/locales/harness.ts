/** The harness page's own words (the toolbar follows the task pane's language). */
import type { Lang } from './format';

export interface HarnessStrings {
  title: string;
  open: string;
  sample: string;
  sampleErrors: string;
  download: string;
  cell: string;
  opened: (name: string) => string;
  sampleLoaded: string;
  sampleErrorsLoaded: string;
  initial: string;
  cannotOpen: (name: string) => string;
  discard: string;
  workbook: string;
  sheets: string;
  pane: string;
}

export const HARNESS: Record<Lang, HarnessStrings> = {
  id: {
    title: 'Harness RAPK',
    open: 'Buka .xlsx',
    sample: 'Contoh',
    sampleErrors: 'Contoh + kesalahan',
    download: 'Unduh .xlsx',
    cell: 'Isi sel',
    opened: (n) => `${n} dibuka`,
    sampleLoaded: 'Contoh RAPK',
    sampleErrorsLoaded: 'Contoh RAPK dengan kesalahan',
    initial: 'Contoh RAPK (dibuat oleh kode proyek ini)',
    cannotOpen: (n) => `${n} tidak dapat dibuka: bukan berkas .xlsx yang utuh (rusak, terpotong, dilindungi kata sandi, atau format lain).`,
    discard: 'Workbook ini sudah diubah. Buang perubahannya dan buka contoh?',
    workbook: 'Workbook',
    sheets: 'Sheet',
    pane: 'Panel tugas',
  },
  en: {
    title: 'RAPK harness',
    open: 'Open .xlsx',
    sample: 'Sample',
    sampleErrors: 'Sample + mistakes',
    download: 'Download .xlsx',
    cell: 'Cell value',
    opened: (n) => `${n} opened`,
    sampleLoaded: 'Sample RAPK',
    sampleErrorsLoaded: 'Sample RAPK with mistakes',
    initial: "Sample RAPK (made by this project's code)",
    cannotOpen: (n) => `${n} cannot be opened: not a complete .xlsx file (damaged, truncated, password-protected or another format).`,
    discard: 'This workbook has changed. Discard the changes and open the sample?',
    workbook: 'Workbook',
    sheets: 'Sheets',
    pane: 'Task pane',
  },
};
