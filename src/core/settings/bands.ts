/**
 * Methodology as data (SPEC section 7, issue 13): bands with bounds, inclusivity, label and
 * fill; the NPI cap, the annual-status cut-off and the indicator weights. The defaults are
 * the SPEC values; the "Sekretariat Utama" preset is the bands of BPOM Sekretariat Utama's
 * quarterly reports. Every band is decided on the value rounded to 2 decimals.
 */
import { round2 } from '../grid/numbers';

/** One band: `lower (<|≤) x (<|≤) upper`; a null bound is open (−∞ / +∞). */
export interface BandSpec {
  lower: number | null;
  lowerIncl: boolean;
  upper: number | null;
  upperIncl: boolean;
  label: string;
  /** `#RRGGBB` */
  fill: string;
}

export interface MethodSettings {
  /** indicator kriteria of a capaian */
  kriteria: readonly BandSpec[];
  /** predikat of an NPS, a perspective value or the NPSS */
  predikat: readonly BandSpec[];
  /** budget efficiency of a TE value */
  efisiensi: readonly BandSpec[];
  /** NPI = min(capaian, npiCap) */
  npiCap: number;
  /** annual status: capaian against B12 ≥ cut-off (and < 100) is Akan Tercapai, below Perlu Upaya Keras */
  annualCutoff: number;
  /** the weight of an indicator whose Jenis is IKU and whose Bobot is empty */
  bobotIku: number;
  /** Kode → weight, for indicators whose weight is not 1 */
  weights: ReadonlyMap<string, number>;
  /** where these settings came from */
  source: 'default' | 'sheet';
}

const band = (
  lower: number | null,
  lowerIncl: boolean,
  upper: number | null,
  upperIncl: boolean,
  label: string,
  fill: string,
): BandSpec => ({
  lower,
  lowerIncl,
  upper,
  upperIncl,
  label,
  fill,
});

/** SPEC section 7 colours */
export const FILL = {
  blue: '#BDD7EE',
  green: '#00B050',
  lightGreen: '#92D050',
  yellow: '#FFEB84',
  orange: '#F4B183',
  red: '#FF7C80',
} as const;

/** `> 120` TDD · `100 < x ≤ 120` Sangat Baik · `= 100` Baik · `70 ≤ x < 100` Cukup · `< 70` Kurang */
export const SPEC_KRITERIA: readonly BandSpec[] = [
  band(null, false, 70, false, 'Kurang', FILL.red),
  band(70, true, 100, false, 'Cukup', FILL.yellow),
  band(100, true, 100, true, 'Baik', FILL.lightGreen),
  band(100, false, 120, true, 'Sangat Baik', FILL.green),
  band(120, false, null, false, 'Tidak Dapat Disimpulkan', FILL.blue),
];

/** `> 100` Istimewa · `90 ≤ y ≤ 100` Baik · `70 ≤ y < 90` Butuh Perbaikan · `50 ≤ y < 70` Kurang · `< 50` Sangat Kurang */
export const SPEC_PREDIKAT: readonly BandSpec[] = [
  band(null, false, 50, false, 'Sangat Kurang', FILL.red),
  band(50, true, 70, false, 'Kurang', FILL.orange),
  band(70, true, 90, false, 'Butuh Perbaikan', FILL.yellow),
  band(90, true, 100, true, 'Baik', FILL.lightGreen),
  band(100, false, null, false, 'Istimewa', FILL.green),
];

/** TE bands: `< 0` Tidak Efisien · `0 ≤ TE ≤ 0.20` 100 % · `≤ 0.40` 95 % … `> 1.80` 75 % */
export const SPEC_EFISIENSI: readonly BandSpec[] = [
  band(null, false, 0, false, 'Tidak Efisien', FILL.red),
  band(0, true, 0.2, true, '100% (efisien)', FILL.lightGreen),
  band(0.2, false, 0.4, true, '95% (efisien)', FILL.lightGreen),
  band(0.4, false, 0.6, true, '92% (efisien)', FILL.lightGreen),
  band(0.6, false, 0.8, true, '90% (efisien)', FILL.lightGreen),
  band(0.8, false, 1.0, true, '88% (efisien)', FILL.lightGreen),
  band(1.0, false, 1.2, true, '86% (tidak efisien)', FILL.yellow),
  band(1.2, false, 1.4, true, '84% (tidak efisien)', FILL.yellow),
  band(1.4, false, 1.6, true, '80% (tidak efisien)', FILL.yellow),
  band(1.6, false, 1.8, true, '78% (tidak efisien)', FILL.yellow),
  band(1.8, false, null, false, '75% (tidak efisien)', FILL.yellow),
];

