/**
 * The saved state of Validasi's marks, shared by both hosts (the Excel gateway and `rapk
 * annotate`). Our marks are recognised by what we recorded when we wrote them — the exact note
 * text and comment text we added per cell — never by a text prefix: a planner's note that
 * happens to start with "RAPK" is the planner's.
 */
import type { MarksPlan } from './marks';

export type NoteMode = 'notes' | 'comments' | 'none';

/**
 * A cell's own fill, saved before a mark and put back exactly by Hapus tanda (ADR 003). States
 * saved by older versions hold the colour and pattern only: they still restore.
 */
export interface SavedFill {
  color: string;
  pattern: string;
  /** the pattern's colour (Excel, ExcelApi 1.9); absent in states saved before it was kept */
  patternColor?: string | null;
  /** the tint or shade of a theme colour, -1 … 1 (Excel, ExcelApi 1.9); absent in older states */
  tintAndShade?: number | null;
  /** the host's exact description of the fill, when it has one (the CLI: the `<fill>` element) */
  raw?: string;
}

export interface SavedCell {
  a: string;
  /** the cell's own fill before the mark; null = no fill */
  fill: SavedFill | null;
  /** the cell's own note before the mark (notes mode); null = none */
  note: string | null;
  /** the fill the add-in put there */
  mark: string;
  /** the exact text we added to the cell's note (notes mode), or as a comment (comments mode) */
  added?: string;
  /**
   * texts an earlier run added to this cell: a run saves the state before it writes, so after
   * a failure half-way the cell may still carry one of these
   */
  was?: string[];
  /**
   * texts a run in notes mode (another Excel) left in the cell's note while this entry is now in
   * another mode: an Excel with notes removes them, one without keeps them in the record
   */
  inNote?: string[];
}

export interface SheetMarks {
  id: string;
  name: string;
  mode: NoteMode;
  cells: SavedCell[];
}

export interface MarksState {
  v: 1;
  sheets: SheetMarks[];
}

/** What a host sees in a cell now. */
export interface CellNow {
  fill: SavedFill | null;
  note: string | null;
}

/** Separator between the planner's note and our lines. */
const SEP = '\n\n';

export function emptyState(): MarksState {
  return { v: 1, sheets: [] };
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return null;
  }
}

/** A saved state from its stored form (a JSON string or an object); an empty state when unreadable. */
export function parseMarksState(v: unknown): MarksState {
  const raw = typeof v === 'string' ? safeJson(v) : v;
  if (!raw || typeof raw !== 'object') return emptyState();
  const st = raw as MarksState;
  if (st.v !== 1 || !Array.isArray(st.sheets)) return emptyState();
  const sheets: SheetMarks[] = [];
  for (const s of st.sheets) {
    if (!s || typeof s !== 'object' || typeof s.id !== 'string' || !Array.isArray(s.cells)) continue;
    const cells = s.cells.filter((c): c is SavedCell => !!c && typeof c.a === 'string' && typeof c.mark === 'string');
    sheets.push({ id: s.id, name: String(s.name ?? ''), mode: s.mode ?? 'notes', cells });
  }
  return { v: 1, sheets };
}

/** The note a mark writes: the planner's own text kept above ours. */
export function composeNote(own: string | null, added: string): string {
  return own ? `${own}${SEP}${added}` : added;
}

/**
 * The planner's part of a cell's note, given what we recorded adding to it. Only our recorded
 * text is removed; with nothing recorded, the whole note is the planner's.
 */
export function userPart(note: string | null | undefined, added: string | undefined): string | null {
  if (!note) return null;
  if (!added) return note;
  if (note === added) return null;
  if (note.endsWith(`${SEP}${added}`)) return note.slice(0, note.length - added.length - SEP.length) || null;
  if (note.endsWith(`\n${added}`)) return note.slice(0, note.length - added.length - 1).trimEnd() || null;
  return note;
}

/** Whether the note still carries the text we recorded adding. */
export function carriesOurs(note: string | null | undefined, added: string | undefined): boolean {
  return !!note && !!added && (note === added || note.endsWith(`\n${added}`));
}

