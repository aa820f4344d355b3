/**
 * Queues cell-level updates of an existing sheet (the Realisasi refresh, ADR 009): only the
 * listed cells are written, in blocks of the same column span (one `getRange` or
 * `getRangeByIndexes` each, never a multi-area address), every other cell is left alone; a sync
 * only when the batch would pass the request budget (`batch.ts`).
 * Formats, fills and validations are queued before values, and the Kode column's values last:
 * a batch that stops half-way leaves rows without their Kode, which the next run plans again.
 * Text is written as text (`@` before the value).
 */
import { type CellRange, rangeA1 } from '../core/grid/grid';
import type { PlanCell, PlanValidation } from '../core/sheets/plan';
import { BYTES_PER_BORDERS, BYTES_PER_EXTRA_PROP, BYTES_PER_RANGE_OP, Budget, eachBlock, groupBy } from './batch';

interface Block {
  range: CellRange;
  cells: (PlanCell | undefined)[][];
}

/** Horizontal runs of adjacent cells, stacked into blocks where consecutive rows share the span. */
export function blocks(cells: readonly PlanCell[]): Block[] {
  const byRow = new Map<number, PlanCell[]>();
  for (const c of cells) {
    const list = byRow.get(c.r);
    if (list) list.push(c);
    else byRow.set(c.r, [c]);
  }
  const runs: { r: number; c1: number; cells: PlanCell[] }[] = [];
  for (const r of [...byRow.keys()].sort((a, b) => a - b)) {
    const row = byRow.get(r)!.sort((a, b) => a.c - b.c);
    let cur: PlanCell[] = [];
    for (const c of row) {
      const last = cur[cur.length - 1];
      if (last && c.c === last.c) cur[cur.length - 1] = c;
      else if (last && c.c !== last.c + 1) {
        runs.push({ r, c1: cur[0]!.c, cells: cur });
        cur = [c];
      } else cur.push(c);
    }
    if (cur.length) runs.push({ r, c1: cur[0]!.c, cells: cur });
  }
  const out: Block[] = [];
  const open = new Map<string, Block>();
  for (const run of runs) {
    const k = `${run.c1}:${run.cells.length}`;
    const prev = open.get(k);
    if (prev && prev.range.r2 === run.r - 1) {
      prev.range.r2 = run.r;
      prev.cells.push(run.cells);
    } else {
      const b: Block = { range: { r1: run.r, c1: run.c1, r2: run.r, c2: run.c1 + run.cells.length - 1 }, cells: [run.cells] };
      out.push(b);
      open.set(k, b);
    }
  }
  return out;
}

/**
 * Queues the updates on `ws`; `flush` is awaited whenever the queued calls would pass the request
 * budget (`budget`: the caller's, when it queues more in the same batch).
 */
export async function queueCells(
  ws: Excel.Worksheet,
  cells: readonly PlanCell[],
  validations: readonly PlanValidation[],
  kodeCol: number,
  flush: () => Promise<void>,
  budget: Budget = new Budget(flush),
): Promise<void> {
  const byIndexes = (r: CellRange): Excel.Range => ws.getRangeByIndexes(r.r1, r.c1, r.r2 - r.r1 + 1, r.c2 - r.c1 + 1);
  // 1. number formats (text as text)
  for (const b of blocks(cells)) {
    const formats = b.cells.map((row) => row.map((c) => (typeof c?.value === 'string' ? '@' : (c?.format ?? 'General'))));
    await budget.take(BYTES_PER_RANGE_OP + JSON.stringify(formats).length);
    byIndexes(b.range).numberFormat = formats;
  }
  // 2. fills, fonts, alignment, borders: one range per block of cells with the same value
  // (never a multi-area address: those depend on the host's list separator)
  const each = (list: PlanCell[], apply: (range: Excel.Range) => void, perBlock = BYTES_PER_RANGE_OP): Promise<void> =>
    eachBlock(ws, list, budget, apply, perBlock);
  for (const [fill, list] of groupBy(cells, (c) => c.fill)) await each(list, (x) => (x.format.fill.color = fill));
  for (const [font, list] of groupBy(cells, (c) => c.font)) await each(list, (x) => (x.format.font.color = font));
  await each(
    cells.filter((c) => c.bold),
    (x) => (x.format.font.bold = true),
  );
  await each(
    cells.filter((c) => c.wrap),
    (x) => (x.format.wrapText = true),
  );
  for (const [align, list] of groupBy(cells, (c) => c.align)) {
    const h = align === 'center' ? 'Center' : align === 'right' ? 'Right' : 'Left';
    await each(list, (x) => (x.format.horizontalAlignment = h as Excel.HorizontalAlignment));
  }
  const edges = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;
  await each(
    cells.filter((c) => c.border),
    (x) => {
      for (const edge of edges) x.format.borders.getItem(edge).style = 'Continuous';
    },
    BYTES_PER_BORDERS,
  );
  for (const v of validations) {
    const source = v.list.join(',');
    await budget.take(BYTES_PER_RANGE_OP + BYTES_PER_EXTRA_PROP + source.length);
    const dv = ws.getRange(rangeA1(v.range)).dataValidation;
    dv.clear();
    dv.rule = { list: { inCellDropDown: true, source } };
  }
  // 3. values, the Kode column last
  const valueBlocks = [...blocks(cells.filter((c) => c.c !== kodeCol)), ...blocks(cells.filter((c) => c.c === kodeCol))];
  for (const b of valueBlocks) {
    const values = b.cells.map((row) => row.map((c) => (c?.value === null || c?.value === undefined ? '' : c.value)));
    await budget.take(BYTES_PER_RANGE_OP + JSON.stringify(values).length);
    byIndexes(b.range).values = values;
  }
}
