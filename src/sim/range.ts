/** Ranges and RangeAreas: values, number formats, merges, intersections. */
import type { CellRange } from '../core/grid/grid';
import type { SimContext } from './context';
import { SimRangeFormat } from './format';
import { SimConditionalFormatCollection } from './conditional';
import { SimMergedAreas } from './mergedAreas';
import { SimSpecialCells } from './specialCells';
import { clearApplyTo, clearRange, clearValidation } from './clear';
import { SimError, SimObject, type SheetResolver, assertWritable, needSheet, nullChain } from './proxy';
import { type SimSheet, parseRange, quoteSheet, rangeAddress } from './store';

export type RangeResolver = () => CellRange | null;

export class SimRange extends SimObject {
  readonly format: SimRangeFormat;
  readonly dataValidation: { rule: unknown; clear: () => void };
  constructor(
    context: SimContext,
    readonly _sheet: SheetResolver,
    readonly _range: RangeResolver,
    path: string,
    orNull = false,
  ) {
    super(context, path, orNull);
    this.format = new SimRangeFormat(
      context,
      () => this.cellsOf(),
      `${path}/format`,
      () => this.sheetW('format'),
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
      clear: () => self._queue('dataValidation.clear', null, () => clearValidation(self.sheetW(), self.self('dataValidation.clear'))),
    };
  }
  private sheetW(what: 'cells' | 'format' = 'cells'): SimSheet {
    const s = needSheet(this._sheet);
    assertWritable(s, what);
    return s;
  }
  private cellsOf(): { sheet: SimSheet; cells: CellRange[] } {
    const r = this._range();
    const s = needSheet(this._sheet);
    return { sheet: s, cells: r ? [r] : [] };
  }
  protected _scalars(): string[] {
    return ['address', 'values', 'numberFormat', 'rowCount', 'columnCount', 'rowIndex', 'columnIndex'];
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
      case 'columnHidden': {
        // true when every column of the range is hidden, false when none, null when mixed
        let n = 0;
        for (let j = r.c1; j <= r.c2 && j <= r.c1 + 16383; j++) if (s.hiddenCols.has(j)) n++;
        return n === 0 ? false : n === r.c2 - r.c1 + 1 ? true : null;
      }
      default:
        throw new SimError('InvalidArgument', `Unknown property ${prop}`);
    }
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
      const r = this._range();
      if (s.filtered && r && r.r2 > r.r1)
        throw new SimError('FilteredRangeConflict', 'The attempted operation causes a conflict with a filtered range.');
      this.each2d(v, (i, j, x) => this.context.sim.store.writeValue(s, i, j, x), 'values');
    });
  }
  get numberFormat(): string[][] {
    return this._get('numberFormat');
  }
  set numberFormat(v: unknown) {
    this._queue('numberFormat', v, () => {
      const s = this.sheetW('format');
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
  get columnHidden(): boolean | null {
    return this._get('columnHidden');
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
  /**
   * Per-cell formats (ExcelApi 1.9): a 2-D array the shape of the range; an empty object leaves
   * its cell alone. The simulator applies `format.fill.color` and `format.font.color`/`bold`.
   */
  setCellProperties(props: unknown): void {
    this._queue('setCellProperties', props, () => {
      const s = this.sheetW('format');
      const store = this.context.sim.store;
      this.each2d(
        props,
        (i, j, x) => {
          const f = (x as { format?: { fill?: { color?: string }; font?: { color?: string; bold?: boolean } } } | null)?.format;
          if (!f) return;
          const c = store.cellW(s, i, j);
          if (f.fill?.color) c.fill = { color: f.fill.color.toUpperCase(), pattern: 'Solid' };
          if (f.font?.color) c.fontColor = f.font.color.toUpperCase();
          if (f.font?.bold !== undefined) c.bold = f.font.bold;
        },
        'setCellProperties',
      );
    });
  }
  /** ExcelApi 1.9: one entry per row of the range, in order (`{}` leaves a row alone); only the row height is kept */
  setRowProperties(props: { format?: { rowHeight?: number } }[]): void {
    this._queue('setRowProperties', props, () => {
      const s = this.sheetW('format');
      const r = this._range()!;
      if (props.length !== r.r2 - r.r1 + 1) throw new SimError('InvalidArgument', 'setRowProperties: one entry per row of the range.');
      s.rowHeights ??= new Map();
      props.forEach((x, i) => {
        if (x.format?.rowHeight !== undefined) s.rowHeights!.set(r.r1 + i, x.format.rowHeight);
      });
    });
  }
  merge(across = false): void {
    this._queue('merge', across, () => {
      const s = this.sheetW();
      const r = this._range()!;
      const partly = (m: CellRange): boolean =>
        m.r1 <= r.r2 && m.r2 >= r.r1 && m.c1 <= r.c2 && m.c2 >= r.c1 && (m.r1 < r.r1 || m.r2 > r.r2 || m.c1 < r.c1 || m.c2 > r.c2);
      if (s.merges.some(partly))
        throw new SimError(
          'MergedRangeConflict',
          "Cannot complete the operation. A table can't overlap with another table, a PivotTable report, query results, merged cells, or an XML Map.",
        );
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
  /** `Excel.ClearApplyTo` as Microsoft documents it, over what the simulator models (src/sim/clear.ts) */
  clear(applyTo: unknown = 'All'): void {
    this._queue('clear', applyTo, () => {
      const what = clearApplyTo(applyTo, this.context.sim.apiVersion);
      const s = this.sheetW(what === 'Formats' ? 'format' : 'cells');
      clearRange(s, this.self('clear'), what);
    });
  }
  /** this range, or a method failure when it is a null object (chaining on null objects is undocumented) */
  private self(what: string): CellRange {
    const r = this._range();
    if (!r) throw nullChain(what);
    return r;
  }
  getIntersectionOrNullObject(other: SimRange | string): SimRange {
    const otherRange = (): CellRange =>
      typeof other === 'string' ? parseRange(other) : other.self('getIntersectionOrNullObject (argument)');
    return new SimRange(
      this.context,
      this._sheet,
      () => {
        const a = this.self('getIntersectionOrNullObject');
        const b = otherRange();
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
        const r = this.self('getCell');
        return { r1: r.r1 + row, c1: r.c1 + col, r2: r.r1 + row, c2: r.c1 + col };
      },
      `${this.path}/getCell(${row},${col})`,
    );
  }
  /** One row of the range (Microsoft's client splits big `values` writes into rows: getRow + getBoundingRect). */
  getRow(row: number): SimRange {
    return new SimRange(
      this.context,
      this._sheet,
      () => {
        const r = this.self('getRow');
        return { r1: r.r1 + row, c1: r.c1, r2: r.r1 + row, c2: r.c2 };
      },
      `${this.path}/getRow(${row})`,
    );
  }
  /** The smallest range holding this one and `other`. */
  getBoundingRect(other: SimRange | string): SimRange {
    return new SimRange(
      this.context,
      this._sheet,
      () => {
        const a = this.self('getBoundingRect');
        const b = typeof other === 'string' ? parseRange(other) : other.self('getBoundingRect (argument)');
        return { r1: Math.min(a.r1, b.r1), c1: Math.min(a.c1, b.c1), r2: Math.max(a.r2, b.r2), c2: Math.max(a.c2, b.c2) };
      },
      `${this.path}/getBoundingRect`,
    );
  }
  /** The used cells within this range (ExcelApi 1.4), or a null object when it has none. */
  getUsedRangeOrNullObject(valuesOnly = false): SimRange {
    return new SimRange(
      this.context,
      this._sheet,
      () => this.context.sim.store.usedRange(needSheet(this._sheet), valuesOnly, this.self('getUsedRangeOrNullObject')),
      `${this.path}/getUsedRange(${valuesOnly})`,
      true,
    );
  }
  /** The merged areas whose top-left cell is in this range (ExcelApi 1.13; src/sim/mergedAreas.ts). */
  getMergedAreasOrNullObject(): SimMergedAreas {
    if (this.context.sim.apiVersion < 13)
      throw new SimError('ApiNotFound', 'The API you are trying to use could not be found (ExcelApi 1.13).');
    return new SimMergedAreas(this.context, this._sheet, () => this.self('getMergedAreasOrNullObject'), `${this.path}/getMergedAreas`);
  }
  /** The cells holding constants or formulas of a value type (ExcelApi 1.9; src/sim/specialCells.ts). */
  getSpecialCellsOrNullObject(cellType: string, valueType = 'All'): SimSpecialCells {
    return new SimSpecialCells(
      this.context,
      this._sheet,
      () => this.self('getSpecialCellsOrNullObject'),
      cellType,
      valueType,
      `${this.path}/getSpecialCells(${cellType},${valueType})`,
    );
  }
  /** The conditional formats that intersect this range (ExcelApi 1.6; src/sim/conditional.ts). */
  get conditionalFormats(): SimConditionalFormatCollection {
    return new SimConditionalFormatCollection(this.context, this._sheet, () => this._range(), `${this.path}/conditionalFormats`);
  }
}

export class SimRangeAreas extends SimObject {
  readonly format: SimRangeFormat;
  constructor(
    context: SimContext,
    private readonly sheet: SheetResolver,
    private readonly areas: string[],
    path: string,
  ) {
    super(context, path);
    this.format = new SimRangeFormat(
      context,
      () => ({ sheet: needSheet(sheet), cells: areas.map(parseRange) }),
      `${path}/format`,
      () => {
        const s = needSheet(sheet);
        assertWritable(s, 'format');
        return s;
      },
    );
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
  /** ExcelApi 1.9: `Range.clear(applyTo)` on each area (src/sim/clear.ts) */
  clear(applyTo: unknown = 'All'): void {
    this._queue('clear', applyTo, () => {
      const what = clearApplyTo(applyTo, this.context.sim.apiVersion);
      const s = needSheet(this.sheet);
      assertWritable(s, what === 'Formats' ? 'format' : 'cells');
      for (const a of this.areas) clearRange(s, parseRange(a), what);
    });
  }
}
