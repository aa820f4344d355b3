/**
 * Queues a sheet plan into a worksheet proxy with grouped, chunked calls: one number format per
 * column run (a 1×1 array, which Excel applies to every cell of the range), values in row
 * chunks under the request budget, one range per block of cells sharing a fill, font or
 * alignment (never a multi-area address: those depend on the host's list separator). A sync
 * only when the batch would pass the request budget.
 * Text is written as text: every string cell gets the Text format (`@`) before its value, so
 * nothing typed in a workbook can become a formula.
 */
import { type CellRange, a1, rangeA1 } from '../core/grid/grid';
import type { PlanCell, SheetPlan } from '../core/sheets/plan';
import type { NoteMode } from '../gateway/contract';
import {
  BYTES_PER_BORDERS,
  BYTES_PER_EMPTY_CELL,
  BYTES_PER_FILLED_CELL,
  BYTES_PER_MERGE,
  CELLS_PER_PROPERTIES_CALL,
  groupBy,
  groupRuns,
  BYTES_PER_NOTE_OP,
  BYTES_PER_NUMBER_FORMAT,
  BYTES_PER_RANGE_OP,
  Budget,
  REQUEST_BUDGET_BYTES,
  eachBlock,
} from './batch';
import { queuePrint } from './printSetup';

/** Merge calls for a plan's merged areas: runs of one-row areas over the same columns become one `merge(true)`. */
export function mergeCalls(merges: readonly CellRange[]): { range: CellRange; across: boolean }[] {
  const out: { range: CellRange; across: boolean }[] = [];
  const rows = merges.filter((m) => m.r1 === m.r2).sort((a, b) => a.c1 - b.c1 || a.c2 - b.c2 || a.r1 - b.r1);
  for (const m of merges) if (m.r1 !== m.r2) out.push({ range: m, across: false });
  for (const m of rows) {
    const last = out[out.length - 1];
    if (last && last.across && last.range.c1 === m.c1 && last.range.c2 === m.c2 && last.range.r2 === m.r1 - 1) last.range.r2 = m.r1;
    else out.push({ range: { ...m }, across: true });
  }
  return out;
}

/**
 * Fills: one range per block of cells of one colour, or, when that would cost more bytes
 * (fills scattered over many rows, like the kriteria colours of a Ringkasan), one
 * `setCellProperties` per column span in calls of at most CELLS_PER_PROPERTIES_CALL cells.
 * Neither depends on the host's list separator.
 */
async function queueFills(ws: Excel.Worksheet, cells: PlanCell[], budget: Budget): Promise<void> {
  const byFill = groupBy(cells, (c) => c.fill);
  let blockCount = 0;
  for (const list of byFill.values()) blockCount += groupRuns(list).length;
  const byColumn = groupBy(cells, (c) => (c.fill ? c.c : undefined));
  let propsBytes = 0;
  for (const list of byColumn.values()) {
    const rows = list.map((c) => c.r);
    const span = Math.max(...rows) - Math.min(...rows) + 1;
    propsBytes +=
      BYTES_PER_RANGE_OP * Math.ceil(span / CELLS_PER_PROPERTIES_CALL) + span * BYTES_PER_EMPTY_CELL + list.length * BYTES_PER_FILLED_CELL;
  }
  if (blockCount * BYTES_PER_RANGE_OP <= propsBytes) {
    for (const [fill, list] of byFill) await eachBlock(ws, list, budget, (x) => (x.format.fill.color = fill));
    return;
  }
  for (const [c, list] of byColumn) {
    const at = new Map(list.map((x) => [x.r, x.fill!]));
    const top = Math.min(...at.keys());
    const end = Math.max(...at.keys()) + 1;
    for (let from = top; from < end; from += CELLS_PER_PROPERTIES_CALL) {
      const n = Math.min(CELLS_PER_PROPERTIES_CALL, end - from);
      const props: Excel.SettableCellProperties[][] = [];
      let filled = 0;
      for (let r = from; r < from + n; r++) {
        const color = at.get(r);
        if (color) filled++;
        props.push([color ? { format: { fill: { color } } } : {}]);
      }
      await budget.take(BYTES_PER_RANGE_OP + n * BYTES_PER_EMPTY_CELL + filled * BYTES_PER_FILLED_CELL);
      ws.getRangeByIndexes(from, c, n, 1).setCellProperties(props);
    }
  }
}

