/**
 * Validasi: reads the active sheet (and, for a Realisasi, Pengaturan or a RAPK with a PK sheet,
 * the sheets it is checked against), then marks the findings' cells: the saved state first, the
 * old marks restored, the new fills and notes (or comments) written.
 */
import type { Grid } from '../core/grid/grid';
import { parseA1 } from '../core/grid/grid';
import type { Lang } from '../core/locales';
import { planMarks } from '../core/sheets/marks';
import { addedComments, parseMarksState as parseState, planValidasiMarks } from '../core/sheets/marksState';
import { allIndikator } from '../core/reader/model';
import { sortFindings } from '../core/rules/findings';
import { isPkSheetName, readPk } from '../core/reader/pk';
import { checkPk } from '../core/rules/pk';
import { isSettingsSheetName } from '../core/settings/sheet';
import { readSettings } from '../core/rules/settings';
import { validateSheet } from '../core/rules/validate';
import { validateWorkbook } from '../core/workbook';
import { GatewayError, type NoteMode, type ValidasiResult } from '../gateway/contract';
import { BYTES_PER_EXTRA_PROP, BYTES_PER_NOTE_OP, BYTES_PER_RANGE_OP, Budget, eachBlock, writeSync } from './batch';
import type { CommandEnv } from './command';
import { FILL_PROPS } from './fills';
import { MARKS_KEY, MAX_STATE_CHARS, cellNow, queueRestore } from './marks';
import { SheetReader } from './read';
import { isRingkasanName, noRapkError } from './workbookRead';

