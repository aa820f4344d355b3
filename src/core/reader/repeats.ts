/**
 * A main header repeated at a page break. A PDF conversion may put its labels a column off
 * (seed 004 repeats `ANGGARAN` over the B12 column and `B12` over the amounts) while the rows
 * under it keep the table's columns: the table does not change columns at a page break unless
 * its rows do too. The rows decide.
 */
import { cellAt } from '../grid/grid';
import { parseNumber } from '../grid/numbers';
import type { ReadContext } from './context';
import type { MainMap } from './headers';

/** a number no target reaches: an amount (Rupiah) */
const AMOUNT_SIZED = 100_000;

/**
 * The labels of the first header (a page repeat), some in other columns or lost (a month
 * label the conversion dropped): no label the first header lacks.
 */
function movedRepeat(inForce: MainMap, h: MainMap): boolean {
  const same = (a: number | null, b: number | null): boolean => (a === null) === (b === null);
  if (!same(inForce.no, h.no) || !same(inForce.sasaran, h.sasaran) || !same(inForce.anggaran, h.anggaran)) return false;
  if ([...h.months.keys()].some((k) => !inForce.months.has(k))) return false;
  if (h.months.size < inForce.months.size) return true;
  const moved = (a: number | null, b: number | null): boolean => a !== b;
  return (
    moved(inForce.no, h.no) ||
    moved(inForce.sasaran, h.sasaran) ||
    inForce.indikator !== h.indikator ||
    moved(inForce.anggaran, h.anggaran) ||
    [...h.months].some(([k, c]) => inForce.months.get(k) !== c)
  );
}

/** The number in cell (r, c) read in its column's role, or null. */
function numberAt(cx: ReadContext, r: number, c: number, role: 'money' | 'target'): number | null {
  const p = parseNumber(cellAt(cx.grid, r, c), role);
  return p.kind === 'number' ? p.value : null;
}

/**
 * Rows under the header (to the next main header, budget sub-headers skipped) that do not fit
 * the map: a target column holds more than the ANGGARAN cell, or an amount-sized number sits
 * in a target column or just right of ANGGARAN while the ANGGARAN cell holds no amount.
 * Indicator rows count, and so do the lists, lines and Totals whose amounts a Layout R table
 * keeps under ANGGARAN.
 */
function misfits(cx: ReadContext, from: number, map: MainMap): number {
  if (map.anggaran === null) return 0;
  let n = 0;
  for (let r = from; r < cx.height; r++) {
    const h = cx.headers.get(r);
    if (h?.kind === 'main') break;
    if (h) {
      r = h.r2;
      continue;
    }
    let most: number | null = null;
    for (const c of map.months.values()) {
      const v = numberAt(cx, r, c, 'target');
      if (v !== null && (most === null || v > most)) most = v;
    }
    let beyond = 0;
    for (let c = map.anggaran + 1; c <= map.anggaran + 3; c++) beyond = Math.max(beyond, numberAt(cx, r, c, 'money') ?? 0);
    const a = numberAt(cx, r, map.anggaran, 'money');
    const noAmount = a === null || a < AMOUNT_SIZED;
    if ((most !== null && a !== null && most > a) || (noAmount && Math.max(most ?? 0, beyond) >= AMOUNT_SIZED)) n++;
  }
  return n;
}

/**
 * The column map to read the rows under main header h with: h itself, or, when h repeats the
 * table's first header with its labels moved, the first header's columns unless the rows
 * under h fit h's columns better (a table does not change columns at a page break unless its
 * rows do).
 */
export function mainMapFor(cx: ReadContext, h: MainMap): MainMap {
  const first = cx.firstMain;
  if (h === first || !movedRepeat(first, h)) return h;
  return misfits(cx, h.r2 + 1, h) < misfits(cx, h.r2 + 1, first) ? h : first;
}
