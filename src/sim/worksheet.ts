/** Worksheets: the proxy, its protection and page layout, and how a proxy finds its sheet. */
import type { SimContext } from './context';
import { SimNoteCollection, SimCommentCollection } from './notes';
import { SimError, SimObject, type SheetResolver, assertStructure, needSheet } from './proxy';
import { SimChartCollection } from './charts';
import { SimRange, SimRangeAreas } from './range';
import { type SimSheet, type SimStore, parseRange } from './store';

/**
 * Like office-js, a worksheet proxy binds to the sheet object the first time it is resolved:
 * afterwards it follows that sheet through renames, and fails with ItemNotFound once the
 * sheet is deleted (it never drifts to another sheet).
 */
export function bound(store: SimStore, first: SheetResolver): SheetResolver {
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

export function byName(store: SimStore, name: string, required: boolean): SheetResolver {
  return () => {
    const s = store.sheet(name) ?? store.sheetById(name) ?? null;
    if (!s && required) throw new SimError('ItemNotFound', `The requested resource doesn't exist (worksheet '${name}').`);
    return s;
  };
}

export function byId(store: SimStore, id: string): SheetResolver {
  return () => {
    const s = store.sheetById(id) ?? null;
    if (!s) throw new SimError('ItemNotFound', "The requested resource doesn't exist (the worksheet was deleted).");
    return s;
  };
}

export function sheetProp(store: SimStore, s: SimSheet, p: string): unknown {
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
export class SimWorksheet extends SimObject {
  readonly protection: SimProtection;
  readonly freezePanes: {
    freezeRows: (n: number) => void;
    freezeColumns: (n: number) => void;
    freezeAt: (r: SimRange) => void;
    unfreeze: () => void;
  };
  readonly pageLayout: SimPageLayout;
  readonly horizontalPageBreaks: { add: (addr: string) => object };
  readonly notes: SimNoteCollection;
  readonly comments: SimCommentCollection;
  readonly charts: SimChartCollection;
  constructor(
    context: SimContext,
    readonly _resolve: SheetResolver,
    path: string,
    orNull = false,
  ) {
    super(context, path, orNull);
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
    // a break goes above the given cell; the sheet keeps the row after which it falls, as plans do
    // (add returns the new PageBreak object in office-js; the add-in does not use it)
    this.horizontalPageBreaks = {
      add: (addr) => {
        q('pageBreaks.add', addr, (s) => s.pageBreaks.push(parseRange(addr).r1 - 1));
        return {};
      },
    };
    this.notes = new SimNoteCollection(context, _resolve, path);
    this.comments = new SimCommentCollection(context, _resolve, path);
    this.charts = new SimChartCollection(context, _resolve, path, (code, message) => new SimError(code, message));
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
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._queue('name', v, () => {
      const s = needSheet(this._resolve);
      assertStructure(this.context.sim.store);
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
      if (store.sheets.indexOf(s) === Math.min(v, store.sheets.length - 1)) return;
      assertStructure(store);
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
      assertStructure(this.context.sim.store);
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
  /**
   * Areas are separated by the host's list separator: `,` or `;` (Windows with, e.g.,
   * Indonesian regional settings), and the other one is refused (OfficeDev/office-js#1167, #1985).
   */
  getRanges(address: string): SimRangeAreas {
    const sep = this.context.sim.listSeparator;
    const other = sep === ',' ? ';' : ',';
    if (address.length > 8192 || address.includes(other)) {
      // Excel rejects very long address lists (OfficeDev/office-js#5198)
      this._queue('getRanges', address, () => {
        throw new SimError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      });
    }
    return new SimRangeAreas(
      this.context,
      this._resolve,
      address.split(sep).map((a) => a.trim()),
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
    path: string,
  ) {
    super(context, `${path}/protection`);
  }
  protected _scalars(): string[] {
    return ['protected'];
  }
  protected _read(prop: string): unknown {
    const s = needSheet(this.resolve);
    if (prop === 'protected') return s.protected;
    if (prop === 'options') return { ...s.protectionOptions };
    throw new SimError('InvalidArgument', prop);
  }
  get protected(): boolean {
    return this._get('protected');
  }
  get options(): { allowFormatCells: boolean; allowEditObjects: boolean } {
    return this._get('options');
  }
}

class SimPageLayout extends SimObject {
  constructor(
    context: SimContext,
    private readonly resolve: SheetResolver,
    path: string,
  ) {
    super(context, `${path}/pageLayout`);
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
  setPrintArea(addr: string): void {
    this._queue('setPrintArea', addr, () => (needSheet(this.resolve).printArea = addr));
  }
  private margin(side: 'left' | 'right' | 'top' | 'bottom' | 'header' | 'footer', v: number): void {
    this._queue(`${side}Margin`, v, () => {
      const s = needSheet(this.resolve);
      s.margins = { ...s.margins, [side]: v };
    });
  }
  set leftMargin(v: number) {
    this.margin('left', v);
  }
  set rightMargin(v: number) {
    this.margin('right', v);
  }
  set topMargin(v: number) {
    this.margin('top', v);
  }
  set bottomMargin(v: number) {
    this.margin('bottom', v);
  }
  set headerMargin(v: number) {
    this.margin('header', v);
  }
  set footerMargin(v: number) {
    this.margin('footer', v);
  }
  /** `headersFooters.defaultForAllPages.centerFooter` (the only part the add-in writes) */
  get headersFooters(): { defaultForAllPages: { centerFooter: string } } {
    const queue = (v: string): void => this._queue('centerFooter', v, () => (needSheet(this.resolve).centerFooter = v));
    return {
      defaultForAllPages: {
        set centerFooter(v: string) {
          queue(v);
        },
        get centerFooter(): string {
          return '';
        },
      },
    };
  }
}
