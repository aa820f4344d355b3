/**
 * The project's own sample RAPK (layout K), modelled on the real 2024/2025 documents:
 * a fictitious unit, real indicator wording, consistent budgets. `withErrors` plants one
 * mistake of several kinds, for demos and end-to-end tests.
 */
import type { RapkSpec } from './generate';
import { renderRapk } from './generate';
import type { SheetPlan } from '../core/sheets/plan';

const flat = (v: number): number[] => Array<number>(12).fill(v);
const LAB = 'DR.3165.PDD.001 - Laboratorium pengawasan Obat dan Makanan yang sesuai Good Laboratory Practice';
const SAMPEL_OBAT =
  'DR.3165.QIA.005 - Sampel Obat, Obat Tradisional, Kosmetik dan Suplemen Kesehatan yang Diperiksa Sesuai Standar oleh UPT';
const SAMPEL_MAKANAN = 'DR.3165.QIA.001 - Sampel Makanan yang Diperiksa oleh UPT';
const GAJI = 'WA.6384.EBA.994 - Layanan Perkantoran';

export function sampleSpec(): RapkSpec {
  return {
    year: 2025,
    unit: 'Loka POM di Kabupaten Contoh',
    total: true,
    sasaran: [
      {
        no: '01',
        name: 'Terwujudnya Obat dan Makanan yang memenuhi syarat di masing-masing wilayah kerja UPT',
        indikator: [
          {
            no: '01',
            name: 'Persentase Obat yang memenuhi syarat',
            targets: flat(92.5),
            anggaran: 70_412_160,
            lines: [
              {
                ro: SAMPEL_OBAT,
                komponen: '053 - Pengadaan sampel obat, obat bahan alam, kosmetika, suplemen kesehatan',
                sub: 'A - PENGADAAN SAMPEL',
                anggaran: 125_736_000,
                kontribusi: 70_412_160,
              },
            ],
          },
          {
            no: '02',
            name: 'Persentase Makanan yang memenuhi syarat',
            targets: flat(81.5),
            anggaran: 29_959_960,
            lines: [
              {
                ro: SAMPEL_MAKANAN,
                komponen: '055 - Pengadaan sampel makanan',
                sub: 'A - PENGADAAN SAMPEL',
                anggaran: 78_842_000,
                kontribusi: 29_959_960,
              },
            ],
          },
        ],
      },
      {
        no: '02',
        name: 'Meningkatnya efektivitas pemeriksaan sarana Obat dan Makanan serta pelayanan publik di masing-masing wilayah kerja UPT',
        indikator: [
          {
            no: '01',
            name: 'Persentase keputusan penilaian sertifikasi yang diselesaikan tepat waktu',
            targets: flat(100),
            anggaran: 11_780_000,
            lines: [
              {
                ro: 'DR.3165.BAH.001 - Keputusan/Sertifikasi Layanan Publik yang Diselesaikan oleh UPT',
                komponen: '052 - Penerbitan keputusan/sertifikat layanan publik',
                sub: 'B - PENDAMPINGAN VERIFIKASI CAPA',
                anggaran: 6_260_000,
                kontribusi: 6_260_000,
              },
              {
                ro: 'DR.3165.BAH.001 - Keputusan/Sertifikasi Layanan Publik yang Diselesaikan oleh UPT',
                komponen: '052 - Penerbitan keputusan/sertifikat layanan publik',
                sub: 'A - PELAKSANAAN AUDIT SERTIFIKASI',
                anggaran: 5_520_000,
                kontribusi: 5_520_000,
              },
            ],
          },
          {
            no: '02',
            name: 'Persentase sarana distribusi Obat dan Makanan yang memenuhi ketentuan',
            targets: flat(68),
            anggaran: 79_327_000,
            lines: [
              {
                ro: 'DR.3165.QIC.004 - Sarana Distribusi Obat dan Makanan yang Diperiksa oleh UPT',
                komponen: '053 - Pengawasan sarana distribusi',
                sub: 'A - Pemeriksaan sarana Distribusi',
                anggaran: 50_400_000,
                kontribusi: 50_400_000,
              },
              {
                ro: 'DR.3165.QIC.004 - Sarana Distribusi Obat dan Makanan yang Diperiksa oleh UPT',
                komponen: '055 - Pelaksanaan koordinasi dalam rangka pemeriksaan sarana',
                sub: 'A - PERTEMUAN NASIONAL TERPADU',
                anggaran: 27_600_000,
                kontribusi: 27_600_000,
              },
              {
                ro: 'DR.3165.QIC.004 - Sarana Distribusi Obat dan Makanan yang Diperiksa oleh UPT',
                komponen: '053 - Pengawasan sarana distribusi',
                sub: 'F - Pelengkapan Pengawasan',
                anggaran: 1_327_000,
                kontribusi: 1_327_000,
              },
            ],
          },
        ],
      },
      {
        no: '03',
        name: 'Meningkatnya efektivitas pemeriksaan produk dan pengujian Obat dan Makanan di masing-masing wilayah kerja UPT',
        indikator: [
          {
            no: '01',
            name: 'Persentase sampel Obat yang diperiksa dan diuji sesuai standar',
            targets: [2.52, 7.33, 11.66, 13.58, 18.03, 23.32, 29.45, 35.94, 41.23, 46.03, 49.28, 50],
            anggaran: 130_456_640,
            lines: [
              {
                ro: LAB,
                komponen: '054 - Peningkatan ruang lingkup pengujian',
                sub: 'C - PENGADAAN REAGEN',
                anggaran: 79_660_000,
                kontribusi: 79_660_000,
              },
              {
                ro: SAMPEL_OBAT,
                komponen: '053 - Pengadaan sampel obat, obat bahan alam, kosmetika, suplemen kesehatan',
                sub: 'A - PENGADAAN SAMPEL',
                anggaran: 125_736_000,
                kontribusi: 30_176_640,
              },
              {
                ro: LAB,
                komponen: '054 - Peningkatan ruang lingkup pengujian',
                sub: 'B - PENINGKATAN KOMPETENSI PETUGAS',
                anggaran: 20_620_000,
                kontribusi: 20_620_000,
              },
            ],
          },
          {
            no: '02',
            name: 'Persentase sampel makanan yang diperiksa dan diuji sesuai standar',
            targets: [2.51, 5.53, 9.04, 13.82, 19.6, 26.13, 32.16, 37.44, 42.71, 46.23, 48.74, 50],
            anggaran: 100_521_000,
            lines: [
              {
                ro: SAMPEL_MAKANAN,
                komponen: '055 - Pengadaan sampel makanan',
                sub: 'A - PENGADAAN SAMPEL',
                anggaran: 78_842_000,
                kontribusi: 39_421_000,
              },
              {
                ro: LAB,
                komponen: '054 - Peningkatan ruang lingkup pengujian',
                sub: 'A - PENGADAAN TESKIT',
                anggaran: 35_000_000,
                kontribusi: 35_000_000,
              },
              {
                ro: SAMPEL_MAKANAN,
                komponen: '055 - Pengadaan sampel makanan',
                sub: 'B - DUKUNGAN PELAKSANAAN KEGIATAN',
                anggaran: 26_100_000,
                kontribusi: 26_100_000,
              },
            ],
          },
        ],
      },
      {
        no: '04',
        name: 'Meningkatnya kepuasan pelaku usaha dan masyarakat terhadap kinerja pengawasan Obat dan Makanan',
        indikator: [
          {
            no: '01',
            name: 'Indeks Kepuasan Masyarakat terhadap Layanan Publik UPT',
            targets: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 91],
            anggaran: 92_997_000,
            lines: [
              {
                ro: 'DR.3165.BMB.001 - Layanan Publikasi keamanan dan mutu Obat dan Makanan oleh UPT',
                komponen: '051 - Pelaksanaan publikasi Obat dan Makanan ke masyarakat',
                sub: 'A - PENINGKATAN KOMUNIKASI INFORMASI DAN EDUKASI',
                anggaran: 92_997_000,
                kontribusi: 92_997_000,
              },
            ],
          },
        ],
      },
      {
        no: '05',
        name: 'Terwujudnya tata kelola pemerintahan UPT yang optimal',
        indikator: [
          {
            no: '01',
            name: 'Persentase implementasi rencana aksi Reformasi Birokrasi di lingkup UPT',
            targets: [0, 0, 25, 25, 25, 50, 50, 50, 75, 75, 75, 100],
            anggaran: 1_161_696_500,
            lines: [
              {
                ro: GAJI,
                komponen: '001 - Gaji dan Tunjangan',
                sub: 'A - Pembayaran gaji dan tunjangan',
                anggaran: 2_323_393_000,
                kontribusi: 1_161_696_500,
              },
            ],
          },
          {
            no: '02',
            name: 'Nilai Kinerja Anggaran UPT',
            targets: [0, 16.68, 25.02, 33.36, 41.07, 50.04, 58.38, 66.72, 75.06, 83.4, 88, 89.99],
            anggaran: 1_161_696_500,
            lines: [
              {
                ro: GAJI,
                komponen: '001 - Gaji dan Tunjangan',
                sub: 'A - Pembayaran gaji dan tunjangan',
                anggaran: 2_323_393_000,
                kontribusi: 1_161_696_500,
              },
            ],
          },
        ],
      },
    ],
  };
}

/** The sample sheet; with `withErrors`, five planted mistakes (A01, A02, T03, T04, T02). */
export function samplePlan(withErrors = false): SheetPlan {
  const plan = renderRapk(sampleSpec(), { layout: 'K', sheetName: 'RAPK 2025' });
  if (!withErrors) return plan;
  const edit = (pred: (v: unknown) => boolean, value: string | number, nth = 0): void => {
    const hits = plan.cells.filter((c) => pred(c.value));
    const cell = hits[nth];
    if (cell) cell.value = value;
  };
  edit((v) => v === 50_400_000, 48_400_000, 1); // A01: 02.02 contributions no longer add up
  edit((v) => v === 5_520_000, 5_250_000, 0); // A02: line anggaran below its kontribusi
  edit((v) => v === 68, 680, 11); // T03: percentage target 680 in B12
  edit((v) => v === 92.5, 29.5, 6); // T04: B07 falls
  edit((v) => v === 81.5, '8l,5', 2); // T02: letter l instead of 1
  return plan;
}
