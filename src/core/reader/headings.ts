/**
 * Layout D: the heading line of a detail table repeats a summary indicator (checked by T07, not an indicator of its own).
 */
import { norm, runningNumber, splitNumbered } from '../grid/text';
import { hasMainNumbers, indicatorText, isBlankRow, nextIsDetailHeader, numbersAbove, text } from './cells';
import { isTotalLabel, type MainMap } from './headers';
import { isBlankValue } from '../grid/grid';
import { onIndicator } from './rows';
import type { ReadContext } from './context';
import type { Reading } from './state';
import { readIndicatorCells } from './values';
import { type CellNumber, NO_NUMBER } from './model';

/**
 * The text of a Layout D detail heading: the indicator column, or (when the heading is a
 * title across the table, `Indikator 2: Persentase ...`) the first text in the row.
 */
export function headingText(cx: ReadContext, r: number, main: MainMap): string {
  const t = indicatorText(cx, r, main);
  if (t) return t;
  const row = cx.grid.values[r] ?? [];
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v !== 'string' || !/[A-Za-z]/.test(v) || isTotalLabel(v)) continue;
    return v
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^(rincian( anggaran)?|detail|indikator( kinerja)?)\s*(?=\d|:)/i, '')
      .replace(/^(\d{1,3})\s*:\s*/, '$1 - ');
  }
  return '';
}

/**
 * The last row of a Layout D heading line starting at row r: r itself when the detail header
 * follows it, or the last of the one or two rows its text wraps onto (the numbers on any of
 * them) when the detail header follows those. Null when no detail header follows.
 */
export function headingEnd(cx: ReadContext, r: number, main: MainMap): number | null {
  if (nextIsDetailHeader(cx, r)) return r;
  for (let e = r + 1; e <= r + 2 && e < cx.height; e++) {
    if (cx.headers.has(e) || !wrapsHeading(cx, e, main)) return null;
    if (nextIsDetailHeader(cx, e)) return e;
  }
  return null;
}

/**
 * A row a heading's text wraps onto: more of the indicator's text in its column (no number of
 * its own, no `No.`), nothing left of it, and right of it only the heading's own cells
 * (targets, anggaran, extra columns). A detail line's wrapped texts start in the Unit column
 * (the indicator's) too, but come under a line, not a heading (`continuesLineText`).
 */
function wrapsHeading(cx: ReadContext, e: number, main: MainMap): boolean {
  if (isBlankRow(cx, e)) return false;
  const t = indicatorText(cx, e, main);
  if (!t || splitNumbered(t).no !== null || /^indikator\b/i.test(t)) return false;
  const row = cx.grid.values[e] ?? [];
  for (let c = 0; c < main.indikator; c++) if (!isBlankValue(row[c] ?? null)) return false;
  return true;
}

export function onHeading(st: Reading, r: number, main: MainMap, end = r): void {
  const { cx, model, at } = st;
  // a wrapped heading: its text over rows r..end, its numbers on one of them
  const wrapped = Array.from({ length: end - r }, (_, k) => r + 1 + k);
  const split = splitNumbered([headingText(cx, r, main), ...wrapped.map((k) => indicatorText(cx, k, main))].join(' ').trim());
  const no = split.no ?? (main.no !== null ? runningNumber(text(cx, r, main.no)) : null);
  const named = model.indikatorNamed(norm(split.name));
  // by number, else by name, else the next summary indicator without a heading (in order)
  const target =
    (no ? model.indikatorWithNo(no).find((i) => !i.heading) : undefined) ??
    (named && !named.heading ? named : undefined) ??
    model.nextWithoutHeading();
  if (!target) {
    // a detail table for an indicator the summary lacks: read it as an indicator
    onIndicator(st, r, main);
    at.lastKind = 'heading';
    return;
  }
  const numbers = [r, ...wrapped].find((k) => hasMainNumbers(cx, k, main)) ?? (numbersAbove(cx, r, main) ? r - 1 : r);
  const cells = readIndicatorCells(st, numbers, main);
  model.setHeading(target, { row: r + 1, targets: cells.targets, anggaran: cells.anggaran });
  at.lastInd = target;
  at.last = { kind: 'ind', ind: target, map: main };
  at.continuationOk = false;
  at.lastKind = 'heading';
  at.skipTo = end;
}

/** A detail table with no heading line: it belongs to the next summary indicator in order. */
export function onHeadinglessDetail(st: Reading, row: number): void {
  const target = st.model.nextWithoutHeading();
  if (!target) return;
  st.model.setHeading(target, { row: row + 1, targets: Array<CellNumber>(12).fill(NO_NUMBER), anggaran: NO_NUMBER });
  st.at.lastInd = target;
}
