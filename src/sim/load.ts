/** Fills a simulator from grids (the harness opens .xlsx files this way; tests too). */
import type { Grid } from '../core/grid/grid';
import type { SheetPlan } from '../core/sheets/plan';
import type { ExcelSimulator } from './excelSim';
import type { SimSheet } from './store';

/** A date number format (days, months or years, not text, not elapsed time only). */
export function isDateFormat(f: string): boolean {
  const bare = f.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return !bare.includes('@') && /[dy]|m{3,}/i.test(bare);
}

/**
 * Excel holds a date as its serial number (days since 1899-12-30) and `Range.values` returns
 * that number; the CLI's reader turns a date into an ISO string. A cell with a date format
 * whose value is an ISO date is stored as Excel stores it.
 */
export function excelSerial(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? t / 86_400_000 + 25_569 : null;
}

export function loadGrid(sim: ExcelSimulator, grid: Grid): SimSheet {
  const s = sim.store.addSheet(grid.name);
  grid.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === '') return;
      const cell = sim.store.cellW(s, r, c);
      const f = grid.formats?.[r]?.[c];
      const serial = typeof v === 'string' && f && isDateFormat(f) ? excelSerial(v) : null;
      cell.value = serial ?? v;
      if (f && f !== 'General') cell.numberFormat = f;
    }),
  );
  s.merges = [...(grid.merges ?? [])];
  s.hiddenCols = new Set(grid.hiddenCols ?? []);
  if (grid.hidden) s.visibility = 'Hidden';
  if (grid.active) sim.store.activeId = s.id;
  return s;
}

/** A sheet plan applied directly to the store (sample workbooks for the harness and tests). */
export function loadPlan(sim: ExcelSimulator, plan: SheetPlan): SimSheet {
  const s = sim.store.addSheet(plan.name);
  for (const c of plan.cells) {
    const cell = sim.store.cellW(s, c.r, c.c);
    cell.value = c.value;
    if (c.format) cell.numberFormat = c.format;
    if (c.fill) cell.fill = { color: c.fill.toUpperCase(), pattern: 'Solid' };
    if (c.bold) cell.bold = true;
    if (c.font) cell.fontColor = c.font;
    if (c.wrap) cell.wrap = true;
    if (c.align) cell.align = c.align;
    if (c.border) cell.border = true;
  }
  s.merges = [...plan.merges];
  plan.widths.forEach((w, i) => s.colWidths.set(i, w * 6));
  if (plan.freeze) {
    s.freezeRows = plan.freeze.rows;
    s.freezeCols = plan.freeze.cols;
  }
  return s;
}
