/**
 * Hapus tanda: restores every marked cell's own fill and note (as the core decides from the
 * saved state and what the cell shows now), deletes the add-in's comments, then the state.
 */
import { addedComments, parseMarksState as parseState, restoreStep } from '../core/sheets/marksState';
import { GatewayError } from '../gateway/contract';
import { BYTES_PER_NOTE_OP, BYTES_PER_RANGE_OP, Budget, writeSync } from './batch';
import type { CommandEnv } from './command';
import { FILL_PROPS } from './fills';
import { MARKS_KEY, cellNow, queueRestore } from './marks';

export async function hapusTanda(ctx: Excel.RequestContext, { caps, progress }: CommandEnv): Promise<{ restored: number }> {
  const setting = ctx.workbook.settings.getItemOrNullObject(MARKS_KEY);
  setting.load('value');
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name,items/id');
  await ctx.sync();
  const state = parseState(setting.isNullObject ? null : setting.value);
  if (state.sheets.length === 0) return { restored: 0 };
  const alive = state.sheets.filter((s) => sheets.items.some((w) => w.id === s.id));
  // the marked cells' fills and notes (more syncs only when they would pass the request budget)
  const loads = new Budget(() => ctx.sync());
  const work = [];
  for (const s of alive) {
    const ws = sheets.getItem(s.id);
    ws.protection.load('protected,options');
    const fills = new Map<string, Excel.RangeFill>();
    const notes = s.mode === 'notes' && caps.noteMode === 'notes' ? new Map<string, Excel.Note>() : null;
    for (const c of s.cells) {
      await loads.take(BYTES_PER_RANGE_OP + (notes ? BYTES_PER_NOTE_OP : 0));
      fills.set(c.a, ws.getRange(c.a).format.fill.load(FILL_PROPS));
      notes?.set(c.a, ws.notes.getItemOrNullObject(c.a).load('content'));
    }
    const comments = s.mode === 'comments' && caps.noteMode !== 'none' ? ws.comments.load('items/id,items/content') : null;
    work.push({ s, ws, fills, notes, comments });
  }
  await ctx.sync();
  // a protected sheet that allows formatting (and editing notes, where the marks have them) can be cleared
  const locked = work.find((w) => {
    const p = w.ws.protection;
    if (!p.protected) return false;
    return !p.options.allowFormatCells || (w.s.mode !== 'none' && !p.options.allowEditObjects);
  });
  if (locked) throw new GatewayError({ kind: 'protected', sheet: locked.s.name });
  const writes = new Budget(() => writeSync(ctx, progress));
  let restored = 0;
  for (const w of work) {
    const steps = w.s.cells.map((c) => restoreStep(c, cellNow(w.fills, w.notes, c.a), w.notes ? 'notes' : 'none'));
    restored += await queueRestore(w.ws, steps, w.notes, writes);
    const ours = addedComments(w.s);
    if (w.comments) for (const c of w.comments.items) if (ours.has(c.content)) c.delete();
  }
  // last, so a batch that fails half-way can be finished by running Hapus tanda again
  ctx.workbook.settings.getItemOrNullObject(MARKS_KEY).delete();
  writes.add(200);
  await writes.flush();
  return { restored };
}
