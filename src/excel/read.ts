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
 * with a sheet's first rows (ExcelApi 1.13, `merges.ts`; ADR 005).
 */
import { type CellValue, type Grid, colName } from '../core/grid/grid';
import { MergeRead, isMergesFailure } from './merges';

export interface ReadLimits {
  /** bytes per response: 5 MB on Excel on the web; null where there is no cap (Windows, Mac) */
  responseBytes: number | null;
  /**
   * the host has `Range.getMergedAreasOrNullObject` (ExcelApi 1.13): the merged areas are read
   * with the values (`merges.ts`); false below 1.13, where sheets are read without them
   */
  merges?: boolean;
}

export const WEB_LIMITS: ReadLimits = { responseBytes: 5 * 1024 * 1024 };
export const DESKTOP_LIMITS: ReadLimits = { responseBytes: null };

/** Share of the response cap a planned batch may fill: estimates are from other rows. */
export const PLAN_SHARE = 0.8;
/** Bytes of a row of a sheet not seen yet (real RAPK sheets: 128–168; Realisasi: 255). */
export const EST_ROW_BYTES = 170;
/**
 * Bytes of the number formats of a row not seen yet: `"General",` is 10 bytes a cell, so a
 * 16-column RAPK row carries ~150 (measured: 80 on an 8-column sheet, 148–160 on 16 columns,
 * 180 on a 19-column Realisasi sheet). Estimated low on purpose so that a 15,000-row RAPK
 * (4.1 MB with its formats) is still read in one response; a batch that comes out too large
 * is refused by Excel and planned again (one more sync), never lost.
 */
export const EST_FORMAT_BYTES = 100;
/** Cells per range read, well under the five-million-cell limit of every platform. */
export const CELLS_PER_RANGE = 1_000_000;
/** Rows of a sheet read in the first batch on the desktop (no payload cap). */
export const DESKTOP_HEAD_ROWS = 100_000;
/**
 * Columns whose hidden state is loaded with a sheet's first rows (one tiny load each, in the
 * same batch: no extra sync). Real RAPKs have at most ~30 columns; a hidden column further
 * right is read like a visible one.
 */
export const HIDDEN_PROBE_COLS = 64;
/** Fewest rows worth a range of their own. */
const MIN_ROWS = 50;
/** Times a refused batch is planned again at a quarter of the size before the error is reported. */
const MAX_RETRIES = 5;

interface Chunk {
  range: Excel.Range;
  /** absolute row index of the chunk's first row */
  from: number;
  count: number;
}

/** One sheet being read. */
export class SheetRead {
  /** null until the read is done */
  grid: Grid | null = null;
  /** the sheet is protected (loaded with the first read of it) */
  isProtected = false;
  /** a protected sheet still allows formatting cells (fills: the marks) */
  allowsFormat = false;
  /** a protected sheet still allows editing objects (notes and comments) */
  allowsObjects = false;
  private state: 'new' | 'queued' | 'reading' | 'done' = 'new';
  private used: Excel.Range | null = null;
  private head: Excel.Range | null = null;
  private headRows = 0;
  private top = 0;
  private left = 0;
  private end = 0;
  private cols = 0;
  private next = 0;
  private bytesPerRow: number;
  private cellCap = CELLS_PER_RANGE;
  private readonly rows = new Map<number, unknown[]>();
  private readonly formatRows = new Map<number, unknown[]>();
  private chunks: Chunk[] = [];
  private hiddenProbe: Excel.Range[] = [];
  private hiddenCols: number[] = [];
  private sheetHidden = false;

  constructor(
    public name: string,
    readonly ws: Excel.Worksheet,
    /** only the title rows matter (the add-in's own Ringkasan sheets are only ever replaced) */
    readonly titleOnly: boolean,
    /**
     * load the number formats with the values, in the same batches (ADR 005), on every
     * platform: `95%` typed is 0.95 with a `%` format. Never with `titleOnly`.
     */
    readonly withFormats = false,
    /** read the merged areas (ExcelApi 1.13): with the first rows, or in bands after (`merges.ts`) */
    withMerges = false,
  ) {
    this.bytesPerRow = this.estRowBytes;
    this.mergeRead = new MergeRead(ws, withMerges);
  }

  /** the sheet's merged areas being read */
  readonly mergeRead: MergeRead;

  /** bytes of a row not seen yet: its values and, when they are loaded, its number formats */
  get estRowBytes(): number {
    return this.withFormats ? EST_ROW_BYTES + EST_FORMAT_BYTES : EST_ROW_BYTES;
  }

  private get load(): string {
    return this.withFormats ? 'values,numberFormat' : 'values';
  }

  get isNew(): boolean {
    return this.state === 'new';
  }
  get pending(): boolean {
    return this.state !== 'done';
  }

