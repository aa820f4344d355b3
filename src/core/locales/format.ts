/** Number formatting per language (Intl, built into every host we run in). */
import type { Lang } from '../lang';

export type { Lang } from '../lang';

const cache = new Map<string, Intl.NumberFormat>();

function nf(lang: Lang, digits: number, minDigits = 0): Intl.NumberFormat {
  const key = `${lang}|${digits}|${minDigits}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', { minimumFractionDigits: minDigits, maximumFractionDigits: digits });
    cache.set(key, f);
  }
  return f;
}

/**
 * Rupiah, counts, targets and percentages alike: up to 2 decimals, 70.412.160 and 97,5 (id) /
 * 70,412,160 and 97.5 (en). (A Rupiah amount with fractions shows them: A07 says so.)
 */
export function fmtNum(v: unknown, lang: Lang): string {
  return typeof v === 'number' ? nf(lang, 2).format(v) : String(v ?? '');
}

/** Scores (NPI, NPS, NPSS): always 2 decimals, 101,25 and 100,00 (id) / 101.25 and 100.00 (en). */
export function fmtScore(v: number, lang: Lang): string {
  return nf(lang, 2, 2).format(v);
}
