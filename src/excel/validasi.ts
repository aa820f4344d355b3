/**
 * Validasi: reads the active sheet (and the sheets the core says it is checked against), then
 * marks the findings' cells: the record first, the old marks restored, the new fills and notes
 * (or comments) written. Which checks apply is the core's decision (`planActiveSheet`); this
 * file only reads and paints.
 */
import type { Grid } from '../core/grid/grid';
import { parseA1 } from '../core/grid/grid';
import type { Lang } from '../core/locales';
import { planMarks } from '../core/sheets/marks';
import { addedComments, findSheetMarks, planValidasiMarks } from '../core/sheets/marksState';
import { activeSheetOutcome, finishActiveSheet, isRingkasanName, planActiveSheet } from '../core/workbook';
import type { SheetValidation } from '../core/rules/validate';
import { GatewayError, type NoteMode, type ValidasiResult } from '../gateway/contract';
import { BYTES_PER_EXTRA_PROP, BYTES_PER_NOTE_OP, BYTES_PER_RANGE_OP, Budget, eachBlock, groupBy, writeSync } from './batch';
import { type CommandEnv, isInvalidArgument, isNotImplemented } from './command';
import { FILL_PROPS } from './fills';
import {
  MAX_STATE_CHARS,
  type RecordRead,
  cellNow,
  isRecordFailure,
  loadRecord,
  queueRestore,
  queueSaveRecord,
  recordState,
} from './marks';
import { markedBounds, queueMarkNotes } from './markWrites';
import { PLAN_SHARE, type SheetRead, SheetReader } from './read';
import { problemError } from './workbookRead';

/** Response bytes of a cell's fill and note loaded (~200). */
const BYTES_PER_LOADED_CELL = 200;

