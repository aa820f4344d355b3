/**
 * Which table does this row belong to: every row of the sheet is classified here (header, indicator, sasaran, budget line, total, continuation, or not readable), by its shape and the nearest header above it.
 */
import { a1, isBlankValue } from '../grid/grid';
import { norm, runningNumber, splitNumbered } from '../grid/text';
import {
  firstFilled,
  indicatorText,
  isBlankRow,
  isBudgetTextColumn,
  isColumnNumbering,
  isPageNumber,
  looksLikeCode,
  numbersAbove,
  numericAt,
  rowHasNumbers,
  text,
} from './cells';
import type { ReadContext } from './context';
import { type BudgetMap, type HeaderMap, type MainMap, isTotalLabel, totalLabelAt } from './headers';
import { headingEnd, headingText, onHeading, onHeadinglessDetail } from './headings';
import { mainMapFor } from './repeats';
import { completesWrappedIndicator, filledNo, onContinuation, onIndicator, onLine, onSasaranOnly } from './rows';
import type { Reading } from './state';
import { onOtherTotal, onTotal } from './totals';
import { looksLikeUnknownHeader } from './unreadBudget';

// ---------------------------------------------------------------- headers
export function onHeader(st: Reading, h: HeaderMap): void {
  const at = st.at;
  if (h.kind === 'main') {
    reportSkipped(st, h);
    at.main = mainMapFor(st.cx, h);
    // the main (Layout D: summary) header repeated at a page break inside a budget table does
    // not end that table: the rows after it are read by their shape (see `continuesLines`)
    if (at.sub && at.table === 'sub' && (at.lastKind === 'line' || at.subOpen)) {
      at.closed = false;
      at.afterTotal = false;
      return;
    }
    at.table = 'main';
    at.closed = false;
    at.afterTotal = false;
  } else if (h.kind !== 'realisasi') {
    if (h.kind === 'detail' && at.lastKind !== 'heading' && at.lastKind !== 'line') onHeadinglessDetail(st, h.r1);
    at.sub = h;
    at.table = 'sub';
    at.subOpen = true;
    at.afterTotal = false;
  }
}

/** S05: header labels no column takes, each reported once (page repeats say nothing new). */
export function reportSkipped(st: Reading, h: MainMap): void {
  for (const sk of h.skipped) {
    if (!st.model.firstTime(`${sk.c}|${norm(sk.text)}`)) continue;
    st.model.report('S05', [a1({ r: sk.r, c: sk.c })], { kind: 'header', text: sk.text });
  }
}

/**
 * A row that carries on the detail table above it: its running number follows the last
 * line's and it has the line shape (texts in the detail table's text columns, amounts in its
 * amount columns). Such a row is a line even where the indicator column has text.
 */
export function continuesLines(st: Reading, r: number): boolean {
  const { cx, at } = st;
  const m = at.sub;
  const last = at.last;
  if (at.table !== 'sub' || !m || m.kind !== 'detail' || at.lastKind !== 'line' || !last || last.kind !== 'line') return false;
  const no = runningNumber(text(cx, r, m.no));
  const prev = Number(last.line.no);
  if (no === null || !Number.isInteger(prev) || Number(no) !== prev + 1) return false;
  return m.amountCols.some((c) => numericAt(cx, r, c, 'money')) && m.textCols.some((c) => /[A-Za-z0-9]/.test(text(cx, r, c)));
}

/**
 * Layout D: the rest of a line's wrapped texts on a row of its own, under the line (before a
 * header repeated at a page break too): text only, in the detail table's text columns (RO,
 * komponen, sub komponen; Unit, which shares the summary's indicator column), no number. A
 * heading is not: it names its indicator (by its number or its name, or as `Indikator ...`),
 * or starts left of the indicator column (its `No.`, a title across the table).
 */
export function continuesLineText(st: Reading, r: number, main: MainMap): boolean {
  const { cx, at } = st;
  const m = at.sub;
  if (!at.continuationOk || at.lastKind !== 'line' || !at.inDetail || !m || rowHasNumbers(cx, r)) return false;
  const row = cx.grid.values[r] ?? [];
  let any = false;
  for (let c = 0; c < row.length; c++) {
    const v = row[c] ?? null;
    if (isBlankValue(v)) continue;
    if (typeof v !== 'string' || c < main.indikator || c === m.no || !m.textCols.includes(c) || isTotalLabel(v)) return false;
    if (c === main.indikator && namesIndikator(st, v)) return false;
    any = true;
  }
  return any;
}

/** A text that names a summary indicator: numbered (`2 - ...`, `Indikator 2: ...`), or by its name. */
function namesIndikator(st: Reading, v: string): boolean {
  const t = v.replace(/\s+/g, ' ').trim();
  return /^indikator\b/i.test(t) || splitNumbered(t).no !== null || st.model.indikatorNamed(norm(t)) !== undefined;
}

