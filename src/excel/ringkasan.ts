/** Ringkasan TW: writes the quarter's summary sheet (and its chart), replacing an earlier one. */
import type { Lang } from '../core/locales';
import type { Tw } from '../core/measure/formulas';
import { isRingkasanOf } from '../core/sheets/ringkasan';
import { rapkErrorsOf } from '../core/rules/unresolved';
import { summaryForWorkbook, validateWorkbook } from '../core/workbook';
import { RINGKASAN_TEXT } from '../core/locales/ringkasan';
import { GatewayError, type RingkasanResult } from '../gateway/contract';
import type { CommandEnv } from './command';
import { writeSheet } from './sheetSwap';
import { problemError, readWorkbook } from './workbookRead';

export async function ringkasan(
  ctx: Excel.RequestContext,
  tw: Tw,
  lang: Lang,
  { caps, limits, progress }: CommandEnv,
): Promise<RingkasanResult> {
  // the sheet this run replaces is read whole: what the planner added to it is kept
  const wb = await readWorkbook(ctx, limits, (name) => isRingkasanOf(name, tw));
  const validation = validateWorkbook(wb.grids);
  const r = summaryForWorkbook(wb.grids, tw, { lang, validation, date: new Date() });
  if ('problem' in r) throw problemError(r.problem);
  // Ringkasan adds a sheet (and deletes the old one)
  if (wb.structureProtected) throw new GatewayError({ kind: 'structureProtected' });
  const exists = wb.positions.has(r.plan.name);
  if (exists && wb.protectedSheets.has(r.plan.name)) throw new GatewayError({ kind: 'protected', sheet: r.plan.name });
  const after = wb.positions.get(r.realisasi.name) ?? wb.positions.size - 1;
  await writeSheet(
    ctx,
    r.plan,
    {
      replace: exists ? [r.plan.name] : [],
      ids: wb.ids,
      position: exists ? wb.positions.get(r.plan.name)! : after + 1,
      safeSwap: false,
      noteMode: caps.noteMode,
      chartAxes: RINGKASAN_TEXT[lang].chartAxes,
    },
    progress,
  );
  return { sheet: r.plan.name, summary: r.summary, rapkErrors: rapkErrorsOf(validation), replaced: r.replaced, kept: r.kept };
}
