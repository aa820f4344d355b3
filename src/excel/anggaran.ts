/**
 * Impor realisasi anggaran (SAKTI), issue 24: the open workbook's RAPK joined to a SAKTI report
 * the pane read from a file (`saktiForWorkbooks`, the CLI's core), then — when asked and when no
 * error finding stops it — `Realisasi Anggaran TW n` filled where empty or written by an earlier
 * import (`planAnggaranImport`), a note (or, below ExcelApi 1.18, a comment) on each cell.
 *
 * Syncs, whatever the size: the workbook's read (`readWorkbook`: 2 on the desktop), one to load
 * the notes of the target cells (comments: two, their locations after them), one to write
 * (more only when a write must be split under the request budget). At ExcelApi 1.9 there are
 * neither notes nor comments: only empty cells are filled. A mapping picked in the pane is
 * remembered in the settings sheet with the write: its `Impor Realisasi Anggaran` cells in the
 * same batch, or (no settings sheet) a new one with the defaults, after it (its failure leaves the
 * written figures as the result: `remembered` says the columns were not kept).
 */
import type { Grid } from '../core/grid/grid';
import type { Lang } from '../core/locales';
import { SAKTI_TEXT } from '../core/locales/sakti';
import { a1 } from '../core/grid/grid';
import type { Tw } from '../core/measure/formulas';
import type { RealisasiSheet } from '../core/reader/realisasi';
import { hasErrors } from '../core/rules/findings';
import type { SplitRule } from '../core/sakti/match';
import type { ColumnMapping } from '../core/sakti/mapped';
import { IMPORT_MARK, planAnggaranImport } from '../core/sakti/write';
import { planRememberMapping, saktiForWorkbooks } from '../core/sakti/workbook';
import { type AnggaranRemembered, type AnggaranResult, GatewayError, type NoteMode } from '../gateway/contract';
import { writeSheet } from './sheetSwap';
import { BYTES_PER_NOTE_OP, BYTES_PER_RANGE_OP, Budget, writeSync } from './batch';
import { type CommandEnv, isNotImplemented } from './command';
import { problemError, readWorkbook } from './workbookRead';
import { queueCells } from './writeCells';

/** What the target cells carry now: our mark, the planner's own note or comment, or nothing. */
type CellNote = { ours: boolean; text: string; note?: Excel.Note; comment?: Excel.Comment };

/**
 * The notes (or comments) of the target column's cells of the rows that get a figure: one sync
 * for notes, two for comments (the collection, then where each of ours is).
 */
async function loadNotes(
  ctx: Excel.RequestContext,
  ws: Excel.Worksheet,
  addresses: readonly string[],
  mode: NoteMode,
): Promise<Map<string, CellNote>> {
  const out = new Map<string, CellNote>();
  if (mode === 'notes') {
    const loads = new Budget(() => ctx.sync());
    const notes = new Map<string, Excel.Note>();
    for (const a of addresses) {
      await loads.take(BYTES_PER_RANGE_OP);
      notes.set(a, ws.notes.getItemOrNullObject(a).load('content'));
    }
    await ctx.sync();
    for (const [a, n] of notes) if (!n.isNullObject) out.set(a, { ours: n.content.startsWith(IMPORT_MARK), text: n.content, note: n });
  } else if (mode === 'comments') {
    const comments = ws.comments.load('items/id,items/content');
    await ctx.sync();
    const wanted = new Set(addresses);
    const located = comments.items.map((c) => ({ c, loc: c.getLocation().load('address') }));
    await ctx.sync();
    for (const { c, loc } of located) {
      const a = loc.address.slice(loc.address.lastIndexOf('!') + 1).replace(/\$/g, '');
      if (wanted.has(a)) out.set(a, { ours: c.content.startsWith(IMPORT_MARK), text: c.content, comment: c });
    }
  }
  return out;
}

