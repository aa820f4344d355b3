/**
 * Every sentence of the `Ringkasan TW n <year>` sheet (title block, numbered captions, table
 * heads, notes, signature block, page footer), in Indonesian and English. Written for the
 * reader of the printed report: whole words, no internal references (issue 22).
 */
import { type Tw, TW_ROMAN } from '../measure/formulas';
import type { NoCapaianReason } from '../measure/summary';
import type { BandSpec } from '../settings/bands';

const tw = (t: Tw): string => TW_ROMAN[t - 1]!;

/** A band in words: "70 sampai kurang dari 100", "lebih dari 120", "tepat 100". */
function bandWordsId(b: BandSpec, f: (n: number) => string): string {
  if (b.lower !== null && b.upper !== null && b.lower === b.upper) return `tepat ${f(b.lower)}`;
  if (b.lower === null && b.upper === null) return 'semua nilai';
  if (b.lower === null) return b.upperIncl ? `paling tinggi ${f(b.upper!)}` : `kurang dari ${f(b.upper!)}`;
  if (b.upper === null) return b.lowerIncl ? `paling rendah ${f(b.lower)}` : `lebih dari ${f(b.lower)}`;
  const lo = b.lowerIncl ? f(b.lower) : `lebih dari ${f(b.lower)}`;
  return `${lo} ${b.upperIncl ? 'sampai dengan' : 'sampai kurang dari'} ${f(b.upper)}`;
}

function bandWordsEn(b: BandSpec, f: (n: number) => string): string {
  if (b.lower !== null && b.upper !== null && b.lower === b.upper) return `exactly ${f(b.lower)}`;
  if (b.lower === null && b.upper === null) return 'any value';
  if (b.lower === null) return b.upperIncl ? `at most ${f(b.upper!)}` : `below ${f(b.upper!)}`;
  if (b.upper === null) return b.lowerIncl ? `at least ${f(b.lower)}` : `above ${f(b.lower)}`;
  const lo = b.lowerIncl ? f(b.lower) : `above ${f(b.lower)}`;
  return `${lo} ${b.upperIncl ? 'up to and including' : 'to below'} ${f(b.upper)}`;
}

