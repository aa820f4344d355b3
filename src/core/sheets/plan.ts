/**
 * A sheet plan: what an adapter writes to create one sheet (values, formats, fills, merges,
 * widths, freeze panes, list validations, print setup). Produced by the core, applied by
 * `src/excel` (office-js) and `src/cli` (exceljs).
 */
import type { CellRange, CellValue } from '../grid/grid';
import type { PlanChart } from './chart';

export interface PlanCell {
  r: number;
  c: number;
  value: CellValue;
  /** Excel number format, e.g. `0.00`, `#,##0`, `@` */
  format?: string;
  fill?: string;
  font?: string;
  bold?: boolean;
  wrap?: boolean;
  align?: 'left' | 'center' | 'right';
  border?: boolean;
}

export interface PlanValidation {
  range: CellRange;
  list: string[];
}

export interface SheetPlan {
  name: string;
  rows: number;
  cols: number;
  cells: PlanCell[];
  merges: CellRange[];
  /** column widths in characters */
  widths: number[];
  freeze?: { rows: number; cols: number };
  validations?: PlanValidation[];
  print?: {
    orientation: 'landscape' | 'portrait';
    paper: 'A4';
    fitToWidth: boolean;
    titleRows?: { from: number; to: number };
    /** page margins in inches */
    margins?: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
    /** the centre footer, with Excel's codes (`&P` page, `&N` pages) */
    footer?: string;
    /** the print area (what goes to paper); the whole sheet when absent */
    area?: CellRange;
  };
  /** row heights in points (0-based rows) for rows whose wrapped text needs more than one line */
  heights?: { r: number; pt: number }[];
  /** rows after which a manual page break is set (0-based) */
  pageBreaks?: number[];
  /** cell notes written with the sheet */
  notes?: { r: number; c: number; text: string }[];
  /** native charts drawn over the sheet (the Ringkasan's capaian chart, the Rekap's NPSS chart) */
  charts?: PlanChart[];
}

/** The plan's values as a dense 2-D array (for hosts that write whole ranges). */
export function planValues(plan: SheetPlan): CellValue[][] {
  const out: CellValue[][] = Array.from({ length: plan.rows }, () => Array<CellValue>(plan.cols).fill(null));
  for (const c of plan.cells) {
    const row = out[c.r];
    if (row && c.c < plan.cols) row[c.c] = c.value;
  }
  return out;
}

/** Excel's rules for sheet names: ≤ 31 characters, none of \ / ? * : [ ], no edge apostrophe. */
export function safeSheetName(name: string): string {
  let s = name
    .replace(/[\\/?*:[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  s = s.replace(/^'+|'+$/g, '');
  if (s.length > 31) s = s.slice(0, 31).trim();
  return s || 'Sheet';
}
