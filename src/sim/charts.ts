/**
 * Charts in the Excel simulator: the subset of the charts API the adapter uses to draw the
 * Ringkasan's capaian chart (`worksheet.charts.add`, series names/values/categories/type,
 * point fills, titles, position, legend). Calls are queued and applied at `sync`, like every
 * other simulated write; the chart data live beside the sheet (`chartsOf`) for assertions.
 * Kept out of `worksheet.ts`: the worksheet only holds a `charts` collection built here.
 */
import type { CellRange, CellValue } from '../core/grid/grid';
import { type SimSheet, parseRange, rangeAddress } from './store';

/** The simulator's office-js error, handed in by `worksheet.ts` (no import cycle). */
export type MakeError = (code: string, message: string) => Error;
let simError: MakeError = (code, message) => Object.assign(new Error(message), { code });

export interface SimChartSeriesData {
  name: string;
  chartType: string;
  /** A1 address of the values */
  values: string;
  /** A1 address of the category labels, when set */
  xValues: string | null;
  color: string | null;
  pointFills: Map<number, string>;
}

export interface SimChartData {
  name: string;
  type: string;
  source: string;
  title: string;
  categoryTitle: string;
  valueTitle: string;
  legend: string | null;
  position: { start: string; end: string } | null;
  series: SimChartSeriesData[];
}

const store = new WeakMap<SimSheet, SimChartData[]>();

/** The charts drawn on a simulated sheet, in order of creation. */
export function chartsOf(sheet: SimSheet): SimChartData[] {
  let list = store.get(sheet);
  if (!list) {
    list = [];
    store.set(sheet, list);
  }
  return list;
}

/** What the collection needs from the simulator (types only: no import cycle with proxy.ts). */
interface Queue {
  enqueue(op: { target: string; what: string; args?: unknown; run(): void }): void;
}
interface RangeLike {
  _range(): CellRange | null;
}

const CHART_TYPES = new Set(['ColumnClustered', 'Line', 'LineMarkers', 'BarClustered', 'ColumnStacked']);

export class SimChartCollection {
  constructor(
    private readonly context: Queue,
    private readonly sheet: () => SimSheet | null,
    private readonly path: string,
    makeError: MakeError,
  ) {
    simError = makeError;
  }

  add(type: string, source: RangeLike, seriesBy: string = 'Auto'): SimChart {
    const box: { chart: SimChartData | null } = { chart: null };
    const path = `${this.path}/charts/add(${type})`;
    this.context.enqueue({
      target: path,
      what: 'add',
      args: { type, seriesBy },
      run: () => {
        const s = this.sheet();
        if (!s) throw simError('ItemNotFound', "The requested resource doesn't exist.");
        if (s.protected) throw simError('AccessDenied', "The cell or chart you're trying to change is on a protected sheet.");
        if (!CHART_TYPES.has(type)) throw simError('InvalidArgument', `Unknown chart type ${type}.`);
        const r = source._range();
        if (!r) throw simError('InvalidArgument', 'The source data is not a range.');
        const list = chartsOf(s);
        const chart: SimChartData = {
          name: `Chart ${list.length + 1}`,
          type,
          source: rangeAddress(r),
          title: '',
          categoryTitle: '',
          valueTitle: '',
          legend: null,
          position: null,
          series: seriesOf(s, r, seriesBy, type),
        };
        list.push(chart);
        box.chart = chart;
      },
    });
    return new SimChart(this.context, () => need(box.chart), path);
  }
}

function seriesOf(s: SimSheet, r: CellRange, seriesBy: string, type: string): SimChartSeriesData[] {
  const at = (row: number, col: number): CellValue => s.cells.get(`${row},${col}`)?.value ?? null;
  const byRows = seriesBy === 'Rows';
  const out: SimChartSeriesData[] = [];
  const n = byRows ? r.r2 - r.r1 + 1 : r.c2 - r.c1 + 1;
  for (let i = 0; i < n; i++) {
    const head = byRows ? at(r.r1 + i, r.c1) : at(r.r1, r.c1 + i);
    const named = typeof head === 'string';
    const values: CellRange = byRows
      ? { r1: r.r1 + i, c1: r.c1 + (named ? 1 : 0), r2: r.r1 + i, c2: r.c2 }
      : { r1: r.r1 + (named ? 1 : 0), c1: r.c1 + i, r2: r.r2, c2: r.c1 + i };
    out.push({
      name: named ? head : `Series${i + 1}`,
      chartType: type,
      values: rangeAddress(values),
      xValues: null,
      color: null,
      pointFills: new Map(),
    });
  }
  return out;
}

function need<T>(v: T | null): T {
  if (v === null) throw simError('InvalidArgument', 'The operation is not valid on a chart that was not created.');
  return v;
}

class Titled {
  constructor(
    private readonly context: Queue,
    private readonly path: string,
    private readonly set: (text: string) => void,
  ) {}
  set text(v: string) {
    this.context.enqueue({ target: this.path, what: 'text', args: v, run: () => this.set(v) });
  }
}

