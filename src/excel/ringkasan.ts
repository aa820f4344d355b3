/** Ringkasan TW: writes the quarter's summary sheet (and its chart), replacing an earlier one. */
import type { Lang } from '../core/locales';
import type { Tw } from '../core/measure/formulas';
import { isRingkasanOf, summaryForWorkbook } from '../core/workbook';
import { RINGKASAN_TEXT } from '../core/locales/ringkasan';
import { GatewayError, type RingkasanResult } from '../gateway/contract';
import type { CommandEnv } from './command';
import { TEMP_PREFIX, writeSheet } from './sheetSwap';
import { problemError, readWorkbook } from './workbookRead';

export async function ringkasan(
  ctx: Excel.RequestContext,
  tw: Tw,
  lang: Lang,
  { caps, limits, progress }: CommandEnv,
): Promise<RingkasanResult> {
  // the sheet this run replaces is read whole: what the planner added to it is kept
  const wb = await readWorkbook(ctx, limits, (name) => isRingkasanOf(name, tw));
  const r = summaryForWorkbook(wb.grids, tw, { lang, date: new Date() });
  if ('problem' in r) throw problemError(r.problem);
  // Ringkasan adds a sheet (and deletes the old one)
  if (wb.structureProtected) throw new GatewayError({ kind: 'structureProtected' });
  const exists = wb.positions.has(r.plan.name);
  // copies left by an interrupted run are the add-in's own: replaced with the old sheet
  const replace = [...(exists ? [r.plan.name] : []), ...[...wb.positions.keys()].filter((n) => n.startsWith(TEMP_PREFIX))];
  const locked = replace.find((n) => wb.protectedSheets.has(n));
  if (locked) throw new GatewayError({ kind: 'protected', sheet: locked });
  const after = wb.positions.get(r.realisasi.name) ?? wb.positions.size - 1;
  // the new sheet is written whole (values, formats, chart) under a temporary name before the
  // old one is deleted, in the same batch: a failure anywhere leaves the old sheet as it was
  await writeSheet(
    ctx,
    r.plan,
    {
      replace,
      ids: wb.ids,
      position: exists ? wb.positions.get(r.plan.name)! : after + 1,
      safeSwap: true,
      noteMode: caps.noteMode,
      chartAxes: RINGKASAN_TEXT[lang].chartAxes,
    },
    progress,
  );
  // the RAPK used, when one of another year was left aside: said in the pane as the CLI says it
  const chosen = r.rapkChosen;
  return {
    sheet: r.plan.name,
    summary: r.summary,
    rapkErrors: r.rapkErrors,
    replaced: r.replaced,
    kept: r.kept,
    ...(chosen ? { rapkChosen: chosen } : {}),
  };
}
