/** Validasi over a whole workbook (the CLI checks all sheets, or one with --sheet). */
import type { Grid } from './grid';
import { type Finding, finding } from './findings';
import type { RapkModel } from './model';
import type { SheetKind } from './reader/readRapk';
import { validateSheet } from './validate';

export interface WorkbookValidation {
  /** RAPK sheets with their models */
  sheets: { name: string; model: RapkModel }[];
  findings: Finding[];
  /** sheets that were not RAPK tables, and why */
  skipped: { name: string; kind: SheetKind }[];
  /** set when nothing in the workbook can be validated */
  problem: null | { kind: 'noRapk' } | { kind: 'sheetNotFound'; sheet: string; names: string[] };
}

export function validateWorkbook(grids: readonly Grid[], onlySheet?: string): WorkbookValidation {
  const names = grids.map((g) => g.name);
  const out: WorkbookValidation = { sheets: [], findings: [], skipped: [], problem: null };
  let selected = grids;
  if (onlySheet !== undefined) {
    const g = grids.find((x) => x.name === onlySheet) ?? grids.find((x) => x.name.trim().toLowerCase() === onlySheet.trim().toLowerCase());
    if (!g) {
      out.problem = { kind: 'sheetNotFound', sheet: onlySheet, names };
      return out;
    }
    selected = [g];
  }
  for (const g of selected) {
    const v = validateSheet(g);
    if (v.model) {
      out.sheets.push({ name: g.name, model: v.model });
      out.findings.push(...v.findings);
    } else {
      out.skipped.push({ name: g.name, kind: v.kind });
    }
  }
  if (out.sheets.length === 0) {
    out.problem = { kind: 'noRapk' };
    if (onlySheet !== undefined && selected[0]) out.findings.push(finding('S01', selected[0].name, []));
  }
  return out;
}
