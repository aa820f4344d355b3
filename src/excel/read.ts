/**
 * Reading sheets as grids in as few syncs as the platform allows.
 *
 * Excel on the web caps every request and every response at 5 MB; Excel on Windows and on the
 * Mac has no payload cap. Every platform returns at most five million cells per range read.
 * Every platform loads the number formats with the values, in the same range loads (ADR 005:
 * `95%` typed is 0.95 with a `%` format); they weigh about as much as the values.
 * So on the desktop a sheet is read whole in the batch that first asks for it; on the web the
 * reader packs what is still unread of every sheet into as few responses as fit under the cap:
 * sheets not seen yet get a head sized from a typical RAPK row, sheets already seen are read on
 * in row chunks sized from their own bytes per row. A batch refused as too large loaded nothing
 * and changed nothing, so it is planned again at a quarter of the size. The merged areas come
 * with the rows they start in, in the same batches (ExcelApi 1.13, `merges.ts`; ADR 005).
 */
import { DESKTOP_HEAD_MERGE_ROWS, WEB_HEAD_MERGE_ROWS, isMergesFailure } from './merges';
import { SheetRead } from './sheetRead';

export { SheetRead } from './sheetRead';

export * from './readLimits';
import { DESKTOP_HEAD_ROWS, MAX_RETRIES, MIN_ROWS, PLAN_SHARE, type ReadLimits } from './readLimits';

export function isLimitError(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded' || code === 'RangeExceedsLimit';
}

/**
 * Reads sheets for one command. `add` a sheet, then `sync` batches until `done`: each batch
 * carries what fits of every pending read, plus the caller's own loads for that batch.
 */
export class SheetReader {
  private readonly reads: SheetRead[] = [];
  private scale = 1;

  constructor(
    private readonly ctx: Excel.RequestContext,
    private readonly limits: ReadLimits,
    /** under a payload cap, the formats of rows past FULL_FORMAT_ROWS come later, for the cells holding numbers only */
    private readonly deferFormats = false,
    /**
     * a grid is made as soon as its values are read (`valuesRead`), the merged areas still owed
     * (rows past the first batch's, bands after a failure) coming in the batches after, with
     * what is left once the values are planned (Validasi: with its fills)
     */
    private readonly lateMerges = false,
  ) {}

  add(ws: Excel.Worksheet, name: string, titleOnly = false): SheetRead {
    // the number formats on every platform (ADR 005); a title-only read needs none
    const defer = this.deferFormats && this.limits.responseBytes !== null && !titleOnly;
    // the merged areas of a sheet's first rows: fewer asked where requests go over the network
    const headMerges = this.limits.headMergeRows ?? (this.limits.responseBytes === null ? DESKTOP_HEAD_MERGE_ROWS : WEB_HEAD_MERGE_ROWS);
    const r = new SheetRead(
      name,
      ws,
      titleOnly,
      !titleOnly,
      !titleOnly && this.limits.merges !== false,
      defer,
      this.limits.fullFormatRows,
      headMerges,
      this.lateMerges,
    );
    this.reads.push(r);
    return r;
  }

  get done(): boolean {
    return this.reads.every((r) => !r.pending);
  }

  /** Every sheet's values are read (`lateMerges`: merged areas may still be owed). */
  get valuesRead(): boolean {
    return this.reads.every((r) => r.valuesRead);
  }

