/**
 * Measurement of SPEC section 7 as pure functions. Bands are data tables; every band is
 * decided on the value rounded to 2 decimals, every computation keeps full precision.
 */
import { round2 } from '../grid/numbers';
import { type BandSpec, DEFAULT_SETTINGS, type MethodSettings, bandOf } from '../settings/bands';

export type Polaritas = 'Maximize' | 'Minimize';
export type Penilaian = 'Triwulan' | 'Akhir Tahun';
export type Perspektif = 'Stakeholder' | 'Internal Process' | 'Learning & Growth';
export type Tw = 1 | 2 | 3 | 4;

export const PERSPEKTIF: readonly Perspektif[] = ['Stakeholder', 'Internal Process', 'Learning & Growth'];
export const POLARITAS: readonly Polaritas[] = ['Maximize', 'Minimize'];
export const PENILAIAN: readonly Penilaian[] = ['Triwulan', 'Akhir Tahun'];
export const TW_ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** The band of a value under the settings (SPEC defaults unless a `Pengaturan RAPK` sheet says otherwise). */
function label(bands: readonly BandSpec[], x: number): string {
  return bandOf(bands, x)?.label ?? '';
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

export const kriteria = (x: number, s: MethodSettings = DEFAULT_SETTINGS): string => label(s.kriteria, x);
export const predikat = (y: number, s: MethodSettings = DEFAULT_SETTINGS): string => label(s.predikat, y);
export const efisiensiOfTe = (te: number, s: MethodSettings = DEFAULT_SETTINGS): string => label(s.efisiensi, te);

/** NPI = min(capaian, cap) (cap 120 by default); a Minimize capaian may be negative and is not raised. */
export function npi(c: number, s: MethodSettings = DEFAULT_SETTINGS): number {
  return Math.min(c, s.npiCap);
}

export function mean(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Σ w·x / Σ w; the plain mean when every weight is 1. */
export function weightedMean(xs: readonly { x: number; w: number }[]): number | null {
  if (xs.length === 0) return null;
  if (xs.every((p) => p.w === 1)) return mean(xs.map((p) => p.x));
  const w = xs.reduce((a, p) => a + p.w, 0);
  return w > 0 ? xs.reduce((a, p) => a + p.w * p.x, 0) / w : null;
}

export type StatusTahunan = 'Melampaui' | 'Tercapai' | 'Akan Tercapai' | 'Perlu Upaya Keras';

/** Annual status of a capaian against B12 (SPEC section 7), decided on the value rounded to 2 decimals. */
export function statusTahunan(c: number, s: MethodSettings = DEFAULT_SETTINGS): StatusTahunan {
  const r = round2(c);
  if (r > 100) return 'Melampaui';
  if (r === 100) return 'Tercapai';
  return r >= s.annualCutoff ? 'Akan Tercapai' : 'Perlu Upaya Keras';
}

/** Budget efficiency of a sasaran (SPEC section 7). */
export function efficiency(
  nps: number | null,
  penyerapan: number | null,
  s: MethodSettings = DEFAULT_SETTINGS,
): { ie: number | null; te: number | null; efisiensi: string | null } {
  if (nps === null || penyerapan === null || penyerapan === 0) return { ie: null, te: null, efisiensi: null };
  const ie = nps / penyerapan;
  const se = 1;
  const te = (ie - se) / se;
  return { ie, te, efisiensi: efisiensiOfTe(te, s) };
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

/** The fill of a band label (first band with that label), under the settings. */
export function fillOfLabel(bands: readonly BandSpec[], l: string | null): string | null {
  return l === null ? null : (bands.find((b) => b.label === l)?.fill ?? null);
}

export const kriteriaFill = (k: string, s: MethodSettings = DEFAULT_SETTINGS): string | null => fillOfLabel(s.kriteria, k);
export const predikatFill = (k: string, s: MethodSettings = DEFAULT_SETTINGS): string | null => fillOfLabel(s.predikat, k);
export const efisiensiFill = (k: string, s: MethodSettings = DEFAULT_SETTINGS): string | null => fillOfLabel(s.efisiensi, k);
