/**
 * Riwayat revisi in Excel (issue 23): the open workbook's RAPK against an older version whose
 * grids the pane read in the browser (nothing uploaded), and the `Riwayat Revisi` sheet.
 * Reading is `readWorkbook` (the same syncs as Realisasi's reading); all logic is in the core.
 */
import type { Grid } from '../core/grid/grid';
import { type CompareOutcome, type CompareResult, compareWorkbooks } from '../core/diff/workbook';
import type { Lang } from '../core/locales';
import { DIFF_TEXT } from '../core/locales/diff';
import { planRiwayat } from '../core/sheets/riwayat';
import type { CommandEnv } from './command';
import { writeRekapSheet } from './rekap';
import { readWorkbook } from './workbookRead';

export async function compare(
  ctx: Excel.RequestContext,
  old: { file: string; grids: Grid[] },
  lang: Lang,
  env: CommandEnv,
): Promise<CompareOutcome> {
  const wb = await readWorkbook(ctx, env.limits);
  return compareWorkbooks(old, { file: DIFF_TEXT[lang].openWorkbook, grids: wb.grids });
}

/** Writes the sheet (an earlier one of that name replaced), shown at the end of the workbook. */
export async function writeRiwayat(ctx: Excel.RequestContext, result: CompareResult, lang: Lang, env: CommandEnv): Promise<string> {
  const plan = planRiwayat(result, result.groups, result, lang);
  await writeRekapSheet(ctx, plan, { x: '', y: '' }, env.caps.noteMode, env.progress);
  return plan.name;
}
