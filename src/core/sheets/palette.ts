/** Colours of SPEC section 7 (defaults; the palette is a user setting). */
import type { Severity } from '../rules/findings';

export interface Palette {
  tidakDapatDisimpulkan: string;
  sangatBaik: string;
  baik: string;
  cukup: string;
  kurangIndikator: string;
  kurangNps: string;
  sangatKurang: string;
  mark: Record<Severity, string>;
}

export const DEFAULT_PALETTE: Palette = {
  tidakDapatDisimpulkan: '#BDD7EE',
  sangatBaik: '#00B050',
  baik: '#92D050',
  cukup: '#FFEB84',
  kurangIndikator: '#FF7C80',
  kurangNps: '#F4B183',
  sangatKurang: '#FF7C80',
  // chosen to stay visible on every fill the add-in writes (ADD_IN_FILLS; tests/core/palette.test.ts):
  // the old warning mark #FFEB84 was nearly the Realisasi input yellow (CIEDE2000 12.5)
  mark: { error: '#FF7C80', warning: '#FFC000', info: '#8EA9DB' },
};

/** Fills the add-in itself writes on sheets where Validasi may put a mark. */
export const ADD_IN_FILLS = {
  /** header rows (Realisasi sheet, Ringkasan sheet, the generated sample RAPK) */
  header: '#D9E1F2',
  /** Realisasi sheet: the columns the planner types into */
  input: '#FFF2CC',
  /** Realisasi sheet: an indicator that left the RAPK */
  orphan: '#D9D9D9',
} as const;

/** Least CIEDE2000 difference between a mark and any fill it may sit on (or white, or another mark). */
export const MIN_MARK_DELTA_E = 15;

/** A readable font colour on a fill (WCAG relative luminance). */
export function fontOn(fill: string): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(fill);
  if (!m) return '#000000';
  const n = parseInt(m[1]!, 16);
  const ch = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  const lum = 0.2126 * ch[0]! + 0.7152 * ch[1]! + 0.0722 * ch[2]!;
  return lum > 0.18 ? '#000000' : '#FFFFFF';
}
