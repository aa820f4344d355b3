/**
 * Queues a sheet plan into a worksheet proxy with grouped, chunked calls: one number format per
 * column run (a 1×1 array, which Excel applies to every cell of the range), values in row
 * chunks under the request budget, one RangeAreas per fill colour.
 * Text is written as text: every string cell gets the Text format (`@`) before its value, so
 * nothing typed in a workbook can become a formula.
 */
import { type CellRange, colName } from '../core/grid';
import type { PlanCell, SheetPlan } from '../core/sheetPlan';
import type { NoteMode } from '../shared/gateway';

/** Longest address list for one `getRanges` call (long lists fail: OfficeDev/office-js#5198). */
export const MAX_AREAS_CHARS = 6000;
/**
 * Bytes a write batch may carry before the caller is asked to sync: under the 4 MB budget we
 * keep every request to (Excel on the web refuses requests over 5 MB).
 */
export const REQUEST_BUDGET_BYTES = 3_500_000;

export function a1(r: number, c: number): string {
  return `${colName(c)}${r + 1}`;
}

export function rangeA1(x: CellRange): string {
  const s = a1(x.r1, x.c1);
  return x.r1 === x.r2 && x.c1 === x.c2 ? s : `${s}:${a1(x.r2, x.c2)}`;
}

/** Joins cells with the same key into horizontal runs (`A3:S3`), then into address lists. */
export function groupRuns(cells: { r: number; c: number }[]): CellRange[] {
  const sorted = [...cells].sort((a, b) => a.r - b.r || a.c - b.c);
  const out: CellRange[] = [];
  for (const x of sorted) {
    const last = out[out.length - 1];
    if (last && last.r1 === x.r && last.c2 === x.c - 1) last.c2 = x.c;
    else out.push({ r1: x.r, c1: x.c, r2: x.r, c2: x.c });
  }
  // merge vertical runs of identical column spans (a column of input cells → one area)
  const merged: CellRange[] = [];
  const open = new Map<string, CellRange>();
  for (const run of out) {
    const k = `${run.c1}:${run.c2}`;
    const prev = open.get(k);
    if (prev && prev.r2 === run.r1 - 1) prev.r2 = run.r1;
    else {
      const copy = { ...run };
      merged.push(copy);
      open.set(k, copy);
    }
  }
  return merged;
}

/** Splits address lists so each `getRanges` call stays under MAX_AREAS_CHARS. */
export function chunkAddresses(ranges: CellRange[]): string[] {
  const out: string[] = [];
  let cur = '';
  for (const r of ranges) {
    const a = rangeA1(r);
    if (cur && cur.length + a.length + 1 > MAX_AREAS_CHARS) {
      out.push(cur);
      cur = '';
    }
    cur = cur ? `${cur},${a}` : a;
  }
  if (cur) out.push(cur);
  return out;
}

function groupBy<K>(cells: PlanCell[], key: (c: PlanCell) => K | undefined): Map<K, PlanCell[]> {
  const m = new Map<K, PlanCell[]>();
  for (const c of cells) {
    const k = key(c);
    if (k === undefined) continue;
    const list = m.get(k);
    if (list) list.push(c);
    else m.set(k, [c]);
  }
  return m;
}

