/**
 * Measurement of SPEC section 7 as pure functions. Bands are data tables; every band is
 * decided on the value rounded to 2 decimals, every computation keeps full precision.
 */
import { round2 } from './numbers';
import { DEFAULT_PALETTE, type Palette } from './palette';

export type Polaritas = 'Maximize' | 'Minimize';
export type Penilaian = 'Triwulan' | 'Akhir Tahun';
export type Perspektif = 'Stakeholder' | 'Internal Process' | 'Learning & Growth';
export type Tw = 1 | 2 | 3 | 4;

export const PERSPEKTIF: readonly Perspektif[] = ['Stakeholder', 'Internal Process', 'Learning & Growth'];
export const POLARITAS: readonly Polaritas[] = ['Maximize', 'Minimize'];
export const PENILAIAN: readonly Penilaian[] = ['Triwulan', 'Akhir Tahun'];
export const TW_ROMAN = ['I', 'II', 'III', 'IV'] as const;

export type Kriteria = 'Tidak Dapat Disimpulkan' | 'Sangat Baik' | 'Baik' | 'Cukup' | 'Kurang';
export type Predikat = 'Istimewa' | 'Baik' | 'Butuh Perbaikan' | 'Kurang' | 'Sangat Kurang';
export type Efisiensi =
  | 'Tidak Efisien'
  | '100% (efisien)'
  | '95% (efisien)'
  | '92% (efisien)'
  | '90% (efisien)'
  | '88% (efisien)'
  | '86% (tidak efisien)'
  | '84% (tidak efisien)'
  | '80% (tidak efisien)'
  | '78% (tidak efisien)'
  | '75% (tidak efisien)';

/** A band: applies when `test(x)` holds for the rounded value. First match wins. */
interface Band<T> {
  label: T;
  test: (x: number) => boolean;
}

export const KRITERIA_BANDS: readonly Band<Kriteria>[] = [
  { label: 'Tidak Dapat Disimpulkan', test: (x) => x > 120 },
  { label: 'Sangat Baik', test: (x) => x > 100 },
  { label: 'Baik', test: (x) => x === 100 },
  { label: 'Cukup', test: (x) => x >= 70 },
  { label: 'Kurang', test: () => true },
];

export const PREDIKAT_BANDS: readonly Band<Predikat>[] = [
  { label: 'Istimewa', test: (y) => y > 100 },
  { label: 'Baik', test: (y) => y >= 90 },
  { label: 'Butuh Perbaikan', test: (y) => y >= 70 },
  { label: 'Kurang', test: (y) => y >= 50 },
  { label: 'Sangat Kurang', test: () => true },
];

export const EFISIENSI_BANDS: readonly Band<Efisiensi>[] = [
  { label: 'Tidak Efisien', test: (te) => te < 0 },
  { label: '100% (efisien)', test: (te) => te <= 0.2 },
  { label: '95% (efisien)', test: (te) => te <= 0.4 },
  { label: '92% (efisien)', test: (te) => te <= 0.6 },
  { label: '90% (efisien)', test: (te) => te <= 0.8 },
  { label: '88% (efisien)', test: (te) => te <= 1.0 },
  { label: '86% (tidak efisien)', test: (te) => te <= 1.2 },
  { label: '84% (tidak efisien)', test: (te) => te <= 1.4 },
  { label: '80% (tidak efisien)', test: (te) => te <= 1.6 },
  { label: '78% (tidak efisien)', test: (te) => te <= 1.8 },
  { label: '75% (tidak efisien)', test: () => true },
];

function band<T>(bands: readonly Band<T>[], x: number): T {
  const r = round2(x);
  return bands.find((b) => b.test(r))!.label;
}

