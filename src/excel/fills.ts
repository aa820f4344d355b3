/**
 * A cell's own fill, saved before a mark and put back exactly by Hapus tanda (ADR 003): colour,
 * pattern, pattern colour and tint (ExcelApi 1.9).
 */

import type { SavedFill } from '../core/sheets/marksState';

export type { SavedFill };

/** What `RangeFill.load` asks for. */
export const FILL_PROPS = 'color,pattern,patternColor,tintAndShade';

/** The fill as loaded; null when the cell has none (pattern None). */
export function ownFill(f: Excel.RangeFill): SavedFill | null {
  if (!f.pattern || f.pattern === 'None') return null;
  const out: SavedFill = { color: f.color, pattern: f.pattern };
  if (f.patternColor) out.patternColor = f.patternColor;
  if (f.tintAndShade) out.tintAndShade = f.tintAndShade;
  return out;
}

/** One key per distinct fill, so cells with the same fill are restored together. */
export function fillKey(f: SavedFill): string {
  return JSON.stringify([f.color.toUpperCase(), f.pattern, f.patternColor ?? null, f.tintAndShade ?? 0]);
}

/** Queues the fill's properties on a range: the colour first (a solid fill), then what differs from it. */
export function applyFill(range: Excel.Range, f: SavedFill): void {
  const fill = range.format.fill;
  fill.color = f.color;
  if (f.pattern !== 'Solid') fill.pattern = f.pattern as Excel.FillPattern;
  if (f.patternColor) fill.patternColor = f.patternColor;
  if (f.tintAndShade) fill.tintAndShade = f.tintAndShade;
}
