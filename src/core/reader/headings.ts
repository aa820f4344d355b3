/**
 * Layout D: the heading line of a detail table repeats a summary indicator (checked by T07, not an indicator of its own).
 */
import type { Indikator } from './model';
import { norm, runningNumber, splitNumbered } from '../grid/text';
import { indicatorText, text } from './cells';
import { isTotalLabel, type MainMap } from './headers';
import { onIndicator } from './rows';
import { ReaderState } from './state';
import { readIndicatorCells } from './values';

/** Layout D: the heading line of a detail table repeats a summary indicator. */
/**
 * The text of a Layout D detail heading: the indicator column, or (when the heading is a
 * title across the table, `Indikator 2: Persentase ...`) the first text in the row.
 */
export function headingText(st: ReaderState, r: number, main: MainMap): string {
  const t = indicatorText(st, r, main);
  if (t) return t;
  const row = st.grid.values[r] ?? [];
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

export function onHeading(st: ReaderState, r: number, main: MainMap): void {
  const t = headingText(st, r, main);
  const split = splitNumbered(t);
  const no = split.no ?? (main.no !== null ? runningNumber(text(st, r, main.no)) : null);
  const free = (i: Indikator | undefined): Indikator | undefined => (i && !i.heading ? i : undefined);
  // by number, else by name, else the next summary indicator without a heading (in order)
  let target = (no ? (st.byNo.get(no) ?? []).find((i) => !i.heading) : undefined) ?? free(st.byName.get(norm(split.name)));
  if (!target) {
    while (st.nextHeading < st.order.length && st.order[st.nextHeading]!.heading) st.nextHeading++;
    target = st.order[st.nextHeading];
  }
  if (!target) {
    // a detail table for an indicator the summary lacks: read it as an indicator
    onIndicator(st, r, main);
    st.lastKind = 'heading';
    return;
  }
  const cells = readIndicatorCells(st, r, main);
  target.heading = { row: r + 1, targets: cells.targets, targetCells: cells.targetCells, anggaran: cells.anggaran };
  st.lastInd = target;
  st.last = { kind: 'ind', ind: target, sasaran: st.sasaranOf.get(target)!, map: main };
  st.continuationOk = false;
  st.lastKind = 'heading';
}

/** A detail table with no heading line: it belongs to the next summary indicator in order. */
export function onHeadinglessDetail(st: ReaderState, row: number): void {
  while (st.nextHeading < st.order.length && st.order[st.nextHeading]!.heading) st.nextHeading++;
  const target = st.order[st.nextHeading];
  if (!target) return;
  const none = Array<null>(12).fill(null);
  target.heading = { row: row + 1, targets: [...none], targetCells: [...none], anggaran: { value: null, cell: null } };
  st.lastInd = target;
}
