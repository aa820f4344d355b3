/**
 * Request sizes and the helpers that keep every batch under them, independent of the host's
 * list separator.
 *
 * Excel on the web refuses requests and responses over 5 MB; we keep every request under
 * REQUEST_BUDGET_BYTES. The per-operation sizes are Microsoft's own client's (ADR 007:
 * `@microsoft/office-js` serializing our batches in tests), rounded up.
 */
import { type CellRange, rangeA1 } from '../core/grid/grid';

/** Bytes a batch may carry before it is sent: under the 4 MB we keep every request to. */
export const REQUEST_BUDGET_BYTES = 3_500_000;
/**
 * Bytes of one `getRange(address)` plus one property set or load on its format, inside
 * `Excel.run` (which keeps ranges by reference): 574 B (a fill set) to 596 B (a fill load) measured with Microsoft's client, plus
 * ~280 B of tracking (ADR 007).
 */
export const BYTES_PER_RANGE_OP = 900;
/** Bytes of each further property set on the same range's format (4 fill properties: 896 B vs 574 B). */
export const BYTES_PER_EXTRA_PROP = 110;
/** Bytes of one range's six border edges (measured: 2,270 B + tracking). */
export const BYTES_PER_BORDERS = 2550;
/** Bytes of one merge (`getRange(address).merge()`: 288 B measured, plus tracking). */
export const BYTES_PER_MERGE = 600;
/** Bytes of one 1×1 number format on a column run (`getRangeByIndexes(…).numberFormat`: 304 B, plus tracking). */
export const BYTES_PER_NUMBER_FORMAT = 620;
/** Bytes per cell of `setCellProperties` with a fill colour, and per cell left alone (`{}`). */
export const BYTES_PER_FILLED_CELL = 45;
export const BYTES_PER_EMPTY_CELL = 6;
/** Cells per `setCellProperties` call (an internal error was reported near 90k cells on the web: #2564). */
export const CELLS_PER_PROPERTIES_CALL = 10_000;
/** Bytes of one note or comment added or changed, beyond its text (comments.add with a Range: 400 B + tracking). */
export const BYTES_PER_NOTE_OP = 700;

/** Items grouped by a key (items whose key is undefined are left out), in first-seen order: one write per group. */
export function groupBy<T, K>(items: readonly T[], key: (x: T) => K | undefined): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const x of items) {
    const k = key(x);
    if (k === undefined) continue;
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return m;
}

/** Joins cells into horizontal runs (`A3:S3`), then runs of the same columns into blocks. */
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

/**
 * Counts the bytes queued on a context and syncs before a batch would pass the budget. The
 * caller's `sync` is where it marks progress (what a failure has already changed).
 */
export class Budget {
  private queued = 0;
  constructor(
    private readonly sync: () => Promise<void>,
    private readonly limit = REQUEST_BUDGET_BYTES,
  ) {}
  /** bytes queued since the last sync */
  get bytes(): number {
    return this.queued;
  }
  /** Makes room for `bytes` more (a sync when they would not fit), then counts them. */
  async take(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.limit) await this.flush();
    this.queued += bytes;
  }
  /** Sends what is queued (if anything). */
  async flush(): Promise<void> {
    if (this.queued === 0) return;
    this.queued = 0;
    await this.sync();
  }
  /** Counts bytes queued elsewhere. */
  add(bytes: number): void {
    this.queued += bytes;
  }
}

/**
 * Applies `apply` to every block of `cells`, one `getRange` each: a multi-area address
 * (`getRanges("B7:C7,G10")`) depends on the host's list separator, `;` on Windows with e.g.
 * Indonesian regional settings (OfficeDev/office-js#1167, #1985), so none is ever built.
 */
export async function eachBlock(
  ws: Excel.Worksheet,
  cells: { r: number; c: number }[],
  budget: Budget,
  apply: (range: Excel.Range) => void,
  bytesPerBlock = BYTES_PER_RANGE_OP,
): Promise<void> {
  for (const block of groupRuns(cells)) {
    await budget.take(bytesPerBlock);
    apply(ws.getRange(rangeA1(block)));
  }
}

/** A request Excel refused as too large: it ran nothing. */
export function isRefusedRequest(e: unknown): boolean {
  const err = e as { code?: string; debugInfo?: { code?: string } } | null;
  return (err?.code ?? err?.debugInfo?.code) === 'RequestPayloadSizeLimitExceeded';
}

/**
 * A sync that writes: `progress.done` says whether the workbook may have changed. A request
 * refused for its size ran nothing, so when it was the first write the change is "nothing".
 */
export async function writeSync(
  ctx: Excel.RequestContext,
  progress: { done: boolean },
  /** a failure the caller knows ran nothing (its first write: e.g. the marks record refused) */
  ranNothing: (e: unknown) => boolean = () => false,
): Promise<void> {
  const before = progress.done;
  progress.done = true;
  try {
    await ctx.sync();
  } catch (e) {
    if (!before && (isRefusedRequest(e) || ranNothing(e))) progress.done = false;
    throw e;
  }
}
