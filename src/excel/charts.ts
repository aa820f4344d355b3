/**
 * The Ringkasan's capaian chart through the Excel charts API (ADR 012): clustered columns of
 * capaian per Kode, each bar in its kriteria colour, and the 100 % series drawn as a line.
 * Everything is queued into the sheet's write batch, counted by its request budget (a chart
 * of thousands of bars gets a sync of its own rather than a refused request). Every series is
 * added and given its name, values and categories explicitly. Requirement sets: `charts.add`,
 * titles, position, points (ExcelApi 1.1); `series.add`, `series.chartType`, `setXAxisValues`,
 * `setValues` (1.7): within the add-in's 1.9.
 */
import { rangeA1 } from '../core/grid/grid';
import type { SheetPlan } from '../core/sheets/plan';
import { BYTES_PER_RANGE_OP, type Budget } from './batch';

/**
 * Request bytes of one bar's colour (`series.points.getItemAt(k).format.fill.setSolidColor`):
 * four object paths and a method call, as Microsoft's client serializes them inside `Excel.run`
 * (a 10,000-bar chart was 6.5 MB with the plan's formats when it was not counted).
 */
export const BYTES_PER_CHART_POINT = 700;
/** Request bytes of the chart itself: add, name, titles, legend, series, position. */
const BYTES_PER_CHART = 12 * BYTES_PER_RANGE_OP;

/** Request bytes of one series set explicitly: add, name, values, categories, type and colour. */
const BYTES_PER_SERIES = 5 * BYTES_PER_RANGE_OP;

export const CHART_NAME = 'Grafik Capaian';

/** A series' name: the text of its name cell in the plan (the column's header). */
function seriesName(plan: SheetPlan, at: { r: number; c: number }): string {
  const v = plan.cells.find((x) => x.r === at.r && x.c === at.c)?.value;
  return v === null || v === undefined ? '' : String(v);
}

/** Queues every chart of the plan on the (new) worksheet. */
export async function queueCharts(
  ws: Excel.Worksheet,
  plan: SheetPlan,
  axisTitles: { x: string; y: string },
  budget: Budget,
): Promise<number> {
  for (const c of plan.charts ?? []) {
    await budget.take(BYTES_PER_CHART + c.series.length * BYTES_PER_SERIES);
    // created over the first series' values alone, then every series is given its name,
    // values and categories explicitly: nothing is left to Excel's guess of which rows or
    // columns of a source are names, categories or series
    const first = c.series[0]!;
    const chart = ws.charts.add('ColumnClustered', ws.getRange(rangeA1(first.values)), 'Columns');
    chart.name = c.name ?? CHART_NAME;
    chart.title.text = c.title;
    chart.axes.categoryAxis.title.text = axisTitles.x;
    chart.axes.valueAxis.title.text = axisTitles.y;
    chart.legend.position = 'Bottom';
    const categories = ws.getRange(rangeA1(c.categories));
    for (const [i, s] of c.series.entries()) {
      const name = seriesName(plan, s.name);
      const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(name);
      series.name = name;
      series.setValues(ws.getRange(rangeA1(s.values)));
      series.setXAxisValues(categories);
      if (s.type === 'line') {
        series.chartType = 'Line';
        series.format.line.color = s.color;
      } else {
        series.format.fill.setSolidColor(s.color);
        // one request item per bar: counted, so a chart of thousands of bars never passes the budget
        for (const [k, fill] of (s.pointFills ?? []).entries()) {
          await budget.take(BYTES_PER_CHART_POINT);
          series.points.getItemAt(k).format.fill.setSolidColor(fill);
        }
      }
    }
    const a = c.anchor;
    chart.setPosition(
      rangeA1({ r1: a.r, c1: a.c, r2: a.r, c2: a.c }),
      rangeA1({ r1: a.r + a.rows - 1, c1: a.c + a.cols - 1, r2: a.r + a.rows - 1, c2: a.c + a.cols - 1 }),
    );
  }
  return plan.charts?.length ?? 0;
}
