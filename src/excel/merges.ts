/**
 * Reading a sheet's merged areas with `Range.getMergedAreasOrNullObject()` (ExcelApi 1.13; ADR
 * 005, merges): the reader needs them for the cells merged below the header (an RO merged down
 * a budget sub-table, a target merged across B01:B12), as the CLI has them from the file.
 *
 * Excel returns the merged areas whose top-left cell is in the range (office-js#3611), a null
 * object when there is none, and fails when there are more than 512 (the reference names no
 * error code or location: `isMergesFailure`); one failing call fails its whole batch. So the
 * areas are asked for in bands of whole rows (ROWS_PER_BAND), with the rows they cover, in the
 * batches that read those rows: no extra sync, however many areas the sheet has (real RAPKs:
 * up to 2.1 a row, 4,000 and more on a 2,000-row sheet; a band fails only past 8 a row). If a
 * band fails all the same, the batch is run again without merges and the merges are read in
 * bands of at most 512 cells of the used range (no such band can hold more than 512 top-left
 * cells), in the next batch: one more sync, whatever the size. If that fails too, or on hosts
 * below ExcelApi 1.13, the sheet is read without merges (`MergeRead.lost`).
 */
import type { CellRange } from '../core/grid/grid';

/** The documented cap on the areas one call returns; a band of this many cells never exceeds it. */
export const MERGED_AREAS_CAP = 512;

/**
 * Whole rows per band asked with the rows read: a band fails only when it holds more than 512
 * areas, 8 a row on average (the real documents: 0.2 to 2.1 a row; Rejang Lebong's RO,
 * KOMPONEN and SUB KOMPONEN merged across on most lines).
 */
export const ROWS_PER_BAND = 64;

/**
 * Rows whose areas the batch reading a sheet's first rows asks for, at most. A band is a request
 * (~800 bytes through Microsoft's client) whether or not the sheet reaches that far, since the
 * sheet's size is known only after that batch; every unit workbook is far shorter than either.
 * Windows and Mac read their first 100,000 rows in that batch and send requests locally: 256
 * bands (~200 KB). Excel on the web sends them over the planner's connection: 64 bands (~50 KB).
 * A longer sheet's further rows are asked with its next reads, or in a batch of their own.
 */
export const DESKTOP_HEAD_MERGE_ROWS = 16_384;
export const WEB_HEAD_MERGE_ROWS = 4_096;

/**
 * Response bytes a row's merged areas are planned at before any was read: ~32 bytes an area in
 * the address (`'RAPK 2025'!D121:F121, `), about one area a row (the real documents: 0.2–2.1).
 * The rows read size the next ones (`rowBytes`). A batch that comes out too large is refused
 * and planned again, never lost.
 */
export const EST_MERGE_ROW_BYTES = 80;

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

function colIndex(letters: string): number {
  let c = 0;
  for (const ch of letters.toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c - 1;
}

/** One area reference (`D6:D7`, whole rows `3:4`, whole columns `B:C`) as a range; null if none of these. */
function areaOf(ref: string): CellRange | null {
  const cells = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(ref);
  if (cells) {
    const r1 = Number(cells[2]) - 1;
    const c1 = colIndex(cells[1]!);
    return { r1, c1, r2: cells[4] ? Number(cells[4]) - 1 : r1, c2: cells[3] ? colIndex(cells[3]) : c1 };
  }
  const rows = /^\$?(\d{1,7}):\$?(\d{1,7})$/.exec(ref);
  if (rows) return { r1: Number(rows[1]) - 1, c1: 0, r2: Number(rows[2]) - 1, c2: MAX_COL };
  const cols = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(ref);
  if (cols) return { r1: 0, c1: colIndex(cols[1]!), r2: MAX_ROW, c2: colIndex(cols[2]!) };
  return null;
}

/** One `Sheet!A1:B2` block of a RangeAreas address: the sheet part quoted (`'RAPK 2024'!`) or not. */
const BLOCK = /\s*(?:'(?:[^']|'')*'|[^'!,]+)!([^,\s]+)\s*(?:,|$)/y;

/**
 * The areas of a RangeAreas `address` ("Sheet1!A1:B4, Sheet1!D1:D4" in the reference; the
 * separator with or without a space). Null when it cannot be read whole, or when an area is a
 * single cell (a merged area never is: a host returning only top-left cells, office-js#1590):
 * then no merge is taken from it rather than a wrong one.
 */
export function parseMergedAddress(address: string, count: number): CellRange[] | null {
  const out: CellRange[] = [];
  BLOCK.lastIndex = 0;
  while (BLOCK.lastIndex < address.length) {
    const at = BLOCK.lastIndex;
    const m = BLOCK.exec(address);
    if (!m || BLOCK.lastIndex === at) return null;
    const area = areaOf(m[1]!);
    if (!area || (area.r1 === area.r2 && area.c1 === area.c2)) return null;
    out.push(area);
  }
  return out.length === count ? out : null;
}

