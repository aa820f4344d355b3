/**
 * An Excel simulator faithful to the office-js semantics the adapter relies on:
 * proxy objects whose reads throw until `load` + `sync`; writes queued and applied in
 * order at `sync`; `...OrNullObject` with `isNullObject`; errors with office-js codes at
 * sync (ItemNotFound, AccessDenied on protected sheets, payload limits); RangeAreas, notes,
 * threaded comments, settings, page layout; sync counting, payload accounting and fault
 * injection. It implements the subset of the Excel API that `src/excel` uses.
 */
import type { CellRange } from '../core/grid';
import { type SimCell, type SimSheet, SimStore, parseRange, quoteSheet, rangeAddress } from './store';
import { SimChartCollection } from './charts';
import { SimEvents } from './events';

export class SimError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    location?: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message, ...(location ? { errorLocation: location } : {}) };
  }
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  ops: number;
  /** the batch was refused (over a payload limit): Excel returned an error, not the response */
  refused?: boolean;
}

export interface SimOptions {
  /** ExcelApi minor versions supported, e.g. 18 for 1.18 */
  apiVersion?: number;
  /**
   * 'web' (default): 5 MB per request and per response, like Excel on the web;
   * 'desktop': no payload limit, like Excel on Windows and on the Mac
   */
  platform?: 'web' | 'desktop';
  /** payload limit per request and per response (overrides the platform's) */
  payloadLimit?: number;
  /** payload limit per response only (overrides payloadLimit for responses) */
  responseLimit?: number;
  /** cells a range read returns (every platform: five million) */
  cellReadLimit?: number;
}

type Snapshot = Record<string, unknown>;

interface Op {
  target: string;
  what: string;
  args?: unknown;
  run(): Snapshot | void;
  /** the object whose snapshot a load fills */
  loadInto?: SimObject;
}

export class SimContext {
  readonly workbook: SimWorkbook;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private queue: Op[] = [];
  syncCount = 0;
  readonly syncs: SyncRecord[] = [];
  constructor(readonly sim: ExcelSimulator) {
    this.workbook = new SimWorkbook(this);
  }

  /** @internal */ enqueue(op: Op): void {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.syncCount++;
    this.sim.totalSyncs++;
    const requestBytes = ops.reduce(
      (n, o) => n + 40 + o.target.length + o.what.length + (o.args === undefined ? 0 : JSON.stringify(o.args).length),
      0,
    );
    const rec: SyncRecord = { requestBytes, responseBytes: 0, ops: ops.length };
    this.syncs.push(rec);
    this.sim.records.push(rec);
    await Promise.resolve();
    const fault = this.sim.faultAt(this.sim.totalSyncs);
    if (fault === 'before') throw new SimError('GeneralException', 'Simulated failure before the batch ran.');
    if (requestBytes > this.sim.payloadLimit) {
      rec.refused = true;
      throw new SimError('RequestPayloadSizeLimitExceeded', `The request payload size (${requestBytes} bytes) has exceeded the limit.`);
    }
    const loaded: [SimObject, Snapshot][] = [];
    let half =
      fault === 'middle'
        ? Math.floor(ops.length / 2)
        : typeof fault === 'object'
          ? ops.findIndex((o) => fault.before(o.target, o.what))
          : -1;
    for (const op of ops) {
      if (half === 0) throw new SimError('GeneralException', 'Simulated failure in the middle of the batch.');
      half--;
      const snap = op.run();
      if (op.loadInto && snap) loaded.push([op.loadInto, snap]);
    }
    const responseBytes = loaded.reduce((n, [, s]) => n + JSON.stringify(s).length, 0);
    rec.responseBytes = responseBytes;
    if (responseBytes > this.sim.responseLimit) {
      rec.refused = true;
      throw new SimError('ResponsePayloadSizeLimitExceeded', `The response payload size (${responseBytes} bytes) has exceeded the limit.`);
    }
    if (fault === 'after') throw new SimError('GeneralException', 'Simulated failure after the batch ran.');
    for (const [obj, snap] of loaded) obj._commit(snap);
  }
}

/** Base of every proxy: `load` queues a snapshot; reading an unloaded property throws. */
export abstract class SimObject {
  private _snap: Snapshot = {};
  constructor(readonly context: SimContext) {}
  protected abstract _path(): string;
  /** properties a load without arguments returns */
  protected abstract _scalars(): string[];
  protected abstract _read(prop: string): unknown;

  load(spec?: string | string[] | Record<string, unknown>): this {
    const props = normaliseLoad(spec) ?? this._scalars();
    this.context.enqueue({
      target: this._path(),
      what: `load(${props.join(',')})`,
      loadInto: this,
      run: () => {
        const s: Snapshot = {};
        for (const p of props) s[p] = this._read(p);
        return s;
      },
    });
    return this;
  }

  /** @internal */ _commit(s: Snapshot): void {
    Object.assign(this._snap, s);
  }

