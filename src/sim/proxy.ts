/**
 * The proxy base of the simulator: every object `load`s a snapshot that a `sync` fills; reading
 * a property that was not loaded throws PropertyNotLoaded; writes are queued and applied in
 * order at `sync`. `...OrNullObject` proxies also load `isNullObject`.
 */
import type { SimContext } from './context';
import type { SimSheet, SimStore } from './store';

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

export type Snapshot = Record<string, unknown>;

export type LoadSpec = string | string[] | Record<string, unknown>;

/** One queued operation of a batch. */
export interface Op {
  target: string;
  what: string;
  args?: unknown;
  run(): Snapshot | void;
  /** the object whose snapshot a load fills */
  loadInto?: SimObject;
}

/** Base of every proxy: `load` queues a snapshot; reading an unloaded property throws. */
export abstract class SimObject {
  private _snap: Snapshot = {};
  constructor(
    readonly context: SimContext,
    /** where the object is, for error locations and request-size estimates */
    protected readonly path: string,
    /** an `...OrNullObject` proxy: every load also loads `isNullObject` */
    protected readonly orNull = false,
  ) {}
  /** properties a load without arguments returns */
  protected abstract _scalars(): string[];
  protected abstract _read(prop: string): unknown;

  load(spec?: LoadSpec): this {
    const props = normaliseLoad(spec) ?? this._scalars();
    if (this.orNull && !props.includes('isNullObject')) props.push('isNullObject');
    this.context.enqueue({
      target: this.path,
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

  get isNullObject(): boolean {
    return this._get('isNullObject');
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
    this.context.enqueue({ target: this.path, what, args, run });
  }

  toJSON(): Snapshot {
    return { ...this._snap };
  }
}

/** A method called on a null object: undocumented in office-js, so the simulator refuses it. */
export function nullChain(what: string): SimError {
  return new SimError('InvalidArgument', `${what} was called on a null object (undocumented behaviour).`);
}

export function assertStructure(s: SimStore): void {
  if (s.structureProtected) throw new SimError('AccessDenied', 'The workbook structure is protected.');
}

export function normaliseLoad(spec?: LoadSpec): string[] | null {
  if (spec === undefined) return null;
  const list = typeof spec === 'string' ? spec.split(',') : Array.isArray(spec) ? spec : Object.keys(spec).filter((k) => spec[k]);
  return list.map((s) => s.trim()).filter(Boolean);
}

export type SheetResolver = () => SimSheet | null;

export function needSheet(resolve: SheetResolver): SimSheet {
  const s = resolve();
  if (!s) throw new SimError('InvalidArgument', 'The operation is not valid on a null object.');
  return s;
}

/**
 * A protected sheet refuses writes, except formatting when it allows `allowFormatCells` and
 * notes and comments when it allows `allowEditObjects`.
 */
export function assertWritable(s: SimSheet, what: 'cells' | 'format' | 'objects' = 'cells'): void {
  if (!s.protected) return;
  if (what === 'format' && s.protectionOptions.allowFormatCells) return;
  if (what === 'objects' && s.protectionOptions.allowEditObjects) return;
  throw new SimError('AccessDenied', "The cell or chart you're trying to change is on a protected sheet.");
}