/**
 * A failed batch that asked for merged areas failed on them (more than 512): Excel names the
 * failing call in the error's location, as it does for the calls of a batch (`isRecordFailure`
 * in marks.ts relies on it too); the reference documents neither the code nor the location of
 * this one, so a `GeneralException` Excel did not locate is taken for it too (the batch runs
 * again without them: a failure of the command's own comes back then, and is reported). Any
 * other code (`NotImplemented` of threaded comments on LTSC, `AccessDenied`, ...) or a failure
 * located at another call is the command's.
 */
export function isMergesFailure(e: unknown): boolean {
  const err = e as { code?: string; debugInfo?: { errorLocation?: string } } | null;
  const loc = err?.debugInfo?.errorLocation ?? '';
  if (loc) return /getMergedAreas|RangeAreas/i.test(loc);
  return err?.code === 'GeneralException';
}

/** One getMergedAreasOrNullObject request queued in a batch. */
type Request = Excel.RangeAreas;

/** The merges of one sheet being read. */
export class MergeRead {
  /** what is asked next: bands of whole rows with the rows read, bands of the used range (after a failure), nothing more */
  private mode: 'rows' | 'bands' | 'done';
  private queued: Request[] = [];
  private readonly areas: CellRange[] = [];
  /** rows mode: the rows whose areas were read (from the top), and those asked in the batch being run */
  private coveredTo = 0;
  private queuedTo = 0;
  /** the lowest row holding an area's top-left, +1 (sizes `rowBytes` by the rows that have areas) */
  private lastRow = 0;
  /** the bands of the used range (after a failed band of rows), and the first not yet read */
  private bands: CellRange[] | null = null;
  private nextBand = 0;
  private firstQueued = 0;
  /** response bytes a row's areas are planned at: measured from the rows read */
  rowBytes = EST_MERGE_ROW_BYTES;
  private cols = 1;
  /** the merges could not be read (host below 1.13, a failure, an address not understood) */
  lost = false;

  constructor(
    private readonly ws: Excel.Worksheet,
    enabled: boolean,
  ) {
    this.mode = enabled ? 'rows' : 'done';
    this.lost = !enabled;
  }

  /** Merge requests are in the batch being run. */
  get inFlight(): boolean {
    return this.queued.length > 0;
  }
  /** Bands of whole rows are in the batch being run (the requests that can fail: the used range's bands cannot). */
  get rowsInFlight(): boolean {
    return this.mode === 'rows' && this.queued.length > 0;
  }
  /** Response bytes each further row read brings with its merged areas (bands of rows only). */
  get perRow(): number {
    return this.mode === 'rows' ? this.rowBytes : 0;
  }
  /** Bands of the used range still to be read once it is known. */
  get waiting(): boolean {
    return this.mode === 'bands';
  }
  /** Rows above `end` whose areas were not read yet (bands of rows: the head asks for a few thousand rows' at most). */
  rowsOwed(end: number): boolean {
    return this.mode === 'rows' && this.coveredTo < end;
  }

  /** Bands of rows: rows above `row` not asked yet (neither read nor in the batch being planned). */
  owedAbove(row: number): boolean {
    return this.mode === 'rows' && this.queuedTo < row;
  }

  /**
   * The areas whose top-left cell is in the rows not asked yet, up to `to` (0-based, excluded),
   * in bands of ROWS_PER_BAND whole rows: with the rows read in the same batch, so every row is
   * asked once, from the top. With a finite `budget`, as many rows as it holds at the weight
   * planned (a band at least). Returns the response bytes planned.
   */
  queueRows(to: number, budget = Infinity): number {
    if (this.mode !== 'rows') return 0;
    const start = this.queuedTo;
    const fit = Number.isFinite(budget) ? Math.max(ROWS_PER_BAND, Math.floor(budget / this.rowBytes)) : Infinity;
    const end = Math.min(to, start + fit);
    if (end <= start) return 0;
    for (let r = start; r < end; r += ROWS_PER_BAND) {
      const last = Math.min(end, r + ROWS_PER_BAND);
      this.queued.push(
        this.ws
          .getRange(`${r + 1}:${last}`)
          .getMergedAreasOrNullObject()
          .load('address,areaCount'),
      );
    }
    this.queuedTo = end;
    return (end - start) * this.rowBytes;
  }

