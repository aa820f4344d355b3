/** The workbook, its worksheet collection and its settings. */
import type { SimContext } from './context';
import { SimError, SimObject, type Snapshot, assertStructure } from './proxy';
import { SimWorksheet, bound, byId, byName, sheetProp } from './worksheet';
import { SimCustomXmlPartCollection } from './customXml';

export class SimWorkbook extends SimObject {
  readonly worksheets: SimWorksheetCollection;
  readonly settings: SimSettings;
  readonly application: SimApplication;
  /** the workbook's structure protection (ExcelApi 1.7) */
  readonly protection: SimWorkbookProtection;
  constructor(context: SimContext) {
    super(context, 'workbook');
    this.application = new SimApplication(context, 'workbook.application');
    this.protection = new SimWorkbookProtection(context, 'workbook.protection');
    this.worksheets = new SimWorksheetCollection(context, 'workbook.worksheets');
    this.settings = new SimSettings(context, 'workbook.settings');
  }
  getActiveWorksheet(): SimWorksheet {
    return this.worksheets.getActiveWorksheet();
  }
  private _parts: SimCustomXmlPartCollection | null = null;
  /** custom XML parts (ExcelApi 1.5: src/sim/customXml.ts) */
  get customXmlParts(): SimCustomXmlPartCollection {
    return (this._parts ??= new SimCustomXmlPartCollection(this.context, 'workbook.customXmlParts'));
  }
  protected _scalars(): string[] {
    return ['readOnly'];
  }
  protected _read(prop: string): unknown {
    if (prop !== 'readOnly') throw new SimError('InvalidArgument', prop);
    if (this.context.sim.apiVersion < 8) throw new SimError('ApiNotFound', 'ExcelApi 1.8');
    return this.context.sim.store.readOnly;
  }
  /** the file is open read-only or view-only (ExcelApi 1.8) */
  get readOnly(): boolean {
    return this._get('readOnly');
  }
}

/**
 * The application: calculation suspended until the next sync (ExcelApi 1.6; cells written
 * meanwhile leave their dependants stale) and `calculate` (ExcelApi 1.1), both queued in order.
 */
export class SimApplication extends SimObject {
  protected _scalars(): string[] {
    return [];
  }
  protected _read(prop: string): unknown {
    throw new SimError('InvalidArgument', prop);
  }
  suspendApiCalculationUntilNextSync(): void {
    this._queue('suspendApiCalculationUntilNextSync', null, () => undefined);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this._queue('suspendScreenUpdatingUntilNextSync', null, () => undefined);
  }
  calculate(calculationType: string): void {
    this._queue('calculate', calculationType, () => {
      if (!['Recalculate', 'Full', 'FullRebuild'].includes(calculationType)) throw new SimError('InvalidArgument', calculationType);
      this.context.sim.store.calcStale = false;
    });
  }
}

export class SimWorkbookProtection extends SimObject {
  protected _scalars(): string[] {
    return ['protected'];
  }
  protected _read(prop: string): unknown {
    if (prop !== 'protected') throw new SimError('InvalidArgument', prop);
    if (this.context.sim.apiVersion < 7) throw new SimError('ApiNotFound', 'ExcelApi 1.7');
    return this.context.sim.store.structureProtected;
  }
  get protected(): boolean {
    return this._get('protected');
  }
}

export class SimWorksheetCollection extends SimObject {
  private _items: SimWorksheet[] | null = null;
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
      assertStructure(store);
      if (store.sheet(n)) throw new SimError('ItemAlreadyExists', `A sheet named ${n} already exists.`);
      if (n.length > 31 || /[\\/?*:[\]]/.test(n)) throw new SimError('InvalidArgument', `Invalid sheet name ${n}.`);
      box.id = store.addSheet(n).id;
    });
    return ws;
  }
}

export class SimSettings extends SimObject {
  protected _scalars(): string[] {
    return [];
  }
  protected _read(): unknown {
    return null;
  }
  add(key: string, value: unknown): SimSetting {
    this._queue('add', { key, value }, () => {
      this.context.sim.store.settings.set(key, JSON.stringify(value));
    });
    return new SimSetting(this.context, key);
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
    super(context, `workbook.settings(${key})`, true);
  }
  protected _scalars(): string[] {
    return ['value'];
  }
  protected _read(prop: string): unknown {
    const raw = this.context.sim.store.settings.get(this.key);
    if (prop === 'isNullObject') return raw === undefined;
    if (prop === 'value') return raw === undefined ? null : JSON.parse(raw);
    if (prop === 'key') return this.key;
    throw new SimError('InvalidArgument', prop);
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