/**
 * The default annual-status cut-off. Seed 002 labels 95.12–99.65 Akan Tercapai and
 * 0–55.36 Perlu Upaya Keras, so any value in (55.36, 95.12] reproduces it; 90 is the lower
 * bound of the predikat `Baik` (ADR 013).
 */
export const DEFAULT_ANNUAL_CUTOFF = 90;
export const DEFAULT_NPI_CAP = 120;

export const DEFAULT_SETTINGS: MethodSettings = {
  kriteria: SPEC_KRITERIA,
  predikat: SPEC_PREDIKAT,
  efisiensi: SPEC_EFISIENSI,
  npiCap: DEFAULT_NPI_CAP,
  annualCutoff: DEFAULT_ANNUAL_CUTOFF,
  bobotIku: 1,
  weights: new Map(),
  source: 'default',
};

/** BPOM Sekretariat Utama: `< 50` SK · `50–70` Kurang · `70–90` Cukup · `90 < x ≤ 110` Baik · `110–120` SB · `> 120` TDD */
export const SETTAMA_BANDS: readonly BandSpec[] = [
  band(null, false, 50, false, 'Sangat Kurang', FILL.red),
  band(50, true, 70, false, 'Kurang', FILL.orange),
  band(70, true, 90, true, 'Cukup', FILL.yellow),
  band(90, false, 110, true, 'Baik', FILL.lightGreen),
  band(110, false, 120, true, 'Sangat Baik', FILL.green),
  band(120, false, null, false, 'Tidak Dapat Disimpulkan', FILL.blue),
];

export type PresetName = 'spec' | 'sekretariat-utama';

/** The settings a preset writes into a new `Pengaturan RAPK` sheet. */
export function presetSettings(preset: PresetName): MethodSettings {
  if (preset === 'spec') return DEFAULT_SETTINGS;
  return { ...DEFAULT_SETTINGS, kriteria: SETTAMA_BANDS, predikat: SETTAMA_BANDS, bobotIku: 2 };
}

export function inBand(b: BandSpec, x: number): boolean {
  if (b.lower !== null && (b.lowerIncl ? x < b.lower : x <= b.lower)) return false;
  if (b.upper !== null && (b.upperIncl ? x > b.upper : x >= b.upper)) return false;
  return true;
}

/** The band of x (decided on x rounded to 2 decimals); null only for bands that do not cover it. */
export function bandOf(bands: readonly BandSpec[], x: number): BandSpec | null {
  const r = round2(x);
  return bands.find((b) => inBand(b, r)) ?? null;
}

export const weightOf = (s: MethodSettings, kode: string): number => s.weights.get(kode) ?? 1;

/** `70 ≤ x < 100`, `> 120`, `= 100`: a band as a short formula for the Metode block. */
export function bandText(b: BandSpec, fmt: (n: number) => string = String): string {
  if (b.lower !== null && b.upper !== null && b.lower === b.upper) return `= ${fmt(b.lower)}`;
  if (b.lower === null && b.upper === null) return 'x';
  if (b.lower === null) return `x ${b.upperIncl ? '≤' : '<'} ${fmt(b.upper!)}`;
  if (b.upper === null) return `x ${b.lowerIncl ? '≥' : '>'} ${fmt(b.lower)}`;
  return `${fmt(b.lower)} ${b.lowerIncl ? '≤' : '<'} x ${b.upperIncl ? '≤' : '<'} ${fmt(b.upper)}`;
}
