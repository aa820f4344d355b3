/**
 * Layout D: the heading line of a detail table repeats a summary indicator (checked by T07, not an indicator of its own).
 */
import { norm, runningNumber, splitNumbered } from '../grid/text';
import { indicatorText, numbersAbove, text } from './cells';
import { isTotalLabel, type MainMap } from './headers';
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

export function onHeading(st: Reading, r: number, main: MainMap): void {
  const { cx, model, at } = st;
  const split = splitNumbered(headingText(cx, r, main));
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
  const cells = readIndicatorCells(st, numbersAbove(cx, r, main) ? r - 1 : r, main);
  model.setHeading(target, { row: r + 1, targets: cells.targets, anggaran: cells.anggaran });
  at.lastInd = target;
  at.last = { kind: 'ind', ind: target, map: main };
  at.continuationOk = false;
  at.lastKind = 'heading';
}

/** A detail table with no heading line: it belongs to the next summary indicator in order. */
export function onHeadinglessDetail(st: Reading, row: number): void {
  const target = st.model.nextWithoutHeading();
  if (!target) return;
  st.model.setHeading(target, { row: row + 1, targets: Array<CellNumber>(12).fill(NO_NUMBER), anggaran: NO_NUMBER });
  st.at.lastInd = target;
}
