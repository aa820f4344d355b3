/**
 * `Range.clear(applyTo)` and `Range.dataValidation.clear()` over what the simulator models, as
 * Microsoft documents `Excel.ClearApplyTo` (office-js reference, ExcelApi 1.1 / 1.7 / 1.18):
 * - `All` "clears everything in the range": values, formulas, number formats, the cell formats
 *   (fill, font, alignment, wrap, borders), hyperlinks, notes and comments, data validation and
 *   the conditional formats on those cells;
 * - `Contents` "clears the contents of the range, leaving formatting intact": values and formulas
 *   (notes, comments, hyperlinks, validation and formats stay);
 * - `Formats` "clears all formatting for the range, leaving values intact": number formats, cell
 *   formats and conditional formats (validation, notes, hyperlinks stay);
 * - `Hyperlinks` (1.7) "clears all hyperlinks, but leaves all content and formatting intact";
 * - `RemoveHyperlinks` (1.7) "removes hyperlinks and formatting for the cell but leaves content,
 *   conditional formats, and data validation intact": a hyperlinked cell loses its link and its
 *   cell formats;
 * - `ResetContents` (1.18) "sets all cells in the range to their default state": the simulator
 *   models no cell controls (checkboxes), so every cell is blank, its formats kept.
 * A value a host of an older API set does not know is refused (InvalidArgument), as is any other.
 * Conditional formats and validations that reach outside the cleared cells keep their outside part.
 */
import type { CellRange } from '../core/grid/grid';
import { SimError } from './proxy';
import { type SimCell, type SimSheet, parseRange, rangeAddress } from './store';

export const CLEAR_APPLY_TO = ['All', 'Contents', 'Formats', 'Hyperlinks', 'RemoveHyperlinks', 'ResetContents'] as const;
export type ClearApplyTo = (typeof CLEAR_APPLY_TO)[number];

/** the ExcelApi minor version that introduced each value */
const SINCE: Record<ClearApplyTo, number> = { All: 1, Contents: 1, Formats: 1, Hyperlinks: 7, RemoveHyperlinks: 7, ResetContents: 18 };

/** The value as a host of ExcelApi 1.`apiVersion` takes it, or the error it answers with. */
export function clearApplyTo(v: unknown, apiVersion: number): ClearApplyTo {
  const x = CLEAR_APPLY_TO.find((k) => k === v);
  if (!x || SINCE[x] > apiVersion)
    throw new SimError('InvalidArgument', `The argument is invalid or missing or has an incorrect format (applyTo: ${String(v)}).`);
  return x;
}

/** The parts of `a` outside `b` (up to four rectangles). */
export function subtract(a: CellRange, b: CellRange): CellRange[] {
  if (a.r2 < b.r1 || a.r1 > b.r2 || a.c2 < b.c1 || a.c1 > b.c2) return [a];
  const out: CellRange[] = [];
  if (a.r1 < b.r1) out.push({ r1: a.r1, c1: a.c1, r2: b.r1 - 1, c2: a.c2 });
  if (a.r2 > b.r2) out.push({ r1: b.r2 + 1, c1: a.c1, r2: a.r2, c2: a.c2 });
  const r1 = Math.max(a.r1, b.r1);
  const r2 = Math.min(a.r2, b.r2);
  if (a.c1 < b.c1) out.push({ r1, c1: a.c1, r2, c2: b.c1 - 1 });
  if (a.c2 > b.c2) out.push({ r1, c1: b.c2 + 1, r2, c2: a.c2 });
  return out;
}

const inside = (address: string, r: CellRange): boolean => {
  const p = parseRange(address);
  return p.r1 >= r.r1 && p.r2 <= r.r2 && p.c1 >= r.c1 && p.c2 <= r.c2;
};

/** The data validation of the cells of `r` removed (a validation reaching outside keeps its outside part). */
export function clearValidation(s: SimSheet, r: CellRange): void {
  s.validations = s.validations.flatMap((v) => subtract(parseRange(v.range), r).map((p) => ({ ...v, range: rangeAddress(p) })));
}

function clearFormats(c: SimCell): void {
  delete c.numberFormat;
  delete c.fill;
  delete c.fontColor;
  delete c.bold;
  delete c.wrap;
  delete c.align;
  delete c.border;
}

/** `Range.clear(applyTo)` on the cells of `r` of sheet `s` (a cell left with nothing is dropped). */
export function clearRange(s: SimSheet, r: CellRange, applyTo: ClearApplyTo): void {
  for (const [k, c] of [...s.cells]) {
    const [i, j] = k.split(',').map(Number) as [number, number];
    if (i < r.r1 || i > r.r2 || j < r.c1 || j > r.c2) continue;
    if (applyTo === 'All' || applyTo === 'Contents' || applyTo === 'ResetContents') {
      c.value = null;
      delete c.formula;
    }
    if (applyTo === 'All' || applyTo === 'Formats' || (applyTo === 'RemoveHyperlinks' && c.hyperlink !== undefined)) clearFormats(c);
    if (applyTo === 'All' || applyTo === 'Hyperlinks' || applyTo === 'RemoveHyperlinks') delete c.hyperlink;
    if (Object.values(c).every((v) => v === null || v === undefined)) s.cells.delete(k);
  }
  if (applyTo === 'All' || applyTo === 'Formats') s.conditionalFormats = s.conditionalFormats.flatMap((cf) => subtract(cf, r));
  if (applyTo === 'All') {
    clearValidation(s, r);
    for (const a of [...s.notes.keys()]) if (inside(a, r)) s.notes.delete(a);
    s.comments = s.comments.filter((c) => !inside(c.address, r));
  }
}