  /**
   * After a failed band of rows: row bands of the used range, at most 512 cells each, as many
   * as `budget` response bytes hold (at least one), planned at `rowBytes` a row. Returns the
   * bytes planned.
   */
  queueBands(top: number, left: number, end: number, cols: number, budget: number): number {
    if (this.mode !== 'bands' || this.queued.length) return 0;
    if (!this.bands) {
      this.bands = bandsOf(top, left, end, cols);
      this.cols = Math.max(1, cols);
    }
    if (this.bands.length === 0) {
      this.mode = 'done';
      return 0;
    }
    this.firstQueued = this.nextBand;
    let planned = 0;
    for (const b of this.bands.slice(this.nextBand)) {
      const bytes = ((b.r2 - b.r1 + 1) * this.rowBytes * (b.c2 - b.c1 + 1)) / this.cols;
      if (this.queued.length && planned + bytes > budget) break;
      const range = this.ws.getRangeByIndexes(b.r1, b.c1, b.r2 - b.r1 + 1, b.c2 - b.c1 + 1);
      this.queued.push(range.getMergedAreasOrNullObject().load('address,areaCount'));
      planned += bytes;
    }
    this.nextBand += this.queued.length;
    return planned;
  }

  /**
   * The batch carrying merge requests failed on them: after bands of rows, the used range's
   * bands (every area asked again: those read are dropped), planned at 8 areas a row at least
   * (a band of rows held more than 512); after those, nothing.
   */
  failed(): void {
    this.queued = [];
    if (this.mode !== 'rows') return this.lose();
    this.mode = 'bands';
    this.areas.length = 0;
    this.coveredTo = this.queuedTo = 0;
    this.rowBytes = Math.max(this.rowBytes, DENSE_ROW_BYTES);
  }

  /**
   * The batch was refused (`tooLarge`: for its size) and is planned again: ask the same again.
   * Refused for its size with areas in it, they weigh more than planned (denser rows than those
   * read): planned at four times the weight from now on, as the batch is at a quarter (the
   * areas read measure them again).
   */
  rollback(tooLarge = false): void {
    if (tooLarge && this.queued.length) this.rowBytes *= 4;
    if (this.queued.length && this.mode === 'bands') this.nextBand = this.firstQueued;
    this.queuedTo = this.coveredTo;
    this.queued = [];
  }

  /** The batch ran: take the areas it loaded. */
  commit(): void {
    if (!this.queued.length) return;
    let bytes = 0;
    for (const q of this.queued) {
      if (q.isNullObject) continue;
      bytes += q.address.length;
      const got = parseMergedAddress(q.address, q.areaCount);
      if (!got) return this.lose();
      this.areas.push(...got);
      for (const a of got) this.lastRow = Math.max(this.lastRow, a.r1 + 1);
    }
    this.queued = [];
    if (this.mode === 'rows') {
      // the next rows are planned at what the rows of this batch weigh (up to the last area:
      // rows asked below a sheet's end hold none); a batch without areas says nothing
      const rows = Math.min(this.queuedTo, this.lastRow) - this.coveredTo;
      if (bytes > 0 && rows > 0) this.rowBytes = Math.max(1, bytes / rows);
      this.coveredTo = this.queuedTo;
      return;
    }
    if (this.bands) {
      // never planned lighter than the densest bands read (the sheet's rows are denser somewhere)
      const done = this.bands.slice(this.firstQueued, this.nextBand);
      const left = this.bands[0]!.c1;
      const rows = done.filter((b) => b.c1 === left).reduce((n, b) => n + b.r2 - b.r1 + 1, 0);
      if (rows > 0) this.rowBytes = Math.max(this.rowBytes, bytes / rows);
    }
    if (this.nextBand >= (this.bands?.length ?? 0)) this.mode = 'done';
  }

  private lose(): void {
    this.queued = [];
    this.areas.length = 0;
    this.mode = 'done';
    this.lost = true;
  }

  get merges(): CellRange[] {
    return this.areas;
  }
}

/** Bytes a row of a sheet whose band of rows held more than 512 areas is planned at: 8 areas of ~32 bytes. */
const DENSE_ROW_BYTES = 256;

/** Row bands of the used range of at most 512 cells each (512 columns wide at most). */
function bandsOf(top: number, left: number, end: number, cols: number): CellRange[] {
  const out: CellRange[] = [];
  if (cols <= 0 || end <= top) return out;
  const rows = Math.max(1, Math.floor(MERGED_AREAS_CAP / cols));
  const width = Math.min(cols, MERGED_AREAS_CAP);
  for (let r = top; r < end; r += rows)
    for (let c = left; c < left + cols; c += width)
      out.push({ r1: r, c1: c, r2: Math.min(end, r + rows) - 1, c2: Math.min(left + cols, c + width) - 1 });
  return out;
}
