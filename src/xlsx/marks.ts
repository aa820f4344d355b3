/**
 * Validasi's marks in a workbook file (`rapk annotate`), decided by the same core module as the
 * add-in (`core/sheets/marksState`). The saved state — the cells' own fills and notes and the exact text
 * we added — is kept in the file as a custom XML part (ADR 009), so annotating again, or a later
 * restore, touches only what we wrote.
 */
import { parseA1 } from '../core/grid/grid';
import type { MarksPlan } from '../core/sheets/marks';
import { type MarksState, type RestoreStep, parseMarksState, planValidasiMarks } from '../core/sheets/marksState';
import { esc, inner, unesc, element } from './xml';
import type { WorkbookWriter } from './writer';

export const MARKS_NS = 'urn:rapk:marks:v1';
/** A fixed id for the custom XML item (the item is found by its namespace, the id only labels it). */
const ITEM_ID = '{5A0E1C3B-7D2F-4B6A-9E1D-52414B4D4B31}';

export function readMarksRecord(w: WorkbookWriter): MarksState {
  const found = w.pkg.customXml(MARKS_NS);
  if (!found) return parseMarksState(null);
  const el = element(found.xml, 'rapkMarks');
  return parseMarksState(el ? unesc(inner(el.el)) : null);
}

export function writeMarksRecord(w: WorkbookWriter, state: MarksState): void {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<rapkMarks xmlns="${MARKS_NS}">${esc(JSON.stringify(state))}</rapkMarks>`;
  w.pkg.setCustomXml(MARKS_NS, xml, ITEM_ID);
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
    if (plan.marks.length === 0 && !state.sheets.some((s) => s.id === id)) continue;
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