export const RINGKASAN_TEXT = {
  id: {
    agency: 'BADAN PENGAWAS OBAT DAN MAKANAN',
    title: (t: Tw, y: string) => `RINGKASAN CAPAIAN KINERJA TRIWULAN ${tw(t)}${y ? ` TAHUN ${y}` : ''}`,
    tabel: (n: number, what: string) => `Tabel ${n}. ${what}`,
    grafik: (n: number, what: string) => `Grafik ${n}. ${what}`,
    continued: (caption: string) => `${caption} (lanjutan)`,
    capInd: (t: Tw) => `Capaian Indikator Kinerja Triwulan ${tw(t)}`,
    capChart: (t: Tw) => `Capaian Indikator Kinerja Triwulan ${tw(t)} (%)`,
    capSas: (t: Tw) => `Nilai Pencapaian Sasaran (NPS) Triwulan ${tw(t)}`,
    capPer: 'Nilai Perspektif dan Nilai Kinerja Organisasi (NPSS)',
    capBud: (t: Tw) => `Efisiensi Anggaran per Sasaran sampai dengan Triwulan ${tw(t)}`,
    capBands: 'Kriteria Capaian Indikator dan Predikat Nilai',
    /** Tabel 1's header: what each number is (cumulative realisation, against which target) */
    ind: (t: Tw) => [
      'No',
      'Kode',
      'Sasaran Kinerja',
      'Indikator Kinerja',
      'Target Tahunan',
      `Target TW ${tw(t)}`,
      `Realisasi s.d. TW ${tw(t)}`,
      `Capaian terhadap Target TW ${tw(t)} (%)`,
      `Kriteria Capaian TW ${tw(t)}`,
      'Nilai Indikator (NPI)',
      'Capaian terhadap Target Tahunan (%)',
      'Status terhadap Target Tahunan',
    ],
    sas: ['No', 'Sasaran Kinerja', 'Perspektif', 'Nilai Sasaran (NPS)', 'Predikat'],
    per: ['Perspektif', 'Nilai', 'Predikat'],
    npssRow: 'Nilai Kinerja Organisasi (NPSS)',
    bud: (t: Tw) => [
      'No',
      'Sasaran Kinerja',
      'Pagu Anggaran (Rp)',
      `Realisasi Anggaran s.d. TW ${tw(t)} (Rp)`,
      'Penyerapan (%)',
      'Indeks Efisiensi (IE)',
      'Tingkat Efisiensi (TE)',
      'Efisiensi',
    ],
    bands: ['Kriteria Capaian Indikator', 'Rentang Capaian (%)', 'Predikat NPS dan NPSS', 'Rentang Nilai'],
    bandWords: bandWordsId,
    why: {
      noTarget: 'Tidak ada target',
      noRealisasi: 'Realisasi belum diisi',
      notNumber: 'Realisasi bukan angka',
      akhirTahun: 'Dinilai akhir tahun',
    } as Record<NoCapaianReason, string>,
    none: 'Belum dapat dihitung',
    counted: (n: number, of: number, akhir: number) =>
      `NPSS dihitung berdasarkan ${n} dari ${of} indikator${akhir ? ` (${akhir} indikator dinilai pada akhir tahun)` : ''}.`,
    notNumber: (list: string) => `Realisasi indikator berikut berisi teks, bukan angka, sehingga tidak dihitung: ${list}.`,
    over100: (list: string) => `Realisasi indikator persentase berikut lebih dari 100; tetap dihitung, mohon diperiksa: ${list}.`,
    notes: 'Keterangan:',
    metode: {
      sourceSheet: 'Metode penilaian: sesuai pengaturan pada sheet "Pengaturan RAPK" di workbook ini.',
      sourceDefault: 'Metode penilaian: pengaturan bawaan add-in RAPK (kriteria dan predikat seperti pada tabel kriteria di atas).',
      formula:
        'Capaian = Realisasi ÷ Target × 100; untuk indikator yang nilainya makin kecil makin baik: (2 − Realisasi ÷ Target) × 100. Kriteria dan predikat ditentukan dari nilai yang dibulatkan hingga dua angka desimal.',
      npi: (cap: string) =>
        `Nilai Pencapaian Indikator (NPI) = capaian, paling tinggi ${cap}. Nilai Pencapaian Sasaran (NPS) = rata-rata NPI indikator pada sasaran tersebut; nilai perspektif = rata-rata NPS sasaran dalam perspektif tersebut; Nilai Kinerja Organisasi (NPSS) = rata-rata nilai perspektif.`,
      weights: (list: string) =>
        `Bobot indikator: indikator yang bobotnya bukan 1 adalah ${list}; NPS dihitung sebagai rata-rata tertimbang.`,
      allOne: 'Bobot indikator: semua indikator memiliki bobot yang sama.',
      annual: (c: string) =>
        `Status terhadap target tahunan: Melampaui (lebih dari 100), Tercapai (tepat 100), Akan Tercapai (${c} sampai kurang dari 100), Perlu Upaya Keras (kurang dari ${c}).`,
      efisiensi: (list: string) =>
        `Efisiensi anggaran: Indeks Efisiensi (IE) = NPS ÷ penyerapan anggaran (%); Tingkat Efisiensi (TE) = IE − 1; ${list}.`,
      colour: 'Warna hanya sebagai alat bantu; kriteria dan predikat selalu dituliskan dengan kata-kata.',
    },
    sign: {
      place: (kota: string, date: string) => `${kota || '....................'}, ${date || '.................... '}`,
      jabatan: (unit: string) => `Kepala ${unit || '....................'}`,
      nip: (nip: string) => `NIP. ${nip || '....................'}`,
      noName: '(....................................)',
    },
    months: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
    footer: 'Halaman &P dari &N',
    chartData: 'Data Grafik 1 (tidak dicetak; dipakai oleh grafik)',
    chartHead: ['Kode', 'Capaian (%)', 'Target 100%', 'Kriteria'],
    chartTitle: (t: Tw) => `Capaian Indikator Kinerja Triwulan ${tw(t)} (%)`,
    /** the chart's axis titles (written by Excel's chart API or into the chart part) */
    chartAxes: { x: 'Kode', y: '%' },
  },
  en: {
    agency: 'BADAN PENGAWAS OBAT DAN MAKANAN (INDONESIAN FOOD AND DRUG AUTHORITY)',
    title: (t: Tw, y: string) => `PERFORMANCE SUMMARY, QUARTER ${tw(t)}${y ? ` ${y}` : ''}`,
    tabel: (n: number, what: string) => `Table ${n}. ${what}`,
    grafik: (n: number, what: string) => `Chart ${n}. ${what}`,
    continued: (caption: string) => `${caption} (continued)`,
    capInd: (t: Tw) => `Indicator achievement, quarter ${tw(t)}`,
    capChart: (t: Tw) => `Indicator achievement, quarter ${tw(t)} (%)`,
    capSas: (t: Tw) => `Sasaran values (NPS), quarter ${tw(t)}`,
    capPer: 'Perspective values and organisation value (NPSS)',
    capBud: (t: Tw) => `Budget efficiency per sasaran up to quarter ${tw(t)}`,
    capBands: 'Indicator criteria and value ratings',
    ind: (t: Tw) => [
      'No',
      'Code',
      'Sasaran',
      'Indicator',
      'Annual target',
      `Target Q${t}`,
      `Realisation to end of Q${t}`,
      `Achievement against the Q${t} target (%)`,
      `Criterion, Q${t}`,
      'Indicator value (NPI)',
      'Achievement against the annual target (%)',
      'Status against the annual target',
    ],
    sas: ['No', 'Sasaran', 'Perspective', 'Sasaran value (NPS)', 'Rating'],
    per: ['Perspective', 'Value', 'Rating'],
    npssRow: 'Organisation value (NPSS)',
    bud: (t: Tw) => [
      'No',
      'Sasaran',
      'Budget (Rp)',
      `Spent to end of Q${t} (Rp)`,
      'Absorption (%)',
      'Efficiency index (IE)',
      'Efficiency level (TE)',
      'Efficiency',
    ],
    bands: ['Indicator criterion', 'Achievement range (%)', 'NPS and NPSS rating', 'Value range'],
    bandWords: bandWordsEn,
    why: {
      noTarget: 'No target',
      noRealisasi: 'Realisation not entered',
      notNumber: 'Realisation is not a number',
      akhirTahun: 'Assessed at year end',
    } as Record<NoCapaianReason, string>,
    none: 'Cannot be computed yet',
    counted: (n: number, of: number, akhir: number) =>
      `NPSS computed from ${n} of ${of} indicators${akhir ? ` (${akhir} indicators are assessed at year end)` : ''}.`,
    notNumber: (list: string) => `The realisation of these indicators is text, not a number, and is not counted: ${list}.`,
    over100: (list: string) => `These percentage indicators have a realisation over 100; counted, please check: ${list}.`,
    notes: 'Notes:',
    metode: {
      sourceSheet: 'Method: as set on the sheet "Pengaturan RAPK" of this workbook.',
      sourceDefault: 'Method: the RAPK add-in defaults (criteria and ratings as in the criteria table above).',
      formula:
        'Achievement = Realisation ÷ Target × 100; for indicators where lower is better: (2 − Realisation ÷ Target) × 100. Criteria and ratings are decided on values rounded to 2 decimals.',
      npi: (cap: string) =>
        `Indicator value (NPI) = achievement, at most ${cap}. Sasaran value (NPS) = mean NPI of its indicators; perspective value = mean NPS of its sasaran; organisation value (NPSS) = mean of the perspective values.`,
      weights: (list: string) => `Indicator weights: the indicators weighing other than 1 are ${list}; NPS is a weighted mean.`,
      allOne: 'Indicator weights: every indicator weighs the same.',
      annual: (c: string) =>
        `Status against the annual target: Melampaui (above 100), Tercapai (exactly 100), Akan Tercapai (${c} to below 100), Perlu Upaya Keras (below ${c}).`,
      efisiensi: (list: string) =>
        `Budget efficiency: efficiency index (IE) = NPS ÷ budget absorption (%); efficiency level (TE) = IE − 1; ${list}.`,
      colour: 'Colour only helps: criteria and ratings are always written in words.',
    },
    sign: {
      place: (kota: string, date: string) => `${kota || '....................'}, ${date || '.................... '}`,
      jabatan: (unit: string) => `Head of ${unit || '....................'}`,
      nip: (nip: string) => `NIP. ${nip || '....................'}`,
      noName: '(....................................)',
    },
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    footer: 'Page &P of &N',
    chartData: 'Chart 1 data (not printed; used by the chart)',
    chartHead: ['Code', 'Achievement (%)', 'Target 100%', 'Criterion'],
    chartTitle: (t: Tw) => `Indicator achievement, quarter ${tw(t)} (%)`,
    chartAxes: { x: 'Code', y: '%' },
  },
};

export type RingkasanText = (typeof RINGKASAN_TEXT)['id'];
