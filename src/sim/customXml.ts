/**
 * Custom XML parts (ExcelApi 1.5), shaped like Microsoft's client (`@microsoft/office-js`,
 * `Excel.CustomXmlPartCollection`, `CustomXmlPartScopedCollection`, `CustomXmlPart`): `add(xml)`,
 * `getByNamespace(ns)`, `getItem`/`getItemOrNullObject(id)`, `getOnlyItem`/`getOnlyItemOrNullObject()`,
 * `getCount()`; a part has `id`, `namespaceUri`, `getXml()`, `setXml(xml)`, `delete()`. The id is
 * the host's (`ds:itemID` in the file): `add` makes a new one.
 *
 * A null object's own methods in the same batch do nothing and return null (`getXml()` → null),
 * as `worksheets.getItemOrNullObject(name).delete()` does in Microsoft's own samples; a method
 * that would return another object from a null one is still refused elsewhere (ADR 010).
 */
import type { SimContext } from './context';
import { SimError, SimObject, type Snapshot } from './proxy';

export interface SimXmlPart {
  id: string;
  xml: string;
}

/** The namespace of a part's root element (`xmlns="…"` on the first element). */
export function namespaceOf(xml: string): string {
  const root = /<(?!\?|!)[^\s>/]+([^>]*)>/.exec(xml);
  const ns = root ? /\sxmlns="([^"]*)"/.exec(root[1] ?? '') : null;
  return ns?.[1] ?? '';
}

/** What a method returning a value gives back: readable after the sync that ran it. */
export class SimClientResult<T> {
  private done = false;
  private v: T | null = null;
  /** @internal */ _set(v: T | null): void {
    this.v = v;
    this.done = true;
  }
  get value(): T {
    if (!this.done) throw new SimError('PropertyNotLoaded', 'The value is not available before context.sync().');
    return this.v as T;
  }
}

/** Carries a method's value in the response (counted in its bytes), set only when the sync succeeds. */
class ResultHolder<T> extends SimObject {
  constructor(
    context: SimContext,
    path: string,
    private readonly result: SimClientResult<T>,
  ) {
    super(context, path);
  }
  protected _scalars(): string[] {
    return [];
  }
  protected _read(): unknown {
    return null;
  }
  override _commit(s: Snapshot): void {
    this.result._set(s['value'] as T | null);
  }
}

/** Queues a method whose value comes back with the sync. */
export function queueResult<T>(
  owner: SimObject & { context: SimContext },
  path: string,
  what: string,
  value: () => T | null,
): SimClientResult<T> {
  const r = new SimClientResult<T>();
  owner.context.enqueue({ target: path, what, loadInto: new ResultHolder(owner.context, path, r), run: () => ({ value: value() }) });
  return r;
}

/** A part larger than the host takes (`store.partLimit`, characters) is refused, nothing else in the batch after it runs. */
function checkSize(context: SimContext, xml: string, where: string): void {
  if (xml.length > context.sim.store.partLimit) throw new SimError('GeneralException', 'The custom XML part could not be saved.', where);
}

function check(context: SimContext): void {
  if (context.sim.apiVersion < 5) throw new SimError('ApiNotFound', 'The API you are trying to use could not be found (ExcelApi 1.5).');
}

type PartResolver = () => SimXmlPart | null;