/** Every call is queued on `ws`; `flush` is awaited when queued values pass the chunk budget. */
export async function queuePlan(ws: Excel.Worksheet, plan: SheetPlan, noteMode: NoteMode, flush: () => Promise<void>): Promise<void> {
  const rows = Math.max(plan.rows, 1);
  const cols = Math.max(plan.cols, 1);
  /** bytes queued since the last sync (an estimate of the request's size) */
  let queued = 0;
  // 1. number formats (before values, so text stays text)
  const formatOf = (c: PlanCell): string | undefined => (typeof c.value === 'string' ? '@' : c.format);
  const byColumn = new Map<number, PlanCell[]>();
  for (const c of plan.cells) {
    const list = byColumn.get(c.c);
    if (list) list.push(c);
    else byColumn.set(c.c, [c]);
  }
  for (const [c, list] of byColumn) {
    list.sort((a, b) => a.r - b.r);
    let start = -1;
    let fmt: string | undefined;
    let prevR = -2;
    const emit = (end: number): void => {
      if (fmt !== undefined && start >= 0) {
        const n = end - start + 1;
        ws.getRangeByIndexes(start, c, n, 1).numberFormat = [[fmt!]];
        queued += 80 + fmt!.length;
      }
    };
    for (const cell of list) {
      const f = formatOf(cell);
      if (f === fmt && cell.r === prevR + 1) {
        prevR = cell.r;
        continue;
      }
      emit(prevR);
      start = cell.r;
      prevR = cell.r;
      fmt = f;
    }
    emit(prevR);
  }

  // 2. values, in row chunks: a sync only when the batch would pass the request budget
  const grid: (string | number | boolean)[][] = Array.from({ length: rows }, () => Array<string | number | boolean>(cols).fill(''));
  for (const c of plan.cells) {
    if (c.r < rows && c.c < cols && c.value !== null) grid[c.r]![c.c] = c.value;
  }
  let from = 0;
  let bytes = 0;
  for (let r = 0; r <= rows; r++) {
    const rowBytes = r < rows ? JSON.stringify(grid[r]).length + 1 : 0;
    if (r === rows || (queued + bytes + rowBytes > REQUEST_BUDGET_BYTES && r > from)) {
      ws.getRangeByIndexes(from, 0, r - from, cols).values = grid.slice(from, r);
      queued += bytes + 80;
      if (r < rows) {
        await flush();
        queued = 0;
      }
      from = r;
      bytes = 0;
    }
    bytes += rowBytes;
  }

  // 3. merges
  for (const m of plan.merges) ws.getRange(rangeA1(m)).merge(false);

  // 4. fills, fonts, alignment: one RangeAreas per value
  const areas = (cells: PlanCell[], apply: (ra: Excel.RangeAreas) => void): void => {
    for (const chunk of chunkAddresses(groupRuns(cells))) apply(ws.getRanges(chunk));
  };
  for (const [fill, cells] of groupBy(plan.cells, (c) => c.fill)) areas(cells, (ra) => (ra.format.fill.color = fill));
  for (const [font, cells] of groupBy(plan.cells, (c) => c.font)) areas(cells, (ra) => (ra.format.font.color = font));
  areas(
    plan.cells.filter((c) => c.bold),
    (ra) => (ra.format.font.bold = true),
  );
  areas(
    plan.cells.filter((c) => c.wrap),
    (ra) => (ra.format.wrapText = true),
  );
  for (const [align, cells] of groupBy(plan.cells, (c) => c.align)) {
    const h = align === 'center' ? 'Center' : align === 'right' ? 'Right' : 'Left';
    areas(cells, (ra) => (ra.format.horizontalAlignment = h as Excel.HorizontalAlignment));
  }
  areas(
    plan.cells.filter((c) => c.border),
    (ra) => {
      for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const) {
        ra.format.borders.getItem(edge).style = 'Continuous';
      }
    },
  );

  // 5. widths (characters → points), freeze panes, validations, print setup, notes
  plan.widths.forEach((w, c) => (ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = Math.round(w * 6)));
  const fr = plan.freeze;
  if (fr && fr.rows && fr.cols) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, fr.rows, fr.cols));
  else if (fr && fr.rows) ws.freezePanes.freezeRows(fr.rows);
  else if (fr && fr.cols) ws.freezePanes.freezeColumns(fr.cols);
  for (const v of plan.validations ?? []) {
    ws.getRange(rangeA1(v.range)).dataValidation.rule = { list: { inCellDropDown: true, source: v.list.join(',') } };
  }
  if (plan.print) {
    ws.pageLayout.orientation = plan.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    ws.pageLayout.paperSize = 'A4';
    if (plan.print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (plan.print.titleRows) ws.pageLayout.setPrintTitleRows(`$${plan.print.titleRows.from + 1}:$${plan.print.titleRows.to + 1}`);
  }
  for (const n of plan.notes ?? []) {
    if (noteMode === 'notes') ws.notes.add(a1(n.r, n.c), n.text);
    else if (noteMode === 'comments') ws.comments.add(a1(n.r, n.c), n.text);
  }
}
