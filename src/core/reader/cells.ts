/**
 * What a row holds, cell by cell: texts, numbers, blank rows, page numbers, column numbering.
 */
import { cellAt, type CellValue, isBlankValue, type Ref } from '../grid/grid';
import { mergedFrom } from '../grid/merges';
import { type NumberRole, parseNumber } from '../grid/numbers';
import { runningNumber, splitNumbered } from '../grid/text';
import type { ReadContext } from './context';
import { type BudgetMap, isTotalLabel, type MainMap } from './headers';

/** The column-numbering row many government tables put under the header: `(1) (2) (3) ...` or `1 2 3 ...`. */
export function isColumnNumbering(cx: ReadContext, r: number): boolean {
  const row = cx.grid.values[r] ?? [];
  let expect = 0;
  let count = 0;
  for (const v of row) {
    if (isBlankValue(v ?? null)) continue;
    const n =
      typeof v === 'number' ? v : typeof v === 'string' && /^\s*\(?\s*\d{1,2}\s*\)?\s*$/.test(v) ? Number(v.replace(/[^\d]/g, '')) : NaN;
    if (!Number.isInteger(n)) return false;
    if (count === 0) expect = n;
    if (n !== expect) return false;
    expect++;
    count++;
  }
  return count >= 3;
}

/** A page number left by a PDF conversion: one small number (or `Halaman 2 dari 5`) alone on its row. */
export function isPageNumber(cx: ReadContext, r: number): boolean {
  // runs on every row: find the single filled cell without allocating
  const row = cx.grid.values[r] ?? [];
  let v: CellValue = null;
  for (const x of row) {
    if (isBlankValue(x ?? null)) continue;
    if (v !== null) return false;
    v = x;
  }
  if (typeof v === 'number') return Number.isInteger(v) && v > 0 && v < 1000;
  return typeof v === 'string' && /^\s*(-\s*)?((halaman|hal\.?|page)\s*)?\d{1,3}(\s*(dari|of|\/)\s*\d{1,3})?(\s*-)?\s*$/i.test(v);
}

/**
 * Is the next header below row r a Layout D detail header, with only blank rows (up to two)
 * and page-break repeats of the main header between?
 */
export function nextIsDetailHeader(cx: ReadContext, r: number): boolean {
  let blanks = 0;
  for (let k = r + 1; k < cx.height; k++) {
    const h = cx.headers.get(k);
    if (h?.kind === 'main') {
      k = h.r2;
      continue;
    }
    if (h) return h.kind === 'detail';
    if (!isBlankRow(cx, k) || ++blanks > 2) return false;
  }
  return false;
}

export function isBlankRow(cx: ReadContext, r: number): boolean {
  const row = cx.grid.values[r];
  if (!row) return true;
  for (let c = 0; c < row.length; c++) if (!isBlankValue(row[c] ?? null)) return false;
  return true;
}

export function firstFilled(cx: ReadContext, r: number): Ref {
  const row = cx.grid.values[r] ?? [];
  for (let c = 0; c < row.length; c++) if (!isBlankValue(row[c] ?? null)) return { r, c };
  return { r, c: 0 };
}

export function text(cx: ReadContext, r: number, c: number | null): string {
  if (c === null) return '';
  const v = cellAt(cx.grid, r, c);
  if (typeof v === 'string') return /\s\s|[\t\n\r\u00a0]/.test(v) ? v.replace(/\s+/g, ' ').trim() : v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return '';
}

/**
 * The text of a budget line's cell; an empty cell merged down from a line above (below the
 * sub-table's header row `below`, in the same column) reads as that line's text: an RO or
 * Komponen merged down a sub-table is the RO of each of its lines (SPEC section 4).
 */
export function lineText(cx: ReadContext, r: number, c: number | null, below: number): string {
  const own = text(cx, r, c);
  if (own || c === null) return own;
  const from = mergedFrom(cx.grid, r, c);
  return from && from.c === c && from.r > below ? text(cx, from.r, from.c) : '';
}

export function rowHasNumbers(cx: ReadContext, r: number, except = -1): boolean {
  const row = cx.grid.values[r] ?? [];
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (c === except) continue;
    if (typeof v === 'number') return true;
    if (typeof v === 'string' && v.length < 40) {
      const p = parseNumber(v, 'money');
      if (p.kind === 'number') return true;
    }
  }
  return false;
}

