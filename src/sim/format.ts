/** A range's format: fill, font, alignment, widths, borders. */
import type { CellRange } from '../core/grid/grid';
import type { SimContext } from './context';
import { SimError, SimObject } from './proxy';
import type { SimCell, SimSheet, SimStore } from './store';

export type CellsResolver = () => { sheet: SimSheet; cells: CellRange[] };

export function eachCell(x: { sheet: SimSheet; cells: CellRange[] }, store: SimStore, fn: (c: SimCell) => void): void {
  for (const r of x.cells) for (let i = r.r1; i <= r.r2; i++) for (let j = r.c1; j <= r.c2; j++) fn(store.cellW(x.sheet, i, j));
}

export function uniform<T>(x: { sheet: SimSheet; cells: CellRange[] }, store: SimStore, get: (c: SimCell | undefined) => T): T | null {
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
    path: string,
    private readonly writable: () => SimSheet,
  ) {
    super(context, path);
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
    path: string,
    private readonly writable: () => SimSheet,
  ) {
    super(context, path);
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
    if (prop === 'patternColor') return this.uniformOf((c) => c?.fill?.patternColor ?? null);
    if (prop === 'tintAndShade') return this.uniformOf((c) => c?.fill?.tintAndShade ?? 0);
    throw new SimError('InvalidArgument', prop);
  }
  /** an RGB colour: solid unless the cell has a pattern; the tint of a theme colour is dropped */
  set color(v: string) {
    this.setEach('fill.color', v, (c) => {
      const keep = c.fill?.pattern && c.fill.pattern !== 'None' && c.fill.pattern !== 'Solid';
      c.fill = keep ? { ...c.fill!, color: v.toUpperCase() } : { color: v.toUpperCase(), pattern: 'Solid' };
      delete c.fill.tintAndShade;
    });
  }
  set patternColor(v: string) {
    this.setEach(
      'fill.patternColor',
      v,
      (c) => (c.fill = { color: c.fill?.color ?? '#FFFFFF', pattern: c.fill?.pattern ?? 'None', ...c.fill, patternColor: v.toUpperCase() }),
    );
  }
  get patternColor(): string | null {
    return this._get('patternColor');
  }
  set tintAndShade(v: number) {
    this.setEach('fill.tintAndShade', v, (c) => {
      if (c.fill) c.fill = { ...c.fill, tintAndShade: v };
    });
  }
  get tintAndShade(): number {
    return this._get('tintAndShade');
  }
  get color(): string {
    return this._get('color');
  }
  set pattern(v: string) {
    this.setEach('fill.pattern', v, (c) => (c.fill = v === 'None' ? null : { ...c.fill, color: c.fill?.color ?? '#FFFFFF', pattern: v }));
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