  /**
   * Queues the sheet's size, protection and first `rows` rows. Both ranges come from objects
   * that are never null (the sheet, its first rows): no call is chained on a null object,
   * whose behaviour office-js does not document.
   */
  queueHead(rows: number): number {
    this.headRows = this.titleOnly ? 1 : Math.max(1, rows);
    this.used = this.ws.getUsedRangeOrNullObject(true);
    this.used.load('rowIndex,columnIndex,rowCount,columnCount');
    this.head = this.ws.getRange(`1:${this.headRows}`).getUsedRangeOrNullObject(true);
    this.head.load(`${this.load},rowIndex,columnIndex`);
    this.ws.protection.load('protected,options');
    if (!this.titleOnly) {
      // what the planner sees (ADR 005): hidden columns are not read, a hidden sheet is said
      this.hiddenProbe = Array.from({ length: HIDDEN_PROBE_COLS }, (_, c) =>
        this.ws.getRange(`${colName(c)}:${colName(c)}`).load('columnHidden'),
      );
      this.ws.load('visibility');
      this.mergeRead.queueSheet();
    }
    this.state = 'queued';
    return this.headRows * this.estRowBytes;
  }

  /** Queues row chunks of the rest within `budget` bytes; returns the bytes planned. */
  queueRest(budget: number, force: boolean): number {
    let planned = 0;
    while (this.state === 'reading' && this.next < this.end) {
      const left = budget - planned;
      const fit = Number.isFinite(left) ? Math.floor(left / this.bytesPerRow) : Infinity;
      const maxRows = Math.max(1, Math.floor(this.cellCap / Math.max(1, this.cols)));
      let count = Math.min(this.end - this.next, fit, maxRows);
      if (count < Math.min(MIN_ROWS, this.end - this.next)) {
        if (!force || planned > 0) break;
        count = Math.min(this.end - this.next, MIN_ROWS);
      }
      const range = this.ws.getRangeByIndexes(this.next, this.left, count, this.cols);
      // the properties are named (values, and number formats where asked): the rule sees only a literal
      // eslint-disable-next-line office-addins/no-empty-load
      range.load(this.load);
      this.chunks.push({ range, from: this.next, count });
      this.next += count;
      planned += count * this.bytesPerRow;
      force = false;
    }
    return planned;
  }

  /** Bands of merged areas, once the used range is known and the whole sheet's request failed; their planned bytes. */
  queueMerges(budget: number): number {
    return this.state === 'reading' && this.mergeRead.waiting
      ? this.mergeRead.queueBands(this.top, this.left, this.end, this.cols, budget)
      : 0;
  }

  /** The batch was refused: forget what it queued. */
  rollback(): void {
    this.mergeRead.rollback();
    if (this.state === 'queued') this.state = 'new';
    for (const c of this.chunks) this.next = Math.min(this.next, c.from);
    this.chunks = [];
  }

  /** The batch ran: take what it loaded. */
  commit(): void {
    this.mergeRead.commit();
    if (this.state === 'queued') {
      this.isProtected = this.ws.protection.protected;
      if (this.isProtected) {
        const o = this.ws.protection.options;
        this.allowsFormat = !!o.allowFormatCells;
        this.allowsObjects = !!o.allowEditObjects;
      }
      this.hiddenCols = this.hiddenProbe.flatMap((p, c) => (p.columnHidden === true ? [c] : []));
      this.sheetHidden = !this.titleOnly && this.ws.visibility !== 'Visible';
      this.hiddenProbe = [];
      const used = this.used!;
      if (used.isNullObject) return this.finish([]);
      this.top = used.rowIndex;
      this.left = used.columnIndex;
      this.cols = used.columnCount;
      this.end = this.top + used.rowCount;
      // the used cells of the first rows: null when none (the table starts lower down); they
      // may start right of the sheet's used range's left column and end above its last row
      const head = this.head!;
      const values = head.isNullObject ? [] : (head.values as unknown[][] | null);
      if (values === null) {
        // over the cell limit (Range.values can come back null): read it all in chunks
        this.next = this.top;
        this.bytesPerRow = Math.max(this.bytesPerRow, this.cols * 3);
      } else {
        const pad = head.isNullObject ? 0 : head.columnIndex - this.left;
        const from = head.isNullObject ? this.top : head.rowIndex;
        const padded = <T>(row: T[], fill: T): T[] => (pad > 0 ? [...Array<T>(pad).fill(fill), ...row] : row);
        values.forEach((row, i) => this.rows.set(from + i, padded(row, '' as unknown)));
        const formats = this.withFormats && !head.isNullObject ? (head.numberFormat as unknown[][] | null) : null;
        formats?.forEach((row, i) => this.formatRows.set(from + i, padded(row, null as unknown)));
        this.next = Math.max(this.top, Math.min(this.end, this.headRows));
        const bytes = JSON.stringify(values).length + (formats ? JSON.stringify(formats).length : 0);
        if (values.length) this.bytesPerRow = Math.max(16, bytes / values.length);
      }
      this.state = 'reading';
      if (this.titleOnly) this.end = this.next;
    }
    for (const c of this.chunks) {
      const values = c.range.values as unknown[][] | null;
      if (values === null) {
        // the platform would not return this many cells: read them again in smaller pieces
        this.next = Math.min(this.next, c.from);
        this.cellCap = Math.max(this.cols * MIN_ROWS, Math.floor(this.cellCap / 2));
        continue;
      }
      values.forEach((row, i) => this.rows.set(c.from + i, row));
      if (this.withFormats) (c.range.numberFormat as unknown[][] | null)?.forEach((row, i) => this.formatRows.set(c.from + i, row));
    }
    this.chunks = [];
    if (this.state === 'reading' && this.next >= this.end && !this.mergeRead.waiting) {
      const values = this.assemble();
      this.finish(values);
      if (this.withFormats) this.grid = { ...this.grid!, formats: this.assembleFormats() };
    }
  }