  protected _get<T>(prop: string): T {
    if (!(prop in this._snap)) {
      throw new SimError(
        'PropertyNotLoaded',
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this._snap[prop] as T;
  }

  protected _queue(what: string, args: unknown, run: () => void): void {
    this.context.enqueue({ target: this._path(), what, args, run });
  }

  toJSON(): Snapshot {
    return { ...this._snap };
  }
}

function normaliseLoad(spec?: string | string[] | Record<string, unknown>): string[] | null {
  if (spec === undefined) return null;
  const list = typeof spec === 'string' ? spec.split(',') : Array.isArray(spec) ? spec : Object.keys(spec).filter((k) => spec[k]);
  return list.map((s) => s.trim()).filter(Boolean);
}

// ---------------------------------------------------------------- workbook

export class SimWorkbook {
  readonly worksheets: SimWorksheetCollection;
  readonly settings: SimSettings;
  readonly application = {
    suspendApiCalculationUntilNextSync: (): void => undefined,
    suspendScreenUpdatingUntilNextSync: (): void => undefined,
  };
  constructor(readonly context: SimContext) {
    this.worksheets = new SimWorksheetCollection(context);
    this.settings = new SimSettings(context);
  }
  getActiveWorksheet(): SimWorksheet {
    return this.worksheets.getActiveWorksheet();
  }
}

export class SimWorksheetCollection extends SimObject {
  private _items: SimWorksheet[] | null = null;
  protected _path(): string {
    return 'workbook.worksheets';
  }
  protected _scalars(): string[] {
    return ['items/name'];
  }
  protected _read(prop: string): unknown {
    const store = this.context.sim.store;
    if (prop.startsWith('items')) {
      const sub = prop.split('/')[1];
      return store.sheets.map((s) => (sub ? { [sub]: sheetProp(store, s, sub) } : { name: s.name }));
    }
    throw new SimError('InvalidArgument', `Unknown property ${prop}`);
  }
  override _commit(s: Snapshot): void {
    super._commit(s);
    const items = Object.entries(s).find(([k]) => k.startsWith('items'));
    if (!items) return;
    const store = this.context.sim.store;
    const props = Object.keys(s)
      .filter((k) => k.startsWith('items/'))
      .map((k) => k.slice(6));
    this._items = store.sheets.map((sheet) => {
      const ws = new SimWorksheet(this.context, byId(store, sheet.id), `worksheets/${sheet.id}`);
      const snap: Snapshot = {};
      for (const p of props.length ? props : ['name']) snap[p] = sheetProp(store, sheet, p);
      ws._commit(snap);
      return ws;
    });
  }
  get items(): SimWorksheet[] {
    if (!this._items) this._get('items');
    return this._items!;
  }
  getItem(name: string): SimWorksheet {
    const store = this.context.sim.store;
    return new SimWorksheet(this.context, bound(store, byName(store, name, true)), `worksheets/getItem(${name})`);
  }
  getItemOrNullObject(name: string): SimWorksheet {
    const store = this.context.sim.store;
    return new SimWorksheet(this.context, bound(store, byName(store, name, false)), `worksheets/getItemOrNullObject(${name})`, true);
  }
  // events (src/sim/events.ts)
  get onActivated() {
    return this.context.sim.events.source(this.context, 'activated');
  }
  get onAdded() {
    return this.context.sim.events.source(this.context, 'added');
  }
  get onDeleted() {
    return this.context.sim.events.source(this.context, 'deleted');
  }
  get onNameChanged() {
    return this.context.sim.events.source(this.context, 'renamed');
  }
  getActiveWorksheet(): SimWorksheet {
    const store = this.context.sim.store;
    return new SimWorksheet(
      this.context,
      bound(store, () => store.active() ?? null),
      'worksheets/getActiveWorksheet()',
    );
  }
  add(name?: string): SimWorksheet {
    const store = this.context.sim.store;
    const box: { id: string | null } = { id: null };
    const ws = new SimWorksheet(this.context, () => (box.id ? (store.sheetById(box.id) ?? null) : null), `worksheets/add(${name ?? ''})`);
    this._queue('add', name ?? null, () => {
      const n = name ?? `Sheet${store.sheets.length + 1}`;
      if (store.sheet(n)) throw new SimError('ItemAlreadyExists', `A sheet named ${n} already exists.`);
      if (n.length > 31 || /[\\/?*:[\]]/.test(n)) throw new SimError('InvalidArgument', `Invalid sheet name ${n}.`);
      box.id = store.addSheet(n).id;
    });
    return ws;
  }
}

type SheetResolver = () => SimSheet | null;

/**
 * Like office-js, a worksheet proxy binds to the sheet object the first time it is resolved:
 * afterwards it follows that sheet through renames, and fails with ItemNotFound once the
 * sheet is deleted (it never drifts to another sheet).
 */
function bound(store: SimStore, first: SheetResolver): SheetResolver {
  let id: string | null = null;
  return () => {
    if (id !== null) {
      const s = store.sheetById(id);
      if (!s) throw new SimError('ItemNotFound', "The requested resource doesn't exist (the worksheet was deleted).");
      return s;
    }
    const s = first();
    if (s) id = s.id;
    return s;
  };
}

function byName(store: SimStore, name: string, required: boolean): SheetResolver {
  return () => {
    const s = store.sheet(name) ?? store.sheetById(name) ?? null;
    if (!s && required) throw new SimError('ItemNotFound', `The requested resource doesn't exist (worksheet '${name}').`);
    return s;
  };
}

function byId(store: SimStore, id: string): SheetResolver {
  return () => {
    const s = store.sheetById(id) ?? null;
    if (!s) throw new SimError('ItemNotFound', "The requested resource doesn't exist (the worksheet was deleted).");
    return s;
  };
}

function sheetProp(store: SimStore, s: SimSheet, p: string): unknown {
  switch (p) {
    case 'name':
      return s.name;
    case 'id':
      return s.id;
    case 'position':
      return store.sheets.indexOf(s);
    case 'visibility':
      return s.visibility;
    default:
      throw new SimError('InvalidArgument', `Unknown property ${p}`);
  }
}

function needSheet(resolve: SheetResolver): SimSheet {
  const s = resolve();
  if (!s) throw new SimError('InvalidArgument', 'The operation is not valid on a null object.');
  return s;
}

function assertWritable(s: SimSheet): void {
  if (s.protected) throw new SimError('AccessDenied', "The cell or chart you're trying to change is on a protected sheet.");
}

export class SimWorksheet extends SimObject {
  readonly protection: SimProtection;
  readonly freezePanes: {
    freezeRows: (n: number) => void;
    freezeColumns: (n: number) => void;
    freezeAt: (r: SimRange) => void;
    unfreeze: () => void;
  };
  readonly pageLayout: SimPageLayout;
  readonly horizontalPageBreaks: { add: (addr: string) => void };
  readonly notes: SimNoteCollection;
  readonly comments: SimCommentCollection;
  readonly charts: SimChartCollection;
  constructor(
    context: SimContext,
    readonly _resolve: SheetResolver,
    private readonly path: string,
    private readonly orNull = false,
  ) {
    super(context);
    this.protection = new SimProtection(context, _resolve, path);
    const q = (what: string, args: unknown, fn: (s: SimSheet) => void): void =>
      this._queue(what, args, () => {
        const s = this._resolve();
        if (s) fn(s);
      });
    this.freezePanes = {
      freezeRows: (n) => q('freezeRows', n, (s) => (s.freezeRows = n)),
      freezeColumns: (n) => q('freezeColumns', n, (s) => (s.freezeCols = n)),
      freezeAt: (range) =>
        q('freezeAt', null, (s) => {
          const r = range._range()!;
          s.freezeRows = r.r2 + 1;
          s.freezeCols = r.c2 + 1;
        }),
      unfreeze: () => q('unfreeze', null, (s) => ((s.freezeRows = 0), (s.freezeCols = 0))),
    };
    this.pageLayout = new SimPageLayout(context, _resolve, path);
    this.horizontalPageBreaks = { add: (addr) => q('pageBreaks.add', addr, (s) => s.pageBreaks.push(parseRange(addr).r1)) };
    this.notes = new SimNoteCollection(context, _resolve, path);
    this.comments = new SimCommentCollection(context, _resolve, path);
    this.charts = new SimChartCollection(context, _resolve, path, (code, message) => new SimError(code, message));
  }
  protected _path(): string {
    return this.path;
  }
  protected _scalars(): string[] {
    return ['name', 'id', 'position', 'visibility'];
  }
  protected _read(prop: string): unknown {
    const s = this._resolve();
    if (prop === 'isNullObject') return !s;
    if (!s) return null;
    return sheetProp(this.context.sim.store, s, prop);
  }
  override load(spec?: string | string[] | Record<string, unknown>): this {
    super.load(spec);
    if (this.orNull) super.load('isNullObject');
    return this;
  }
  get isNullObject(): boolean {
    return this._get('isNullObject');
  }
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._queue('name', v, () => {
      const s = needSheet(this._resolve);
      assertWritable(s);
      s.name = v;
    });
  }
  get id(): string {
    return this._get('id');
  }
  get position(): number {
    return this._get('position');
  }
  set position(v: number) {
    this._queue('position', v, () => {
      const store = this.context.sim.store;
      const s = needSheet(this._resolve);
      store.sheets.splice(store.sheets.indexOf(s), 1);
      store.sheets.splice(Math.min(v, store.sheets.length), 0, s);
    });
  }
  get visibility(): string {
    return this._get('visibility');
  }
  activate(): void {
    this._queue('activate', null, () => {
      this.context.sim.store.activeId = needSheet(this._resolve).id;
    });
  }
  delete(): void {
    this._queue('delete', null, () => {
      const s = needSheet(this._resolve);
      this.context.sim.store.removeSheet(s.id);
    });
  }
  getRange(address?: string): SimRange {
    return new SimRange(
      this.context,
      this._resolve,
      () => (address ? parseRange(address) : { r1: 0, c1: 0, r2: 1048575, c2: 16383 }),
      `${this.path}/getRange(${address ?? ''})`,
    );
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number): SimRange {
    return new SimRange(
      this.context,
      this._resolve,
      () => ({ r1: r, c1: c, r2: r + rows - 1, c2: c + cols - 1 }),
      `${this.path}/getRangeByIndexes(${r},${c},${rows},${cols})`,
    );
  }
  getRanges(address: string): SimRangeAreas {
    if (address.length > 8192) {
      // Excel rejects very long address lists (OfficeDev/office-js#5198)
      this._queue('getRanges', address, () => {
        throw new SimError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      });
    }
    return new SimRangeAreas(
      this.context,
      this._resolve,
      address.split(',').map((a) => a.trim()),
      `${this.path}/getRanges(${address.length})`,
    );
  }
  private used(valuesOnly: boolean, orNull: boolean): SimRange {
    const store = this.context.sim.store;
    return new SimRange(
      this.context,
      this._resolve,
      () => {
        const s = needSheet(this._resolve);
        const u = store.usedRange(s, valuesOnly);
        if (!u && !orNull) return { r1: 0, c1: 0, r2: 0, c2: 0 };
        return u;
      },
      `${this.path}/getUsedRange(${valuesOnly})`,
      orNull,
    );
  }
  getUsedRange(valuesOnly = false): SimRange {
    return this.used(valuesOnly, false);
  }
  getUsedRangeOrNullObject(valuesOnly = false): SimRange {
    return this.used(valuesOnly, true);
  }
}

class SimProtection extends SimObject {
  constructor(
    context: SimContext,
    private readonly resolve: SheetResolver,
    private readonly path: string,
  ) {
    super(context);
  }
  protected _path(): string {
    return `${this.path}/protection`;
  }
  protected _scalars(): string[] {
    return ['protected'];
  }
  protected _read(prop: string): unknown {
    if (prop !== 'protected') throw new SimError('InvalidArgument', prop);
    return this.resolve()?.protected ?? false;
  }
  get protected(): boolean {
    return this._get('protected');
  }
}

class SimPageLayout extends SimObject {
  constructor(
    context: SimContext,
    private readonly resolve: SheetResolver,
    private readonly path: string,
  ) {
    super(context);
  }
  protected _path(): string {
    return `${this.path}/pageLayout`;
  }
  protected _scalars(): string[] {
    return ['orientation', 'paperSize'];
  }
  protected _read(prop: string): unknown {
    const s = needSheet(this.resolve);
    return prop === 'orientation' ? s.orientation : s.paperSize;
  }
  set orientation(v: string) {
    this._queue('orientation', v, () => (needSheet(this.resolve).orientation = v));
  }
  get orientation(): string {
    return this._get('orientation');
  }
  set paperSize(v: string) {
    this._queue('paperSize', v, () => (needSheet(this.resolve).paperSize = v));
  }
  get paperSize(): string {
    return this._get('paperSize');
  }
  set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this._queue('zoom', v, () => (needSheet(this.resolve).fitToWidth = v.horizontalFitToPages === 1));
  }
  setPrintTitleRows(addr: string): void {
    this._queue('setPrintTitleRows', addr, () => (needSheet(this.resolve).printTitleRows = addr));
  }
}

