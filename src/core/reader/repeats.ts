/**
 * A main header repeated at a page break. A PDF conversion may put its labels a column off
 * (seed 004 repeats `ANGGARAN` over the B12 column and `B12` over the amounts) while the rows
 * under it keep the table's columns: the table does not change columns at a page break unless
 * its rows do too. The rows decide.
 */
import { cellAt } from '../grid/grid';
import { parseNumber } from '../grid/numbers';
import { indicatorText } from './cells';
import type { ReadContext } from './context';
import type { MainMap } from './headers';
import { BUDGET_SIZED } from './state';
import { misplacedAmount } from './values';

/** Same labels as the header in force (a page repeat), in other columns. */
function movedRepeat(inForce: MainMap, h: MainMap): boolean {
  const same = (a: number | null, b: number | null): boolean => (a === null) === (b === null);
  if (!same(inForce.no, h.no) || !same(inForce.sasaran, h.sasaran) || !same(inForce.anggaran, h.anggaran)) return false;
  if (inForce.months.size !== h.months.size || [...h.months.keys()].some((k) => !inForce.months.has(k))) return false;
  const moved = (a: number | null, b: number | null): boolean => a !== b;
  return (
    moved(inForce.no, h.no) ||
    moved(inForce.sasaran, h.sasaran) ||
    inForce.indikator !== h.indikator ||
    moved(inForce.anggaran, h.anggaran) ||
    [...h.months].some(([k, c]) => inForce.months.get(k) !== c)
  );
}

/** Indicator rows under the header (to the next main header) whose amount does not sit under ANGGARAN. */
function misfits(cx: ReadContext, from: number, map: MainMap): number {
  let n = 0;
  for (let r = from; r < cx.height; r++) {
    const h = cx.headers.get(r);
    if (h?.kind === 'main') break;
    if (h) {
      r = h.r2;
      continue;
    }
    if (!indicatorText(cx, r, map) || map.anggaran === null) continue;
    const own = parseNumber(cellAt(cx.grid, r, map.anggaran), 'money');
    const ownIsAmount = own.kind === 'number' && Math.abs(own.value) >= BUDGET_SIZED;
    if (!ownIsAmount && misplacedAmount(cx, r, map)) n++;
  }
  return n;
}

/**
 * The column map to read the rows under main header h with: h itself, or (when h repeats the
 * header in force with its labels moved, and the rows under it fit the columns in force
 * better) the header in force.
 */
export function mainMapFor(cx: ReadContext, inForce: MainMap | null, h: MainMap): MainMap {
  if (!inForce || !movedRepeat(inForce, h)) return h;
  return misfits(cx, h.r2 + 1, inForce) < misfits(cx, h.r2 + 1, h) ? inForce : h;
}