export class SimCustomXmlPartCollection extends SimObject {
  private _items: SimCustomXmlPart[] | null = null;
  constructor(
    context: SimContext,
    path: string,
    /** the parts this collection holds (all, or one namespace's) */
    private readonly list: () => SimXmlPart[] = () => context.sim.store.customXmlParts,
  ) {
    super(context, path);
  }
  protected _scalars(): string[] {
    return ['items/id', 'items/namespaceUri'];
  }
  protected _read(): unknown {
    check(this.context);
    return this.list().map((p) => ({ id: p.id, namespaceUri: namespaceOf(p.xml) }));
  }
  override _commit(s: Snapshot): void {
    super._commit(s);
    const list = (Object.values(s)[0] ?? []) as { id: string }[];
    this._items = list.map((x) => {
      const part = new SimCustomXmlPart(
        this.context,
        () => this.context.sim.store.customXmlParts.find((p) => p.id === x.id) ?? null,
        `${this.path}/item`,
      );
      part._commit({ id: x.id });
      return part;
    });
  }
  get items(): SimCustomXmlPart[] {
    if (!this._items) this._get('items');
    return this._items!;
  }
  /** A new part (the whole collection only). */
  add(xml: string): SimCustomXmlPart {
    const box: { id: string | null } = { id: null };
    this._queue('add', { xml }, () => {
      check(this.context);
      if (!/^\s*(<\?xml[^>]*\?>\s*)?<[A-Za-z_]/.test(xml)) throw new SimError('InvalidArgument', 'The XML is not well formed.');
      checkSize(this.context, xml, 'CustomXmlPartCollection.add');
      const store = this.context.sim.store;
      box.id = `{5A0E1C3B-0000-4000-8000-${String(++store.partSeq).padStart(12, '0')}}`;
      store.customXmlParts.push({ id: box.id, xml });
    });
    return new SimCustomXmlPart(
      this.context,
      () => (box.id ? (this.context.sim.store.customXmlParts.find((p) => p.id === box.id) ?? null) : null),
      `${this.path}/add`,
    );
  }
  getByNamespace(namespaceUri: string): SimCustomXmlPartCollection {
    return new SimCustomXmlPartCollection(this.context, `${this.path}/getByNamespace(${namespaceUri})`, () =>
      this.list().filter((p) => namespaceOf(p.xml) === namespaceUri),
    );
  }
  getCount(): SimClientResult<number> {
    return queueResult(this, this.path, 'getCount', () => {
      check(this.context);
      return this.list().length;
    });
  }
  getItem(id: string): SimCustomXmlPart {
    return new SimCustomXmlPart(this.context, this.byId(id, true), `${this.path}/getItem(${id})`);
  }
  getItemOrNullObject(id: string): SimCustomXmlPart {
    return new SimCustomXmlPart(this.context, this.byId(id, false), `${this.path}/getItemOrNullObject(${id})`, true);
  }
  /** The only part of a scoped collection: ItemNotFound when there is none or more than one. */
  getOnlyItem(): SimCustomXmlPart {
    return new SimCustomXmlPart(this.context, this.only(true), `${this.path}/getOnlyItem()`);
  }
  getOnlyItemOrNullObject(): SimCustomXmlPart {
    return new SimCustomXmlPart(this.context, this.only(false), `${this.path}/getOnlyItemOrNullObject()`, true);
  }
  private byId(id: string, required: boolean): PartResolver {
    return () => {
      const p = this.list().find((x) => x.id.toUpperCase() === id.toUpperCase()) ?? null;
      if (!p && required) throw new SimError('ItemNotFound', `The requested resource doesn't exist (custom XML part ${id}).`);
      return p;
    };
  }
  private only(required: boolean): PartResolver {
    return () => {
      const list = this.list();
      if (list.length !== 1 && required) throw new SimError('ItemNotFound', 'The collection does not hold exactly one item.');
      return list.length === 1 ? list[0]! : null;
    };
  }
}

export class SimCustomXmlPart extends SimObject {
  constructor(
    context: SimContext,
    private readonly part: PartResolver,
    path: string,
    orNull = false,
  ) {
    super(context, path, orNull);
  }
  protected _scalars(): string[] {
    return ['id', 'namespaceUri'];
  }
  protected _read(prop: string): unknown {
    check(this.context);
    const p = this.part();
    if (prop === 'isNullObject') return !p;
    if (!p) return null;
    if (prop === 'id') return p.id;
    if (prop === 'namespaceUri') return namespaceOf(p.xml);
    throw new SimError('InvalidArgument', prop);
  }
  get id(): string {
    return this._get('id');
  }
  get namespaceUri(): string {
    return this._get('namespaceUri');
  }
  getXml(): SimClientResult<string> {
    return queueResult(this, this.path, 'getXml', () => {
      check(this.context);
      return this.part()?.xml ?? null;
    });
  }
  setXml(xml: string): void {
    this._queue('setXml', { xml }, () => {
      check(this.context);
      checkSize(this.context, xml, 'CustomXmlPart.setXml');
      const p = this.part();
      if (p) p.xml = xml;
    });
  }
  delete(): void {
    this._queue('delete', null, () => {
      check(this.context);
      const p = this.part();
      if (!p) return;
      const store = this.context.sim.store;
      store.customXmlParts = store.customXmlParts.filter((x) => x !== p);
    });
  }
}
