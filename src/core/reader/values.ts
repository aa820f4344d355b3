/**
 * Cell values of a data row: targets (with `%` formats), amounts (float noise rounded, text read as numbers), and the shifted-row amount (T05).
 */
import { percentOf } from '../grid/formats';
import { a1, cellAt, formatAt, type Grid, type Ref } from '../grid/grid';
import { mergeAt } from '../grid/merges';
import { isNoResult } from '../grid/noResult';
import { type CellNumber, type Indikator, NO_NUMBER } from './model';
import { isWholeRupiah, moneyValue, type Parsed, parseNumber } from '../grid/numbers';
import { indicatorText } from './cells';
import type { ReadContext } from './context';
import type { MainMap } from './headers';
import { BUDGET_SIZED, monthLabel, type Reading } from './state';
import { amountScale } from './title';

// ---------------------------------------------------------------- indicators
export function readIndicatorCells(
  st: Reading,
  r: number,
  main: MainMap,
): Omit<Indikator, 'no' | 'name' | 'sasaranNo' | 'lines' | 'nameCell' | 'row'> {
  const grid = st.cx.grid;
  const targets: CellNumber[] = Array<CellNumber>(12).fill(NO_NUMBER);
  let anggaran: CellNumber = { value: null, cell: main.anggaran !== null ? { r, c: main.anggaran } : null };
  // the table's columns in order (targets, then ANGGARAN): a shift moves values along these,
  // across a blank column between them too
  const seq = [...main.months.values()].sort((x, y) => x - y);
  if (main.anggaran !== null) seq.push(main.anggaran);
  let shift = 0;

  if (main.anggaran !== null) {
    const ac = main.anggaran;
    const own = parseNumber(cellAt(grid, r, ac), 'money');
    const ownIsAmount = own.kind === 'number' && Math.abs(own.value) * amountScale(st.cx) >= BUDGET_SIZED;
    if (!ownIsAmount) {
      const cand = misplacedAmount(st.cx, r, main);
      if (cand) {
        const at = seq.indexOf(cand.c);
        shift = seq.length - 1 - (at >= 0 ? at : seq.length - 1 + cand.c - ac);
        st.model.report('T05', [a1({ r, c: cand.c }), a1({ r, c: ac })], { indicator: indicatorText(st.cx, r, main) });
        // read as any amount is (S03 when stored as text)
        anggaran = money(st, r, cand.c, 'anggaran');
      }
    }
    if (shift === 0) anggaran = money(st, r, ac, 'anggaran');
  }

  // a shifted row takes its targets from the table column (target or ANGGARAN) `shift` away
  for (const [k, c] of main.months) {
    const j = seq.indexOf(c) - shift;
    const src = shift === 0 ? c : seq[j];
    if (src === undefined || (shift !== 0 && src === anggaran.cell?.c)) continue;
    const ref = { r, c: src };
    const v = cellAt(grid, r, src);
    const value =
      typeof v === 'number' && Number.isFinite(v)
        ? percentOf(v, formatAt(grid, r, src))
        : targetValue(st, parseNumber(v, 'target'), ref, k);
    targets[k] = { value, cell: ref };
  }
  if (shift === 0) spreadMergedTargets(grid, r, main, targets);
  return { targets, anggaran };
}

/** A budget-sized amount in a target column or beyond the ANGGARAN column (T05). */
export function misplacedAmount(cx: ReadContext, r: number, main: MainMap): { c: number; value: number } | null {
  const ac = main.anggaran!;
  const scale = amountScale(cx);
  let best: { c: number; value: number } | null = null;
  const consider = (c: number): void => {
    if (c === ac) return;
    const v = cellAt(cx.grid, r, c);
    if (v === null) return;
    const value =
      typeof v === 'number'
        ? v
        : (() => {
            const p = parseNumber(v, 'money');
            return p.kind === 'number' ? p.value : NaN;
          })();
    if (!(value * scale >= BUDGET_SIZED)) return;
    if (!best || Math.abs(c - ac) < Math.abs(best.c - ac)) best = { c, value: value * scale };
  };
  for (const c of main.months.values()) consider(c);
  for (let c = ac + 1; c <= ac + 3; c++) consider(c);
  return best;
}