// ---------------------------------------------------------------- ranges

type RangeResolver = () => CellRange | null;

export class SimRange extends SimObject {
  readonly format: SimRangeFormat;
  readonly dataValidation: { rule: unknown; clear: () => void };
  constructor(
    context: SimContext,
    readonly _sheet: SheetResolver,
    readonly _range: RangeResolver,
    private readonly path: string,
    private readonly orNull = false,
  ) {
    super(context);
    this.format = new SimRangeFormat(
      context,
      () => this.cellsOf(),
      `${path}/format`,
      () => this.sheetW(),
    );
    const self = this;
    this.dataValidation = {
      set rule(rule: unknown) {
        self._queue('dataValidation.rule', rule, () => {
          const s = self.sheetW();
          const src = (rule as { list?: { source?: string } }).list?.source ?? '';
          s.validations.push({ range: rangeAddress(self._range()!), list: src.split(',') });
        });
      },
      get rule(): unknown {
        return undefined;
      },
      clear: () => undefined,
    };
  }
  private sheetW(): SimSheet {
    const s = needSheet(this._sheet);
    assertWritable(s);
    return s;
  }
  private cellsOf(): { sheet: SimSheet; cells: CellRange[] } {
    const r = this._range();
    const s = needSheet(this._sheet);
    return { sheet: s, cells: r ? [r] : [] };
  }
  protected _path(): string {
    return this.path;
  }
  protected _scalars(): string[] {
    return ['address', 'values', 'numberFormat', 'rowCount', 'columnCount', 'rowIndex', 'columnIndex'];
  }
  override load(spec?: string | string[] | Record<string, unknown>): this {
    super.load(spec);
    if (this.orNull) super.load('isNullObject');
    return this;
  }
  protected _read(prop: string): unknown {
    const s = this._sheet();
    const r = this._range();
    if (prop === 'isNullObject') return !s || !r;
    if (!s || !r) return null;
    const store = this.context.sim.store;
    switch (prop) {
      case 'address':
        return `${quoteSheet(s.name)}!${rangeAddress(r)}`;
      case 'values':
        // every platform returns at most five million cells per read; past that Range.values
        // can come back null instead of an error (OfficeDev/office-js#6781)
        if ((r.r2 - r.r1 + 1) * (r.c2 - r.c1 + 1) > this.context.sim.cellReadLimit) return null;
        return store.values(s, r);
      case 'numberFormat': {
        const out: string[][] = [];
        for (let i = r.r1; i <= r.r2; i++) {
          const row: string[] = [];
          for (let j = r.c1; j <= r.c2; j++) row.push(store.cell(s, i, j)?.numberFormat ?? 'General');
          out.push(row);
        }
        return out;
      }
      case 'formulas': {
        const out: unknown[][] = [];
        for (let i = r.r1; i <= r.r2; i++) {
          const row: unknown[] = [];
          for (let j = r.c1; j <= r.c2; j++) {
            const c = store.cell(s, i, j);
            row.push(c?.formula ?? (c?.value === null || c?.value === undefined ? '' : c.value));
          }
          out.push(row);
        }
        return out;
      }
      case 'rowCount':
        return r.r2 - r.r1 + 1;
      case 'columnCount':
        return r.c2 - r.c1 + 1;
      case 'rowIndex':
        return r.r1;
      case 'columnIndex':
        return r.c1;
      default:
        throw new SimError('InvalidArgument', `Unknown property ${prop}`);
    }
  }
  get isNullObject(): boolean {
    return this._get('isNullObject');
  }
  get address(): string {
    return this._get('address');
  }
  get values(): (string | number | boolean)[][] {
    return this._get('values');
  }
  set values(v: unknown) {
    this._queue('values', v, () => {
      const s = this.sheetW();
      this.each2d(v, (i, j, x) => this.context.sim.store.writeValue(s, i, j, x), 'values');
    });
  }
  get numberFormat(): string[][] {
    return this._get('numberFormat');
  }
  set numberFormat(v: unknown) {
    this._queue('numberFormat', v, () => {
      const s = this.sheetW();
      this.each2d(v, (i, j, x) => (this.context.sim.store.cellW(s, i, j).numberFormat = String(x)), 'numberFormat');
    });
  }
  get formulas(): unknown[][] {
    return this._get('formulas');
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
  /**
   * Applies a scalar or a 1×1 array to every cell (as Excel does: OfficeDev/office-js-docs-pr
   * #2013, #5400), or a 2-D array whose shape must match the range.
   */
  private each2d(v: unknown, fn: (r: number, c: number, x: unknown) => void, what: string): void {
    const r = this._range();
    if (!r) throw new SimError('InvalidArgument', 'null range');
    const one = Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1;
    if (!Array.isArray(v) || one) {
      const x = one ? (v as unknown[][])[0]![0] : v;
      for (let i = r.r1; i <= r.r2; i++) for (let j = r.c1; j <= r.c2; j++) fn(i, j, x);
      return;
    }
    const rows = r.r2 - r.r1 + 1;
    const cols = r.c2 - r.c1 + 1;
    if (v.length !== rows || v.some((row) => !Array.isArray(row) || row.length !== cols)) {
      throw new SimError(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`,
      );
    }
    v.forEach((row: unknown[], i) => row.forEach((x, j) => fn(r.r1 + i, r.c1 + j, x)));
  }
  merge(across = false): void {
    this._queue('merge', across, () => {
      const s = this.sheetW();
      const r = this._range()!;
      if (across) for (let i = r.r1; i <= r.r2; i++) s.merges.push({ r1: i, c1: r.c1, r2: i, c2: r.c2 });
      else s.merges.push(r);
    });
  }
  unmerge(): void {
    this._queue('unmerge', null, () => {
      const s = this.sheetW();
      const r = this._range()!;
      s.merges = s.merges.filter((m) => m.r2 < r.r1 || m.r1 > r.r2 || m.c2 < r.c1 || m.c1 > r.c2);
    });
  }
  select(): void {
    this._queue('select', null, () => {
      const s = needSheet(this._sheet);
      this.context.sim.store.activeId = s.id;
      this.context.sim.store.selection = { sheet: s.name, address: rangeAddress(this._range()!) };
    });
  }
  clear(applyTo = 'All'): void {
    this._queue('clear', applyTo, () => {
      const s = this.sheetW();
      const r = this._range()!;
      for (let i = r.r1; i <= r.r2; i++) for (let j = r.c1; j <= r.c2; j++) s.cells.delete(`${i},${j}`);
    });
  }
  getIntersectionOrNullObject(other: SimRange | string): SimRange {
    const otherRange = (): CellRange | null => (typeof other === 'string' ? parseRange(other) : other._range());
    return new SimRange(
      this.context,
      this._sheet,
      () => {
        const a = this._range();
        const b = otherRange();
        if (!a || !b) return null;
        const r = { r1: Math.max(a.r1, b.r1), c1: Math.max(a.c1, b.c1), r2: Math.min(a.r2, b.r2), c2: Math.min(a.c2, b.c2) };
        return r.r1 > r.r2 || r.c1 > r.c2 ? null : r;
      },
      `${this.path}/getIntersection`,
      true,
    );
  }
  getCell(row: number, col: number): SimRange {
    return new SimRange(
      this.context,
      this._sheet,
      () => {
        const r = this._range()!;
        return { r1: r.r1 + row, c1: r.c1 + col, r2: r.r1 + row, c2: r.c1 + col };
      },
      `${this.path}/getCell(${row},${col})`,
    );
  }
}

export class SimRangeAreas extends SimObject {
  readonly format: SimRangeFormat;
  constructor(
    context: SimContext,
    private readonly sheet: SheetResolver,
    private readonly areas: string[],
    private readonly path: string,
  ) {
    super(context);
    this.format = new SimRangeFormat(
      context,
      () => ({ sheet: needSheet(sheet), cells: areas.map(parseRange) }),
      `${path}/format`,
      () => {
        const s = needSheet(sheet);
        assertWritable(s);
        return s;
      },
    );
  }
  protected _path(): string {
    return this.path;
  }
  protected _scalars(): string[] {
    return ['address', 'areaCount'];
  }
  protected _read(prop: string): unknown {
    const s = needSheet(this.sheet);
    if (prop === 'address') return this.areas.map((a) => `${quoteSheet(s.name)}!${a}`).join(',');
    if (prop === 'areaCount') return this.areas.length;
    throw new SimError('InvalidArgument', prop);
  }
  get address(): string {
    return this._get('address');
  }
  get areaCount(): number {
    return this._get('areaCount');
  }
}

type CellsResolver = () => { sheet: SimSheet; cells: CellRange[] };

function eachCell(x: { sheet: SimSheet; cells: CellRange[] }, store: SimStore, fn: (c: SimCell) => void): void {
  for (const r of x.cells) for (let i = r.r1; i <= r.r2; i++) for (let j = r.c1; j <= r.c2; j++) fn(store.cellW(x.sheet, i, j));
}

function uniform<T>(x: { sheet: SimSheet; cells: CellRange[] }, store: SimStore, get: (c: SimCell | undefined) => T): T | null {
  let first: T | undefined;
  let set = false;
  for (const r of x.cells) {
    for (let i = r.r1; i <= r.r2; i++) {
      for (let j = r.c1; j <= r.c2; j++) {
        const v = get(store.cell(x.sheet, i, j));
        if (!set) {
          first = v;
          set = true;
        } else if (v !== first) return null;
      }
    }
  }
  return set ? (first as T) : null;
}

export class SimRangeFormat extends SimObject {
  readonly fill: SimRangeFill;
  readonly font: SimRangeFont;
  readonly borders: { getItem: (edge: string) => { style: string } };
  constructor(
    context: SimContext,
    private readonly cells: CellsResolver,
    private readonly path: string,
    private readonly writable: () => SimSheet,
  ) {
    super(context);
    this.fill = new SimRangeFill(context, cells, `${path}/fill`, writable);
    this.font = new SimRangeFont(context, cells, `${path}/font`, writable);
    const self = this;
    this.borders = {
      getItem: (edge: string) => ({
        set style(v: string) {
          self._queue(`borders.${edge}`, v, () => {
            self.writable();
            eachCell(self.cells(), self.context.sim.store, (c) => (c.border = true));
          });
        },
        get style(): string {
          return 'Continuous';
        },
      }),
    };
  }
  protected _path(): string {
    return this.path;
  }
  protected _scalars(): string[] {
    return ['wrapText', 'horizontalAlignment', 'columnWidth'];
  }
  protected _read(prop: string): unknown {
    const store = this.context.sim.store;
    const x = this.cells();
    if (prop === 'wrapText') return uniform(x, store, (c) => c?.wrap ?? false);
    if (prop === 'horizontalAlignment') return uniform(x, store, (c) => c?.align ?? 'General');
    if (prop === 'columnWidth') return x.sheet.colWidths.get(x.cells[0]?.c1 ?? 0) ?? 48;
    throw new SimError('InvalidArgument', prop);
  }
  private set(what: string, v: unknown, fn: (c: SimCell) => void): void {
    this._queue(what, v, () => {
      this.writable();
      eachCell(this.cells(), this.context.sim.store, fn);
    });
  }
  set wrapText(v: boolean) {
    this.set('wrapText', v, (c) => (c.wrap = v));
  }
  get wrapText(): boolean {
    return this._get('wrapText');
  }
  set horizontalAlignment(v: string) {
    this.set('horizontalAlignment', v, (c) => (c.align = v));
  }
  get horizontalAlignment(): string {
    return this._get('horizontalAlignment');
  }
  set columnWidth(v: number) {
    this._queue('columnWidth', v, () => {
      const s = this.writable();
      for (const r of this.cells().cells) for (let j = r.c1; j <= r.c2; j++) s.colWidths.set(j, v);
    });
  }
  get columnWidth(): number {
    return this._get('columnWidth');
  }
  autofitRows(): void {
    this._queue('autofitRows', null, () => undefined);
  }
}

/** A part of a range's format (fill, font): reads are uniform over the cells, writes go to every cell. */
abstract class SimFormatPart extends SimObject {
  constructor(
    context: SimContext,
    protected readonly cells: CellsResolver,
    private readonly path: string,
    private readonly writable: () => SimSheet,
  ) {
    super(context);
  }
  protected _path(): string {
    return this.path;
  }
  protected uniformOf<T>(get: (c: SimCell | undefined) => T): T | null {
    return uniform(this.cells(), this.context.sim.store, get);
  }
  /** queues a write applied to every cell of the range (or areas) */
  protected setEach(what: string, v: unknown, fn: (c: SimCell) => void): void {
    this._queue(what, v, () => {
      this.writable();
      eachCell(this.cells(), this.context.sim.store, fn);
    });
  }
}

export class SimRangeFill extends SimFormatPart {
  protected _scalars(): string[] {
    return ['color', 'pattern'];
  }
  protected _read(prop: string): unknown {
    // Excel reports "#FFFFFF" and pattern "None" for cells without a fill
    if (prop === 'color') return this.uniformOf((c) => c?.fill?.color ?? '#FFFFFF');
    if (prop === 'pattern') return this.uniformOf((c) => c?.fill?.pattern ?? 'None');
    throw new SimError('InvalidArgument', prop);
  }
  set color(v: string) {
    this.setEach(
      'fill.color',
      v,
      (c) => (c.fill = { color: v.toUpperCase(), pattern: c.fill?.pattern && c.fill.pattern !== 'None' ? c.fill.pattern : 'Solid' }),
    );
  }
  get color(): string {
    return this._get('color');
  }
  set pattern(v: string) {
    this.setEach('fill.pattern', v, (c) => (c.fill = v === 'None' ? null : { color: c.fill?.color ?? '#000000', pattern: v }));
  }
  get pattern(): string {
    return this._get('pattern');
  }
  clear(): void {
    this.setEach('fill.clear', null, (c) => (c.fill = null));
  }
}

export class SimRangeFont extends SimFormatPart {
  protected _scalars(): string[] {
    return ['color', 'bold'];
  }
  protected _read(prop: string): unknown {
    if (prop === 'color') return this.uniformOf((c) => c?.fontColor ?? '#000000');
    if (prop === 'bold') return this.uniformOf((c) => c?.bold ?? false);
    throw new SimError('InvalidArgument', prop);
  }
  set color(v: string) {
    this.setEach('font.color', v, (c) => (c.fontColor = v.toUpperCase()));
  }
  get color(): string {
    return this._get('color');
  }
  set bold(v: boolean) {
    this.setEach('font.bold', v, (c) => (c.bold = v));
  }
  get bold(): boolean {
    return this._get('bold');
  }
}

// ---------------------------------------------------------------- notes, comments, settings

function cellKey(address: string): string {
  return rangeAddress(parseRange(address));
}

export class SimNoteCollection extends SimObject {
  constructor(
    context: SimContext,
    private readonly sheet: SheetResolver,
    private readonly path: string,
  ) {
    super(context);
  }
  private check(): void {
    if (this.context.sim.apiVersion < 18)
      throw new SimError('ApiNotFound', 'The API you are trying to use could not be found (ExcelApi 1.18).');
  }
  protected _path(): string {
    return `${this.path}/notes`;
  }
  protected _scalars(): string[] {
    return ['items/content'];
  }
  protected _read(): unknown {
    this.check();
    return [...needSheet(this.sheet).notes.values()].map((content) => ({ content }));
  }
  add(cellAddress: string, content: string): SimNote {
    this._queue('add', { cellAddress, content }, () => {
      this.check();
      const s = needSheet(this.sheet);
      assertWritable(s);
      const k = cellKey(cellAddress);
      if (s.notes.has(k)) throw new SimError('InvalidArgument', `The cell ${k} already has a note.`);
      s.notes.set(k, String(content));
    });
    return new SimNote(this.context, this.sheet, cellKey(cellAddress), this.path);
  }
  getItemOrNullObject(cellAddress: string): SimNote {
    return new SimNote(this.context, this.sheet, cellKey(cellAddress), this.path, true);
  }
}

export class SimNote extends SimObject {
  constructor(
    context: SimContext,
    private readonly sheet: SheetResolver,
    private readonly key: string,
    private readonly path: string,
    private readonly orNull = false,
  ) {
    super(context);
  }
  protected _path(): string {
    return `${this.path}/notes(${this.key})`;
  }
  protected _scalars(): string[] {
    return ['content'];
  }
  override load(spec?: string | string[] | Record<string, unknown>): this {
    super.load(spec);
    if (this.orNull) super.load('isNullObject');
    return this;
  }
  protected _read(prop: string): unknown {
    if (this.context.sim.apiVersion < 18) throw new SimError('ApiNotFound', 'ExcelApi 1.18');
    const s = this.sheet();
    const has = !!s && s.notes.has(this.key);
    if (prop === 'isNullObject') return !has;
    if (prop === 'content') return has ? s!.notes.get(this.key) : null;
    throw new SimError('InvalidArgument', prop);
  }
  get isNullObject(): boolean {
    return this._get('isNullObject');
  }
  get content(): string {
    return this._get('content');
  }
  set content(v: string) {
    this._queue('content', v, () => {
      const s = needSheet(this.sheet);
      assertWritable(s);
      if (!s.notes.has(this.key)) throw new SimError('ItemNotFound', 'note');
      s.notes.set(this.key, v);
    });
  }
  delete(): void {
    this._queue('delete', null, () => {
      const s = needSheet(this.sheet);
      assertWritable(s);
      s.notes.delete(this.key);
    });
  }
}

export class SimCommentCollection extends SimObject {
  private _items: SimComment[] | null = null;
  constructor(
    context: SimContext,
    private readonly sheet: SheetResolver,
    private readonly path: string,
  ) {
    super(context);
  }
  private check(): void {
    if (this.context.sim.apiVersion < 10) throw new SimError('ApiNotFound', 'ExcelApi 1.10');
  }
  protected _path(): string {
    return `${this.path}/comments`;
  }
  protected _scalars(): string[] {
    return ['items/id', 'items/content'];
  }
  protected _read(): unknown {
    this.check();
    return needSheet(this.sheet).comments.map((c) => ({ id: c.id, content: c.content }));
  }
  override _commit(s: Snapshot): void {
    super._commit(s);
    const list = Object.values(s)[0] as { id: string; content: string }[];
    this._items = list.map((c) => {
      const x = new SimComment(this.context, this.sheet, c.id, this.path);
      x._commit({ id: c.id, content: c.content });
      return x;
    });
  }
  get items(): SimComment[] {
    if (!this._items) this._get('items');
    return this._items!;
  }
  add(cellAddress: string, content: string): SimComment {
    const box = { id: '' };
    this._queue('add', { cellAddress, content }, () => {
      this.check();
      const s = needSheet(this.sheet);
      assertWritable(s);
      const address = cellKey(cellAddress);
      if (s.comments.some((c) => c.address === address))
        throw new SimError('InvalidArgument', `The cell ${address} already has a comment.`);
      box.id = `c${++this.context.sim.commentSeq}`;
      s.comments.push({ id: box.id, address, content });
    });
    return new SimComment(this.context, this.sheet, () => box.id, this.path);
  }
}

export class SimComment extends SimObject {
  constructor(
    context: SimContext,
    private readonly sheet: SheetResolver,
    private readonly idOf: string | (() => string),
    private readonly path: string,
  ) {
    super(context);
  }
  private get cid(): string {
    return typeof this.idOf === 'string' ? this.idOf : this.idOf();
  }
  protected _path(): string {
    return `${this.path}/comment`;
  }
  protected _scalars(): string[] {
    return ['id', 'content'];
  }
  protected _read(prop: string): unknown {
    const c = needSheet(this.sheet).comments.find((x) => x.id === this.cid);
    if (!c) throw new SimError('ItemNotFound', 'comment');
    return prop === 'id' ? c.id : c.content;
  }
  get id(): string {
    return this._get('id');
  }
  get content(): string {
    return this._get('content');
  }
  delete(): void {
    this._queue('delete', null, () => {
      const s = needSheet(this.sheet);
      assertWritable(s);
      s.comments = s.comments.filter((c) => c.id !== this.cid);
    });
  }
  getLocation(): SimRange {
    return new SimRange(
      this.context,
      this.sheet,
      () => {
        const c = needSheet(this.sheet).comments.find((x) => x.id === this.cid);
        return c ? parseRange(c.address) : null;
      },
      `${this.path}/comment/location`,
    );
  }
}

export class SimSettings extends SimObject {
  protected _path(): string {
    return 'workbook.settings';
  }
  protected _scalars(): string[] {
    return [];
  }
  protected _read(): unknown {
    return null;
  }
  add(key: string, value: unknown): void {
    this._queue('add', { key, value }, () => {
      this.context.sim.store.settings.set(key, JSON.stringify(value));
    });
  }
  getItemOrNullObject(key: string): SimSetting {
    return new SimSetting(this.context, key);
  }
}

export class SimSetting extends SimObject {
  constructor(
    context: SimContext,
    private readonly key: string,
  ) {
    super(context);
  }
  protected _path(): string {
    return `workbook.settings(${this.key})`;
  }
  protected _scalars(): string[] {
    return ['value', 'isNullObject'];
  }
  override load(spec?: string | string[] | Record<string, unknown>): this {
    super.load(spec);
    super.load('isNullObject');
    return this;
  }
  protected _read(prop: string): unknown {
    const raw = this.context.sim.store.settings.get(this.key);
    if (prop === 'isNullObject') return raw === undefined;
    if (prop === 'value') return raw === undefined ? null : JSON.parse(raw);
    if (prop === 'key') return this.key;
    throw new SimError('InvalidArgument', prop);
  }
  get isNullObject(): boolean {
    return this._get('isNullObject');
  }
  get value(): unknown {
    return this._get('value');
  }
  delete(): void {
    this._queue('delete', null, () => {
      this.context.sim.store.settings.delete(this.key);
    });
  }
}

// ---------------------------------------------------------------- the simulator

/** Where a sync fails: before its batch runs, half-way, after it ran, or before the first matching operation. */
export type Fault = 'before' | 'middle' | 'after' | { before: (target: string, what: string) => boolean };

export class ExcelSimulator {
  readonly store = new SimStore();
  /** worksheet events (src/sim/events.ts) */
  readonly events = new SimEvents(this.store);
  apiVersion: number;
  payloadLimit: number;
  responseLimit: number;
  readonly platform: 'web' | 'desktop';
  cellReadLimit: number;
  totalSyncs = 0;
  commentSeq = 0;
  readonly records: SyncRecord[] = [];
  private faults = new Map<number, Fault>();
  /** called before each `Excel.run` batch; tests use it to change the workbook mid-command */
  onSync: ((n: number) => void) | null = null;

  constructor(opts: SimOptions = {}) {
    this.apiVersion = opts.apiVersion ?? 18;
    this.platform = opts.platform ?? 'web';
    this.payloadLimit = opts.payloadLimit ?? (this.platform === 'web' ? 5 * 1024 * 1024 : Infinity);
    this.responseLimit = opts.responseLimit ?? this.payloadLimit;
    this.cellReadLimit = opts.cellReadLimit ?? 5_000_000;
  }

  /** Make the n-th sync from now (1-based, counted over all runs) fail. */
  failSync(n: number, how: Fault = 'before'): void {
    this.faults.set(this.totalSyncs + n, how);
  }

  /** @internal */ faultAt(n: number): Fault | undefined {
    this.onSync?.(n);
    const f = this.faults.get(n);
    if (f) this.faults.delete(n);
    return f;
  }

  isSetSupported(name: string, version: string): boolean {
    if (name !== 'ExcelApi') return false;
    const [maj, min] = version.split('.').map(Number);
    return maj === 1 && (min ?? 0) <= this.apiVersion;
  }

  /** Like `Excel.run`: a fresh context per batch function. */
  async run<T>(batch: (ctx: SimContext) => Promise<T>): Promise<T> {
    const ctx = new SimContext(this);
    try {
      return await batch(ctx);
    } finally {
      this.events.notice();
    }
  }

  resetStats(): void {
    this.totalSyncs = 0;
    this.records.length = 0;
    this.faults.clear();
  }

  /** the largest request Excel accepted */
  get maxRequestBytes(): number {
    return this.records.reduce((m, r) => (r.refused ? m : Math.max(m, r.requestBytes)), 0);
  }

  /** the largest response Excel returned */
  get maxResponseBytes(): number {
    return this.records.reduce((m, r) => (r.refused ? m : Math.max(m, r.responseBytes)), 0);
  }
}
