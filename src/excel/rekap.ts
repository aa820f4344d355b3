/**
 * Writes the Rekap sheet (a plan from `core/sheets/rekap`) and its NPSS chart (the plan's `charts`, drawn
 * by `charts.ts` like the Ringkasan's) into the open workbook: an earlier sheet of the same name
 * is replaced, the new one is added at the end and shown.
 */
import type { SheetPlan } from '../core/sheets/plan';
import { GatewayError, type NoteMode } from '../gateway/contract';
import { queueCharts } from './charts';
import { queuePlan } from './writePlan';

export async function writeRekapSheet(
  ctx: Excel.RequestContext,
  plan: SheetPlan,
  axisTitles: { x: string; y: string },
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
    if (old.protection.protected) throw new GatewayError({ kind: 'protected', sheet: old.name });
    old.delete();
  }
  ctx.workbook.application.suspendApiCalculationUntilNextSync();
  const ws = sheets.add(plan.name);
  const budget = await queuePlan(ws, plan, noteMode, async () => {
    progress.done = true;
    await ctx.sync();
  });
  await queueCharts(ws, plan, axisTitles, budget);
  ws.activate();
  progress.done = true;
  await ctx.sync();
}
