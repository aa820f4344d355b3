/**
 * What the reader knows before it walks the rows, and never changes after: the grid, its
 * size, every header the pre-pass found (row → column map) and the layout they make.
 */
import { type Grid, gridWidth } from '../grid/grid';
import type { Layout } from './model';
import { runningNumber, splitNumbered } from '../grid/text';
import { indikatorNumber, indicatorText, numericAt, rowHasNumbers, text } from './cells';
import { type HeaderMap, type MainMap, headerAt } from './headers';

export class ReadContext {
  readonly name: string;
  readonly width: number;
  /** Layout R: the `NO` column numbers the sasaran, not the indicators (see `noNumbersSasaran`) */
  readonly noNumbersSasaran: boolean;

  constructor(
    readonly grid: Grid,
    /** 0-based row of each header's first row → its column map */
    readonly headers: ReadonlyMap<number, HeaderMap>,
    readonly layout: Layout,
    /** the first main header (the table's own; later ones repeat it at page breaks) */
    readonly firstMain: MainMap,
    width: number,
  ) {
    this.name = grid.name;
    this.width = width;
    this.noNumbersSasaran = noNumbersSasaran(this);
  }

  get height(): number {
    return this.grid.values.length;
  }

  private firstRowNumbers: boolean | null = null;
  /** the sheet's wrapped indicator names keep their numbers on their first row (`wrapsUnderNumbers`) */
  get numbersOnFirstRow(): boolean {
    this.firstRowNumbers ??= wrapsUnderNumbers(this);
    return this.firstRowNumbers;
  }
}

export type HeaderScan = { kind: 'realisasi' } | { kind: 'none' } | { kind: 'rapk'; context: ReadContext };

/**
 * The pre-pass: every header of the sheet, by its words. A Realisasi header makes the sheet
 * the add-in's own; no main header, no RAPK table. The layout: detail tables make D, budget
 * sub-tables K, budget lists (RO/KODE) R.
 */
export function scanHeaders(grid: Grid): HeaderScan {
  const width = Math.min(gridWidth(grid), 16384);
  const headers = new Map<number, HeaderMap>();
  let firstMain: MainMap | null = null;
  let anyDetail = false;
  let anyBudget = false;
  let anyList = false;
  for (let r = 0; r < grid.values.length; r++) {
    const h = headerAt(grid, r, width);
    if (!h) continue;
    if (h.kind === 'realisasi') return { kind: 'realisasi' };
    headers.set(r, h);
    if (h.kind === 'main') {
      if (!firstMain) firstMain = h;
      r = h.r2;
    } else if (h.kind === 'detail') anyDetail = true;
    else if (h.kind === 'budget') anyBudget = true;
    else anyList = true;
  }
  if (!firstMain) return { kind: 'none' };
  const layout: Layout = anyDetail ? 'D' : anyBudget ? 'K' : anyList ? 'R' : 'K';
  return { kind: 'rapk', context: new ReadContext(grid, headers, layout, firstMain, width) };
}

/**
 * Does the `NO` column number the sasaran (Layout R, SPEC section 4)? Only where the table has
 * no sasaran column and the indicators carry numbers of their own (`01 - ...`): then a NO
 * number that differs from the indicator's on a row where the indicator numbering starts
 * again (`2.` beside `01 - ...` after `03 - ...`) numbers a sasaran. A NO column that repeats
 * the indicator numbers, or a Layout D summary (its sasaran is implicit), does not.
 */
function noNumbersSasaran(cx: ReadContext): boolean {
  const main = cx.firstMain;
  if (cx.layout === 'D' || main.sasaran !== null || main.no === null) return false;
  let prev = 0;
  for (let r = main.r2 + 1; r < cx.height; r++) {
    const h = cx.headers.get(r);
    if (h) {
      r = h.r2;
      continue;
    }
    const split = splitNumbered(indicatorText(cx, r, main));
    if (split.no === null || split.parent) continue;
    const ind = Number(split.no);
    const no = runningNumber(text(cx, r, main.no));
    if (no !== null && Number(no) !== ind && ind <= prev) return true;
    prev = ind;
  }
  return false;
}

/**
 * Does the sheet wrap an indicator's name under the row of its numbers: a numbered indicator
 * with numbers on its row, its name going on in the row below (unnumbered text, no number but
 * NO filled down)? Then the sheet does not centre numbers in a wrapped name
 * (a table is laid out one way throughout).
 */
function wrapsUnderNumbers(cx: ReadContext): boolean {
  const main = cx.firstMain;
  const no = main.no ?? -1;
  const numbers = (r: number): boolean =>
    [...main.months.values()].some((c) => numericAt(cx, r, c, 'target')) ||
    (main.anggaran !== null && numericAt(cx, r, main.anggaran, 'money'));
  for (let r = main.r2 + 1; r + 1 < cx.height; r++) {
    const h = cx.headers.get(r);
    // Layout D: its summary only (a detail line's texts wrap under its amounts)
    if (h && cx.layout === 'D' && h.kind !== 'main') break;
    if (h) {
      r = h.r2;
      continue;
    }
    if (cx.headers.has(r + 1) || indikatorNumber(cx, r, main).no === null || !numbers(r)) continue;
    const below = indicatorText(cx, r + 1, main);
    if (below && splitNumbered(below).no === null && indikatorNumber(cx, r + 1, main).no === null && !rowHasNumbers(cx, r + 1, no))
      return true;
  }
  return false;
}
