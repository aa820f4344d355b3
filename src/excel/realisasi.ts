/**
 * Realisasi: refreshes the add-in's cells of an existing Realisasi sheet in place (ADR 009), or
 * adds a new one with the safe swap.
 */
import type { Lang } from '../core/locales';
import { realisasiForWorkbook } from '../core/workbook';
import { GatewayError, type RealisasiResult } from '../gateway/contract';
import { writeSync } from './batch';
import type { CommandEnv } from './command';
import { TEMP_PREFIX, queueRecalc, writeSheet } from './sheetSwap';
import { problemError, readWorkbook } from './workbookRead';
import { queueCells } from './writeCells';

export async function realisasi(ctx: Excel.RequestContext, lang: Lang, { caps, limits, progress }: CommandEnv): Promise<RealisasiResult> {
  const wb = await readWorkbook(ctx, limits);
  const r = realisasiForWorkbook(wb.grids, { lang });
  if ('problem' in r) throw problemError(r.problem);
  const leftovers = [...wb.positions.keys()].filter((n) => n.startsWith(TEMP_PREFIX));
  // copies left by an interrupted run of an earlier version are the add-in's own; on a workbook
  // whose structure is protected no sheet can be deleted: they stay
  const stale = wb.structureProtected ? [] : leftovers.filter((n) => !wb.protectedSheets.has(n));
  // the RAPK used, when one of another year was left aside: said in the pane as the CLI says it
  const chosen = r.rapkChosen;
  const base = {
    ...(chosen ? { rapkChosen: chosen } : {}),
    rows: r.rows,
    // only rows with something typed: what the planner sees kept
    kept: r.typed,
    created: false,
    rapkErrors: r.rapkErrors,
  };
  if (r.existing && r.refresh && r.upToDate && stale.length === 0) {
    // nothing to write (on any file, a read-only one too): the sheet is shown, and said up to date
    ctx.workbook.worksheets.getItem(r.existing.name).activate();
    await ctx.sync();
    return { sheet: r.existing.name, ...base, orphans: r.refresh.orphans, upToDate: true };
  }
  if (r.existing && r.refresh) {
    // in place: only the add-in's cells are written; the planner's columns, formulas,
    // notes, validations and widths stay (ADR 009). Typed cells are never written, so a
    // batch that fails half-way loses nothing and running again finishes it.
    const name = r.existing.name;
    if (wb.protectedSheets.has(name)) throw new GatewayError({ kind: 'protected', sheet: name });
    const sheets = ctx.workbook.worksheets;
    const ws = sheets.getItem(name);
    ctx.workbook.application.suspendApiCalculationUntilNextSync();
    // no sheet is added or renamed by a refresh in place
    for (const n of stale) sheets.getItem(n).delete();
    await queueCells(ws, r.refresh.cells, r.refresh.validations, r.existing.cols.Kode ?? 0, () => writeSync(ctx, progress));
    ws.activate();
    // calculation was suspended for the writes: the planner's formulas on the refreshed cells
    // (and the Ringkasan that reads them) get their new values in the same batch
    queueRecalc(ctx);
    await writeSync(ctx, progress);
    return { sheet: name, ...base, orphans: r.refresh.orphans };
  }
  // a new sheet is added (and renamed, and a copy left by an interrupted run deleted)
  if (wb.structureProtected) throw new GatewayError({ kind: 'structureProtected' });
  // the sheet to replace: a copy left by an interrupted run
  const replace = leftovers;
  const locked = replace.find((n) => wb.protectedSheets.has(n));
  if (locked) throw new GatewayError({ kind: 'protected', sheet: locked });
  const position = (wb.positions.get(r.model.sheet) ?? 0) + 1;
  await writeSheet(ctx, r.plan, { replace, ids: wb.ids, position, safeSwap: true, noteMode: caps.noteMode }, progress);
  return {
    sheet: r.plan.name,
    rows: r.rows,
    kept: 0,
    orphans: r.plan.notes?.length ?? 0,
    created: true,
    rapkErrors: r.rapkErrors,
    ...(chosen ? { rapkChosen: chosen } : {}),
  };
}