/** Every call is queued on `ws`; `flush` is awaited when the queued calls would pass the request budget. */
/** … and returns the request budget, so that what is queued after the plan (its charts) is counted too. */
export async function queuePlan(ws: Excel.Worksheet, plan: SheetPlan, noteMode: NoteMode, flush: () => Promise<void>): Promise<Budget> {
  const rows = Math.max(plan.rows, 1);
  const cols = Math.max(plan.cols, 1);
  const budget = new Budget(flush);
  // 1. number formats (before values, so text stays text)
  const formatOf = (c: PlanCell): string | undefined => (typeof c.value === 'string' ? '@' : c.format);
  const byColumn = new Map<number, PlanCell[]>();
  for (const c of plan.cells) {
    const list = byColumn.get(c.c);
    if (list) list.push(c);
    else byColumn.set(c.c, [c]);
  }
  // the runs first, then one request after another: thousands of runs (a Ringkasan of 10,000
  // indicators: ~10,900, ~5 MB through Microsoft's client) pass the request budget
  const runs: { c: number; start: number; n: number; fmt: string }[] = [];
  for (const [c, list] of byColumn) {
    list.sort((a, b) => a.r - b.r);
    let start = -1;
    let fmt: string | undefined;
    let prevR = -2;
    const emit = (end: number): void => {
      if (fmt !== undefined && start >= 0) runs.push({ c, start, n: end - start + 1, fmt });
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
  for (const run of runs) {
    await budget.take(BYTES_PER_NUMBER_FORMAT + run.fmt.length);
    ws.getRangeByIndexes(run.start, run.c, run.n, 1).numberFormat = [[run.fmt]];
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
    if (r === rows || (budget.bytes + bytes + rowBytes > REQUEST_BUDGET_BYTES && r > from)) {
      ws.getRangeByIndexes(from, 0, r - from, cols).values = grid.slice(from, r);
      budget.add(bytes + BYTES_PER_RANGE_OP);
      if (r < rows) await budget.flush();
      from = r;
      bytes = 0;
    }
    bytes += rowBytes;
  }

  // 3. merges: one-row merges of the same columns in consecutive rows are one `merge(true)`
  // (across: each row of the range merged on its own), the others one `merge()` each
  for (const m of mergeCalls(plan.merges)) {
    await budget.take(BYTES_PER_MERGE);
    ws.getRange(rangeA1(m.range)).merge(m.across);
  }

  // 4. fills, fonts, alignment: one range per block of cells with the same value
  const blocks = (cells: PlanCell[], apply: (range: Excel.Range) => void, perBlock = BYTES_PER_RANGE_OP): Promise<void> =>
    eachBlock(ws, cells, budget, apply, perBlock);
  await queueFills(ws, plan.cells, budget);
  for (const [font, cells] of groupBy(plan.cells, (c) => c.font)) await blocks(cells, (x) => (x.format.font.color = font));
  await blocks(
    plan.cells.filter((c) => c.bold),
    (x) => (x.format.font.bold = true),
  );
  await blocks(
    plan.cells.filter((c) => c.wrap),
    (x) => (x.format.wrapText = true),
  );
  for (const [align, cells] of groupBy(plan.cells, (c) => c.align)) {
    const h = align === 'center' ? 'Center' : align === 'right' ? 'Right' : 'Left';
    await blocks(cells, (x) => (x.format.horizontalAlignment = h as Excel.HorizontalAlignment));
  }
  const edges = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;
  await blocks(
    plan.cells.filter((c) => c.border),
    (x) => {
      for (const edge of edges) x.format.borders.getItem(edge).style = 'Continuous';
    },
    BYTES_PER_BORDERS,
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
  await queuePrint(ws, plan, budget);
  for (const n of plan.notes ?? []) {
    if (noteMode === 'none') break;
    await budget.take(BYTES_PER_NOTE_OP + n.text.length);
    if (noteMode === 'notes') ws.notes.add(ws.getRange(a1(n)), n.text);
    // a comment's address needs the sheet name on every host: a Range carries it
    else ws.comments.add(ws.getRange(a1(n)), n.text);
  }
  return budget;
}
