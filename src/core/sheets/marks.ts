/**
 * Findings → a marks plan: one fill and one note per marked cell, grouped by colour so an
 * adapter can paint each colour with one call. The same plan drives Excel and the CLI.
 */
import { type Finding, type Severity, worstSeverity } from '../rules/findings';
import { type Lang, messageOf, severityLabel } from '../locales';
import { DEFAULT_PALETTE, type Palette } from './palette';

export interface Mark {
  address: string;
  fill: string;
  severity: Severity;
  /** note text: every finding on this cell, one line each */
  note: string;
  codes: string[];
}

export interface MarksPlan {
  sheet: string;
  marks: Mark[];
}

/** Prefix that identifies the add-in's own notes (so they are never taken for the user's). */
export const NOTE_PREFIX = 'RAPK';

export function planMarks(sheet: string, findings: readonly Finding[], lang: Lang = 'id', palette: Palette = DEFAULT_PALETTE): MarksPlan {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.sheet !== sheet) continue;
    const cell = f.cells[0];
    if (!cell) continue;
    const list = byCell.get(cell);
    if (list) list.push(f);
    else byCell.set(cell, [f]);
  }
  const marks: Mark[] = [];
  for (const [address, list] of byCell) {
    const severity = worstSeverity(list)!;
    const fill = palette.mark[severity];
    const note = list.map((f) => `${NOTE_PREFIX} ${f.code} (${severityLabel(f.severity, lang)}): ${messageOf(f, lang)}`).join('\n');
    marks.push({ address, fill, severity, note, codes: list.map((f) => f.code) });
  }
  return { sheet, marks };
}
