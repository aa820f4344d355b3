/** The SAKTI import over two workbooks (the RAPK's and the report's), as both hosts run it. */
import type { Grid } from '../grid/grid';
import type { Tw } from '../measure/formulas';
import type { RapkModel } from '../reader/model';
import type { RealisasiSheet } from '../reader/realisasi';
import { findRealisasi, validateWorkbook } from '../workbook';
import type { ProblemOf } from '../problems';
import { type SaktiImport, type SplitRule, importSakti } from './match';
import { type ColumnMapping, readMapped } from './mapped';
import { type SaktiMissing, type SaktiReport, findSakti } from './report';

export type SaktiProblem = ProblemOf<'noRapk' | 'sheetNotFound'> | { kind: 'notReport'; missing: SaktiMissing };

export interface SaktiRun {
  model: RapkModel;
  report: SaktiReport;
  import: SaktiImport;
  /** the RAPK's Realisasi sheet (where the figures are written), or null */
  realisasi: RealisasiSheet | null;
}

export function saktiForWorkbooks(
  rapk: readonly Grid[],
  exported: readonly Grid[],
  tw: Tw,
  opts: {
    split?: SplitRule;
    sheet?: string;
    /** another export's columns (`--kolom`): read by them, not as SAKTI's report */
    mapping?: ColumnMapping;
  } = {},
): SaktiRun | { problem: SaktiProblem } {
  const v = validateWorkbook(rapk, opts.sheet);
  if (v.problem) return { problem: v.problem };
  // the RAPK of the latest year (the one the planner works on)
  const model = [...v.sheets].sort((a, b) => (b.model.year ?? -Infinity) - (a.model.year ?? -Infinity))[0]!.model;
  const report = opts.mapping ? readMapped(exported, opts.mapping) : findSakti(exported);
  if ('missing' in report) return { problem: { kind: 'notReport', missing: report.missing } };
  return { model, report, import: importSakti(model, report, tw, opts.split), realisasi: findRealisasi(rapk, model) };
}
