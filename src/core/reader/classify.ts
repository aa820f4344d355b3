/**
 * Which table does this row belong to: every row of the sheet is classified here (header, indicator, sasaran, budget line, total, continuation, or not readable), by its shape and the nearest header above it.
 */
import { finding } from '../rules/findings';
import { a1 } from '../grid/grid';

import { norm, runningNumber, splitNumbered } from '../grid/text';
import {
  firstFilled,
  indicatorText,
  isBlankRow,
  isBudgetTextColumn,
  isColumnNumbering,
  isPageNumber,
  looksLikeCode,
  nextIsDetailHeader,
  numericAt,
  rowHasNumbers,
  text,
} from './cells';
import { type BudgetMap, type HeaderMap, type MainMap, totalLabelAt } from './headers';
import { headingText, onHeading, onHeadinglessDetail } from './headings';
import { onContinuation, onIndicator, onLine, onSasaranOnly } from './rows';
import { ReaderState } from './state';
import { onOtherTotal, onTotal } from './totals';

// ---------------------------------------------------------------- headers
export function onHeader(st: ReaderState, h: HeaderMap): void {
  if (h.kind === 'main') {
    reportSkipped(st, h);
    st.main = h;
    // the main (Layout D: summary) header repeated at a page break inside a budget table does
    // not end that table: the rows after it are read by their shape (see `continuesLines`)
    if (st.sub && st.ctx === 'sub' && (st.lastKind === 'line' || st.subOpen)) {
      st.closed = false;
      st.afterTotal = false;
      return;
    }
    st.ctx = 'main';
    st.closed = false;
    st.afterTotal = false;
  } else if (h.kind !== 'realisasi') {
    if (h.kind === 'detail' && st.lastKind !== 'heading' && st.lastKind !== 'line') onHeadinglessDetail(st, h.r1);
    st.sub = h;
    st.ctx = 'sub';
    st.subOpen = true;
    st.afterTotal = false;
  }
}

/** S05: header labels no column takes, each reported once (page repeats say nothing new). */
export function reportSkipped(st: ReaderState, h: MainMap): void {
  for (const sk of h.skipped) {
    const key = `${sk.c}|${norm(sk.text)}`;
    if (st.skippedSeen.has(key)) continue;
    st.skippedSeen.add(key);
    st.findings.push(finding('S05', st.grid.name, [a1({ r: sk.r, c: sk.c })], { kind: 'header', text: sk.text }));
  }
}

/**
 * A row that carries on the detail table above it: its running number follows the last
 * line's and it has the line shape (texts in the detail table's text columns, amounts in its
 * amount columns). Such a row is a line even where the indicator column has text.
 */
export function continuesLines(st: ReaderState, r: number): boolean {
  const m = st.sub;
  const last = st.last;
  if (st.ctx !== 'sub' || !m || m.kind !== 'detail' || st.lastKind !== 'line' || !last || last.kind !== 'line') return false;
  const no = runningNumber(text(st, r, m.no));
  const prev = Number(last.line.no);
  if (no === null || !Number.isInteger(prev) || Number(no) !== prev + 1) return false;
  return m.amountCols.some((c) => numericAt(st, r, c, 'money')) && m.textCols.some((c) => /[A-Za-z0-9]/.test(text(st, r, c)));
}

// ---------------------------------------------------------------- rows
export function onRow(st: ReaderState, r: number): void {
  const row = st.grid.values[r];
  if (!row || isBlankRow(st, r)) {
    st.continuationOk = false;
    return;
  }
  if (st.closed) return;
  st.subOpen = false;
  const main = st.main;
  if (!main) return;
  if (isColumnNumbering(st, r)) return;
  // a page number alone on its row (PDF conversions) is neither a line nor an indicator
  if (isPageNumber(st, r)) return;
  if (continuesLines(st, r)) {
    onLine(st, r, st.sub!);
    return;
  }

  const isInd = isIndicatorRow(st, r, main);
  const totalCol = isInd ? null : totalLabelAt(st.grid, r, st.width);
  if (totalCol !== null) {
    onTotal(st, r, totalCol);
    return;
  }
  // a detail line just before a header repeated at a page break is a line, not a heading
  const inTable = (): boolean =>
    (st.lastKind === 'line' || st.lastKind === 'heading') && st.ctx === 'sub' && st.sub?.kind === 'detail' && isLineRow(st, r, st.sub);
  const heading = st.layout === 'D' && nextIsDetailHeader(st, r) && !inTable() && !!headingText(st, r, main);
  if (st.afterTotal && !isInd && !heading) return;
  st.afterTotal = false;
  if (heading) {
    onHeading(st, r, main);
    return;
  }
  if (isInd) {
    onIndicator(st, r, main);
    return;
  }
  if (isSasaranOnlyRow(st, r, main)) {
    onSasaranOnly(st, r, main);
    return;
  }
  if (st.ctx === 'sub' && st.sub && isLineRow(st, r, st.sub)) {
    onLine(st, r, st.sub);
    return;
  }
  if (onOtherTotal(st, r)) return;
  if (!rowHasNumbers(st, r)) {
    if (st.continuationOk) onContinuation(st, r);
    return;
  }
  st.findings.push(finding('S02', st.grid.name, [a1(firstFilled(st, r))], { row: r + 1, kind: 'row' }));
  st.continuationOk = false;
}

export function isIndicatorRow(st: ReaderState, r: number, main: MainMap): boolean {
  const t = indicatorText(st, r, main);
  if (!t) return false;
  const split = splitNumbered(t);
  if (split.no !== null) {
    // under a budget list the same column may hold line texts (`1. DR.3165.QIA.005 - ...`)
    return !(
      st.ctx === 'sub' &&
      st.sub &&
      isBudgetTextColumn(st, main.indikator) &&
      (looksLikeCode(st, split.name) || looksLikeCode(st, t))
    );
  }
  if (st.ctx === 'sub' && st.sub && isBudgetTextColumn(st, main.indikator)) return false;
  // unnumbered indicator text needs a number in a target or anggaran column: a text-only row
  // (even with sasaran text beside it) is the wrapped continuation of the row above
  if (st.layout === 'D' && main.no !== null && runningNumber(text(st, r, main.no))) return true;
  for (const c of main.months.values()) if (numericAt(st, r, c, 'target')) return true;
  if (main.anggaran !== null && numericAt(st, r, main.anggaran, 'money')) return true;
  return false;
}

export function isSasaranOnlyRow(st: ReaderState, r: number, main: MainMap): boolean {
  if (main.sasaran === null) return false;
  const t = text(st, r, main.sasaran);
  return !!t && splitNumbered(t).no !== null && !rowHasNumbers(st, r) && !(st.ctx === 'sub' && isBudgetTextColumn(st, main.sasaran));
}

// ---------------------------------------------------------------- budget lines
export function isLineRow(st: ReaderState, r: number, m: BudgetMap): boolean {
  const noText = text(st, r, m.no);
  const hasNo = m.no !== null && !m.noInRo && runningNumber(noText) !== null;
  const hasNoInRo = m.noInRo && /^\s*\d{1,3}\s*[.)]\s*\S/.test(noText);
  const hasText = m.textCols.some((c) => /[A-Za-z0-9]/.test(text(st, r, c)));
  const hasAmount = m.amountCols.some((c) => numericAt(st, r, c, 'money'));
  if (m.kind === 'list' && !hasAmount && hasText && !hasNo) return rowHasNumbers(st, r);
  return hasNo || hasNoInRo || (hasText && hasAmount);
}
