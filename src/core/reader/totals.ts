/**
 * Total rows: which sum a `Total`/`Jumlah` row closes (a detail table, a budget list, a sasaran, or the grand total).
 */
import type { ModelBuilder } from './builder';
import type { CellNumber, TotalRow } from './model';
import { amountNear } from './cells';
import { isOtherTotalLabel, isSasaranTotalLabel } from './headers';
import { monthLabel, type Reading } from './state';
import { money } from './values';

// ---------------------------------------------------------------- totals
export function onTotal(st: Reading, r: number, labelCol: number): void {
  const { cx, model, at } = st;
  const detail = at.inDetail;
  let amount: CellNumber = { value: null, cell: null };
  const columns: { key: string; amount: CellNumber }[] = [];
  if (detail && at.sub) {
    const m = at.sub;
    amount = money(st, r, m.total, 'total');
    if (m.budgetPlan !== null) columns.push({ key: 'budgetPlan', amount: money(st, r, m.budgetPlan, 'budgetPlan') });
    for (const [k, c] of m.quarters) columns.push({ key: monthLabel(k), amount: money(st, r, c, monthLabel(k)) });
  } else {
    const c = amountNear(cx, r, labelCol);
    if (c !== null) amount = money(st, r, c, 'total');
  }
  const total: TotalRow = { row: r + 1, amount, ...(columns.length ? { columns } : {}) };
  model.addTotal({ total, after: at.lastInd, table: at.table, detail });
  at.lastKind = 'total';
  at.continuationOk = false;
  at.last = null;
  at.afterTotal = !detail;
  if (detail && at.lastInd) model.setSubtotal(at.lastInd, total);
  // a detail table ends at its Total: the rows after it belong to the main table again (a
  // `Total` right after it is not a second total of that table but the document's grand total)
  if (detail) at.table = 'main';
}

/**
 * `Jumlah Sasaran 1` closes the current sasaran (A05 checks it against its indicators);
 * any other `Jumlah ...`/`Total ...` label is a total the reader cannot check, not S02.
 */
export function onOtherTotal(st: Reading, r: number): boolean {
  const { cx, model, at } = st;
  const row = cx.grid.values[r] ?? [];
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v !== 'string') continue;
    if (isSasaranTotalLabel(v)) {
      const col = amountNear(cx, r, c);
      if (at.current && col !== null) model.setSasaranSubtotal(at.current, { row: r + 1, amount: money(st, r, col, 'total') });
      at.continuationOk = false;
      return true;
    }
    if (isOtherTotalLabel(v)) {
      at.continuationOk = false;
      return true;
    }
  }
  return false;
}

/**
 * Decides which Total rows close the whole table (grand total) and which close one
 * indicator's budget list (sub-total). A last Total of the main table after the grand total
 * was already stated (Layout D: under the summary, then after the last detail table) states
 * the grand total again.
 */
export function resolveTotals(model: ModelBuilder): { grand: TotalRow | null; again: TotalRow[] } {
  let grand: TotalRow | null = null;
  const again: TotalRow[] = [];
  const allInd = model.indikatorList();
  const lastInd = allInd[allInd.length - 1] ?? null;
  const totals = model.pendingTotals();
  let trailing = totals.filter((t) => !t.detail && t.after === lastInd);
  // a `Jumlah` closing each budget sub-table: the one after the last sub-table is that
  // table's too (not the grand total) when it is alone after it
  const eachTable = totals.some((t) => !t.detail && t.table === 'sub' && t.after !== null && t.after !== lastInd);
  if (eachTable && trailing.length === 1 && trailing[0]!.table === 'sub') trailing = [];
  for (const t of totals) {
    if (t.detail) continue;
    if (t.table === 'main' && !grand) {
      grand = t.total;
      continue;
    }
    const isLast = trailing.length > 0 && t === trailing[trailing.length - 1];
    if (isLast && !grand) grand = t.total;
    else if (isLast && t.table === 'main') again.push(t.total);
    else if (t.after && !t.after.subtotal) model.setSubtotal(t.after, t.total);
  }
  return { grand, again };
}
