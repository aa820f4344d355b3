/**
 * Validasi's notes and comments, and the marked cells' bounds (where conditional formats are
 * looked for): the writes the core's `MarkStep`s ask for.
 */
import { type CellRange, parseA1, rangeA1 } from '../core/grid/grid';
import type { MarkStep } from '../core/sheets/marksState';
import type { NoteMode } from '../gateway/contract';
import { BYTES_PER_NOTE_OP, type Budget } from './batch';

/** The smallest range holding every address (null when there is none). */
export function markedBounds(addresses: readonly string[]): string | null {
  let b: CellRange | null = null;
  for (const a of addresses) {
    const p = parseA1(a);
    if (!p) continue;
    b = b
      ? { r1: Math.min(b.r1, p.r), c1: Math.min(b.c1, p.c), r2: Math.max(b.r2, p.r), c2: Math.max(b.c2, p.c) }
      : { r1: p.r, c1: p.c, r2: p.r, c2: p.c };
  }
  return b ? rangeA1(b) : null;
}

/**
 * Queues the marks' notes (a note added on its Range, never a bare address, or its text
 * changed) or, in comments mode, our old comments deleted and the new ones added on a Range.
 */
export async function queueMarkNotes(
  ws: Excel.Worksheet,
  marks: readonly MarkStep[],
  mode: NoteMode,
  notes: Map<string, Excel.Note> | null,
  comments: Excel.CommentCollection | null,
  ours: Set<string>,
  budget: Budget,
): Promise<void> {
  if (mode === 'notes' && notes) {
    for (const m of marks) {
      if (m.note === null) continue;
      await budget.take(BYTES_PER_NOTE_OP + m.note.length);
      const existing = notes.get(m.a)!;
      if (existing.isNullObject) ws.notes.add(ws.getRange(m.a), m.note);
      else existing.content = m.note;
    }
    return;
  }
  if (mode !== 'comments' || !comments) return;
  for (const c of comments.items) if (ours.has(c.content)) c.delete();
  for (const m of marks) {
    if (m.note === null) continue;
    await budget.take(BYTES_PER_NOTE_OP + m.note.length);
    // the reference wants the full address with the sheet name, or a Range
    ws.comments.add(ws.getRange(m.a), m.note);
  }
}
