/** Seeded random RAPK models (consistent budgets), for property tests, the benchmark and the presentation generator. */
import type { GenIndikator, GenLine, GenSasaran, RapkSpec } from './generate';

/** mulberry32: a small seeded PRNG, so generated workbooks are reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SASARAN_NAMES = [
  'Terwujudnya Obat dan Makanan yang memenuhi syarat di wilayah kerja UPT',
  'Meningkatnya efektivitas pemeriksaan sarana Obat dan Makanan serta pelayanan publik',
  'Meningkatnya efektivitas komunikasi, informasi, edukasi Obat dan Makanan',
  'Meningkatnya efektivitas pemeriksaan produk dan pengujian Obat dan Makanan',
  'Meningkatnya efektivitas penindakan kejahatan Obat dan Makanan',
  'Meningkatnya kepuasan pelaku usaha dan masyarakat terhadap kinerja pengawasan',
  'Terwujudnya tata kelola pemerintahan UPT yang optimal',
  'Terkelolanya Keuangan UPT secara Akuntabel',
];
const INDICATOR_NAMES = [
  'Persentase Obat yang memenuhi syarat',
  'Persentase Makanan yang memenuhi syarat',
  'Persentase sarana produksi Obat dan Makanan yang memenuhi ketentuan',
  'Tingkat Efektifitas KIE Obat dan Makanan',
  'Persentase sampel Obat yang diperiksa dan diuji sesuai standar',
  'Indeks Kepuasan Masyarakat terhadap Layanan Publik UPT',
  'Nilai AKIP UPT',
  'Nilai Kinerja Anggaran UPT',
];

export interface RandomSpecOptions {
  sasaran: number;
  indicatorsPerSasaran: number;
  linesPerIndicator: number;
  year?: number;
  unit?: string;
}

/** A consistent RAPK: contributions add up, shared lines stay within their anggaran. */
export function randomSpec(seed: number, o: RandomSpecOptions): RapkSpec {
  const rnd = prng(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  let lineId = 0;
  const sasaran: GenSasaran[] = [];
  for (let s = 0; s < o.sasaran; s++) {
    const indikator: GenIndikator[] = [];
    for (let i = 0; i < o.indicatorsPerSasaran; i++) {
      const base = int(10, 95);
      const cumulative = rnd() < 0.4;
      const targets = Array.from({ length: 12 }, (_, k) => (cumulative ? Math.round(((base * (k + 1)) / 12) * 100) / 100 : base));
      const lines: GenLine[] = [];
      for (let l = 0; l < o.linesPerIndicator; l++) {
        lineId++;
        const kontribusi = int(1, 400) * 100_000;
        const anggaran = kontribusi + int(0, 3) * 100_000;
        lines.push({
          ro: `DR.3165.Q${String.fromCharCode(65 + (lineId % 26))}${String.fromCharCode(65 + ((lineId / 26) % 26 | 0))}.${String(lineId % 1000).padStart(3, '0')} - Rincian output ${lineId}`,
          komponen: `05${l % 10} - Komponen kegiatan ${lineId}`,
          sub: `${String.fromCharCode(65 + (l % 26))} - SUB KOMPONEN ${lineId}`,
          anggaran,
          kontribusi,
        });
      }
      const anggaran = lines.length ? lines.reduce((a, l) => a + l.kontribusi, 0) : int(10, 900) * 1_000_000;
      indikator.push({
        no: String(i + 1).padStart(2, '0'),
        name: `${INDICATOR_NAMES[(s + i) % INDICATOR_NAMES.length]} ${s + 1}.${i + 1}`,
        targets,
        anggaran,
        lines,
      });
    }
    sasaran.push({ no: String(s + 1).padStart(2, '0'), name: `${SASARAN_NAMES[s % SASARAN_NAMES.length]} (${s + 1})`, indikator });
  }
  return { year: o.year ?? 2025, unit: o.unit ?? 'Balai POM di Kota Contoh', sasaran, total: true };
}
