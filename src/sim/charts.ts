/**
 * Charts in the Excel simulator, as much as the Rekap's NPSS chart uses: `charts.add`, the
 * title, the legend, the first series' name and category range, and the position. Kept apart
 * from `excelSim.ts` (type imports only, so no import cycle): calls are queued on the context
 * like every other write and run at `sync`. The charts of a sheet live beside it (a WeakMap).
 */
import type { CellRange } from '../core/grid';
import type { SimContext, SimRange } from './excelSim';
import type { SimSheet } from './store';

export interface SimChart {
  type: string;
  source: CellRange;
  seriesBy: string;
  title: string | null;
  legendVisible: boolean;
  seriesName: string | null;
  categories: CellRange | null;
  position: { from: string; to: string } | null;
}

const CHARTS = new WeakMap<SimSheet, SimChart[]>();

/** The charts on a simulated sheet (what the adapter wrote). */
export function chartsOf(sheet: SimSheet): SimChart[] {
  let list = CHARTS.get(sheet);
  if (!list) CHARTS.set(sheet, (list = []));
  return list;
}

type Resolve = () => SimSheet | null;

function sheetOf(resolve: Resolve): SimSheet {
  const s = resolve();
  if (!s) throw new Error('ItemNotFound: the worksheet does not exist');
  return s;
}

function queue(context: SimContext, target: string, what: string, args: unknown, run: () => void): void {
  context.enqueue({ target, what, args, run: () => (run(), undefined) });
}

export class SimChartCollection {
  constructor(
    readonly context: SimContext,
    private readonly resolve: Resolve,
    private readonly path: string,
  ) {}
  add(type: string, source: SimRange, seriesBy = 'Auto'): SimChartProxy {
    const target = `${this.path}/charts`;
    const proxy = new SimChartProxy(this.context, `${target}/add`);
    queue(this.context, target, 'add', { type, seriesBy }, () => {
      const range = source._range();
      if (!range) throw new Error('InvalidArgument: the chart source range does not exist');
      const chart: SimChart = {
        type,
        source: range,
        seriesBy,
        title: null,
        legendVisible: true,
        seriesName: null,
        categories: null,
        position: null,
      };
      chartsOf(sheetOf(this.resolve)).push(chart);
      proxy._chart = chart;
    });
    return proxy;
  }
}

export class SimChartProxy {
  /** @internal set when the queued `add` has run */
  _chart: SimChart | null = null;
  readonly title: { text: string };
  readonly legend: { visible: boolean };
  readonly series: { getItemAt: (i: number) => { name: string; setXAxisValues: (r: SimRange) => void } };
  constructor(
    readonly context: SimContext,
    private readonly path: string,
  ) {
    const self = this;
    const q = (what: string, args: unknown, fn: (c: SimChart) => void): void => queue(context, path, what, args, () => fn(self.chart()));
    this.title = {
      set text(v: string) {
        q('title.text', v, (c) => (c.title = v));
      },
      get text(): string {
        return self.chart().title ?? '';
      },
    };
    this.legend = {
      set visible(v: boolean) {
        q('legend.visible', v, (c) => (c.legendVisible = v));
      },
      get visible(): boolean {
        return self.chart().legendVisible;
      },
    };
    this.series = {
      getItemAt: (i) => {
        if (i !== 0) throw new Error('the simulator models one series');
        return {
          set name(v: string) {
            q('series.name', v, (c) => (c.seriesName = v));
          },
          get name(): string {
            return self.chart().seriesName ?? '';
          },
          setXAxisValues: (r: SimRange) => q('series.setXAxisValues', null, (c) => (c.categories = r._range())),
        };
      },
    };
  }
  private chart(): SimChart {
    if (!this._chart) throw new Error('InvalidState: the chart has not been added yet');
    return this._chart;
  }
  setPosition(from: string, to: string): void {
    queue(this.context, this.path, 'setPosition', { from, to }, () => (this.chart().position = { from, to }));
  }
}
