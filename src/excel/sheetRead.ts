/**
 * One sheet being read as a grid (`read.ts` plans the batches of every sheet of a command:
 * `SheetReader`): its first rows with the used range, hidden columns and protection, the rest in
 * row chunks, the merged areas (`merges.ts`) and the number formats (owed ones: `owedFormats.ts`).
 */
import { type CellValue, type Grid, colName } from '../core/grid/grid';
import { DESKTOP_HEAD_MERGE_ROWS, MergeRead } from './merges';
import { OwedFormats, bytesPerFormat, withFormatsSet } from './owedFormats';
import { CELLS_PER_RANGE, EST_FORMAT_BYTES, EST_ROW_BYTES, FULL_FORMAT_ROWS, HIDDEN_PROBE_COLS, MIN_ROWS } from './readLimits';

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
  /** the formats of the first rows, when the head's rows below them are read without theirs */
  private formatHead: Excel.Range | null = null;
  /** formats of the cells holding numbers in rows read without formats (`deferFormats`) */
  readonly owed = new OwedFormats();
  /** owed formats loaded, not yet in the grid ([row, column, format]) */
  private owedSet: [number, number, string][] = [];

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
    /** below FULL_FORMAT_ROWS, only the cells holding numbers get their formats, in a later batch */
    readonly deferFormats = false,
    private readonly fullRows = FULL_FORMAT_ROWS,
    /** rows whose merged areas the first batch asks for, at most (`merges.ts`) */
    private readonly headMergeRows = DESKTOP_HEAD_MERGE_ROWS,
    /**
     * the grid is made once the values are read, with the merged areas read so far (provisional:
     * `valuesRead`); the areas still owed come in later batches, each a new grid object
     */
    private readonly lateMerges = false,
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
    return this.withFormats && !this.deferFormats ? 'values,numberFormat' : 'values';
  }

  /** Rows of a head planned within `budget` bytes. */
  headRowsFor(budget: number): number {
    // a row weighs its values, its formats in the first `fullRows` (all of them unless deferred)
    // and its merged areas in the first `headMergeRows`: row runs of one weight each
    const full = this.deferFormats ? this.fullRows : Infinity;
    const merges = this.mergeRead.perRow;
    let rows = 0;
    let left = budget;
    for (const to of [Math.min(full, this.headMergeRows), Math.max(full, this.headMergeRows), Infinity]) {
      if (to <= rows) continue;
      const weight = (rows < full ? this.estRowBytes : EST_ROW_BYTES) + (rows < this.headMergeRows ? merges : 0);
      const take = Math.min(to - rows, Math.floor(left / weight));
      rows += take;
      left -= take * weight;
      if (rows < to) break;
    }
    return rows;
  }

  get isNew(): boolean {
    return this.state === 'new';
  }
  get pending(): boolean {
    return this.state !== 'done';
  }
  /** every row's values are in `grid` (with `lateMerges`, merged areas may still be owed) */
  get valuesRead(): boolean {
    return this.state === 'done' || (this.state === 'reading' && this.grid !== null);
  }

  /** Queues the sheet's size, protection and first `rows` rows (no call chained on a null object: undocumented). */
  queueHead(rows: number): number {
    this.headRows = this.titleOnly ? 1 : Math.max(1, rows);
    this.used = this.ws.getUsedRangeOrNullObject(true);
    this.used.load('rowIndex,columnIndex,rowCount,columnCount');
    this.head = this.ws.getRange(`1:${this.headRows}`).getUsedRangeOrNullObject(true);
    const defer = this.deferFormats && this.headRows > this.fullRows;
    this.formatHead = null; // a refused batch's is not loaded
    this.head.load(`${defer || !this.withFormats ? 'values' : 'values,numberFormat'},rowIndex,columnIndex`);
    if (defer && this.withFormats) {
      const f = this.fullRows;
      this.formatHead = this.ws.getRange(`1:${f}`).getUsedRangeOrNullObject(true).load('numberFormat,rowIndex,columnIndex');
      this.owed.probe(this.ws, f, this.headRows - 1);
    }
    this.ws.protection.load('protected,options');
    if (!this.titleOnly) {
      // what the planner sees (ADR 005): hidden columns are not read, a hidden sheet is said
      this.hiddenProbe = Array.from({ length: HIDDEN_PROBE_COLS }, (_, c) =>
        this.ws.getRange(`${colName(c)}:${colName(c)}`).load('columnHidden'),
      );
      this.ws.load('visibility');
    }
    // the merged areas of the same rows, in the same batch (none for a title-only read)
    const merges = this.mergeRead.queueRows(Math.min(this.headRows, this.headMergeRows));
    this.state = 'queued';
    const f = this.deferFormats ? Math.min(this.fullRows, this.headRows) : this.headRows;
    return f * this.estRowBytes + (this.headRows - f) * EST_ROW_BYTES + merges;
  }

  /** Queues row chunks of the rest within `budget` bytes; returns the bytes planned. */
  queueRest(budget: number, force: boolean): number {
    let planned = 0;
    while (this.state === 'reading' && this.next < this.end) {
      const left = budget - planned;
      // the merged areas of a chunk's rows come with it, unless those of rows above are still
      // owed (`lateMerges`: they come after the values, from the top, in `queueMerges`)
      const merges = !(this.lateMerges && this.mergeRead.owedAbove(this.next));
      const fit = Number.isFinite(left) ? Math.floor(left / (this.bytesPerRow + (merges ? this.mergeRead.perRow : 0))) : Infinity;
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
      if (this.deferFormats && this.withFormats) this.owed.probe(this.ws, this.next, this.next + count - 1);
      this.chunks.push({ range, from: this.next, count });
      // the merged areas of the same rows (rows whose areas were asked already are not asked again)
      planned += count * this.bytesPerRow + (merges ? this.mergeRead.queueRows(this.next + count) : 0);
      this.next += count;
      force = false;
    }
    return planned;
  }

  /**
   * Merged areas not asked with rows: those of rows read past HEAD_MERGE_ROWS, or (once the used
   * range is known and a band of rows failed) the used range's bands; their planned bytes.
   */
  queueMerges(budget: number): number {
    if (this.state !== 'reading') return 0;
    // rows read whose areas the first batch did not ask for (past `headMergeRows`)
    if (this.mergeRead.rowsOwed(Math.min(this.next, this.end))) return this.mergeRead.queueRows(Math.min(this.next, this.end), budget);
    return this.mergeRead.waiting ? this.mergeRead.queueBands(this.top, this.left, this.end, this.cols, budget) : 0;
  }

  /** The batch was refused (`tooLarge`: for its size): forget what it queued. */
  rollback(tooLarge = false): void {
    this.mergeRead.rollback(tooLarge);
    if (this.state === 'queued') this.state = 'new';
    for (const c of this.chunks) this.next = Math.min(this.next, c.from);
    this.chunks = [];
    this.owed.rollback(tooLarge);
  }

  /** The batch ran: take what it loaded. */
  commit(): void {
    this.mergeRead.commit();
    this.owed.commit((r, c, f) => this.owedSet.push([r, c, f]));
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
        // the formats come with the head, or (deferFormats) for its first rows only
        const fh = this.formatHead ?? head;
        const formats = this.withFormats && !fh.isNullObject ? (fh.numberFormat as unknown[][] | null) : null;
        const fpad = fh.isNullObject ? 0 : fh.columnIndex - this.left;
        const fpadded = <T>(row: T[]): T[] => (fpad > 0 ? [...Array<T>(fpad).fill(null as T), ...row] : row);
        formats?.forEach((row, i) => this.formatRows.set(fh.rowIndex + i, fpadded(row)));
        // the owed formats weigh what those of the cells holding numbers weigh in the first rows
        if (this.deferFormats && this.headRows > this.fullRows) this.owed.bytesPerFormat = bytesPerFormat(this.rows, this.formatRows);
        this.formatHead = null;
        this.next = Math.max(this.top, Math.min(this.end, this.headRows));
        // rows read on are sized by what they carry: values and formats, or values alone (deferFormats)
        const bytes = JSON.stringify(values).length + (formats && !this.deferFormats ? JSON.stringify(formats).length : 0);
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
      const formats = this.withFormats && !this.deferFormats ? (c.range.numberFormat as unknown[][] | null) : null;
      formats?.forEach((row, i) => this.formatRows.set(c.from + i, row));
      // the rows read last size the next ones (a sheet's lower rows can weigh more than its first)
      const bytes = JSON.stringify(values).length + (formats ? JSON.stringify(formats).length : 0);
      if (values.length) this.bytesPerRow = Math.max(16, bytes / values.length);
    }
    this.chunks = [];
    if (this.state === 'reading' && this.next >= this.end) {
      const complete = !this.mergeRead.waiting && !this.mergeRead.rowsOwed(this.end);
      if (this.grid === null && (complete || this.lateMerges)) {
        this.grid = this.gridOf(this.assemble());
        if (this.withFormats) this.grid = { ...this.grid, formats: this.assembleFormats() };
      } else if (this.grid !== null) {
        // merged areas read since the grid was made (`lateMerges`): a new grid object
        const { merges: _m, mergesUnknown: _u, ...rest } = this.grid;
        this.grid = { ...rest, ...this.mergesOf() };
      }
      if (complete) this.state = 'done';
    }
    // formats owed, once the grid is assembled (a batch may bring them before its last rows or
    // merged areas): a new grid object, since the core caches by grid
    if (this.owedSet.length && this.grid) {
      this.grid = withFormatsSet(this.grid, this.owedSet);
      this.owedSet = [];
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
    this.grid = this.gridOf(values);
    this.state = 'done';
  }

  private gridOf(values: CellValue[][]): Grid {
    return {
      name: this.name,
      values,
      ...this.mergesOf(),
      ...(this.hiddenCols.length ? { hiddenCols: this.hiddenCols } : {}),
      ...(this.sheetHidden ? { hidden: true } : {}),
    };
  }

  private mergesOf(): Pick<Grid, 'merges' | 'mergesUnknown'> {
    return {
      ...(this.mergeRead.merges.length ? { merges: [...this.mergeRead.merges] } : {}),
      ...(this.mergeRead.lost ? { mergesUnknown: true } : {}),
    };
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
