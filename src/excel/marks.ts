/**
 * The marks in the cells: where the saved state lives, what a loaded cell shows now, and the
 * queued restore of the planner's own fills and notes (decided by `core/sheets/marksState`).
 */
import { parseA1 } from '../core/grid/grid';
import type { CellNow, RestoreStep } from '../core/sheets/marksState';
import { BYTES_PER_EXTRA_PROP, BYTES_PER_NOTE_OP, BYTES_PER_RANGE_OP, type Budget, eachBlock } from './batch';
import { type SavedFill, applyFill, fillKey, ownFill } from './fills';

/** Workbook-scoped storage of the marks and the cells' own formatting (workbook.settings). */
export const MARKS_KEY = 'rapk.marks.v1';

/**
 * Largest saved state (characters of JSON) in `workbook.settings`, which has no documented
 * limit: marks past it are not made (their findings are still listed), so the state stays
 * small and travels in one request with room to spare.
 */
export const MAX_STATE_CHARS = 1_000_000;

/** What a loaded cell shows now (fill and note), for the core's marks decisions. */
export function cellNow(fills: Map<string, Excel.RangeFill>, notes: Map<string, Excel.Note> | null, a: string): CellNow {
  const f = fills.get(a);
  const n = notes?.get(a);
  return {
    fill: f ? ownFill(f) : null,
    note: n && !n.isNullObject ? n.content : null,
  };
}

/** Queues restore steps (decided by the core from the saved state and what the cells show). */
export async function queueRestore(
  ws: Excel.Worksheet,
  steps: RestoreStep[],
  notes: Map<string, Excel.Note> | null,
  budget: Budget,
): Promise<number> {
  const clear: { r: number; c: number }[] = [];
  const byFill = new Map<string, { fill: SavedFill; refs: { r: number; c: number }[] }>();
  let restored = 0;
  for (const step of steps) {
    const ref = parseA1(step.a);
    if (!ref) continue;
    restored++;
    if (step.fill === 'keep') continue;
    if (step.fill === null) clear.push(ref);
    else {
      const k = fillKey(step.fill);
      const group = byFill.get(k);
      if (group) group.refs.push(ref);
      else byFill.set(k, { fill: step.fill, refs: [ref] });
    }
  }
  await eachBlock(ws, clear, budget, (r) => r.format.fill.clear());
  // colour, pattern, pattern colour and tint: the planner's own fill, exactly
  for (const { fill, refs } of byFill.values())
    await eachBlock(ws, refs, budget, (r) => applyFill(r, fill), BYTES_PER_RANGE_OP + 3 * BYTES_PER_EXTRA_PROP);
  if (notes) {
    for (const step of steps) {
      const n = notes.get(step.a);
      if (!n || n.isNullObject || step.note === 'keep') continue;
      await budget.take(BYTES_PER_NOTE_OP + (step.note?.length ?? 0));
      if (step.note === null) n.delete();
      else n.content = step.note;
    }
  }
  return restored;
}