/** Capaian (%) of target T and realisasi R, or null when it cannot be computed. */
export function capaian(
  target: number | null,
  realisasi: number | null,
  polaritas: Polaritas = 'Maximize',
  penilaian: Penilaian = 'Triwulan',
  tw: Tw = 4,
): number | null {
  if (target === null || target === 0 || realisasi === null) return null;
  if (!Number.isFinite(target) || !Number.isFinite(realisasi)) return null;
  if (penilaian === 'Akhir Tahun' && tw < 4) return null;
  const ratio = realisasi / target;
  return polaritas === 'Minimize' ? (2 - ratio) * 100 : ratio * 100;
}

export const kriteria = (x: number): Kriteria => band(KRITERIA_BANDS, x);
export const predikat = (y: number): Predikat => band(PREDIKAT_BANDS, y);
export const efisiensiOfTe = (te: number): Efisiensi => band(EFISIENSI_BANDS, te);

/** NPI = min(capaian, 120); a Minimize capaian may be negative and is not raised. */
export function npi(c: number): number {
  return Math.min(c, 120);
}

export function mean(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Budget efficiency of a sasaran (SPEC section 7). */
export function efficiency(
  nps: number | null,
  penyerapan: number | null,
): { ie: number | null; te: number | null; efisiensi: Efisiensi | null } {
  if (nps === null || penyerapan === null || penyerapan === 0) return { ie: null, te: null, efisiensi: null };
  const ie = nps / penyerapan;
  const se = 1;
  const te = (ie - se) / se;
  return { ie, te, efisiensi: efisiensiOfTe(te) };
}

/** Perspektif from the sasaran name (the user can overwrite it in the Realisasi sheet). */
export function perspektifOf(sasaranName: string): Perspektif {
  const t = sasaranName.toLowerCase();
  if (/kepuasan|memenuhi syarat/.test(t)) return 'Stakeholder';
  if (/tata kelola|\bsdm\b|sumber daya manusia|keuangan/.test(t)) return 'Learning & Growth';
  return 'Internal Process';
}

export function parsePerspektif(v: unknown): Perspektif | null {
  if (typeof v !== 'string') return null;
  const t = v.trim().toLowerCase().replace(/\s+/g, ' ');
  if (t === 'stakeholder') return 'Stakeholder';
  if (t === 'internal process') return 'Internal Process';
  if (t === 'learning & growth' || t === 'learning and growth') return 'Learning & Growth';
  return null;
}

export function parsePolaritas(v: unknown): Polaritas | null {
  if (typeof v !== 'string') return null;
  const t = v.trim().toLowerCase();
  return t === 'maximize' ? 'Maximize' : t === 'minimize' ? 'Minimize' : null;
}

export function parsePenilaian(v: unknown): Penilaian | null {
  if (typeof v !== 'string') return null;
  const t = v.trim().toLowerCase().replace(/\s+/g, ' ');
  return t === 'triwulan' ? 'Triwulan' : t === 'akhir tahun' ? 'Akhir Tahun' : null;
}

export function kriteriaFill(k: Kriteria, p: Palette = DEFAULT_PALETTE): string {
  switch (k) {
    case 'Tidak Dapat Disimpulkan':
      return p.tidakDapatDisimpulkan;
    case 'Sangat Baik':
      return p.sangatBaik;
    case 'Baik':
      return p.baik;
    case 'Cukup':
      return p.cukup;
    case 'Kurang':
      return p.kurangIndikator;
  }
}

export function predikatFill(k: Predikat, p: Palette = DEFAULT_PALETTE): string {
  switch (k) {
    case 'Istimewa':
      return p.sangatBaik;
    case 'Baik':
      return p.baik;
    case 'Butuh Perbaikan':
      return p.cukup;
    case 'Kurang':
      return p.kurangNps;
    case 'Sangat Kurang':
      return p.sangatKurang;
  }
}

export function efisiensiFill(e: Efisiensi, p: Palette = DEFAULT_PALETTE): string {
  if (e === 'Tidak Efisien') return p.sangatKurang;
  return e.includes('tidak') ? p.cukup : p.baik;
}
