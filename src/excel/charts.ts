/**
 * The Ringkasan's capaian chart through the Excel charts API (ADR 012): clustered columns of
 * capaian per Kode, each bar in its kriteria colour, and the 100 % series drawn as a line.
 * Everything is queued into the sheet's write batch (no extra sync). Requirement sets:
 * `charts.add`, titles, position, points (ExcelApi 1.1); `series.chartType`,
 * `setXAxisValues`, `setValues` (1.7): within the add-in's 1.9.
 */
import { rangeA1 } from '../core/grid';
import type { SheetPlan } from '../core/sheetPlan';

export const CHART_NAME = 'Grafik Capaian';

/** Queues every chart of the plan on the (new) worksheet. */
export function queueCharts(ws: Excel.Worksheet, plan: SheetPlan, axisTitles: { x: string; y: string }): number {
  for (const c of plan.charts ?? []) {
    // the source: the series' name row and values, side by side (Kode in the column before)
    const first = c.series[0]!;
    const lastSeries = c.series[c.series.length - 1]!;
    const source = ws.getRange(rangeA1({ r1: first.name.r, c1: first.values.c1, r2: first.values.r2, c2: lastSeries.values.c2 }));
    const chart = ws.charts.add('ColumnClustered', source, 'Columns');
    chart.name = c.name ?? CHART_NAME;
    chart.title.text = c.title;
    chart.axes.categoryAxis.title.text = axisTitles.x;
    chart.axes.valueAxis.title.text = axisTitles.y;
    chart.legend.position = 'Bottom';
    const categories = ws.getRange(rangeA1(c.categories));
    c.series.forEach((s, i) => {
      const series = chart.series.getItemAt(i);
      series.setXAxisValues(categories);
      if (s.type === 'line') {
        series.chartType = 'Line';
        series.format.line.color = s.color;
      } else {
        series.format.fill.setSolidColor(s.color);
        (s.pointFills ?? []).forEach((fill, k) => series.points.getItemAt(k).format.fill.setSolidColor(fill));
      }
    });
    const a = c.anchor;
    chart.setPosition(
      rangeA1({ r1: a.r, c1: a.c, r2: a.r, c2: a.c }),
      rangeA1({ r1: a.r + a.rows - 1, c1: a.c + a.cols - 1, r2: a.r + a.rows - 1, c2: a.c + a.cols - 1 }),
    );
  }
  return plan.charts?.length ?? 0;
}
