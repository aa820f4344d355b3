/**
 * A number as Indonesian Excel shows it under the cell's number format: decimal comma, a dot
 * between thousands (99,30; 129.000.000), percent, the format's decimals and literal text. Only
 * the harness draws cells; the add-in never formats numbers into cells.
 */

/** the format's section for the value: `pos;neg;zero;text` */
function section(fmt: string, v: number): { part: string; negative: boolean } {
  const parts = fmt.split(';');
  if (v < 0 && parts[1] !== undefined) return { part: parts[1], negative: false };
  if (v === 0 && parts[2] !== undefined) return { part: parts[2], negative: false };
  return { part: parts[0] ?? '', negative: v < 0 };
}

/** digits with `.` between thousands and `,` before the decimals */
function digits(x: number, decimals: number, thousands: boolean): string {
  const [int, frac] = Math.abs(x).toFixed(decimals).split('.') as [string, string | undefined];
  const grouped = thousands ? int.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : int;
  return frac ? `${grouped},${frac}` : grouped;
}

/** General: up to 10 significant digits, no thousands separator, the decimal comma */
function general(v: number): string {
  const s = Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(10)));
  if (/e/i.test(s)) return s.replace('.', ',');
  return s.replace('.', ',');
}

export function displayNumber(v: number, fmt: string | null | undefined): string {
  if (!fmt || fmt === 'General' || fmt === '@') return general(v);
  const { part, negative } = section(fmt, v);
  // literal text: "…" quoted, \x escaped; [colours] and _x padding dropped
  const literal = (s: string): string =>
    s
      .replace(/\[[^\]]*\]/g, '')
      .replace(/_./g, ' ')
      .replace(/"([^"]*)"/g, '$1')
      .replace(/\\(.)/g, '$1');
  const m = /[#0?][#0?,]*(\.[#0?]*)?/.exec(part.replace(/"[^"]*"/g, (q) => q.replace(/[#0?.,]/g, ' ')));
  if (!m) return literal(part) || general(v);
  const percent = part.includes('%');
  const decimals = (m[1] ?? '.').length - 1;
  const intPart = m[0].split('.')[0]!;
  const thousands = intPart.includes(',') && /[#0?],[#0?]/.test(intPart);
  // trailing commas scale by thousands (#,##0, = in thousands)
  const scale = /,+$/.exec(intPart)?.[0].length ?? 0;
  const x = (percent ? v * 100 : v) / 1000 ** scale;
  const body = digits(x, decimals, thousands);
  const before = literal(part.slice(0, m.index));
  const after = literal(part.slice(m.index + m[0].length));
  return `${negative ? '-' : ''}${before}${body}${after}`;
}
