/**
 * exceljs 4.4 checks each merged range of a sheet it loads against every range before it
 * (`Worksheet._mergeCellsInternal` walks `Object.keys` of all merges for each new one): O(n²).
 * A unit workbook in layout K has ~460 merges, a central one ~1,700, and that check was a third
 * of exceljs's load time in `rapk rekap` (ADR 016). This replaces the loader's
 * `_parseMergeCells` with the same merges applied by exceljs's own `mergeCellsWithoutStyle`, the
 * overlap check done against the ranges of the rows each range spans: the same cells, the same
 * `_merges` in the same order, and the same error (the file is then refused as damaged) when two
 * ranges overlap.
 */
import { Workbook } from './exceljs';

// exceljs's own Range (the class `mergeCells` builds from a reference), required like its Workbook
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Range = require('exceljs/lib/doc/range') as new (ref: unknown) => MergeRange;

interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
  sheetName?: string;
}

interface WorksheetInternals {
  _merges: Record<string, MergeRange>;
  mergeCellsWithoutStyle(range: unknown): void;
  _parseMergeCells(model: { mergeCells?: unknown }): void;
}

/** exceljs's `Range.intersects`. */
export function intersects(a: MergeRange, b: MergeRange): boolean {
  if (b.sheetName && a.sheetName && b.sheetName !== a.sheetName) return false;
  return !(b.bottom < a.top || b.top > a.bottom || b.right < a.left || b.left > a.right);
}

function parseMergeCells(
  this: WorksheetInternals,
  original: WorksheetInternals['_parseMergeCells'],
  model: { mergeCells?: unknown },
): void {
  const list = model.mergeCells;
  if (!Array.isArray(list)) return original.call(this, model);
  const merges = this._merges;
  const byRow = new Map<number, MergeRange[]>();
  const index = (m: MergeRange): void => {
    for (let r = m.top; r <= m.bottom; r++) {
      const row = byRow.get(r);
      if (row) row.push(m);
      else byRow.set(r, [m]);
    }
  };
  Object.values(merges).forEach(index);
  const check = (m: MergeRange): void => {
    for (let r = m.top; r <= m.bottom; r++)
      for (const other of byRow.get(r) ?? []) if (intersects(other, m)) throw new Error('Cannot merge already merged cells');
  };
  list.forEach((ref: unknown) => {
    // checked before any cell is merged, as exceljs does (a damaged file's huge range is refused at once)
    check(new Range(ref));
    // exceljs applies the range on an empty index (no O(n) scan); what it added is checked again
    this._merges = {};
    let added: Record<string, MergeRange>;
    try {
      this.mergeCellsWithoutStyle(ref);
    } finally {
      added = this._merges;
      this._merges = merges;
    }
    for (const [address, m] of Object.entries(added)) {
      check(m);
      index(m);
      merges[address] = m;
    }
  });
}

let installed = false;

/** Installs the loader's merge step once per process (a later exceljs without it keeps its own). */
export function installFastMerges(): void {
  if (installed) return;
  installed = true;
  const proto = Object.getPrototypeOf(new Workbook().addWorksheet('probe')) as Partial<WorksheetInternals>;
  const original = proto._parseMergeCells;
  if (typeof original !== 'function' || typeof proto.mergeCellsWithoutStyle !== 'function') return;
  proto._parseMergeCells = function (this: WorksheetInternals, model: { mergeCells?: unknown }) {
    parseMergeCells.call(this, original, model);
  };
}