export function targetValue(st: Reading, p: Parsed, ref: Ref, k: number): number | null {
  if (p.kind === 'number') {
    if (p.fromText) st.model.report('S03', [a1(ref)], { text: p.text ?? '', field: monthLabel(k) });
    return p.value;
  }
  if (p.kind === 'invalid') {
    st.model.report('T02', [a1(ref)], { text: p.text, month: monthLabel(k) });
  }
  return null;
}

/** Reads an amount (anggaran, kontribusi, ...): S03 for text, A07 for nonsense. */
export function money(st: Reading, r: number, c: number | null, field: string): CellNumber {
  if (c === null) return { value: null, cell: null };
  const ref = { r, c };
  const raw = cellAt(st.cx.grid, r, c);
  // a formula saved without its value is unknown (S05 says so), never an amount of 0
  if (raw === null && isNoResult(st.cx.grid, r, c)) return { value: null, cell: ref, invalid: true };
  // amounts typed in thousands (`dalam ribuan rupiah`) are read in Rupiah
  const scale = amountScale(st.cx);
  // the common case, a number cell with a whole, non-negative amount, allocates nothing more
  if (scale === 1 && typeof raw === 'number' && Number.isFinite(raw) && raw >= 0 && isWholeRupiah(raw))
    return { value: moneyValue(raw), cell: ref };
  const parsed = parseNumber(raw, 'money');
  const p = parsed.kind === 'number' ? { ...parsed, value: moneyValue(parsed.value * scale) } : parsed;
  if (p.kind === 'number') {
    if (p.value < 0 || !isWholeRupiah(p.value)) {
      // an amount that is not read (A07) is not also `still read as a number` (S03)
      st.model.report('A07', [a1(ref)], { field, value: p.value, text: p.text ?? String(p.value) });
      return { value: p.value, cell: ref, invalid: true };
    }
    if (p.fromText) st.model.report('S03', [a1(ref)], { text: p.text ?? '', field });
    return { value: p.value, cell: ref };
  }
  if (p.kind === 'invalid') {
    st.model.report('A07', [a1(ref)], { field, value: null, text: p.text });
    return { value: null, cell: ref, invalid: true };
  }
  return { value: null, cell: ref };
}

/**
 * A target merged across months (one annual target typed once over B01:B12): the planner sees
 * it in every month the merge covers, so an empty month cell covered by a merge of this row
 * whose top-left is a month column takes that month's target (SPEC section 4: merged cells).
 * Where the host cannot say what is merged (`mergesUnknown`: Excel below ExcelApi 1.13, or the
 * merges could not be read), a row whose only target is in its first month may be such a merge:
 * its other months stay empty but are `maybeMerged`, so no T01 is made of them (a target really
 * typed for the first month only is then not reported on those hosts) and no value is invented.
 */
function spreadMergedTargets(grid: Grid, r: number, main: MainMap, targets: CellNumber[]): void {
  const cols = [...main.months].sort((a, b) => a[1] - b[1]);
  if (grid.mergesUnknown && cols.length > 1) {
    const k0 = cols[0]![0];
    if (targets[k0]?.value != null && cols.every(([, c], i) => i === 0 || cellAt(grid, r, c) === null)) {
      for (const [k] of cols.slice(1)) targets[k] = { value: null, cell: targets[k]?.cell ?? null, maybeMerged: true };
      return;
    }
  }
  if (!grid.merges?.length) return;
  const monthOf = new Map<number, number>();
  for (const [k, c] of main.months) monthOf.set(c, k);
  for (const [k, c] of main.months) {
    if (targets[k]?.value != null || cellAt(grid, r, c) !== null) continue;
    const m = mergeAt(grid, r, c);
    const from = m && m.r1 === r ? monthOf.get(m.c1) : undefined;
    if (from !== undefined && from !== k) targets[k] = { value: targets[from]?.value ?? null, cell: targets[k]?.cell ?? null };
  }
}
