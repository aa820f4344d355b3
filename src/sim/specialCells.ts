/**
 * `Range.getSpecialCellsOrNullObject(cellType, valueType)` (ExcelApi 1.9), as far as the
 * adapter asks: the cells of a range holding constants or formulas of a value type, as a
 * RangeAreas whose areas are fixed when the method runs (a later batch reads the same cells),
 * a null object when there are none. Its `areas` collection loads each area's `address` and
 * `numberFormat`. How Excel cuts the cells into rectangles is not documented: the simulator
 * joins each row's runs, then runs of the same columns on consecutive rows.
 */
import type { CellRange } from '../core/grid/grid';
import type { SimContext } from './context';
import { SimError, SimObject, type SheetResolver, type Snapshot, nullChain } from './proxy';
import { type SimSheet, quoteSheet, rangeAddress } from './store';

const VALUE_TYPES: Record<string, (v: unknown) => boolean> = {
  All: () => true,
  Numbers: (v) => typeof v === 'number',
  Text: (v) => typeof v === 'string' && v !== '' && !v.startsWith('#'),
  Logical: (v) => typeof v === 'boolean',
};

/** Row runs joined, then runs of the same columns on consecutive rows (as src/excel/batch.ts's groupRuns). */
function rectangles(cells: { r: number; c: number }[]): CellRange[] {
  const sorted = [...cells].sort((a, b) => a.r - b.r || a.c - b.c);
  const runs: CellRange[] = [];
  for (const x of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.r1 === x.r && last.c2 === x.c - 1) last.c2 = x.c;
    else runs.push({ r1: x.r, c1: x.c, r2: x.r, c2: x.c });
  }
  const out: CellRange[] = [];
  const open = new Map<string, CellRange>();
  for (const run of runs) {
    const k = `${run.c1}:${run.c2}`;
    const prev = open.get(k);
    if (prev && prev.r2 === run.r1 - 1) prev.r2 = run.r1;
    else {
      const copy = { ...run };
      out.push(copy);
      open.set(k, copy);
    }
  }
  return out;
}

export class SimSpecialCells extends SimObject {
  private fixed: CellRange[] | null | undefined;
  constructor(
    context: SimContext,
    private readonly sheet: SheetResolver,
    private readonly range: () => CellRange,
    private readonly cellType: string,
    private readonly valueType: string,
    path: string,
  ) {
    super(context, path, true);
  }
  /** the areas, computed once (when the batch that asks first runs); null when no cell matches */
  private areasNow(): CellRange[] | null {
    if (this.fixed !== undefined) return this.fixed;
    if (this.context.sim.apiVersion < 9) throw new SimError('ApiNotFound', 'ExcelApi 1.9');
    const s = this.sheet();
    if (!s) throw nullChain('getSpecialCellsOrNullObject');
    if (this.cellType !== 'Constants' && this.cellType !== 'Formulas')
      throw new SimError('NotImplemented', `getSpecialCells(${this.cellType}) is not simulated`);
    const test = VALUE_TYPES[this.valueType];
    if (!test) throw new SimError('NotImplemented', `getSpecialCells(…, ${this.valueType}) is not simulated`);
    const r = this.range();
    const cells: { r: number; c: number }[] = [];
    for (const [k, cell] of s.cells) {
      const [i, j] = k.split(',').map(Number) as [number, number];
      if (i < r.r1 || i > r.r2 || j < r.c1 || j > r.c2) continue;
      const v = cell.value;
      if (v === null || v === undefined || v === '') continue;
      if (!!cell.formula !== (this.cellType === 'Formulas')) continue;
      if (test(v)) cells.push({ r: i, c: j });
    }
    this.fixed = cells.length ? rectangles(cells) : null;
    return this.fixed;
  }
  protected _scalars(): string[] {
    return ['address', 'areaCount', 'cellCount'];
  }
  protected _read(prop: string): unknown {
    const areas = this.areasNow();
    if (prop === 'isNullObject') return areas === null;
    if (areas === null) return null;
    const s = this.sheet()!;
    if (prop === 'address') return areas.map((a) => `${quoteSheet(s.name)}!${rangeAddress(a)}`).join(',');
    if (prop === 'areaCount') return areas.length;
    if (prop === 'cellCount') return areas.reduce((n, a) => n + (a.r2 - a.r1 + 1) * (a.c2 - a.c1 + 1), 0);
    throw new SimError('InvalidArgument', `Unknown property ${prop}`);
  }
  get areaCount(): number {
    return this._get('areaCount');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }
  get address(): string {
    return this._get('address');
  }
  /** the rectangles (a RangeCollection); a null object's areas are refused (undocumented) */
  get areas(): SimAreaCollection {
    return new SimAreaCollection(
      this.context,
      this.sheet,
      () => {
        const a = this.areasNow();
        if (a === null) throw nullChain('RangeAreas.areas');
        return a;
      },
      `${this.path}/areas`,
    );
  }
}

/** The rectangles of a RangeAreas: `load('items/address,items/numberFormat')`. */
export class SimAreaCollection extends SimObject {
  private _items: SimArea[] | null = null;
  constructor(
    context: SimContext,
    private readonly sheet: SheetResolver,
    private readonly list: () => CellRange[],
    path: string,
  ) {
    super(context, path);
  }
  protected _scalars(): string[] {
    return ['items/address'];
  }
  protected _read(prop: string): unknown {
    const sub = prop.startsWith('items/') ? prop.slice(6) : null;
    if (!sub) throw new SimError('InvalidArgument', `Unknown property ${prop}`);
    const s = this.sheet();
    if (!s) throw nullChain('RangeAreas.areas');
    return this.list().map((a) => ({ [sub]: areaProp(this.context, s, a, sub) }));
  }
  override _commit(snap: Snapshot): void {
    super._commit(snap);
    const props = Object.keys(snap).filter((k) => k.startsWith('items/'));
    const lists = props.map((k) => snap[k] as Record<string, unknown>[]);
    const n = lists[0]?.length ?? 0;
    this._items = Array.from({ length: n }, (_, i) => {
      const item = new SimArea(this.context, `${this.path}/item(${i})`);
      const s: Snapshot = {};
      props.forEach((k, j) => (s[k.slice(6)] = lists[j]![i]![k.slice(6)]));
      item._commit(s);
      return item;
    });
  }
  get items(): SimArea[] {
    if (!this._items) this._get('items');
    return this._items!;
  }
}

function areaProp(context: SimContext, s: SimSheet, a: CellRange, prop: string): unknown {
  if (prop === 'address') return `${quoteSheet(s.name)}!${rangeAddress(a)}`;
  if (prop === 'rowIndex') return a.r1;
  if (prop === 'columnIndex') return a.c1;
  if (prop === 'numberFormat') {
    const out: string[][] = [];
    for (let i = a.r1; i <= a.r2; i++) {
      const row: string[] = [];
      for (let j = a.c1; j <= a.c2; j++) row.push(context.sim.store.cell(s, i, j)?.numberFormat ?? 'General');
      out.push(row);
    }
    return out;
  }
  throw new SimError('NotImplemented', `Range.${prop} of an area is not simulated`);
}

/** One loaded area: what its collection's load brought back. */
export class SimArea extends SimObject {
  protected _scalars(): string[] {
    return [];
  }
  protected _read(prop: string): unknown {
    throw new SimError('InvalidArgument', `${prop}: load areas through their collection`);
  }
  get address(): string {
    return this._get('address');
  }
  get numberFormat(): string[][] {
    return this._get('numberFormat');
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
}