/** Indicator text: not a running number, not a budget code, has letters. */
export function indicatorText(cx: ReadContext, r: number, main: MainMap): string {
  const t = text(cx, r, main.indikator);
  if (!t || runningNumber(t) !== null || !/[A-Za-z]/.test(t) || isTotalLabel(t)) return '';
  return t;
}

/**
 * The number an indicator row gives itself: `01 - …` in its text (`1.2 …`: its sasaran's too),
 * Layout D's in its `No.` beside the text. Null for none, and for a budget code (`1. DR.3165…`).
 */
export function indikatorNumber(cx: ReadContext, r: number, main: MainMap): { no: string | null; parent?: string } {
  const t = indicatorText(cx, r, main);
  if (cx.layout === 'D' && main.no !== null) return { no: t ? runningNumber(text(cx, r, main.no)) : null };
  const split = splitNumbered(t);
  if (split.no === null || looksLikeCode(t) || looksLikeCode(split.name)) return { no: null };
  return { no: split.no, ...(split.parent ? { parent: split.parent } : {}) };
}

export function looksLikeCode(t: string): boolean {
  return /^[A-Z]{2}\.\d{4}\./.test(t.trim());
}

/** Is column c one of the budget sub-table's text columns (RO, komponen, ...)? */
export function isBudgetTextColumn(sub: BudgetMap | null, c: number): boolean {
  return sub !== null && sub.textCols.includes(c);
}

export function numericAt(cx: ReadContext, r: number, c: number, role: NumberRole): boolean {
  const v = cellAt(cx.grid, r, c);
  if (typeof v === 'number') return Number.isFinite(v);
  return v !== null && parseNumber(v, role).kind === 'number';
}

export function lastNumberCol(cx: ReadContext, r: number): number | null {
  const row = cx.grid.values[r] ?? [];
  for (let c = row.length - 1; c >= 0; c--) {
    const v = row[c] ?? null;
    if (typeof v === 'number' || (typeof v === 'string' && parseNumber(v, 'money').kind === 'number')) return c;
  }
  return null;
}

/** The amount of a Total row: the first number right of the label, else the nearest left. */
export function amountNear(cx: ReadContext, r: number, labelCol: number): number | null {
  const row = cx.grid.values[r] ?? [];
  const isNum = (c: number): boolean => {
    const p = parseNumber(row[c] ?? null, 'money');
    return p.kind === 'number' || (p.kind === 'invalid' && /\d/.test(p.text));
  };
  for (let c = labelCol + 1; c < row.length; c++) if (isNum(c)) return c;
  for (let c = labelCol - 1; c >= 0; c--) if (isNum(c)) return c;
  return null;
}

/** Row r holds only numbers (or `-`), at least one, all in the target and ANGGARAN columns of the map. */
function numbersOnly(cx: ReadContext, r: number, main: MainMap): boolean {
  const row = cx.grid.values[r] ?? [];
  let any = false;
  for (let c = 0; c < row.length; c++) {
    const v = row[c] ?? null;
    if (isBlankValue(v)) continue;
    const anggaran = c === main.anggaran;
    if (!anggaran && ![...main.months.values()].includes(c)) return false;
    if (typeof v === 'string' && /^\s*-\s*$/.test(v)) continue;
    if (!numericAt(cx, r, c, anggaran ? 'money' : 'target')) return false;
    any = true;
  }
  return any;
}

/** Does row r have a number in a target or the ANGGARAN column of the map? */
export function hasMainNumbers(cx: ReadContext, r: number, main: MainMap): boolean {
  for (const c of main.months.values()) if (numericAt(cx, r, c, 'target')) return true;
  return main.anggaran !== null && numericAt(cx, r, main.anggaran, 'money');
}

/**
 * An indicator row whose numbers a PDF conversion put on the row above its text (the cells
 * were centred vertically): row r has the indicator text and no number in the target or
 * ANGGARAN columns, the row above has those numbers and nothing else. The two are one row.
 */
export function numbersAbove(cx: ReadContext, r: number, main: MainMap): boolean {
  return (
    r > 0 &&
    !!indicatorText(cx, r, main) &&
    !hasMainNumbers(cx, r, main) &&
    !inHeader(cx, r) &&
    !inHeader(cx, r - 1) &&
    numbersOnly(cx, r - 1, main)
  );
}

/** Row r is one of a header's rows (months typed as dates under TARGET are numbers only, and not an indicator's). */
function inHeader(cx: ReadContext, r: number): boolean {
  for (let k = 0; k <= 2; k++) {
    const h = cx.headers.get(r - k);
    if (h && h.r2 >= r) return true;
  }
  return false;
}
