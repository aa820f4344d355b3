/**
 * The RAPK of each version, as `rapk diff` and the pane pick it: the sheet asked for, else the
 * RAPK of the latest year (the one the planner works on), with the others named.
 */
import type { Grid } from '../grid/grid';
import type { RapkModel } from '../reader/model';
import { validateWorkbook } from '../workbook';
import type { ProblemOf } from '../problems';
import { diffRapk } from './diff';
import type { DiffChange, DiffTotals, RapkDiff } from './types';
import { type DiffGroup, groupChanges } from './groups';

export interface DiffSide {
  sheet: string;
  year: number | null;
  model: RapkModel;
  /** the workbook's other RAPK sheets (not compared) */
  others: string[];
}

/** no RAPK, or `--sheet` names a sheet the workbook has not (the core's typed problems) */
export type DiffSideProblem = ProblemOf<'noRapk' | 'sheetNotFound'>;

export function rapkForDiff(grids: readonly Grid[], sheet?: string): DiffSide | { problem: DiffSideProblem } {
  const v = validateWorkbook(grids, sheet);
  if (v.problem) return { problem: v.problem };
  const sheets = [...v.sheets].sort((a, b) => (b.model.year ?? -Infinity) - (a.model.year ?? -Infinity));
  const pick = sheets[0]!;
  return { sheet: pick.name, year: pick.model.year, model: pick.model, others: v.sheets.filter((s) => s !== pick).map((s) => s.name) };
}

export interface DiffMeta {
  file: string;
  sheet: string;
  year: number | null;
}

/** `rapk diff --json`: `{ old: {file, sheet, year}, new: {…}, changes: […], totals: {…} }`. */
export interface DiffJson {
  old: DiffMeta;
  new: DiffMeta;
  changes: DiffChange[];
  totals: DiffTotals;
}

export function diffJson(oldMeta: DiffMeta, newMeta: DiffMeta, d: RapkDiff): DiffJson {
  return { old: oldMeta, new: newMeta, changes: d.changes, totals: d.totals };
}

export function diffSides(a: DiffSide, b: DiffSide): RapkDiff {
  return diffRapk(a.model, b.model);
}

/** What the pane shows and writes: the diff, its groups and both versions' names. */
export interface CompareResult {
  old: DiffMeta;
  new: DiffMeta;
  changes: DiffChange[];
  groups: DiffGroup[];
  totals: DiffTotals;
}

export type CompareOutcome = { ok: true; result: CompareResult } | { ok: false; side: 'old' | 'new'; problem: DiffSideProblem };

/** The pane's comparison: an older file (read in the browser) against the open workbook. */
export function compareWorkbooks(
  old: { file: string; grids: readonly Grid[] },
  current: { file: string; grids: readonly Grid[] },
): CompareOutcome {
  const a = rapkForDiff(old.grids);
  if ('problem' in a) return { ok: false, side: 'old', problem: a.problem };
  const b = rapkForDiff(current.grids);
  if ('problem' in b) return { ok: false, side: 'new', problem: b.problem };
  const d = diffSides(a, b);
  return {
    ok: true,
    result: {
      old: { file: old.file, sheet: a.sheet, year: a.year },
      new: { file: current.file, sheet: b.sheet, year: b.year },
      changes: d.changes,
      groups: groupChanges(d, b.model),
      totals: d.totals,
    },
  };
}
