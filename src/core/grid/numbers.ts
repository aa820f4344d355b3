/**
 * Numbers as planners type them: `45.556.750,00`, `70,412,160`, `97,5`, `97.5`,
 * `46.270.000, 00`, `Rp 1.000`, `35,00 (%)`, `-`. Ambiguous forms are decided by the
 * role of the column the value sits in (SPEC section 4).
 */
import type { CellValue } from './grid';

export type NumberRole = 'money' | 'target' | 'percent';

export type Parsed =
  | { kind: 'empty' }
  /** `-` (or `–`): "no value here" */
  | { kind: 'dash' }
  | { kind: 'number'; value: number; fromText: boolean; text?: string }
  | { kind: 'invalid'; text: string };

const EMPTY: Parsed = { kind: 'empty' };
const DASH: Parsed = { kind: 'dash' };

/** Characters that are spaces in documents converted from PDF. */
const SPACES = /[\s\u00a0\u2007\u202f]+/g;

export function parseNumber(value: CellValue, role: NumberRole): Parsed {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { kind: 'invalid', text: String(value) };
    return { kind: 'number', value, fromText: false };
  }
  if (typeof value === 'boolean') return { kind: 'invalid', text: String(value) };
  const raw = String(value);
  const trimmed = raw.trim();
  if (trimmed === '') return EMPTY;
  if (/^[-–—]+$/.test(trimmed)) return DASH;
  const v = parseText(trimmed, role);
  if (v === null || !Number.isFinite(v)) return { kind: 'invalid', text: raw };
  return { kind: 'number', value: v, fromText: true, text: raw };
}

function parseText(input: string, role: NumberRole): number | null {
  let s = input.replace(SPACES, ' ').trim();
  // spaces next to separators and signs come from PDF conversion: `46.270.000, 00`
  s = s.replace(/\s*([.,%()+\-−])\s*/g, '$1').replace(/^(rp\.?|idr)\s*/i, '$1');
  // `Rp 70.412.160,-` and `70.412.160,--`: a dash for "no cents"
  s = s.replace(/[.,][-–]{1,2}$/, '');
  if (/\d\s+\d/.test(s)) {
    // `1 000 000` groups thousands with spaces; any other space between digits is not a number
    if (!/^[^\d]*\d{1,3}( \d{3})+([.,]\d+)?[^\d]*$/.test(s)) return null;
  }
  s = s.replace(/\s+/g, '');
  // currency and percent decorations
  s = s.replace(/^(rp\.?|idr)/i, '');
  s = s.replace(/\(%\)$/, '').replace(/%$/, '');
  let sign = 1;
  if (/^\(.*\)$/.test(s)) {
    sign = -1;
    s = s.slice(1, -1);
  }
  if (s.startsWith('-') || s.startsWith('−')) {
    sign = -sign;
    s = s.slice(1);
  } else if (s.startsWith('+')) {
    s = s.slice(1);
  }
  s = s.replace(/^(rp\.?|idr)/i, '');
  if (!/^[0-9.,]+$/.test(s) || !/[0-9]/.test(s)) return null;
  if (/^[.,]|[.,]$/.test(s)) return null;
  const v = role === 'money' ? parseMoney(s) : parseDecimal(s);
  return v === null ? null : sign * v;
}

/**
 * Money: a `.` or `,` followed by exactly three digits groups thousands; a final separator
 * followed by one or two digits is the decimal separator.
 */
function parseMoney(s: string): number | null {
  const seps = [...s.matchAll(/[.,]/g)];
  if (seps.length === 0) return Number(s);
  const last = seps[seps.length - 1]!;
  const tail = s.slice(last.index! + 1);
  let intPart = s;
  let frac = '';
  if (tail.length === 1 || tail.length === 2) {
    intPart = s.slice(0, last.index);
    frac = tail;
  } else if (tail.length !== 3) {
    return null;
  }
  if (!checkGroups(intPart)) return null;
  const digits = intPart.replace(/[.,]/g, '');
  return Number(frac ? `${digits}.${frac}` : digits);
}

/** Targets and percentages: a single `.` or `,` is the decimal separator. */
function parseDecimal(s: string): number | null {
  const seps = [...s.matchAll(/[.,]/g)];
  if (seps.length === 0) return Number(s);
  if (seps.length === 1) return Number(s.replace(',', '.'));
  // several separators: groups of thousands, maybe with a decimal separator at the end
  const last = seps[seps.length - 1]!;
  const lastChar = last[0];
  const others = seps.slice(0, -1).map((m) => m[0]);
  if (others.every((c) => c === lastChar)) {
    // `1.234.567`: all grouping
    if (!checkGroups(s)) return null;
    return Number(s.replace(/[.,]/g, ''));
  }
  if (others.some((c) => c === lastChar)) return null;
  const intPart = s.slice(0, last.index);
  if (!checkGroups(intPart)) return null;
  return Number(`${intPart.replace(/[.,]/g, '')}.${s.slice(last.index! + 1)}`);
}

/** `1.234.567` or `1,234,567`: one separator kind, groups of three after the first. */
function checkGroups(s: string): boolean {
  if (!/[.,]/.test(s)) return /^\d+$/.test(s);
  const sepChar = /[.,]/.exec(s)![0];
  const parts = s.split(sepChar);
  if (parts.some((p) => /[.,]/.test(p))) return false;
  const [first, ...rest] = parts;
  if (!first || first.length > 3 || !/^\d+$/.test(first)) return false;
  return rest.every((p) => /^\d{3}$/.test(p));
}

/**
 * An amount as money rules compare it: rounded to 6 decimals, so float noise from formulas
 * (`=M57*55%` → 27720000.000000004) is not a fraction of a Rupiah (SPEC section 5).
 */
export function moneyValue(v: number): number {
  if (Number.isInteger(v)) return v;
  const r = Math.round(v * 1e6) / 1e6;
  return Number.isFinite(r) ? r : v;
}

/** Whole Rupiah: no fraction once float noise is rounded away (compared exactly). */
export function isWholeRupiah(v: number): boolean {
  return Number.isInteger(v) || Number.isInteger(moneyValue(v));
}

/** Round half away from zero to `digits` decimals (output only). */
export function round2(x: number, digits = 2): number {
  const f = 10 ** digits;
  const y = Math.abs(x) * f;
  // correct binary noise such as 1.005 * 100 = 100.49999999999999
  const r = Math.round(Number(y.toPrecision(15)));
  const out = (Math.sign(x) * r) / f;
  return out === 0 ? 0 : out;
}

/** Two numbers read from cells are the same when they differ by less than this (floating-point noise, not a value). */
export const EPS = 1e-9;

/** Two Rupiah sums agree when they differ by less than half a Rupiah (amounts are whole Rupiah). */
export const RUPIAH_TOLERANCE = 0.5;