export async function validasi(ctx: Excel.RequestContext, lang: Lang, { caps, limits, progress }: CommandEnv): Promise<ValidasiResult> {
  // sync 1: the sheet, its protection, the saved marks (and comments in comment mode) and
  // the sheet's values (on the web, as many rows as fit in one response: the rest in sync 2)
  const ws = ctx.workbook.worksheets.getActiveWorksheet();
  const setting = ctx.workbook.settings.getItemOrNullObject(MARKS_KEY);
  const comments = caps.noteMode === 'comments' ? ws.comments : null;
  const sheets = ctx.workbook.worksheets;
  const reader = new SheetReader(ctx, limits);
  const read = reader.add(ws, '');
  await reader.sync(() => {
    ws.load('name,id');
    setting.load('value');
    sheets.load('items/name');
    comments?.load('items/id,items/content');
  });
  // a sheet protected with "Format cells" allowed can still be marked (fills)
  if (read.isProtected && !read.allowsFormat) throw new GatewayError('protected', { sheet: ws.name });
  await reader.finish();
  // notes and comments need "Edit objects" on a protected sheet: without it, fills only
  const noteMode: NoteMode = read.isProtected && !read.allowsObjects ? 'none' : caps.noteMode;
  const grid: Grid = { ...read.grid!, name: ws.name };
  let v = validateSheet(grid);
  if (v.kind === 'ringkasan') throw new GatewayError('isRealisasi', { sheet: ws.name });
  if (v.kind === 'none' && isSettingsSheetName(ws.name)) {
    // the Pengaturan RAPK sheet: its findings (M01–M05) are marked in place, like a RAPK's
    const others = sheets.items
      .filter((x) => x.name !== ws.name)
      .map((x) => reader.add(sheets.getItem(x.name), x.name, isRingkasanName(x.name)));
    await reader.finish();
    const wbv = validateWorkbook(others.map((r) => ({ ...r.grid!, name: r.name })));
    const rapk = wbv.sheets[0]?.model;
    if (!rapk) throw noRapkError(wbv.findings, ws.name);
    const read = readSettings(grid);
    v = { kind: 'none', model: rapk, findings: read.ok ? [] : read.findings };
  }
  if (v.kind === 'rapk' && v.model) {
    // a Perjanjian Kinerja sheet (found by its name): P01/P02 on this RAPK; one more read
    const pkNames = sheets.items.filter((x) => x.name !== ws.name && isPkSheetName(x.name)).map((x) => x.name);
    if (pkNames.length) {
      const pks = pkNames.map((n) => reader.add(sheets.getItem(n), n));
      await reader.finish();
      const model = v.model;
      const extra = pks.flatMap((p) => {
        const pk = readPk({ ...p.grid!, name: p.name });
        return pk ? checkPk(model, pk).filter((f) => f.sheet === ws.name) : [];
      });
      v = { ...v, findings: sortFindings([...v.findings, ...extra]) };
    }
  }
  if (v.kind === 'realisasi') {
    // the Realisasi sheet is checked against the workbook's RAPK (R01–R03): read the other sheets
    const others = sheets.items
      .filter((x) => x.name !== ws.name)
      .map((x) => reader.add(sheets.getItem(x.name), x.name, isRingkasanName(x.name)));
    await reader.finish();
    const wbv = validateWorkbook([...others.map((r) => ({ ...r.grid!, name: r.name })), grid]);
    const rapk = wbv.sheets[0]?.model;
    if (!rapk) throw noRapkError(wbv.findings, ws.name);
    v = { kind: 'realisasi', model: rapk, findings: wbv.findings.filter((f) => f.sheet === ws.name) };
  }
  // a sheet the reader stopped on says why
  if (!v.model) throw noRapkError(v.findings, ws.name);
  const plan = planMarks(ws.name, v.findings, lang);
  const state = parseState(setting.isNullObject ? null : setting.value);
  const writes = new Budget(() => writeSync(ctx, progress));
  const prev = state.sheets.find((s) => s.id === ws.id);
  const ours = addedComments(prev);

  // sync 2: the cells' own fills and notes (new marks) and the current state of old marks
  // (more syncs only when thousands of cells would pass the request budget)
  const addresses = [...new Set([...plan.marks.map((m) => m.address), ...(prev?.cells ?? []).map((c) => c.a)])];
  const fills = new Map<string, Excel.RangeFill>();
  const notes = noteMode === 'notes' ? new Map<string, Excel.Note>() : null;
  const loads = new Budget(() => ctx.sync());
  for (const a of addresses) {
    await loads.take(BYTES_PER_RANGE_OP + (notes ? BYTES_PER_NOTE_OP : 0));
    fills.set(a, ws.getRange(a).format.fill.load(FILL_PROPS));
    notes?.set(a, ws.notes.getItemOrNullObject(a).load('content'));
  }
  const locations = comments ? comments.items.map((c) => ({ c, loc: c.getLocation().load('address') })) : [];
  await ctx.sync();

  const userCommentCells = new Set(
    locations
      .filter(({ c }) => !ours.has(c.content))
      .map(({ loc }) => loc.address.slice(loc.address.lastIndexOf('!') + 1).replace(/\$/g, '')),
  );
  // the saved state stays under MAX_STATE_CHARS: marks past it are not made
  const marks = planValidasiMarks(
    state,
    { id: ws.id, name: ws.name },
    plan,
    noteMode,
    (a) => cellNow(fills, notes, a),
    (a) => userCommentCells.has(a),
    MAX_STATE_CHARS,
  );

  // sync 3: save the state first (so Hapus tanda can always undo), then restore and mark;
  // the load fails the batch before anything is written if the sheet was deleted meanwhile
  ws.load('id');
  const json = JSON.stringify(marks.state);
  ctx.workbook.settings.add(MARKS_KEY, json);
  writes.add(json.length * 1.2 + 300);
  await queueRestore(ws, marks.restore, notes, writes);
  const byFill = new Map<string, { r: number; c: number }[]>();
  for (const m of marks.mark) {
    const ref = parseA1(m.a)!;
    const list = byFill.get(m.fill);
    if (list) list.push(ref);
    else byFill.set(m.fill, [ref]);
  }
  // cleared first: a planner's pattern or tint would otherwise show through the mark's colour
  for (const [fill, cells] of byFill)
    await eachBlock(
      ws,
      cells,
      writes,
      (r) => {
        r.format.fill.clear();
        r.format.fill.color = fill;
      },
      BYTES_PER_RANGE_OP + BYTES_PER_EXTRA_PROP,
    );
  if (notes) {
    for (const m of marks.mark) {
      if (m.note === null) continue;
      await writes.take(BYTES_PER_NOTE_OP + m.note.length);
      const existing = notes.get(m.a)!;
      if (existing.isNullObject) ws.notes.add(m.a, m.note);
      else existing.content = m.note;
    }
  } else if (comments && noteMode === 'comments') {
    for (const c of comments.items) if (ours.has(c.content)) c.delete();
    for (const m of marks.mark) {
      if (m.note === null) continue;
      await writes.take(BYTES_PER_NOTE_OP + m.note.length);
      // the reference wants the full address with the sheet name, or a Range
      ws.comments.add(ws.getRange(m.a), m.note);
    }
  }
  await writes.flush();
  return {
    sheet: ws.name,
    layout: v.model.layout,
    year: v.model.year,
    unit: v.model.unit,
    indicators: allIndikator(v.model).length,
    findings: v.findings,
    marked: marks.mark.length,
    noteMode,
  };
}
