/**
 * The command line's help (`rapk --help`, commands, arguments and options). The help is built
 * before `--lang` is read, so it shows both languages at once: "Indonesian / English".
 */
import type { Lang } from './format';

export interface CliHelp {
  program: string;
  lang: string;
  files: string;
  file: string;
  output: string;
  onlySheet: string;
  rapkSheet: string;
  json: string;
  printJson: string;
  check: string;
  annotate: string;
  hapusTanda: string;
  sample: string;
  sampleErrors: string;
  realisasi: string;
  ringkasan: string;
  ringkasanTw: string;
  ringkasanOutput: string;
  rekap: string;
  rekapTw: string;
  rekapOutput: string;
  settings: string;
  settingsInit: string;
  preset: string;
  diff: string;
  diffOld: string;
  diffNew: string;
  diffOutput: string;
  anggaran: string;
  anggaranExport: string;
  anggaranOutput: string;
  anggaranSplit: string;
  anggaranKolom: string;
}

export const CLI_HELP: Record<Lang, CliHelp> = {
  id: {
    program: 'Validasi RAPK, sheet Realisasi dan Ringkasan TW untuk file .xlsx (BPOM).',
    lang: 'bahasa pesan',
    files: 'berkas .xlsx atau folder',
    file: 'berkas .xlsx',
    output: 'berkas keluaran',
    onlySheet: 'hanya sheet ini',
    rapkSheet: 'sheet RAPK',
    json: 'keluaran JSON',
    printJson: 'cetak JSON',
    check: 'periksa RAPK dan tampilkan temuan',
    annotate: 'tandai temuan (warna + catatan) ke salinan',
    hapusTanda: 'hapus tanda (dari rapk annotate atau add-in) ke salinan',
    sample: 'buat contoh workbook RAPK',
    sampleErrors: 'dengan kesalahan yang ditanam',
    realisasi: 'buat/perbarui sheet Realisasi di salinan',
    ringkasan: 'hitung Ringkasan TW (JSON, atau sheet di salinan dengan -o)',
    ringkasanTw: 'triwulan 1-4 atau I-IV',
    ringkasanOutput: 'tulis sheet Ringkasan ke salinan',
    rekap: 'rekap nasional beberapa unit (sheet Rekap TW, atau JSON)',
    rekapTw: 'triwulan 1-4',
    rekapOutput: 'tulis sheet Rekap ke berkas baru',
    settings: 'sheet "Pengaturan RAPK" (metode pengukuran)',
    settingsInit: 'buat sheet Pengaturan RAPK di salinan',
    preset: 'spec (bawaan) atau sekretariat-utama',
    diff: 'bandingkan dua versi RAPK (riwayat revisi)',
    diffOld: 'berkas .xlsx versi lama',
    diffNew: 'berkas .xlsx versi baru',
    diffOutput: 'tulis sheet Riwayat Revisi ke salinan versi baru',
    anggaran: 'impor realisasi anggaran dari laporan SAKTI ke sheet Realisasi',
    anggaranExport: 'laporan realisasi SAKTI (.xlsx)',
    anggaranOutput: 'tulis Realisasi Anggaran ke salinan workbook RAPK',
    anggaranSplit: 'pembagian baris ke indikator: kontribusi atau pertama (bawaan: isian sheet Pengaturan RAPK, atau kontribusi)',
    anggaranKolom:
      'ekspor lain (OM-SPAN, tabel sendiri): kolomnya, mis. kode=A,uraian=B,pagu=C,realisasi=D (dengan -o disimpan di sheet Pengaturan RAPK)',
  },
  en: {
    program: 'Validate RAPK workbooks, build the Realisasi and quarterly summary sheets.',
    lang: 'message language',
    files: '.xlsx files or folders',
    file: '.xlsx file',
    output: 'output file',
    onlySheet: 'only this sheet',
    rapkSheet: 'the RAPK sheet',
    json: 'JSON output',
    printJson: 'print JSON',
    check: 'check RAPK sheets and print findings',
    annotate: 'mark findings (fill + note) into a copy',
    hapusTanda: 'clear the marks (of rapk annotate or the add-in) into a copy',
    sample: 'write a sample RAPK workbook',
    sampleErrors: 'with planted mistakes',
    realisasi: 'add or refresh the Realisasi sheet in a copy',
    ringkasan: 'compute the quarterly summary',
    ringkasanTw: 'quarter 1-4 or I-IV',
    ringkasanOutput: 'write the summary sheet into a copy',
    rekap: 'national rekap of several units',
    rekapTw: 'quarter 1-4',
    rekapOutput: 'write the Rekap sheet into a new file',
    settings: 'the methodology settings sheet',
    settingsInit: 'add the settings sheet to a copy',
    preset: 'spec (default) or sekretariat-utama',
    diff: 'compare two versions of a RAPK (revision history)',
    diffOld: 'old version .xlsx file',
    diffNew: 'new version .xlsx file',
    diffOutput: 'write the Riwayat Revisi sheet into a copy of the new version',
    anggaran: "import budget realisation from SAKTI's report into the Realisasi sheet",
    anggaranExport: 'SAKTI realisation report (.xlsx)',
    anggaranOutput: 'write Realisasi Anggaran into a copy of the RAPK workbook',
    anggaranSplit: "how a line is split over indicators: kontribusi or pertama (default: the Pengaturan RAPK sheet's, else kontribusi)",
    anggaranKolom:
      'another export (OM-SPAN, your own table): its columns, e.g. kode=A,uraian=B,pagu=C,realisasi=D (kept on the Pengaturan RAPK sheet with -o)',
  },
};

/** One help text in both languages, Indonesian first ("periksa … / check …"). */
export function helpText(key: keyof CliHelp, separator = ' / '): string {
  return `${CLI_HELP.id[key]}${separator}${CLI_HELP.en[key]}`;
}
