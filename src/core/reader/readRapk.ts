/**
 * Reads a RAPK worksheet (layouts K, D and R) into a model. Never throws on any grid:
 * what cannot be read becomes a finding. The reading is split by what it decides:
 * `classify.ts` (which table a row belongs to), `values.ts` (cell values), `rows.ts` (what a
 * row adds to the model), `headings.ts` (Layout D headings), `totals.ts`, `title.ts`.
 */
import { faultFinding, finding } from '../rules/findings';
import { a1, type Grid } from '../grid/grid';
import type { RapkModel } from './model';
import { onHeader, onRow } from './classify';
import { headerAt, looksLikeRingkasan, type MainMap } from './headers';
import { ReaderState, type ReadResult } from './state';
import { findUnit, findYear } from './title';
import { resolveTotals } from './totals';

export { BUDGET_SIZED, monthLabel, type ReadResult, type SheetKind } from './state';

export function readRapk(grid: Grid): ReadResult {
  try {
    return read(new ReaderState(grid));
  } catch (e) {
    // The reader must never throw; an unexpected fault is S01 saying why (not a plain "no table")
    return { kind: 'none', model: null, findings: [faultFinding('S01', grid.name, faultText(e))] };
  }
}

/** What went wrong, in one line (the error's own message; its type when it has none). */
export function faultText(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  return String(e);
}

function read(st: ReaderState): ReadResult {
  const g = st.grid;
  const name = g.name;
  if (looksLikeRingkasan(g)) return { kind: 'ringkasan', model: null, findings: [] };
  let firstMain: MainMap | null = null;
  let anyDetail = false;
  let anyBudget = false;
  let anyList = false;
  for (let r = 0; r < st.height; r++) {
    const h = headerAt(g, r, st.width);
    if (!h) continue;
    if (h.kind === 'realisasi') return { kind: 'realisasi', model: null, findings: [] };
    st.headers.set(r, h);
    if (h.kind === 'main') {
      if (!firstMain) firstMain = h;
      r = h.r2;
    } else if (h.kind === 'detail') anyDetail = true;
    else if (h.kind === 'budget') anyBudget = true;
    else anyList = true;
  }
  if (!firstMain) return { kind: 'none', model: null, findings: [finding('S01', name, [], {})] };
  st.layout = anyDetail ? 'D' : anyBudget ? 'K' : anyList ? 'R' : 'K';

  for (let r = firstMain.r1; r < st.height; r++) {
    const h = st.headers.get(r);
    if (h) {
      onHeader(st, h);
      r = h.r2;
      continue;
    }
    onRow(st, r);
  }
  for (const ref of g.noResult ?? []) {
    if (ref.r >= firstMain.r1) st.findings.push(finding('S05', name, [a1(ref)], { kind: 'formula', cell: a1(ref) }));
  }
  const total = resolveTotals(st);
  const monthsInHeader = Array.from({ length: 12 }, (_, k) => firstMain!.months.has(k));
  const model: RapkModel = {
    sheet: name,
    layout: st.layout,
    year: findYear(st, firstMain.r1),
    unit: findUnit(st, firstMain.r1),
    hasSasaranColumn: firstMain.sasaran !== null,
    monthsInHeader,
    sasaran: st.sasaran.filter((s) => s.indikator.length > 0),
    total,
  };
  return { kind: 'rapk', model, findings: st.findings };
}