export async function importAnggaran(
  ctx: Excel.RequestContext,
  exported: { file: string; grids: Grid[] },
  tw: Tw,
  split: SplitRule | null,
  lang: Lang,
  write: boolean,
  { caps, limits, progress, host }: CommandEnv,
  /** the columns picked in the pane (remembered in the settings sheet when written) */
  mapping: ColumnMapping | null = null,
): Promise<AnggaranResult> {
  const wb = await readWorkbook(ctx, limits);
  const run = saktiForWorkbooks(wb.grids, exported.grids, tw, { split, mapping });
  if ('problem' in run) {
    if (run.problem.kind === 'notReport') {
      const p = run.problem;
      return { notReport: p.missing, from: p.from, ...(p.unusable ? { unusable: true as const } : {}) };
    }
    throw problemError(run.problem);
  }
  const imp = run.import;
  // the RAPK used, when one of another year was left aside: said in the pane as the CLI says it
  const chosen = run.rapkChosen;
  const base = {
    file: exported.file,
    import: imp,
    planned: 0,
    written: 0,
    kept: [],
    noRow: [],
    notesKept: 0,
    ...(chosen ? { rapkChosen: chosen } : {}),
  };
  if (hasErrors(imp.findings)) return { ...base, sheet: run.realisasi?.name ?? null, blocked: { kind: 'errors' } };
  const sheet: RealisasiSheet | null = run.realisasi;
  if (!sheet) return { ...base, sheet: null, blocked: { kind: 'noRealisasi' } };
  if (wb.protectedSheets.has(sheet.name)) {
    if (write) throw new GatewayError({ kind: 'protected', sheet: sheet.name });
    return { ...base, sheet: sheet.name, blocked: { kind: 'protected' } };
  }

  // the cells the import may write, and what they carry (to tell our earlier figures from the planner's)
  const ws = ctx.workbook.worksheets.getItem(sheet.name);
  const noteText = SAKTI_TEXT[lang].note;
  const draft = planAnggaranImport(sheet, imp, tw, exported, () => true, noteText);
  if ('problem' in draft) return { ...base, sheet: sheet.name, blocked: { kind: 'noColumn', label: draft.label } };
  let mode = caps.noteMode;
  const addresses = draft.cells.map(a1);
  let notes: Map<string, CellNote>;
  try {
    notes = await loadNotes(ctx, ws, addresses, mode);
  } catch (e) {
    // threaded-comments mode of Office 2021 LTSC (office-js#1847): no comments, as at ExcelApi 1.9
    if (mode !== 'comments' || !isNotImplemented(e)) throw e;
    host.commentsBroken = true;
    mode = 'none';
    notes = new Map();
  }
  const plan = planAnggaranImport(sheet, imp, tw, exported, (r, c) => notes.get(a1({ r, c }))?.ours ?? false, noteText);
  if ('problem' in plan) return { ...base, sheet: sheet.name, blocked: { kind: 'noColumn', label: plan.label } };
  // a note or comment of the planner's own on a cell we fill stays: that cell gets no mark
  const notesKept = plan.notes.filter((n) => {
    const now = notes.get(a1(n));
    return now !== undefined && !now.ours;
  }).length;
  const result: AnggaranResult = {
    ...base,
    sheet: sheet.name,
    blocked: null,
    kept: plan.kept,
    noRow: plan.noRow,
    notesKept,
    planned: plan.cells.length,
  };
  if (!write || plan.cells.length === 0) return { ...result, written: 0 };

  // the write: the notes first, then the values and formats (under the request budget): a batch
  // that stops half-way leaves cells marked as the import's, which the next import fills —
  // never a figure without its mark, which the next import would keep as the planner's
  ctx.workbook.application.suspendApiCalculationUntilNextSync();
  const budget = new Budget(() => writeSync(ctx, progress));
  for (const n of mode === 'none' ? [] : plan.notes) {
    const a = a1(n);
    const now = notes.get(a);
    if (now && !now.ours) continue;
    await budget.take(BYTES_PER_NOTE_OP + n.text.length);
    if (now?.note) now.note.content = n.text;
    else if (mode === 'notes') ws.notes.add(ws.getRange(a), n.text);
    else {
      now?.comment?.delete();
      // a comment's address needs the sheet name on every host: a Range carries it
      ws.comments.add(ws.getRange(a), n.text);
    }
  }
  await queueCells(ws, plan.cells, [], sheet.cols.Kode ?? -1, () => budget.flush(), budget);
  // the picked mapping, remembered: the settings sheet's cells in this batch (a protected sheet keeps its values)
  const remember = mapping ? planRememberMapping(wb.grids, run.model, mapping, lang, imp.split) : null;
  let remembered: AnggaranRemembered = null;
  if (remember?.kind === 'edit' && !wb.protectedSheets.has(remember.sheet)) {
    const sws = ctx.workbook.worksheets.getItem(remember.sheet);
    await queueCells(sws, remember.cells, [], -1, () => budget.flush(), budget);
    remembered = { kind: 'kept', sheet: remember.sheet };
  } else if (remember)
    remembered = {
      kind: remember.kind === 'edit' ? 'protected' : remember.kind === 'create' ? 'kept' : remember.kind,
      sheet: remember.kind === 'create' ? remember.plan.name : remember.sheet,
    };
  await budget.flush();
  // no settings sheet: a new one (the defaults and this mapping), unless the structure is protected;
  // the figures are written by now: a failure here only means the columns were not kept
  if (remember?.kind === 'create') {
    if (wb.structureProtected) remembered = { kind: 'protected', sheet: remember.plan.name };
    else
      try {
        await writeSheet(
          ctx,
          remember.plan,
          { replace: [], ids: wb.ids, position: wb.positions.size, safeSwap: false, noteMode: caps.noteMode },
          progress,
        );
      } catch {
        remembered = { kind: 'failed', sheet: remember.plan.name };
      }
  }
  return { ...result, written: plan.cells.length, remembered };
}
