/**
 * Number formats as Excel stores them (`0.00%`, `0.00" (%)"`, `[$-421]mmm yyyy`). The reader
 * uses two facts only: does the format scale by 100 (a `%` outside quotes and escapes), and
 * does it show a date. Both hosts hand the same format strings (SPEC section 4).
 */

/** The format with its literal parts removed: quoted text, `\x` escapes, `[...]` sections, `_x` and `*x` fills. */
function codePart(format: string): string {
  return format.replace(/"[^"]*"?|\\.|\[[^\]]*\]?|[_*]./g, '');
}

/** A format that shows its number times 100 (`0%`, `0.00%`); `0.00" (%)"` and `0\%` do not. */
export function scalesPercent(format: string | null | undefined): boolean {
  if (!format || format.indexOf('%') < 0) return false;
  // only the first section (positive numbers) decides
  const first = codePart(format).split(';')[0] ?? '';
  return first.includes('%');
}

/** A format that shows a date (d, m, y outside quotes, and no `0`/`#` digit placeholders). */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format || format === 'General' || format === '@') return false;
  const code = (codePart(format).split(';')[0] ?? '').toLowerCase();
  if (/[0#?]/.test(code)) return false;
  return /[dmy]/.test(code);
}

/** Excel's serial day (1900 system) of a date, in UTC. */
export function serialOfDate(d: Date): number | null {
  const t = d.getTime();
  if (!Number.isFinite(t)) return null;
  return t / 86_400_000 + 25_569;
}

/** The month (0..11) of an Excel serial day of the years 2000..2099, or null. */
export function monthOfSerial(v: number): number | null {
  if (!Number.isFinite(v) || v < 36_526 || v >= 73_051) return null;
  return new Date(Math.round((v - 25_569) * 86_400_000)).getUTCMonth();
}

/** A number shown with a `%` format (0.95 shown `95%`) means 95 (SPEC section 4). */
export function percentOf(v: number, format: string | null): number {
  return scalesPercent(format) ? Number((v * 100).toPrecision(15)) : v;
}
