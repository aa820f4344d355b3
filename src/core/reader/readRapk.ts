/**
 * Reads a RAPK worksheet (layouts K, D and R) into a model. Never throws on any grid:
 * what cannot be read becomes a finding. The reading is split by what it decides:
 * `context.ts` (the headers' pre-pass), `classify.ts` (which table a row belongs to),
 * `values.ts` (cell values), `rows.ts` (what a row adds to the model), `headings.ts` (Layout D
 * headings), `totals.ts`, `title.ts`; the state is `context.ts` + `builder.ts` + `cursor.ts`.
 */
import { faultFinding, finding } from '../findings';
import { a1, type Grid, gridWidth } from '../grid/grid';
import { visibleGrid } from '../grid/visible';
import { ModelBuilder } from './builder';
import { onHeader, onRow } from './classify';
import { type ReadContext, scanHeaders } from './context';
import { Cursor } from './cursor';
import { looksLikeRingkasan, withoutSideBlocks } from './headers';
import type { Reading, ReadResult } from './state';
import { findUnit, findYear } from './title';
import { resolveTotals } from './totals';
import { reportUnreadBudget } from './unreadBudget';

export { BUDGET_SIZED, monthLabel, type ReadResult, type SheetKind } from './state';

export function readRapk(grid: Grid): ReadResult {
  try {
    return read(tableGrid(grid));
  } catch (e) {
    // The reader must never throw; an unexpected fault is S01 saying why (not a plain "no table")
    return { kind: 'none', model: null, findings: [faultFinding('S01', grid.name, faultText(e))] };
  }
}

/** The grid the RAPK reader reads: the columns the planner sees, without blocks beside the table. */
export function tableGrid(grid: Grid): Grid {
  const visible = visibleGrid(grid);
  return withoutSideBlocks(visible, Math.min(gridWidth(visible), 16384));
}

/** What went wrong, in one line (the error's own message; its type when it has none). */
export function faultText(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  return String(e);
}

function read(g: Grid): ReadResult {
  if (looksLikeRingkasan(g)) return { kind: 'ringkasan', model: null, findings: [] };
  const scan = scanHeaders(g);
  if (scan.kind === 'realisasi') return { kind: 'realisasi', model: null, findings: [] };
  if (scan.kind === 'none') return { kind: 'none', model: null, findings: [finding('S01', g.name, [], {})] };
  const cx: ReadContext = scan.context;
  const st: Reading = { cx, model: new ModelBuilder(g.name), at: new Cursor() };
  const firstMain = cx.firstMain;

  for (let r = firstMain.r1; r < cx.height; r++) {
    const h = cx.headers.get(r);
    if (h) {
      onHeader(st, h);
      r = h.r2;
      continue;
    }
    onRow(st, r);
  }
  for (const ref of g.noResult ?? []) {
    if (ref.r >= firstMain.r1) st.model.report('S05', [a1(ref)], { kind: 'formula', cell: a1(ref) });
  }
  reportUnreadBudget(st.model, cx);
  const totals = resolveTotals(st.model);
  const model = st.model.build(
    {
      layout: cx.layout,
      year: findYear(cx, firstMain.r1),
      unit: findUnit(cx, firstMain.r1),
      hasSasaranColumn: firstMain.sasaran !== null,
      monthsInHeader: Array.from({ length: 12 }, (_, k) => firstMain.months.has(k)),
    },
    totals.grand,
    totals.again,
  );
  return { kind: 'rapk', model, findings: [...st.model.findings()] };
}
