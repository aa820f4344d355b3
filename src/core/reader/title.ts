/**
 * The title block above the table: year, unit, and the unit of its amounts ("dalam ribuan
 * rupiah"). A title may sit below a logo (empty rows first), in any column, with the year
 * typed as a number beside `TAHUN`.
 */
import type { Grid } from '../grid/grid';
import type { ReadContext } from './context';

/** Rows above the header read as the title block (a logo may push the title down). */
const TITLE_ROWS = 40;

/** The texts of the title block (and integer cells, a year typed as a number) above `headerRow`. */
export function titleTexts(st: { grid: Grid }, headerRow: number): string[] {
  const out: string[] = [];
  for (let r = 0; r < Math.min(headerRow, TITLE_ROWS); r++) {
    const row = st.grid.values[r] ?? [];
    for (const v of row) {
      if (typeof v === 'string' && v.trim()) out.push(v.trim());
      else if (typeof v === 'number' && Number.isInteger(v) && v >= 2000 && v <= 2099) out.push(String(v));
    }
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

/** A unit's name: `Balai Besar POM di …`, `Loka POM …`, or the full `Loka Pengawas Obat dan Makanan di …`. */
const UNIT = /\b(balai besar pom|bbpom|balai pom|bpom di|loka pom|lokapom|(balai besar|balai|loka)\s+pengawas\s+obat\s+dan\s+makanan)\b/i;

export function findUnit(cx: ReadContext, headerRow: number): string | null {
  const texts = titleTexts(cx, headerRow);
  const unit = texts.find((t) => UNIT.test(t));
  if (unit) return unit.replace(/\s+/g, ' ');
  const agency = texts.find((t) => /(badan pengawas obat|badan pom|deputi|direktorat|biro|pusat)/i.test(t));
  return agency ? agency.replace(/\s+/g, ' ') : null;
}

/**
 * Words saying the amounts are typed in thousands of Rupiah: `(dalam ribuan rupiah)`,
 * `dalam ribuan`, `(Rp 000)`, `Rp. 000,-`, `x Rp 1.000`.
 */
export const THOUSANDS = /\bribu(an)?\b|\(\s*rp\.?\s*0{3}\s*[,-]*\s*\)|\brp\.?\s*000\b|\bx\s*(rp\.?\s*)?1[.,]?000\b/i;

const scales = new WeakMap<ReadContext, number>();

/**
 * 1000 when the title block or the main header's ANGGARAN label says the amounts are typed in
 * thousands of Rupiah, else 1: every amount the reader reads is multiplied by it.
 */
export function amountScale(cx: ReadContext): number {
  let scale = scales.get(cx);
  if (scale === undefined) {
    const main = cx.firstMain;
    const labels: string[] = [];
    if (main.anggaran !== null)
      for (let r = main.r1; r <= main.r2; r++) {
        const v = cx.grid.values[r]?.[main.anggaran];
        if (typeof v === 'string') labels.push(v);
      }
    scale = [...titleTexts(cx, main.r1), ...labels].some((t) => t.length <= 120 && THOUSANDS.test(t)) ? 1000 : 1;
    scales.set(cx, scale);
  }
  return scale;
}
