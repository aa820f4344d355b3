/**
 * The title block above the table: year and unit.
 */
import type { ReadContext } from './context';

// ---------------------------------------------------------------- title
export function titleTexts(cx: ReadContext, headerRow: number): string[] {
  const out: string[] = [];
  for (let r = 0; r < Math.min(headerRow, 15); r++) {
    const row = cx.grid.values[r] ?? [];
    for (const v of row) if (typeof v === 'string' && v.trim()) out.push(v.trim());
  }
  return out;
}

export function findYear(cx: ReadContext, headerRow: number): number | null {
  for (const t of [...titleTexts(cx, headerRow), cx.grid.name]) {
    const m = /\b(20\d\d)\b/.exec(t);
    if (m) return Number(m[1]);
  }
  return null;
}

export function findUnit(cx: ReadContext, headerRow: number): string | null {
  const texts = titleTexts(cx, headerRow);
  const unit = texts.find((t) => /\b(balai besar pom|bbpom|balai pom|bpom di|loka pom|lokapom)\b/i.test(t));
  if (unit) return unit.replace(/\s+/g, ' ');
  const agency = texts.find((t) => /(badan pengawas obat|badan pom|deputi|direktorat|biro|pusat)/i.test(t));
  return agency ? agency.replace(/\s+/g, ' ') : null;
}
