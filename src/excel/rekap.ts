/**
 * Writes the Rekap sheet (a plan from `core/sheets/rekap`) and its NPSS chart (the plan's `charts`, drawn
 * by `charts.ts` like the Ringkasan's) into the open workbook: an earlier sheet of the same name
 * is replaced by the safe swap (the new sheet written whole under a temporary name first), the
 * new one is added at the end and shown. A workbook whose structure is protected is refused
 * before anything is written.
 */
import type { SheetPlan } from '../core/sheets/plan';
import { GatewayError, type NoteMode } from '../gateway/contract';
import { TEMP_PREFIX, writeSheet } from './sheetSwap';

export async function writeRekapSheet(
  ctx: Excel.RequestContext,
  plan: SheetPlan,
  axisTitles: { x: string; y: string },
  noteMode: NoteMode,
  progress: { done: boolean },
): Promise<void> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name,items/id,items/position');
  const structure = ctx.workbook.protection;
  structure.load('protected');
  await ctx.sync();
  // the Rekap adds a sheet (and deletes the old one): not on a protected structure
  if (structure.protected) throw new GatewayError({ kind: 'structureProtected' });
  // Excel's sheet names are case-insensitive; copies left by an interrupted run are the add-in's own
  const old = sheets.items.find((s) => s.name.toLowerCase() === plan.name.toLowerCase());
  const replace = sheets.items.filter((s) => s === old || s.name.startsWith(TEMP_PREFIX));
  if (replace.length) {
    for (const s of replace) s.protection.load('protected');
    await ctx.sync();
    const locked = replace.find((s) => s.protection.protected);
    if (locked) throw new GatewayError({ kind: 'protected', sheet: locked.name });
  }
  await writeSheet(
    ctx,
    plan,
    {
      replace: replace.map((s) => s.name),
      ids: new Map(sheets.items.map((s) => [s.name, s.id])),
      // the old sheet's place (or the end), counted once the replaced sheets are gone
      position: old ? old.position - replace.filter((s) => s.position < old.position).length : sheets.items.length - replace.length,
      safeSwap: true,
      noteMode,
      chartAxes: axisTitles,
    },
    progress,
  );
}
