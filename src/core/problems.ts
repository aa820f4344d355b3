/**
 * Why a command could not run, typed by kind: each kind with its own fields (as zod keys its
 * issues by `code`). The core's workbook commands return one, the Excel adapter throws one inside
 * a `GatewayError`, the pane and the CLI say it in their catalogues, the Rekap keeps its kind per
 * file. A problem without its fields does not compile (tests/core/problems.types.test.ts).
 *
 * To add a kind: one line in `ProblemFields`; every catalogue typed by `ProblemTexts` then fails
 * to compile until it says the new kind.
 */
import type { Finding } from './rules/findings';
import type { ReaderStop } from './rules/readerStops';

/** The fields of each kind of problem. */
export interface ProblemFields {
  /** this Excel lacks the API the command needs */
  unsupported: { need: string | null };
  /** a sheet the command must change is protected (null: the host did not say which) */
  protected: { sheet: string | null };
  /** the workbook's structure is protected: no sheet can be added, deleted or renamed */
  structureProtected: Record<never, never>;
  /**
   * No RAPK table: on `sheet` (the one the planner is on, when it is the one meant; null: in the
   * workbook), with every sheet the reader stopped on and why.
   */
  noRapk: { sheet: string | null; stops: ReaderStop[] };
  /** RAPKs of several years and nothing says which one is meant */
  ambiguousRapk: { sheets: string[] };
  /** the CLI's `--sheet` names a sheet the workbook has not */
  sheetNotFound: { sheet: string; sheets: string[] };
  /** the sheet is one of the add-in's own Ringkasan or Rekap sheets: nothing to validate */
  ownSheet: { sheet: string };
  /** Ringkasan needs a Realisasi sheet */
  noRealisasi: Record<never, never>;
  /** the `Pengaturan RAPK` sheet has findings: nothing is scored */
  invalidSettings: { sheet: string; findings: Finding[] };
  /** the sheet being processed was deleted or renamed meanwhile */
  sheetGone: Record<never, never>;
  /** more data than one request to the host can carry */
  tooLarge: Record<never, never>;
  /** the host is editing a cell */
  editMode: Record<never, never>;
  /** any other refusal of the host */
  office: Record<never, never>;
  /** the file is open read-only or view-only (`workbook.readOnly`) */
  readOnly: Record<never, never>;
  /** the host's AccessDenied with nothing protected and the file editable */
  accessDenied: Record<never, never>;
  /** the host's InactiveWorkbook: another workbook took the focus during the command */
  inactiveWorkbook: Record<never, never>;
  /** the host's MergedRangeConflict */
  mergedConflict: Record<never, never>;
  /** the host's FilteredRangeConflict: an AutoFilter hides rows where the command writes */
  filteredConflict: Record<never, never>;
}

export type ProblemKind = keyof ProblemFields;

/** One problem: `kind` and that kind's fields. */
export type Problem = { [K in ProblemKind]: { readonly kind: K } & Readonly<ProblemFields[K]> }[ProblemKind];

/** The problem of one kind. */
export type ProblemOf<K extends ProblemKind> = Extract<Problem, { kind: K }>;

/** A catalogue's sentences for problems: one function per kind, taking that kind's fields. */
export type ProblemTexts = { [K in ProblemKind]: (p: ProblemOf<K>) => string };

/** Builds a problem (the fields are checked against the kind). */
export function problem<K extends ProblemKind>(
  kind: K,
  ...fields: keyof ProblemFields[K] extends never ? [] : [ProblemFields[K]]
): ProblemOf<K> {
  return { kind, ...(fields[0] ?? {}) } as unknown as ProblemOf<K>;
}

/** Says a problem with the catalogue's sentence for its kind. */
export function sayProblem(texts: ProblemTexts, p: Problem): string {
  return (texts[p.kind] as (x: Problem) => string)(p);
}

/** The problems a workbook's content can have (the core's commands return them; no host involved). */
export type WorkbookProblem = ProblemOf<'noRapk' | 'sheetNotFound' | 'ambiguousRapk' | 'noRealisasi' | 'invalidSettings'>;