/** Of the texts recorded for a cell, the one its note carries now (if any). */
function oursIn(note: string | null | undefined, cell: SavedCell): string | undefined {
  for (const t of [cell.added, ...(cell.was ?? []), ...(cell.inNote ?? [])]) if (carriesOurs(note, t)) return t;
  // a state saved by an older version recorded no text at all
  return cell.added === undefined && cell.was === undefined ? legacyAdded(note ?? null, cell.note) : undefined;
}

/**
 * A state saved before notes were recorded (no `added`): our text is what follows the saved
 * planner note, made only of lines starting with "RAPK " (the old marks' form). Nothing else is
 * taken for ours.
 */
function legacyAdded(note: string | null, own: string | null): string | undefined {
  if (!note || own === undefined) return undefined;
  const rest = own === null ? note : note.startsWith(`${own}${SEP}`) ? note.slice(own.length + SEP.length) : null;
  if (rest === null || rest === '') return undefined;
  return rest.split('\n').every((l) => l.startsWith('RAPK ')) ? rest : undefined;
}

const sameColor = (a: string | null | undefined, b: string | null | undefined): boolean =>
  !!a && !!b && a.replace('#', '').toUpperCase().slice(-6) === b.replace('#', '').toUpperCase().slice(-6);

/** What restoring a saved cell does to its fill and its note. */
export interface RestoreStep {
  a: string;
  /** 'keep' = the planner re-coloured the cell after the mark; null = clear; else the saved fill */
  fill: 'keep' | SavedFill | null;
  /** 'keep' = our text is not there any more; null = delete the note; else the note to write */
  note: 'keep' | string | null;
}

/** Restoring one cell: its fill only while it still shows our colour, its note only while it carries our text. */
export function restoreStep(cell: SavedCell, now: CellNow, mode: NoteMode): RestoreStep {
  const showsMark = !!now.fill && sameColor(now.fill.color, cell.mark) && (now.fill.pattern ?? 'Solid').toLowerCase() === 'solid';
  const fill: RestoreStep['fill'] = showsMark ? cell.fill : 'keep';
  let note: RestoreStep['note'] = 'keep';
  const added = oursIn(now.note, cell);
  // the planner's part as it is now (edits made since the mark are theirs)
  if (mode === 'notes' && added) note = userPart(now.note, added);
  return { a: cell.a, fill, note };
}

/** One cell Validasi marks: the fill to paint and (notes mode) the note to write. */
export interface MarkStep {
  a: string;
  fill: string;
  /** the whole note to write (notes mode), the comment to add (comments mode), or null */
  note: string | null;
}

export interface ValidasiMarks {
  /** the state to save, before anything is painted */
  state: MarksState;
  /** cells marked before and not any more: put back */
  restore: RestoreStep[];
  mark: MarkStep[];
}

/**
 * Validasi's marks on one sheet. `now` gives what a cell shows now (for the new marks and the
 * cells marked by the last run); cells still marked keep the originals saved the first time.
 * `hasUserComment` says a cell holds a comment we did not write (a threaded comment, in either
 * mode): it gets the fill only. `maxStateChars` caps the record's bytes as they travel to Excel
 * (`recordBytes`: one request): the marks past it are not made, and a cell marked by the last
 * run but not now is put back. The sheet's earlier entry is found by id or, when the other host
 * recorded it, by name (`findSheetMarks`).
 */