// ---------------------------------------------------------------- rows
export function onRow(st: Reading, r: number): void {
  const { cx, at } = st;
  const row = cx.grid.values[r];
  if (!row || isBlankRow(cx, r)) {
    at.continuationOk = false;
    return;
  }
  if (at.closed || r <= at.skipTo) return;
  at.subOpen = false;
  const main = at.main;
  if (!main) return;
  if (isColumnNumbering(cx, r)) return;
  // a page number alone on its row (PDF conversions) is neither a line nor an indicator
  if (isPageNumber(cx, r)) return;
  if (continuesLines(st, r)) {
    onLine(st, r, at.sub!);
    return;
  }

  const isInd = isIndicatorRow(st, r, main);
  const totalCol = isInd ? null : totalLabelAt(cx.grid, r, cx.width);
  if (totalCol !== null) {
    onTotal(st, r, totalCol);
    return;
  }
  // a detail line just before a header repeated at a page break is a line, not a heading
  const inTable = (): boolean => (at.lastKind === 'line' || at.lastKind === 'heading') && at.inDetail && isLineRow(cx, r, at.sub!);
  const end = cx.layout === 'D' ? headingEnd(cx, r, main) : null;
  const heading = end !== null && !inTable() && !continuesLineText(st, r, main) && !!headingText(cx, r, main);
  if (at.afterTotal && !isInd && !heading) return;
  at.afterTotal = false;
  if (heading) {
    onHeading(st, r, main, end!);
    return;
  }
  if (isInd) {
    if (completesWrappedIndicator(st, r, main)) return;
    onIndicator(st, r, main);
    return;
  }
  if (isSasaranOnlyRow(st, r, main)) {
    onSasaranOnly(st, r, main);
    return;
  }
  if (at.table === 'sub' && at.sub && isLineRow(cx, r, at.sub)) {
    onLine(st, r, at.sub);
    return;
  }
  if (onOtherTotal(st, r)) return;
  // the numbers of the indicator (or heading) row below, put above its text by a conversion
  if (numbersAbove(cx, r + 1, main)) return;
  if (!rowHasNumbers(cx, r, filledNo(st, r, main))) {
    // an unknown table header under an indicator is not its wrapped text
    if (at.continuationOk && !looksLikeUnknownHeader(cx, r)) onContinuation(st, r);
    else at.continuationOk = false;
    return;
  }
  // the numbers of an indicator whose text is on the row above (wrapped, numbers below it)
  if (completesWrappedIndicator(st, r, main)) return;
  st.model.report('S02', [a1(firstFilled(cx, r))], { row: r + 1, kind: 'row' });
  at.continuationOk = false;
}

export function isIndicatorRow(st: Reading, r: number, main: MainMap): boolean {
  const { cx, at } = st;
  const t = indicatorText(cx, r, main);
  if (!t) return false;
  const split = splitNumbered(t);
  // under a budget list the same column may hold line texts (`1. DR.3165.QIA.005 - ...`)
  const inBudgetText = at.table === 'sub' && isBudgetTextColumn(at.sub, main.indikator);
  if (split.no !== null) return !(inBudgetText && (looksLikeCode(split.name) || looksLikeCode(t)));
  if (inBudgetText) return false;
  // unnumbered indicator text needs a number in a target or anggaran column: a text-only row
  // (even with sasaran text beside it) is the wrapped continuation of the row above
  if (cx.layout === 'D' && main.no !== null && runningNumber(text(cx, r, main.no))) return true;
  for (const c of main.months.values()) if (numericAt(cx, r, c, 'target')) return true;
  if (main.anggaran !== null && numericAt(cx, r, main.anggaran, 'money')) return true;
  return numbersAbove(cx, r, main);
}

export function isSasaranOnlyRow(st: Reading, r: number, main: MainMap): boolean {
  const { cx, at } = st;
  if (main.sasaran === null) return false;
  const t = text(cx, r, main.sasaran);
  // the current sasaran filled down (unmerged for AutoFilter) on a wrapped row is not a new one
  if (t && at.current?.cell && text(cx, at.current.cell.r, at.current.cell.c) === t) return false;
  return !!t && splitNumbered(t).no !== null && !rowHasNumbers(cx, r) && !(at.table === 'sub' && isBudgetTextColumn(at.sub, main.sasaran));
}

// ---------------------------------------------------------------- budget lines
export function isLineRow(cx: ReadContext, r: number, m: BudgetMap): boolean {
  const noText = text(cx, r, m.no);
  const hasNo = m.no !== null && !m.noInRo && runningNumber(noText) !== null;
  const hasNoInRo = m.noInRo && /^\s*\d{1,3}\s*[.)]\s*\S/.test(noText);
  const hasText = m.textCols.some((c) => /[A-Za-z0-9]/.test(text(cx, r, c)));
  const hasAmount = m.amountCols.some((c) => numericAt(cx, r, c, 'money'));
  if (m.kind === 'list' && !hasAmount && hasText && !hasNo) return rowHasNumbers(cx, r);
  return hasNo || hasNoInRo || (hasText && hasAmount);
}
