/**
 * The marks in the cells: where the saved state lives (the one record both hosts share, a
 * custom XML part: `core/sheets/marksRecord`), what a loaded cell shows now, and the queued
 * restore of the planner's own fills and notes (decided by `core/sheets/marksState`).
 */
import { parseA1 } from '../core/grid/grid';
import { MARKS_NS, parseRecordXml, recordXml } from '../core/sheets/marksRecord';
import { type CellNow, type MarksState, type RestoreStep, parseMarksState, recordBytes } from '../core/sheets/marksState';
import { BYTES_PER_EXTRA_PROP, BYTES_PER_NOTE_OP, BYTES_PER_RANGE_OP, type Budget, eachBlock } from './batch';
import { type SavedFill, applyFill, fillKey, ownFill } from './fills';

export { MARKS_NS };

/**
 * Where earlier versions of the add-in kept the record (`workbook.settings`): still read, and
 * deleted once the record is written to its custom XML part (the migration).
 */
export const MARKS_KEY = 'rapk.marks.v1';

/**
 * Largest record, in bytes as it really travels (`recordBytes`: XML text inside the request's
 * JSON): marks past it are not made (their findings are still listed), so the record is written
 * in one request with room to spare under the 5 MB of Excel on the web.
 */
export const MAX_STATE_CHARS = 1_000_000;

/** The record as queued for reading: its part (a null object when there is none), its XML, the old settings record. */
export interface RecordRead {
  part: Excel.CustomXmlPart;
  xml: OfficeExtension.ClientResult<string>;
  legacy: Excel.Setting;
}

/**
 * Queues the record's read. `getXml()` on a null part reads null in the same batch (the host
 * runs a null object's own methods as no-ops, as `getItemOrNullObject(name).delete()` in
 * Microsoft's samples), so the record costs no sync of its own.
 */
export function loadRecord(ctx: Excel.RequestContext): RecordRead {
  const part = ctx.workbook.customXmlParts.getByNamespace(MARKS_NS).getOnlyItemOrNullObject();
  part.load('id');
  const xml = part.getXml();
  const legacy = ctx.workbook.settings.getItemOrNullObject(MARKS_KEY);
  legacy.load('value');
  return { part, xml, legacy };
}

/** The record read: the custom XML part's, else the one an earlier version left in the settings. */
export function recordState(r: RecordRead): MarksState {
  if (!r.part.isNullObject && r.xml.value) return parseRecordXml(r.xml.value);
  return parseMarksState(r.legacy.isNullObject ? null : r.legacy.value);
}

/** Queues the record's write (the old settings record deleted: migrated); returns its bytes for the budget. */
export function queueSaveRecord(ctx: Excel.RequestContext, r: RecordRead, state: MarksState): number {
  const xml = recordXml(state);
  if (r.part.isNullObject) ctx.workbook.customXmlParts.add(xml);
  else r.part.setXml(xml);
  if (!r.legacy.isNullObject) r.legacy.delete();
  return recordBytes(xml) + 600;
}

/** Queues the record's removal (both places). */
export function queueDeleteRecord(r: RecordRead): void {
  if (!r.part.isNullObject) r.part.delete();
  if (!r.legacy.isNullObject) r.legacy.delete();
}

/** A failure of the record's own write (the first operation of its batch): nothing else ran. */
export function isRecordFailure(e: unknown): boolean {
  const loc = (e as { debugInfo?: { errorLocation?: string } } | null)?.debugInfo?.errorLocation ?? '';
  return /customxmlpart/i.test(loc);
}

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
