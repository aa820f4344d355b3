/**
 * Total rows: which sum a `Total`/`Jumlah` row closes (a detail table, a budget list, a sasaran, or the grand total).
 */
import type { CellNumber, TotalRow } from './model';
import { amountNear } from './cells';
import { isOtherTotalLabel, isSasaranTotalLabel } from './headers';
import { monthLabel, ReaderState } from './state';
import { money } from './values';

// ---------------------------------------------------------------- totals
export function onTotal(st: ReaderState, r: number, labelCol: number): void {
  const detail = st.ctx === 'sub' && st.sub?.kind === 'detail';
  let amount: CellNumber = { value: null, cell: null };
  const columns: { key: string; amount: CellNumber }[] = [];
  if (detail && st.sub) {
    const m = st.sub;
    amount = money(st, r, m.total, 'total');
    if (m.budgetPlan !== null) columns.push({ key: 'budgetPlan', amount: money(st, r, m.budgetPlan, 'budgetPlan') });
    for (const [k, c] of m.quarters) columns.push({ key: monthLabel(k), amount: money(st, r, c, monthLabel(k)) });
  } else {
    const c = amountNear(st, r, labelCol);
    if (c !== null) amount = money(st, r, c, 'total');
  }
  const total: TotalRow = { row: r + 1, amount, ...(columns.length ? { columns } : {}) };
  st.totals.push({ total, after: st.lastInd, ctx: st.ctx, detail });
  st.lastKind = 'total';
  st.continuationOk = false;
  st.last = null;
  st.afterTotal = !detail;
  if (detail && st.lastInd) st.lastInd.subtotal = total;
}

/**
 * `Jumlah Sasaran 1` closes the current sasaran (A05 checks it against its indicators);
 * any other `Jumlah ...`/`Total ...` label is a total the reader cannot check, not S02.
 */
export function onOtherTotal(st: ReaderState, r: number): boolean {
  const row = st.grid.values[r] ?? [];
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v !== 'string') continue;
    if (isSasaranTotalLabel(v)) {
      const col = amountNear(st, r, c);
      if (st.current && col !== null) st.current.subtotal = { row: r + 1, amount: money(st, r, col, 'total') };
      st.continuationOk = false;
      return true;
    }
    if (isOtherTotalLabel(v)) {
      st.continuationOk = false;
      return true;
    }
  }
  return false;
}

/**
 * Decides which Total rows close the whole table (grand total) and which close one
 * indicator's budget list (sub-total).
 */
export function resolveTotals(st: ReaderState): TotalRow | null {
  let grand: TotalRow | null = null;
  const allInd = st.sasaran.flatMap((s) => s.indikator);
  const lastInd = allInd[allInd.length - 1] ?? null;
  const trailing = st.totals.filter((t) => !t.detail && t.after === lastInd);
  for (const t of st.totals) {
    if (t.detail) continue;
    if (t.ctx === 'main' && !grand) {
      grand = t.total;
      continue;
    }
    const isLast = trailing.length > 0 && t === trailing[trailing.length - 1];
    if (isLast && !grand) grand = t.total;
    else if (t.after && !t.after.subtotal) t.after.subtotal = t.total;
  }
  return grand;
}
