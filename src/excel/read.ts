/**
 * Reading sheets as grids under the response payload limit (Excel on the web: 5 MB per
 * response). The first sync reads the used range's size and its first HEAD_ROWS rows with the
 * caller's other loads; a sheet longer than that is read in further chunks sized from the
 * bytes per row measured in the head, one sync each. Unit workbooks are read in one sync.
 */
import type { CellValue, Grid } from '../core/grid';

/** Rows read in the first sync: a RAPK sheet (the add-in's own sheets need fewer, see headRowsFor). */
export const HEAD_ROWS = 16_000;

/** The first read of a sheet, by its name: the Realisasi sheet has a row per indicator, a Ringkasan sheet is only replaced. */
export function headRowsFor(name: string): number {
  if (/^\s*ringkasan\b/i.test(name)) return 1;
  if (/^\s*realisasi\b/i.test(name)) return 6_000;
  return HEAD_ROWS;
}
/** bytes of values per chunk, under the 5 MB response limit with room for JSON overhead */
export const RESPONSE_BUDGET = 3_500_000;

export interface PendingRead {
  name: string;
  ws: Excel.Worksheet;
  used: Excel.Range;
  head: Excel.Range;
  headRows: number;
  /** false for sheets only the title of which matters (the add-in's Ringkasan sheets) */
  full: boolean;
}

export function queueRead(ws: Excel.Worksheet, name: string, headRows = HEAD_ROWS): PendingRead {
  const used = ws.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  const head = used.getIntersectionOrNullObject(ws.getRange(`1:${headRows}`));
  head.load('values,rowIndex,columnIndex');
  return { name, ws, used, head, headRows, full: headRows > 1 };
}

/**
 * Syncs reads queued by `queue`; when the response is over the payload limit (a sheet of very
 * long texts) the reads are queued again with small first reads: a failed batch loads nothing.
 */
export async function syncReads<T>(ctx: Excel.RequestContext, queue: (headRows?: number) => T): Promise<T> {
  const first = queue();
  try {
    await ctx.sync();
    return first;
  } catch (e) {
    if (!isPayloadError(e)) throw e;
    const again = queue(500);
    await ctx.sync();
    return again;
  }
}

export function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded';
}

/** Completes a read after its sync: the rest of a long sheet in chunks, then the grid from A1. */
export async function finishRead(ctx: Excel.RequestContext, p: PendingRead): Promise<Grid> {
  if (p.used.isNullObject) return { name: p.name, values: [] };
  const top = p.used.rowIndex;
  const left = p.used.columnIndex;
  const end = top + p.used.rowCount;
  const rows: unknown[][] = [];
  let bytesPerRow = 200;
  if (!p.head.isNullObject) {
    rows.push(...p.head.values);
    if (p.head.values.length) bytesPerRow = Math.max(16, JSON.stringify(p.head.values).length / p.head.values.length);
  }
  let next = Math.max(top, p.headRows);
  while (p.full && next < end) {
    const count = Math.min(end - next, Math.max(50, Math.floor(RESPONSE_BUDGET / bytesPerRow)));
    const chunk = p.ws.getRangeByIndexes(next, left, count, p.used.columnCount);
    chunk.load('values');
    await ctx.sync();
    rows.push(...chunk.values);
    next += count;
  }
  const values: CellValue[][] = [];
  for (let r = 0; r < top; r++) values.push([]);
  for (const row of rows) {
    const line: CellValue[] = Array<CellValue>(left).fill(null);
    for (const v of row)
      line.push(
        v === '' || v === undefined ? null : typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? v : String(v),
      );
    values.push(line);
  }
  return { name: p.name, values };
}