export class SimChart {
  readonly title: Titled;
  readonly axes: { categoryAxis: { title: Titled }; valueAxis: { title: Titled } };
  readonly legend: { position: string; visible: boolean };
  readonly series: SimChartSeriesCollection;
  constructor(
    private readonly context: Queue,
    private readonly chart: () => SimChartData,
    private readonly path: string,
  ) {
    this.title = new Titled(context, `${path}/title`, (t) => (chart().title = t));
    this.axes = {
      categoryAxis: { title: new Titled(context, `${path}/axes/category/title`, (t) => (chart().categoryTitle = t)) },
      valueAxis: { title: new Titled(context, `${path}/axes/value/title`, (t) => (chart().valueTitle = t)) },
    };
    const q = (what: string, args: unknown, run: () => void): void => context.enqueue({ target: `${path}/legend`, what, args, run });
    this.legend = {
      set position(v: string) {
        q('position', v, () => (chart().legend = v));
      },
      get position(): string {
        throw simError('PropertyNotLoaded', 'legend.position is not loaded');
      },
      set visible(v: boolean) {
        q('visible', v, () => (chart().legend = v ? (chart().legend ?? 'Right') : null));
      },
      get visible(): boolean {
        throw simError('PropertyNotLoaded', 'legend.visible is not loaded');
      },
    };
    this.series = new SimChartSeriesCollection(context, chart, `${path}/series`);
  }
  set name(v: string) {
    this.context.enqueue({ target: this.path, what: 'name', args: v, run: () => (this.chart().name = v) });
  }
  setPosition(start: string, end?: string): void {
    this.context.enqueue({
      target: this.path,
      what: 'setPosition',
      args: { start, end },
      run: () => (this.chart().position = { start, end: end ?? start }),
    });
  }
}

export class SimChartSeriesCollection {
  private added = 0;
  constructor(
    private readonly context: Queue,
    private readonly chart: () => SimChartData,
    private readonly path: string,
  ) {}
  /** A new series at the end (ExcelApi 1.7): empty until its values are set. */
  add(name?: string): SimChartSeries {
    const box: { data: SimChartSeriesData | null } = { data: null };
    const path = `${this.path}/add(${this.added++})`;
    this.context.enqueue({
      target: path,
      what: 'add',
      args: name ?? null,
      run: () => {
        const chart = this.chart();
        box.data = {
          name: name ?? `Series${chart.series.length + 1}`,
          chartType: chart.type,
          values: '',
          xValues: null,
          color: null,
          pointFills: new Map(),
        };
        chart.series.push(box.data);
      },
    });
    return new SimChartSeries(this.context, () => need(box.data), path);
  }
  getItemAt(i: number): SimChartSeries {
    return new SimChartSeries(
      this.context,
      () => {
        const s = this.chart().series[i];
        if (!s) throw simError('ItemNotFound', `The chart has no series ${i}.`);
        return s;
      },
      `${this.path}/getItemAt(${i})`,
    );
  }
}

export class SimChartSeries {
  readonly points: { getItemAt: (i: number) => { format: { fill: { setSolidColor: (c: string) => void } } } };
  readonly format: { fill: { setSolidColor: (c: string) => void }; line: { color: string } };
  constructor(
    private readonly context: Queue,
    private readonly series: () => SimChartSeriesData,
    private readonly path: string,
  ) {
    const q = (what: string, args: unknown, run: () => void): void => context.enqueue({ target: path, what, args, run });
    this.points = {
      getItemAt: (i) => ({
        format: {
          fill: {
            setSolidColor: (c) =>
              q(`points(${i}).fill`, c, () => {
                const s = series();
                const n = countOf(s.values);
                if (i >= n) throw simError('InvalidArgument', `The series has no point ${i}.`);
                s.pointFills.set(i, c.toUpperCase());
              }),
          },
        },
      }),
    };
    this.format = {
      fill: { setSolidColor: (c) => q('fill', c, () => (series().color = c.toUpperCase())) },
      line: {
        set color(c: string) {
          q('line.color', c, () => (series().color = c.toUpperCase()));
        },
        get color(): string {
          throw simError('PropertyNotLoaded', 'line.color is not loaded');
        },
      },
    };
  }
  set name(v: string) {
    this.context.enqueue({ target: this.path, what: 'name', args: v, run: () => (this.series().name = v) });
  }
  set chartType(v: string) {
    this.context.enqueue({
      target: this.path,
      what: 'chartType',
      args: v,
      run: () => {
        if (!CHART_TYPES.has(v)) throw simError('InvalidArgument', `Unknown chart type ${v}.`);
        this.series().chartType = v;
      },
    });
  }
  setValues(range: RangeLike): void {
    this.context.enqueue({ target: this.path, what: 'setValues', run: () => (this.series().values = rangeAddress(needRange(range))) });
  }
  setXAxisValues(range: RangeLike): void {
    this.context.enqueue({
      target: this.path,
      what: 'setXAxisValues',
      run: () => (this.series().xValues = rangeAddress(needRange(range))),
    });
  }
}

function needRange(r: RangeLike): CellRange {
  const x = r._range();
  if (!x) throw simError('InvalidArgument', 'Not a range.');
  return x;
}

function countOf(address: string): number {
  const r = parseRange(address);
  return (r.r2 - r.r1 + 1) * (r.c2 - r.c1 + 1);
}
