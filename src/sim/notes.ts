/** Notes (ExcelApi 1.18) and threaded comments (ExcelApi 1.10). */
import type { SimContext } from './context';
import { SimError, SimObject, type SheetResolver, type Snapshot, assertWritable, needSheet } from './proxy';
import { SimRange } from './range';
import { type SimSheet, parseRange, rangeAddress } from './store';

function cellKey(address: string): string {
  return rangeAddress(parseRange(address));
}

export class SimNoteCollection extends SimObject {
  constructor(
    context: SimContext,
    private readonly sheet: SheetResolver,
    path: string,
  ) {
    super(context, `${path}/notes`);
  }
  private check(): void {
    if (this.context.sim.apiVersion < 18)
      throw new SimError('ApiNotFound', 'The API you are trying to use could not be found (ExcelApi 1.18).');
  }
  protected _scalars(): string[] {
    return ['items/content'];
  }
  protected _read(): unknown {
    this.check();
    return [...needSheet(this.sheet).notes.values()].map((content) => ({ content }));
  }
  /**
   * `cellAddress` is a Range or the full address with the sheet name (a bare "B5" is refused, as
   * for comments: the reference asks for the sheet, and a bare address is ambiguous while another
   * sheet is active). A cell holding a threaded comment refuses a note.
   */
  add(cellAddress: string | SimRange, content: string): SimNote {
    const box = { key: '' };
    const args = typeof cellAddress === 'string' ? { cellAddress, content } : { cellAddress: 'range', content };
    this._queue('add', args, () => {
      this.check();
      const { s, address: k } = cellTarget(this.context, cellAddress);
      assertWritable(s, 'objects');
      if (s.notes.has(k)) throw new SimError('InvalidArgument', `The cell ${k} already has a note.`);
      if (s.comments.some((c) => c.address === k)) throw new SimError('InvalidArgument', `The cell ${k} already has a comment.`);
      s.notes.set(k, String(content));
      box.key = k;
    });
    const key = typeof cellAddress === 'string' ? cellKey(cellAddress) : '';
    return new SimNote(this.context, this.sheet, key || (() => box.key), `${this.path}(${key || 'range'})`);
  }
  getItemOrNullObject(cellAddress: string): SimNote {
    return new SimNote(this.context, this.sheet, cellKey(cellAddress), `${this.path}(${cellKey(cellAddress)})`, true);
  }
}

export class SimNote extends SimObject {
  constructor(
    context: SimContext,
    private readonly sheet: SheetResolver,
    private readonly keyOf: string | (() => string),
    path: string,
    orNull = false,
  ) {
    super(context, path, orNull);
  }
  private get key(): string {
    return typeof this.keyOf === 'string' ? this.keyOf : this.keyOf();
  }
  protected _scalars(): string[] {
    return ['content'];
  }
  protected _read(prop: string): unknown {
    if (this.context.sim.apiVersion < 18) throw new SimError('ApiNotFound', 'ExcelApi 1.18');
    const s = this.sheet();
    const has = !!s && s.notes.has(this.key);
    if (prop === 'isNullObject') return !has;
    if (prop === 'content') return has ? s!.notes.get(this.key) : null;
    throw new SimError('InvalidArgument', prop);
  }
  get content(): string {
    return this._get('content');
  }
  set content(v: string) {
    this._queue('content', v, () => {
      const s = needSheet(this.sheet);
      assertWritable(s, 'objects');
      if (!s.notes.has(this.key)) throw new SimError('ItemNotFound', 'note');
      s.notes.set(this.key, v);
    });
  }
  delete(): void {
    this._queue('delete', null, () => {
      const s = needSheet(this.sheet);
      assertWritable(s, 'objects');
      s.notes.delete(this.key);
    });
  }
}

export class SimCommentCollection extends SimObject {
  private _items: SimComment[] | null = null;
  constructor(
    context: SimContext,
    private readonly sheet: SheetResolver,
    path: string,
  ) {
    super(context, `${path}/comments`);
  }
  private check(): void {
    if (this.context.sim.apiVersion < 10) throw new SimError('ApiNotFound', 'ExcelApi 1.10');
    // Office 2021/2024 LTSC in threaded-comments mode: the API set says 1.10, the host does not (office-js#1847)
    if (this.context.sim.commentsNotImplemented)
      throw new SimError('NotImplemented', 'The requested operation is unavailable on this host (threaded comments mode).');
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
      const x = new SimComment(this.context, this.sheet, c.id, `${this.path}/item`);
      x._commit({ id: c.id, content: c.content });
      return x;
    });
  }
  get items(): SimComment[] {
    if (!this._items) this._get('items');
    return this._items!;
  }
  /**
   * `cellAddress` is a Range or the full address with the sheet name: the reference asks for
   * it ("Sheet1!B5") for every ExcelApi 1.10+ host, so a bare "B5" is refused here.
   */
  add(cellAddress: string | SimRange, content: string): SimComment {
    const box = { id: '' };
    const args = typeof cellAddress === 'string' ? { cellAddress, content } : { cellAddress: 'range', content };
    this._queue('add', args, () => {
      this.check();
      const { s, address } = this.target(cellAddress);
      assertWritable(s, 'objects');
      if (s.comments.some((c) => c.address === address))
        throw new SimError('InvalidArgument', `The cell ${address} already has a comment.`);
      // a cell that holds a note refuses a threaded comment
      if (s.notes.has(address)) throw new SimError('InvalidArgument', `The cell ${address} has a note.`);
      box.id = `c${++this.context.sim.commentSeq}`;
      s.comments.push({ id: box.id, address, content });
    });
    return new SimComment(this.context, this.sheet, () => box.id, `${this.path}/item`);
  }
  /** A comment by its id (ExcelApi 1.10). */
  getItem(commentId: string): SimComment {
    return new SimComment(this.context, this.sheet, commentId, `${this.path}/item`);
  }
  private target(cellAddress: string | SimRange): { s: SimSheet; address: string } {
    return cellTarget(this.context, cellAddress);
  }
}

/** The sheet and cell a note or comment goes to: a Range, or an address with its sheet's name. */
function cellTarget(context: SimContext, cellAddress: string | SimRange): { s: SimSheet; address: string } {
  if (typeof cellAddress !== 'string') {
    const r = cellAddress._range();
    if (!r) throw new SimError('InvalidArgument', 'The range is a null object.');
    return { s: needSheet(cellAddress._sheet), address: rangeAddress({ r1: r.r1, c1: r.c1, r2: r.r1, c2: r.c1 }) };
  }
  const bang = cellAddress.lastIndexOf('!');
  if (bang < 0) throw new SimError('InvalidArgument', `The address ${cellAddress} has no sheet name.`);
  const name = cellAddress
    .slice(0, bang)
    .replace(/^'(.*)'$/, '$1')
    .replace(/''/g, "'");
  const s = context.sim.store.sheet(name);
  if (!s) throw new SimError('ItemNotFound', `The requested resource doesn't exist (worksheet '${name}').`);
  return { s, address: cellKey(cellAddress) };
}

export class SimComment extends SimObject {
  constructor(
    context: SimContext,
    private readonly sheet: SheetResolver,
    private readonly idOf: string | (() => string),
    path: string,
  ) {
    super(context, path);
  }
  private get cid(): string {
    return typeof this.idOf === 'string' ? this.idOf : this.idOf();
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
      assertWritable(s, 'objects');
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
      `${this.path}/location`,
    );
  }
}