export async function validasi(
  ctx: Excel.RequestContext,
  lang: Lang,
  { caps, limits, progress, host }: CommandEnv,
): Promise<ValidasiResult> {
  // sync 1: the sheet, its protection, the marks record (and comments in comment mode) and
  // the sheet's values (on the web, as many rows as fit in one response: the rest in sync 2)
  const ws = ctx.workbook.worksheets.getActiveWorksheet();
  const sheets = ctx.workbook.worksheets;
  // on the web, formats below a sheet's first rows come later, for the cells holding numbers
  // only; the merged areas of rows past the first batch's come later too (`lateMerges`)
  const reader = new SheetReader(ctx, limits, true, true);
  const read = reader.add(ws, '');
  let record: RecordRead | null = null;
  let comments: Excel.CommentCollection | null = null;
  const first = (withComments: boolean): Promise<void> =>
    reader.sync(() => {
      ws.load('name,id');
      record = loadRecord(ctx);
      sheets.load('items/name');
      comments = withComments ? ws.comments.load('items/id,items/content') : null;
    });
  try {
    await first(caps.noteMode === 'comments');
  } catch (e) {
    // threaded comments on some hosts (Office 2021/2024 LTSC) throw NotImplemented although the
    // API set says 1.10: the marks are made without them, and the session remembers
    if (caps.noteMode !== 'comments' || !isNotImplemented(e)) throw e;
    host.commentsBroken = true;
    await first(false);
  }
  const rec = record as unknown as RecordRead;
  const cs = comments as Excel.CommentCollection | null;
  // a sheet protected with "Format cells" allowed can still be marked (fills)
  if (read.isProtected && !read.allowsFormat) throw new GatewayError({ kind: 'protected', sheet: ws.name });
  await reader.finishValues();
  // notes and comments need "Edit objects" on a protected sheet: without it, fills only
  const hostMode: NoteMode = cs || caps.noteMode !== 'comments' ? caps.noteMode : 'none';
  const noteMode: NoteMode = read.isProtected && !read.allowsObjects ? 'none' : hostMode;
  // which checks apply is the core's decision; the sheets it needs are read here
  const others = new Map<string, SheetRead>();
  // every merged area and format still owed (more syncs only when they did not fit in the fills' batch)
  const complete = async (): Promise<void> => {
    await reader.finish();
    await reader.finishOwed();
  };
  const evaluate = async (final: boolean): Promise<SheetValidation | null> => {
    // the final grid is taken with everything owed
    if (final) await complete();
    const grid: Grid = { ...read.grid!, name: ws.name };
    const check = planActiveSheet(
      grid,
      sheets.items.map((x) => x.name),
    );
    if (check.kind === 'ownSheet') throw new GatewayError({ kind: 'ownSheet', sheet: ws.name });
    if (check.kind === 'done') return check.v;
    for (const n of check.needs) if (!others.has(n)) others.set(n, reader.add(sheets.getItem(n), n, isRingkasanName(n)));
    if (final) await complete();
    else await reader.finishValues();
    return finishActiveSheet(
      check,
      grid,
      check.needs.map((n) => ({ ...others.get(n)!.grid!, name: n })),
    );
  };
  // with merged areas or formats owed (rows past the first batch's; on the web, the formats
  // below a large sheet's first rows) these findings are provisional: what is owed rides with
  // the fills load below, and the findings are made again with it. Whether the grid they are
  // made on lacks anything is taken now: the batches reading the sheets it is checked against
  // (a PK sheet) can bring the rest before the fills
  const whole = reader.done && !reader.owesFormats;
  let v = await evaluate(false);
  // no RAPK read on a grid that lacks areas or formats says nothing yet: the whole grid decides
  if (!whole && !v?.model) v = await evaluate(true);
  // a sheet the reader stopped on says why
  const outcome = (x: SheetValidation | null) => {
    const o = activeSheetOutcome(x, ws.name);
    if ('problem' in o) throw problemError(o.problem);
    return o;
  };
  let checked = outcome(v);
  let plan = planMarks(ws.name, checked.findings, lang);
  const state = recordState(rec);
  const writes = new Budget(() => writeSync(ctx, progress, isRecordFailure));
  const prev = findSheetMarks(state, { id: ws.id, name: ws.name });
  const ours = addedComments(prev);

  // sync 2: the cells' own fills and notes (new marks) and the current state of old marks
  // (more syncs only when thousands of cells would pass the request budget); whether conditional
  // formats cover the marked cells (they are drawn over fills)
  const fills = new Map<string, Excel.RangeFill>();
  const notes = noteMode === 'notes' ? new Map<string, Excel.Note>() : null;
  // the cells whose loads wait for the next sync (a refused batch loads them again)
  let unsynced: string[] = [];
  // cells a batch loads, at most: their responses under the platform's cap too
  const perBatch =
    limits.responseBytes === null ? Infinity : Math.max(1, Math.floor((limits.responseBytes * PLAN_SHARE) / BYTES_PER_LOADED_CELL));
  const loadCells = async (cells: string[]): Promise<void> => {
    const loads = new Budget(async () => {
      await ctx.sync();
      unsynced = [];
    });
    for (const a of cells) {
      if (fills.has(a)) continue;
      if (unsynced.length >= perBatch) await loads.flush();
      await loads.take(BYTES_PER_RANGE_OP + (notes ? BYTES_PER_NOTE_OP : 0));
      fills.set(a, ws.getRange(a).format.fill.load(FILL_PROPS));
      notes?.set(a, ws.notes.getItemOrNullObject(a).load('content'));
      unsynced.push(a);
    }
  };
  await loadCells([...new Set([...plan.marks.map((m) => m.address), ...(prev?.cells ?? []).map((c) => c.a)])]);
  let bounds = markedBounds(plan.marks.map((m) => m.address));
  let conditional: OfficeExtension.ClientResult<number> | null = null;
  let locations: { c: Excel.Comment; loc: Excel.Range }[] = [];
  const queueOthers = (): void => {
    conditional = bounds ? ws.getRange(bounds).conditionalFormats.getCount() : null;
    locations = cs ? cs.items.map((c) => ({ c, loc: c.getLocation().load('address') })) : [];
  };
  const owed = !whole || !reader.done || reader.owesFormats;
  // what is owed fills the response but for the fills' share (a fill and a note: ~200 bytes);
  // a batch refused for its size is planned again with less of it (estimates), the cells'
  // loads queued again
  let tries = 0;
  await reader.sync(() => {
    if (tries++ > 0)
      for (const a of unsynced) {
        fills.set(a, ws.getRange(a).format.fill.load(FILL_PROPS));
        notes?.set(a, ws.notes.getItemOrNullObject(a).load('content'));
      }
    queueOthers();
  }, unsynced.length * BYTES_PER_LOADED_CELL);
  unsynced = [];
  if (owed) {
    // everything now (more syncs only if it did not fit): the findings made again; cells they
    // mark that were not loaded, and the conditional formats over them, in one more sync
    v = await evaluate(true);
    checked = outcome(v);
    plan = planMarks(ws.name, checked.findings, lang);
    const more = plan.marks.map((m) => m.address).filter((a) => !fills.has(a));
    await loadCells(more);
    const now = markedBounds(plan.marks.map((m) => m.address));
    const moved = now !== bounds;
    if (moved) {
      bounds = now;
      conditional = now ? ws.getRange(now).conditionalFormats.getCount() : null;
    }
    if (more.length || moved) await ctx.sync();
  }

  const userCommentCells = new Set(
    locations
      .filter(({ c }) => !ours.has(c.content))
      .map(({ loc }) => loc.address.slice(loc.address.lastIndexOf('!') + 1).replace(/\$/g, '')),
  );
  // cells the record says hold a note (marked where notes exist, or the planner's own): they refuse a comment
  const notedCells = new Set(prev?.mode === 'notes' ? prev.cells.filter((c) => c.note || c.added).map((c) => c.a) : []);
  // the record stays under MAX_STATE_CHARS as it travels: marks past it are not made
  const marks = planValidasiMarks(
    state,
    { id: ws.id, name: ws.name },
    plan,
    noteMode,
    (a) => cellNow(fills, notes, a),
    (a) => userCommentCells.has(a) || (noteMode === 'comments' && notedCells.has(a)),
    MAX_STATE_CHARS,
  );

  // sync 3: save the record first (so Hapus tanda can always undo), then restore and mark;
  // the load fails the batch before anything is written if the sheet was deleted meanwhile
  ws.load('id');
  writes.add(queueSaveRecord(ctx, rec, marks.state));
  await queueRestore(ws, marks.restore, notes, writes);
  // cleared first: a planner's pattern or tint would otherwise show through the mark's colour
  for (const [fill, list] of groupBy(marks.mark, (m) => m.fill))
    await eachBlock(
      ws,
      list.map((m) => parseA1(m.a)!),
      writes,
      (r) => {
        r.format.fill.clear();
        r.format.fill.color = fill;
      },
      BYTES_PER_RANGE_OP + BYTES_PER_EXTRA_PROP,
    );
  if (noteMode === 'notes') await queueMarkNotes(ws, marks.mark, noteMode, notes, null, ours, writes);
  await writes.flush();
  // comments last, in their own batch: a cell holding a note the host cannot show us refuses a
  // threaded comment (Excel before 1.18 has no notes API), which must not undo the fills
  let commentsRefused = false;
  if (noteMode === 'comments' && cs) {
    await queueMarkNotes(ws, marks.mark, noteMode, null, cs, ours, writes);
    try {
      await writes.flush();
    } catch (e) {
      if (!isInvalidArgument(e)) throw e;
      commentsRefused = true;
    }
  }
  const result: ValidasiResult = {
    sheet: ws.name,
    layout: checked.model.layout,
    year: checked.model.year,
    unit: checked.model.unit,
    indicators: checked.indicators,
    findings: checked.findings,
    marked: marks.mark.length,
    noteMode,
  };
  if (conditional && conditional.value > 0 && marks.mark.length) result.mayBeHidden = true;
  if (commentsRefused) result.commentsRefused = true;
  return result;
}
