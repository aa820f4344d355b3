/**
 * Validasi's marks in a workbook file (`rapk annotate`), decided by the same core module as the
 * add-in (`core/sheets/marksState`). The saved state — the cells' own fills and notes and the exact text
 * we added — is kept in the file as a custom XML part (ADR 009), so annotating again, or a later
 * restore, touches only what we wrote.
 */
import { parseA1 } from '../core/grid/grid';
import type { MarksPlan } from '../core/sheets/marks';
import { MARKS_NS, parseRecordXml, recordXml } from '../core/sheets/marksRecord';
import {
  type MarksState,
  type RestoreStep,
  type SheetMarks,
  findSheetMarks,
  planValidasiMarks,
  restoreStep,
} from '../core/sheets/marksState';
import type { XlsxPackage } from './package';
import type { WorkbookWriter } from './writer';

export { MARKS_NS };
/** A fixed id for the custom XML item (the item is found by its namespace, the id only labels it). */
const ITEM_ID = '{5A0E1C3B-7D2F-4B6A-9E1D-52414B4D4B31}';

/** The marks record (the custom XML part the add-in reads and writes too). */
export function readMarksRecord(w: WorkbookWriter): MarksState {
  return parseRecordXml(w.pkg.customXml(MARKS_NS)?.xml ?? null);
}

export function writeMarksRecord(w: WorkbookWriter, state: MarksState): void {
  w.pkg.setCustomXml(MARKS_NS, recordXml(state), ITEM_ID);
}

/** The sheet's id in the record: the workbook's sheetId (it survives renames). */
const sheetKey = (sheetId: number): string => `sheetId:${sheetId}`;

/**
 * Marks the plans' sheets (and restores cells of recorded sheets no longer marked). `plans`
 * holds one plan per sheet Validasi looked at, an empty plan for a sheet without findings.
 * Returns the number of marked cells.
 */
export function annotateWorkbook(w: WorkbookWriter, plans: readonly MarksPlan[]): number {
  let state = readMarksRecord(w);
  let marked = 0;
  for (const plan of plans) {
    const e = w.edit(plan.sheet);
    if (!e) continue;
    const id = sheetKey(e.entry.sheetId);
    if (plan.marks.length === 0 && !findSheetMarks(state, { id, name: plan.sheet })) continue;
    const now = (a: string) => {
      const p = parseA1(a);
      const f = p ? w.styles.fillOf(e.xml.styleAt(p.r, p.c)) : null;
      return { fill: f, note: e.notes.get(a) };
    };
    const m = planValidasiMarks(state, { id, name: plan.sheet }, plan, 'notes', now, (a) => e.notes.isThreaded(a));
    state = m.state;
    for (const step of m.restore) restoreCell(w, plan.sheet, step);
    for (const s of m.mark) {
      const p = parseA1(s.a);
      if (!p) continue;
      e.xml.setStyle(p.r, p.c, w.styles.derive(e.xml.styleAt(p.r, p.c), { fill: s.fill }));
      if (s.note !== null) e.notes.set(s.a, s.note);
    }
    marked += m.mark.length;
  }
  state = { v: 1, sheets: state.sheets.filter((s) => s.cells.length > 0) };
  // a workbook never marked gets no record part
  if (state.sheets.length || w.pkg.customXml(MARKS_NS)) writeMarksRecord(w, state);
  return marked;
}

function restoreCell(w: WorkbookWriter, sheet: string, step: RestoreStep): void {
  const e = w.edit(sheet)!;
  const p = parseA1(step.a);
  if (!p) return;
  if (step.fill !== 'keep') {
    const base = e.xml.styleAt(p.r, p.c);
    const s = step.fill === null ? { fill: null } : step.fill.raw ? { fillXml: step.fill.raw } : { fill: step.fill.color };
    e.xml.setStyle(p.r, p.c, w.styles.derive(base, s));
  }
  if (step.note === null) e.notes.delete(step.a);
  else if (step.note !== 'keep') e.notes.set(step.a, step.note);
}

/** The sheet a record entry names in the file: by `sheetId`, else (recorded by the add-in) by name. */
function sheetOf(w: WorkbookWriter, s: SheetMarks): string | null {
  const entries = w.pkg.sheets();
  const byId = entries.find((e) => sheetKey(e.sheetId) === s.id);
  if (byId) return byId.name;
  if (s.id.startsWith('sheetId:')) return null;
  return entries.find((e) => e.name.toLowerCase() === s.name.toLowerCase())?.name ?? null;
}

/** What `rapk hapus-tanda` did: cells put back, and our threaded comments it could not remove (kept in the record). */
export interface ClearedMarks {
  restored: number;
  keptComments: number;
}

/**
 * Hapus tanda on a file: every recorded cell gets its own fill and note back (as the core
 * decides: a fill only while it still shows our colour, a note only while it carries our text),
 * whichever host marked it. Threaded comments the add-in added (comments mode) cannot be removed
 * at the file level: those cells stay in the record; otherwise the record part is removed.
 */
export function clearMarks(w: WorkbookWriter): ClearedMarks {
  const state = readMarksRecord(w);
  let restored = 0;
  const kept: SheetMarks[] = [];
  for (const s of state.sheets) {
    const name = sheetOf(w, s);
    const e = name ? w.edit(name) : null;
    if (!name || !e) continue;
    for (const c of s.cells) {
      const p = parseA1(c.a);
      if (!p) continue;
      const now = { fill: w.styles.fillOf(e.xml.styleAt(p.r, p.c)), note: e.notes.get(c.a) };
      restoreCell(w, name, restoreStep(c, now, s.mode === 'comments' ? 'none' : 'notes'));
      restored++;
    }
    const comments = s.mode === 'comments' ? s.cells.filter((c) => !!c.added || (c.was ?? []).length > 0) : [];
    if (comments.length) kept.push({ ...s, cells: comments });
  }
  if (kept.length) writeMarksRecord(w, { v: 1, sheets: kept });
  else w.pkg.removeCustomXml(MARKS_NS);
  return { restored, keptComments: kept.reduce((n, s) => n + s.cells.length, 0) };
}

/** Every custom XML item of a package with its id (`ds:itemID`), as Excel lists them in `workbook.customXmlParts`. */
export function customXmlItems(pkg: XlsxPackage): { id: string; xml: string }[] {
  const out: { id: string; xml: string }[] = [];
  for (const rel of pkg.rels(pkg.workbookPart)) {
    if (!rel.type.endsWith('/customXml')) continue;
    const part = pkg.target(pkg.workbookPart, rel);
    const xml = pkg.text(part);
    if (xml === null) continue;
    const props = pkg.rels(part).find((r) => r.type.endsWith('/customXmlProps'));
    const id = props ? /itemID="([^"]+)"/.exec(pkg.text(pkg.target(part, props)) ?? '')?.[1] : undefined;
    out.push({ id: id ?? `{custom-${out.length + 1}}`, xml });
  }
  return out;
}
