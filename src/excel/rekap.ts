/**
 * Writes the Rekap sheet (a plan from `core/rekap`) and its NPSS chart into the open workbook:
 * an earlier sheet of the same name is replaced, the new one is added at the end and shown.
 */
import type { PlanChart } from '../core/rekap';
import type { SheetPlan } from '../core/sheetPlan';
import { GatewayError, type NoteMode } from '../shared/gateway';
import { a1, queuePlan, rangeA1 } from './writePlan';

/** The chart over the plan's cells (ExcelApi 1.7: series category values). */
export function queueChart(ws: Excel.Worksheet, chart: PlanChart): void {
  const c = ws.charts.add('ColumnClustered', ws.getRange(rangeA1(chart.values)), 'Columns');
  c.title.text = chart.title;
  c.legend.visible = false;
  const s = c.series.getItemAt(0);
  s.name = chart.seriesName;
  s.setXAxisValues(ws.getRange(rangeA1(chart.categories)));
  c.setPosition(a1(chart.anchor.r1, chart.anchor.c1), a1(chart.anchor.r2, chart.anchor.c2));
}

export async function writeRekapSheet(
  ctx: Excel.RequestContext,
  plan: SheetPlan,
  chart: PlanChart | null,
  noteMode: NoteMode,
  progress: { done: boolean },
): Promise<void> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name');
  await ctx.sync();
  // Excel's sheet names are case-insensitive
  const old = sheets.items.find((s) => s.name.toLowerCase() === plan.name.toLowerCase());
  if (old) {
    old.protection.load('protected');
    await ctx.sync();
    if (old.protection.protected) throw new GatewayError('protected', { sheet: old.name });
    old.delete();
  }
  ctx.workbook.application.suspendApiCalculationUntilNextSync();
  const ws = sheets.add(plan.name);
  await queuePlan(ws, plan, noteMode, async () => {
    progress.done = true;
    await ctx.sync();
  });
  if (chart) queueChart(ws, chart);
  ws.activate();
  progress.done = true;
  await ctx.sync();
}
