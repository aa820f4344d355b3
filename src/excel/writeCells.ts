/**
 * Queues cell-level updates of an existing sheet (the Realisasi refresh, ADR 009): only the
 * listed cells are written, in blocks of the same column span, every other cell is left alone.
 * Formats, fills and validations are queued before values, and the Kode column's values last:
 * a batch that stops half-way leaves rows without their Kode, which the next run plans again.
 * Text is written as text (`@` before the value).
 */
import { type CellRange } from '../core/grid';
import type { PlanCell, PlanValidation } from '../core/sheetPlan';
import { REQUEST_BUDGET_BYTES, chunkAddresses, groupRuns, rangeA1 } from './writePlan';

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

/** Queues the updates on `ws`; `flush` is awaited whenever the queued bytes pass the request budget. */
export async function queueCells(
  ws: Excel.Worksheet,
  cells: readonly PlanCell[],
  validations: readonly PlanValidation[],
  kodeCol: number,
  flush: () => Promise<void>,
): Promise<void> {
  let queued = 0;
  const budget = async (bytes: number): Promise<void> => {
    queued += bytes;
    if (queued > REQUEST_BUDGET_BYTES) {
      await flush();
      queued = 0;
    }
  };
  const all = blocks(cells);
  // 1. number formats (text as text)
  for (const b of all) {
    const formats = b.cells.map((row) => row.map((c) => (typeof c?.value === 'string' ? '@' : (c?.format ?? 'General'))));
    ws.getRangeByIndexes(b.range.r1, b.range.c1, b.range.r2 - b.range.r1 + 1, b.range.c2 - b.range.c1 + 1).numberFormat = formats;
    await budget(JSON.stringify(formats).length + 80);
  }
  // 2. fills, fonts, alignment, borders: one RangeAreas per value
  const areas = (list: PlanCell[], apply: (ra: Excel.RangeAreas) => void): void => {
    for (const chunk of chunkAddresses(groupRuns(list))) apply(ws.getRanges(chunk));
  };
  const by = <K>(key: (c: PlanCell) => K | undefined): Map<K, PlanCell[]> => {
    const m = new Map<K, PlanCell[]>();
    for (const c of cells) {
      const k = key(c);
      if (k === undefined) continue;
      const list = m.get(k);
      if (list) list.push(c);
      else m.set(k, [c]);
    }
    return m;
  };
  for (const [fill, list] of by((c) => c.fill)) areas(list, (ra) => (ra.format.fill.color = fill));
  for (const [font, list] of by((c) => c.font)) areas(list, (ra) => (ra.format.font.color = font));
  areas(
    cells.filter((c) => c.bold),
    (ra) => (ra.format.font.bold = true),
  );
  areas(
    cells.filter((c) => c.wrap),
    (ra) => (ra.format.wrapText = true),
  );
  for (const [align, list] of by((c) => c.align)) {
    const h = align === 'center' ? 'Center' : align === 'right' ? 'Right' : 'Left';
    areas(list, (ra) => (ra.format.horizontalAlignment = h as Excel.HorizontalAlignment));
  }
  areas(
    cells.filter((c) => c.border),
    (ra) => {
      for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const) {
        ra.format.borders.getItem(edge).style = 'Continuous';
      }
    },
  );
  for (const v of validations) {
    const dv = ws.getRange(rangeA1(v.range)).dataValidation;
    dv.clear();
    dv.rule = { list: { inCellDropDown: true, source: v.list.join(',') } };
  }
  // 3. values, the Kode column last
  const valueBlocks = [...blocks(cells.filter((c) => c.c !== kodeCol)), ...blocks(cells.filter((c) => c.c === kodeCol))];
  for (const b of valueBlocks) {
    const values = b.cells.map((row) => row.map((c) => (c?.value === null || c?.value === undefined ? '' : c.value)));
    ws.getRangeByIndexes(b.range.r1, b.range.c1, b.range.r2 - b.range.r1 + 1, b.range.c2 - b.range.c1 + 1).values = values;
    await budget(JSON.stringify(values).length + 80);
  }
}
