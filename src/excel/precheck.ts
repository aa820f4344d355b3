/** Precheck: what the pane needs to know about the active sheet before a command is offered. */
import type { Precheck } from '../gateway/contract';
import { loadRecord, recordState } from './marks';

export async function precheck(ctx: Excel.RequestContext): Promise<Precheck> {
  const ws = ctx.workbook.worksheets.getActiveWorksheet();
  ws.load('name,id');
  ws.protection.load('protected');
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name');
  const record = loadRecord(ctx);
  await ctx.sync();
  const names = sheets.items.map((s) => s.name);
  const state = recordState(record);
  return {
    sheet: ws.name,
    protected: ws.protection.protected,
    hasRealisasi: names.some((n) => /^realisasi\b/i.test(n.trim())),
    // a Ringkasan sheet is only ever rewritten; a Realisasi sheet is validated against its RAPK
    ownSheet: /^(ringkasan|rekap tw (i|ii|iii|iv))\b/i.test(ws.name.trim()),
    hasMarks: state.sheets.some((s) => s.cells.length > 0),
  };
}
