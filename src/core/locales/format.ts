/** Number formatting per language (Intl, built into every host we run in). */
export type Lang = 'id' | 'en';

const cache = new Map<string, Intl.NumberFormat>();

function nf(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}|${digits}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', { minimumFractionDigits: 0, maximumFractionDigits: digits });
    cache.set(key, f);
  }
  return f;
}

/** Rupiah and counts: 70.412.160 (id) / 70,412,160 (en). */
export function fmtInt(v: unknown, lang: Lang): string {
  return typeof v === 'number' ? nf(lang, 2).format(v) : String(v ?? '');
}

/** Targets and percentages: up to 2 decimals, 97,5 (id) / 97.5 (en). */
export function fmtNum(v: unknown, lang: Lang): string {
  return typeof v === 'number' ? nf(lang, 2).format(v) : String(v ?? '');
}
