/** Pengaturan RAPK: creates the settings sheet (a preset's values); an existing one is only shown, never overwritten. */
import type { Lang } from '../core/locales';
import type { PresetName } from '../core/settings';
import { settingsPlanForWorkbook } from '../core/workbook';
import { GatewayError, type PengaturanResult } from '../gateway/contract';
import type { CommandEnv } from './command';
import { writeSheet } from './sheetSwap';
import { readWorkbook } from './workbookRead';

export async function pengaturan(
  ctx: Excel.RequestContext,
  preset: PresetName,
  lang: Lang,
  { caps, limits, progress }: CommandEnv,
): Promise<PengaturanResult> {
  const wb = await readWorkbook(ctx, limits);
  const r = settingsPlanForWorkbook(wb.grids, { preset, lang });
  const existing = r.existing;
  if (existing !== null) {
    ctx.workbook.worksheets.getItem(existing).activate();
    await ctx.sync();
    return { sheet: existing, created: false };
  }
  // Pengaturan adds a sheet
  if (wb.structureProtected) throw new GatewayError({ kind: 'structureProtected' });
  await writeSheet(
    ctx,
    r.plan,
    { replace: [], ids: wb.ids, position: wb.positions.size, safeSwap: false, noteMode: caps.noteMode },
    progress,
  );
  return { sheet: r.plan.name, created: true };
}