  /**
   * Plans one batch, `reserve` response bytes left to the caller's own loads: merged areas owed
   * first (after the values with `lateMerges`), heads of sheets not seen yet, then the rest of
   * those seen, then owed formats.
   */
  private plan(reserve: number): void {
    const cap = this.limits.responseBytes;
    let left = cap === null ? Infinity : cap * PLAN_SHARE * this.scale - reserve;
    // the caller's own loads (`reserve`) make the batch: nothing of the reads is forced into it
    let queued = reserve > 0;
    const merges = (): void => {
      for (const r of this.reads) {
        if (this.lateMerges && left <= 0 && queued) break;
        const m = r.queueMerges(left);
        if (m > 0) queued = true;
        left -= m;
      }
    };
    // the merged areas of rows already read come first: a sheet waits for them, and they are
    // small; with `lateMerges` the grids are made without them, so the values go first
    if (!this.lateMerges) merges();
    const fresh = this.reads.filter((r) => r.isNew);
    for (const r of fresh.filter((x) => x.titleOnly)) {
      left -= r.queueHead(1);
      queued = true;
    }
    const full = fresh.filter((x) => !x.titleOnly);
    if (full.length) {
      queued = true;
      if (cap === null) {
        for (const r of full) r.queueHead(Math.max(MIN_ROWS, Math.floor(DESKTOP_HEAD_ROWS * this.scale)));
      } else {
        // an equal share each, at least a few thousand rows; the others wait for the next batch
        const est = full[0]!.estRowBytes;
        const take = Math.max(1, Math.min(full.length, Math.floor(left / est / 2000)));
        const rows = Math.max(MIN_ROWS, full[0]!.headRowsFor(left / take));
        for (const r of full.slice(0, take)) left -= r.queueHead(rows);
      }
    }
    for (const r of this.reads) {
      if (left <= 0 && queued) break;
      const planned = r.queueRest(left, !queued);
      if (planned > 0) queued = true;
      left -= planned;
    }
    if (this.lateMerges) merges();
    // formats owed for rows already read (deferFormats) take what is left (a probe too large for
    // a whole response is probed again in parts)
    for (const r of this.reads) if (left > 0) left -= r.owed.queueLoads(left, this.owedBudget);
  }

  /**
   * One batch: the reads' share plus `extra` (the caller's loads, queued again if a refused
   * batch has to be planned anew; `reserve`: the response bytes they bring, left to them).
   * Returns when the batch ran.
   */
  async sync(extra?: () => void, reserve = 0): Promise<void> {
    for (let retries = 0; ; retries++) {
      this.plan(reserve);
      extra?.();
      try {
        await this.ctx.sync();
      } catch (e) {
        // the bands of rows are the requests that can be over the cap; the used range's bands only when none ran
        const sheets = this.reads.filter((r) => r.mergeRead.rowsInFlight);
        const merging = sheets.length ? sheets : this.reads.filter((r) => r.mergeRead.inFlight);
        for (const r of this.reads) r.rollback(isLimitError(e));
        // more than 512 merged areas in a band of rows (`isMergesFailure`; a payload limit is
        // the batch's size, planned again smaller below): again without them; the sheet's merges
        // then come in bands of the used range, and after a second failure not at all
        if (merging.length && !isLimitError(e) && isMergesFailure(e)) {
          for (const r of merging) r.mergeRead.failed();
          continue;
        }
        if (!isLimitError(e) || retries >= MAX_RETRIES) throw e;
        this.scale /= 4;
        continue;
      }
      for (const r of this.reads) r.commit();
      // the rows read so far size the next batch: back to the full budget
      this.scale = 1;
      return;
    }
  }

  /** Batches until every read is done. */
  async finish(): Promise<void> {
    while (!this.done) await this.sync();
  }

  /** Batches until every sheet's values are read (`lateMerges`: the grids may still lack merged areas). */
  async finishValues(): Promise<void> {
    while (!this.valuesRead) await this.sync();
  }

  /** Formats owed (`deferFormats`): the grids lack those of cells holding numbers below the first rows. */
  get owesFormats(): boolean {
    return this.reads.some((r) => r.owed.owed);
  }

  /** A whole response's budget for owed formats. */
  get owedBudget(): number {
    return (this.limits.responseBytes ?? Infinity) * PLAN_SHARE;
  }

  /**
   * Batches until no format is owed (for a caller with no batch of its own to carry them); a
   * batch refused as too large is planned again at a quarter of the budget.
   */
  async finishOwed(): Promise<void> {
    for (let retries = 0, scale = 1; this.owesFormats; ) {
      const budget = this.owedBudget * scale;
      let planned = 0;
      for (const r of this.reads) planned += r.owed.queueLoads(budget - planned, budget, true);
      try {
        await this.ctx.sync();
      } catch (e) {
        for (const r of this.reads) r.owed.rollback(true);
        if (!isLimitError(e) || retries >= MAX_RETRIES) throw e;
        retries++;
        scale /= 4;
        continue;
      }
      for (const r of this.reads) r.commit();
      retries = 0;
      scale = 1;
    }
  }
}
