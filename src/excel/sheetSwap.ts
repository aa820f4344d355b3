/**
 * Writing a plan as a new sheet, and the safe swap that replaces an old sheet only once the new
 * one is complete (with the recovery of a swap that failed half-way).
 */
import type { SheetPlan } from '../core/sheets/plan';
import type { NoteMode } from '../gateway/contract';
import { writeSync } from './batch';
import { queueCharts } from './charts';
import { translate } from './errors';
import { queuePlan } from './writePlan';

/** Name of a sheet being written (Realisasi, Ringkasan, Rekap); one left by an interrupted run holds a full copy. */
export const TEMP_PREFIX = 'RAPK baru ';

/**
 * Queues a recalculation of what changed (`application.calculate`, ExcelApi 1.1) after a
 * batch's writes: `suspendApiCalculationUntilNextSync` leaves the recalculation to the add-in,
 * so without it a formula of the planner's that depends on written cells keeps its old value
 * (and the Ringkasan would read it). `Recalculate` computes only the cells Excel marked dirty.
 */
export function queueRecalc(ctx: Excel.RequestContext): void {
  ctx.workbook.application.calculate('Recalculate');
}

/**
 * Writes a plan as a new sheet. With `safeSwap` the new sheet is written completely (values,
 * formats, notes and charts) under a temporary name first, and in the same batch, after every
 * write, the old sheet (and leftovers of an interrupted run) are deleted and the new one
 * renamed: a batch stops at its first failure, so the old sheet is only deleted once the new
 * one is complete. A failed batch is looked at once more and either undone (the old sheet
 * still there) or finished. Without `safeSwap` (a sheet that replaces none) the sheet is added
 * under its own name.
 */
export async function writeSheet(
  ctx: Excel.RequestContext,
  plan: SheetPlan,
  opts: {
    replace: string[];
    ids: Map<string, string>;
    position: number;
    safeSwap: boolean;
    noteMode: NoteMode;
    /** axis titles of the plan's charts (drawn in the same batch) */
    chartAxes?: { x: string; y: string };
  },
  progress: { done: boolean },
): Promise<void> {
  const sheets = ctx.workbook.worksheets;
  ctx.workbook.application.suspendApiCalculationUntilNextSync();
  if (!opts.safeSwap) {
    for (const name of opts.replace) sheets.getItem(name).delete();
    const ws = sheets.add(plan.name);
    ws.position = opts.position;
    const budget = await queuePlan(ws, plan, opts.noteMode, () => writeSync(ctx, progress));
    if (opts.chartAxes) await queueCharts(ws, plan, opts.chartAxes, budget);
    ws.activate();
    queueRecalc(ctx);
    await writeSync(ctx, progress);
    return;
  }
  const temp = `${TEMP_PREFIX}${Math.floor(Math.random() * 1e6)}`;
  const ws = sheets.add(temp);
  try {
    // a plan over one request's budget is written in several syncs, all into the new sheet
    const budget = await queuePlan(ws, plan, opts.noteMode, () => ctx.sync());
    if (opts.chartAxes) await queueCharts(ws, plan, opts.chartAxes, budget);
    for (const name of opts.replace) sheets.getItem(name).delete();
    ws.name = plan.name;
    ws.position = opts.position;
    ws.activate();
    queueRecalc(ctx);
    await ctx.sync();
    progress.done = true;
  } catch (e) {
    if (await recoverSwap(ctx, temp, plan.name, opts)) {
      progress.done = true;
      return;
    }
    throw e;
  }
}

/**
 * After a failed write-and-swap: if no old sheet was deleted, removes the new sheet (nothing
 * changed) and returns false; if the deletes had begun, the new sheet is complete, so the
 * swap is finished and true returned. Throws (as a partial change) if Excel cannot be asked.
 */
async function recoverSwap(
  ctx: Excel.RequestContext,
  temp: string,
  name: string,
  opts: { replace: string[]; ids: Map<string, string>; position: number },
): Promise<boolean> {
  const sheets = ctx.workbook.worksheets;
  try {
    sheets.load('items/name,items/id');
    await ctx.sync();
    const ids = new Set(sheets.items.map((s) => s.id));
    const names = new Set(sheets.items.map((s) => s.name));
    const deleted = opts.replace.some((n) => opts.ids.has(n) && !ids.has(opts.ids.get(n)!));
    // no old sheet (a first Realisasi sheet) and the rename done: only the activation failed
    if (!deleted && !names.has(temp) && names.has(name) && !opts.ids.has(name)) return true;
    if (!deleted) {
      if (names.has(temp)) {
        sheets.getItem(temp).delete();
        await ctx.sync();
      }
      return false;
    }
    for (const n of opts.replace) if (opts.ids.has(n) && ids.has(opts.ids.get(n)!)) sheets.getItem(opts.ids.get(n)!).delete();
    const ws = names.has(temp) ? sheets.getItem(temp) : sheets.getItem(name);
    ws.name = name;
    ws.position = opts.position;
    ws.activate();
    queueRecalc(ctx);
    await ctx.sync();
    return true;
  } catch (e2) {
    throw translate(e2, 'partial');
  }
}