export function planValidasiMarks(
  prevState: MarksState,
  sheet: { id: string; name: string },
  plan: MarksPlan,
  mode: NoteMode,
  now: (a: string) => CellNow,
  hasUserComment: (a: string) => boolean = () => false,
  maxStateChars = Infinity,
): ValidasiMarks {
  const prev = findSheetMarks(prevState, sheet);
  const others = prevState.sheets.filter((s) => s !== prev);
  const prevCells = new Map((prev?.cells ?? []).map((c) => [c.a, c]));
  // room for the cells, after the other sheets' marks and the record's own wrapping, counted as
  // the record really travels (XML text inside a JSON request: recordBytes)
  let room = maxStateChars - (Number.isFinite(maxStateChars) ? recordBytes(JSON.stringify(others)) + 300 : 0);
  const saved: SavedCell[] = [];
  const mark: MarkStep[] = [];
  for (const m of plan.marks) {
    const old = prevCells.get(m.address);
    const cur = now(m.address);
    const own = old ? userPart(cur.note, oursIn(cur.note, old)) : cur.note;
    const base: SavedCell = old
      ? { a: m.address, fill: old.fill, note: old.note, mark: m.fill }
      : { a: m.address, fill: cur.fill && cur.fill.pattern.toLowerCase() !== 'none' ? cur.fill : null, note: cur.note, mark: m.fill };
    const texts = (list: (string | undefined)[]): string[] => [...new Set(list.filter((t): t is string => !!t))];
    const writes = mode !== 'none' && !hasUserComment(m.address);
    // texts of earlier runs the cell may still carry (a text this run writes again is not "earlier");
    // a run in another mode than notes keeps the notes' texts apart (they are not comments)
    const noteTexts = old ? texts([...(prev?.mode === 'notes' ? [old.added, ...(old.was ?? [])] : []), ...(old.inNote ?? [])]) : [];
    const earlier = old ? texts(prev?.mode === 'notes' && mode !== 'notes' ? [] : [old.added, ...(old.was ?? [])]) : [];
    const asWas = mode === 'notes' ? texts([...earlier, ...noteTexts]) : earlier;
    const was = (writes ? asWas.filter((t) => t !== m.note) : asWas).slice(0, 2);
    if (was.length) base.was = was;
    if (mode !== 'notes' && noteTexts.length) base.inNote = noteTexts.slice(0, 2);
    let step: MarkStep;
    if (writes && mode === 'notes') {
      base.added = m.note;
      step = { a: m.address, fill: m.fill, note: composeNote(own, m.note) };
    } else if (writes) {
      base.added = m.note;
      step = { a: m.address, fill: m.fill, note: m.note };
    } else {
      // fill only: nothing added (recorded as such, so no older-version guess applies later)
      base.added = '';
      step = { a: m.address, fill: m.fill, note: null };
    }
    room -= Number.isFinite(room) ? recordBytes(JSON.stringify(base)) + 1 : 0;
    if (room < 0) break;
    saved.push(base);
    mark.push(step);
  }
  const marked = new Set(saved.map((c) => c.a));
  const restore = [...prevCells.values()].filter((c) => !marked.has(c.a)).map((c) => restoreStep(c, now(c.a), prev?.mode ?? mode));
  const state: MarksState = {
    v: 1,
    sheets: [...others, { id: sheet.id, name: sheet.name, mode, cells: saved }],
  };
  return { state, restore, mark };
}

/** The comments we added on a sheet (comments mode): exactly these texts are ours. */
export function addedComments(sheet: SheetMarks | undefined): Set<string> {
  return new Set((sheet?.cells ?? []).flatMap((c) => [c.added, ...(c.was ?? [])]).filter((x): x is string => !!x));
}

/** The addresses of every cell in the saved state (for hosts that must load them first). */
export function savedAddresses(sheet: SheetMarks | undefined): string[] {
  return (sheet?.cells ?? []).map((c) => c.a);
}

/** Text content: only `&`, `<` and `>` need escaping (quotes stay as they are, so the record stays small). */
export function escRecordText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Bytes of UTF-8 a text takes. */
function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * What a piece of the record's JSON really costs on the way to Excel: escaped as XML text, then
 * as a JSON string inside the request (quotes, backslashes and line breaks doubled), in UTF-8.
 */
export function recordBytes(json: string): number {
  return utf8Bytes(JSON.stringify(escRecordText(json))) - 2;
}

/** The ids the file host gives sheets (`sheetId:N`): the other host's ids never look like these. */
const isFileKey = (id: string): boolean => id.startsWith('sheetId:');

/**
 * A sheet's marks in the record: by the host's own id, else the entry the other host recorded
 * under the same sheet name.
 */
export function findSheetMarks(state: MarksState, sheet: { id: string; name: string }): SheetMarks | undefined {
  const own = state.sheets.find((s) => s.id === sheet.id);
  if (own) return own;
  return state.sheets.find((s) => isFileKey(s.id) !== isFileKey(sheet.id) && s.name.toLowerCase() === sheet.name.toLowerCase());
}

/** The record without one sheet's entry. */
export function withoutSheet(state: MarksState, entry: SheetMarks | undefined): MarksState {
  return { v: 1, sheets: state.sheets.filter((s) => s !== entry) };
}