  /** The number formats, same shape as the values; `General` (the default) as null. */
  private assembleFormats(): (string | null)[][] {
    const out: (string | null)[][] = [];
    for (let r = 0; r < this.top; r++) out.push([]);
    for (let r = this.top; r < this.end; r++) {
      const line: (string | null)[] = Array<string | null>(this.left).fill(null);
      for (const f of this.formatRows.get(r) ?? []) line.push(typeof f === 'string' && f !== 'General' ? f : null);
      out.push(line);
    }
    this.formatRows.clear();
    return out;
  }

  private finish(values: CellValue[][]): void {
    this.grid = {
      name: this.name,
      values,
      ...(this.mergeRead.merges.length ? { merges: [...this.mergeRead.merges] } : {}),
      ...(this.mergeRead.lost ? { mergesUnknown: true } : {}),
      ...(this.hiddenCols.length ? { hiddenCols: this.hiddenCols } : {}),
      ...(this.sheetHidden ? { hidden: true } : {}),
    };
    this.state = 'done';
  }

  /** The grid from A1: rows above and columns left of the used range are empty. */
  private assemble(): CellValue[][] {
    const values: CellValue[][] = [];
    for (let r = 0; r < this.top; r++) values.push([]);
    for (let r = this.top; r < this.end; r++) {
      const line: CellValue[] = Array<CellValue>(this.left).fill(null);
      for (const v of this.rows.get(r) ?? [])
        line.push(
          v === '' || v === undefined || v === null
            ? null
            : typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean'
              ? v
              : String(v),
        );
      values.push(line);
    }
    this.rows.clear();
    return values;
  }
}

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
  ) {}

  add(ws: Excel.Worksheet, name: string, titleOnly = false): SheetRead {
    // the number formats on every platform (ADR 005); a title-only read needs none
    const r = new SheetRead(name, ws, titleOnly, !titleOnly, !titleOnly && this.limits.merges !== false);
    this.reads.push(r);
    return r;
  }

  get done(): boolean {
    return this.reads.every((r) => !r.pending);
  }

  /** Plans one batch: heads of sheets not seen yet first, then the rest of those seen. */
  private plan(): void {
    const cap = this.limits.responseBytes;
    let left = cap === null ? Infinity : cap * PLAN_SHARE * this.scale;
    let queued = false;
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
        const rows = Math.max(MIN_ROWS, Math.floor(left / est / take));
        for (const r of full.slice(0, take)) left -= r.queueHead(rows);
      }
    }
    for (const r of this.reads) left -= r.queueMerges(left);
    for (const r of this.reads) {
      if (left <= 0 && queued) break;
      const planned = r.queueRest(left, !queued);
      if (planned > 0) queued = true;
      left -= planned;
    }
  }

  /**
   * One batch: the reads' share plus `extra` (the caller's loads, queued again if a refused
   * batch has to be planned anew). Returns when the batch ran.
   */
  async sync(extra?: () => void): Promise<void> {
    for (let retries = 0; ; retries++) {
      this.plan();
      extra?.();
      try {
        await this.ctx.sync();
      } catch (e) {
        // the whole-sheet requests are the ones over the cap; bands only when no such request ran
        const sheets = this.reads.filter((r) => r.mergeRead.sheetInFlight);
        const merging = sheets.length ? sheets : this.reads.filter((r) => r.mergeRead.inFlight);
        for (const r of this.reads) r.rollback();
        if (merging.length && isMergesFailure(e)) {
          // more than 512 merged areas: again without them; the sheet's merges then come in
          // bands, and after a second failure not at all
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
}
