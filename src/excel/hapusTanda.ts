/**
 * Hapus tanda: restores every marked cell's own fill and note (as the core decides from the
 * record and what the cell shows now), deletes the add-in's comments, then the record. Marks
 * this Excel cannot remove (notes without the notes API, comments where threaded comments are
 * `NotImplemented`) stay in the record, and the result says how many: a Hapus tanda in an Excel
 * that can remove them finishes the job.
 */
import { type MarksState, type SheetMarks, addedComments, restoreStep } from '../core/sheets/marksState';
import { GatewayError, type HapusTandaResult } from '../gateway/contract';
import { BYTES_PER_NOTE_OP, BYTES_PER_RANGE_OP, Budget, writeSync } from './batch';
import { type CommandEnv, isNotImplemented } from './command';
import { FILL_PROPS } from './fills';
import { cellNow, loadRecord, queueDeleteRecord, queueRestore, queueSaveRecord, recordState } from './marks';

interface SheetWork {
  s: SheetMarks;
  ws: Excel.Worksheet;
  fills: Map<string, Excel.RangeFill>;
  notes: Map<string, Excel.Note> | null;
  comments: Excel.CommentCollection | null;
}

/** The live sheet a record entry names: by this host's id, else (recorded by the file host) by name. */
function liveSheet(items: Excel.Worksheet[], s: SheetMarks): Excel.Worksheet | undefined {
  const own = items.find((w) => w.id === s.id);
  if (own || !s.id.startsWith('sheetId:')) return own;
  return items.find((w) => w.name.toLowerCase() === s.name.toLowerCase());
}

/** A cell whose note or comment we added may still be there. */
const hasText = (c: SheetMarks['cells'][number]): boolean => c.added !== '' || (c.was ?? []).length > 0;

export async function hapusTanda(ctx: Excel.RequestContext, { caps, progress, host }: CommandEnv): Promise<HapusTandaResult> {
  const rec = loadRecord(ctx);
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name,items/id');
  await ctx.sync();
  const state = recordState(rec);
  if (state.sheets.length === 0) return { restored: 0 };
  const alive = state.sheets.flatMap((s) => {
    const w = liveSheet(sheets.items, s);
    return w ? [{ s, id: w.id }] : [];
  });
  // the marked cells' fills and notes (more syncs only when they would pass the request budget);
  // comments where the host has them (a host that throws NotImplemented on them: once more without)
  const queueLoads = async (withComments: boolean): Promise<SheetWork[]> => {
    const loads = new Budget(() => ctx.sync());
    const work: SheetWork[] = [];
    for (const { s, id } of alive) {
      const ws = sheets.getItem(id);
      ws.protection.load('protected,options');
      const fills = new Map<string, Excel.RangeFill>();
      // notes wherever the host has them: a sheet marked in comments mode may still hold notes an
      // earlier run made in another Excel (its cells' `inNote`)
      const notes = caps.noteMode === 'notes' ? new Map<string, Excel.Note>() : null;
      for (const c of s.cells) {
        await loads.take(BYTES_PER_RANGE_OP + (notes ? BYTES_PER_NOTE_OP : 0));
        fills.set(c.a, ws.getRange(c.a).format.fill.load(FILL_PROPS));
        notes?.set(c.a, ws.notes.getItemOrNullObject(c.a).load('content'));
      }
      const comments = s.mode === 'comments' && withComments ? ws.comments.load('items/id,items/content') : null;
      work.push({ s, ws, fills, notes, comments });
    }
    await ctx.sync();
    return work;
  };
  const commentsToo = caps.noteMode !== 'none' && !host.commentsBroken && alive.some(({ s }) => s.mode === 'comments');
  let work: SheetWork[];
  try {
    work = await queueLoads(commentsToo);
  } catch (e) {
    if (!commentsToo || !isNotImplemented(e)) throw e;
    host.commentsBroken = true;
    work = await queueLoads(false);
  }
  // a protected sheet that allows formatting (and editing notes, where the marks have them) can be cleared
  const locked = work.find((w) => {
    const p = w.ws.protection;
    if (!p.protected) return false;
    return !p.options.allowFormatCells || (w.s.mode !== 'none' && !p.options.allowEditObjects);
  });
  if (locked) throw new GatewayError({ kind: 'protected', sheet: locked.s.name });
  const writes = new Budget(() => writeSync(ctx, progress));
  let restored = 0;
  const kept: SheetMarks[] = [];
  const left = { notes: 0, comments: 0 };
  for (const w of work) {
    const steps = w.s.cells.map((c) => restoreStep(c, cellNow(w.fills, w.notes, c.a), w.notes ? 'notes' : 'none'));
    restored += await queueRestore(w.ws, steps, w.notes, writes);
    const ours = addedComments(w.s);
    if (w.comments) for (const c of w.comments.items) if (ours.has(c.content)) c.delete();
    // what this Excel could not remove: kept in the record (its fills are restored now)
    const note = (c: SheetMarks['cells'][number]): boolean =>
      !w.notes && ((w.s.mode === 'notes' && hasText(c)) || (c.inNote ?? []).length > 0);
    const comment = (c: SheetMarks['cells'][number]): boolean => !w.comments && w.s.mode === 'comments' && hasText(c);
    const cannot = w.s.cells.filter((c) => note(c) || comment(c));
    if (cannot.length) {
      kept.push({ ...w.s, cells: cannot });
      left.notes += cannot.filter(note).length;
      left.comments += cannot.filter((c) => !note(c)).length;
    }
  }
  // last, so a batch that fails half-way can be finished by running Hapus tanda again
  if (kept.length) {
    const rest: MarksState = { v: 1, sheets: kept };
    writes.add(queueSaveRecord(ctx, rec, rest));
  } else {
    queueDeleteRecord(rec);
    writes.add(200);
  }
  await writes.flush();
  return kept.length ? { restored, kept: left } : { restored };
}
