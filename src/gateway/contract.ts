/**
 * The interface the task pane talks to. The office-js adapter (`src/excel`) implements it
 * for Excel; the harness uses the same adapter over the simulator. The UI never touches
 * `Excel`.
 */
import type { Finding } from '../core/rules/findings';
import type { Lang } from '../core/lang';
import type { Problem } from '../core/problems';
import type { Layout } from '../core/reader/model';
import type { Tw } from '../core/measure/formulas';
import type { Summary } from '../core/measure/summary';
import type { PresetName } from '../core/settings';
import type { SheetPlan } from '../core/sheets/plan';
import type { Grid } from '../core/grid/grid';
import type { CompareOutcome, CompareResult } from '../core/diff/workbook';
import type { ColumnsFrom, SaktiImport, SplitRule } from '../core/sakti/match';
import type { ColumnMapping } from '../core/sakti/mapped';
import type { ImportSource } from '../core/sakti/workbook';
import type { SaktiMissing } from '../core/sakti/report';
import type { AnggaranWrite } from '../core/sakti/write';
import type { NoteMode } from '../core/sheets/marksState';
import type { RapkChosen } from '../core/rapkChosen';

/** How marks carry their messages: the core's (core/sheets/marksState.ts), named once. */
export type { NoteMode };

export interface Capabilities {
  /** ExcelApi 1.9 or later: the add-in can run at all */
  supported: boolean;
  noteMode: NoteMode;
}

/** A failure the pane explains in the user's language: a typed `Problem`; `done` says what was already changed. */
export class GatewayError extends Error {
  /** the problem's kind (also an own field, for matching) */
  readonly kind: Problem['kind'];

  constructor(
    readonly problem: Problem,
    /** office-js error code, kept for the details */
    readonly officeCode?: string,
    /** what had been done when it failed ('nothing' when the workbook is unchanged) */
    readonly done: 'nothing' | 'partial' = 'nothing',
    /** the host's own message, kept for the details */
    readonly detail?: string,
  ) {
    super(`${problem.kind}${officeCode ? ` (${officeCode})` : ''}`);
    this.name = 'GatewayError';
    this.kind = problem.kind;
  }
}

export interface ValidasiResult {
  sheet: string;
  layout: Layout;
  year: number | null;
  unit: string | null;
  indicators: number;
  findings: Finding[];
  marked: number;
  noteMode: NoteMode;
  /** conditional formats cover marked cells: their formats are drawn over our fills */
  mayBeHidden?: boolean;
  /** a cell holding a note refused its comment: those marks are fills, their messages in the pane */
  commentsRefused?: boolean;
}

/** Hapus tanda: cells put back, and (when this Excel cannot remove them) notes or comments left with the record kept. */
export interface HapusTandaResult {
  restored: number;
  /** our notes or comments this Excel could not remove: the record keeps them for a later Hapus tanda */
  kept?: { notes: number; comments: number };
}

export interface RealisasiResult {
  sheet: string;
  /** error findings of the RAPK sheet the command used: the pane says they are still there */
  rapkErrors: Finding[];
  rows: number;
  /** rows whose typed values (realisation, budget realisation) were kept */
  kept: number;
  orphans: number;
  created: boolean;
  /** the existing sheet already said what the RAPK says: nothing was written (present only then) */
  upToDate?: true;
  /** the RAPK used when one of another year was left aside (present only then): the pane says it */
  rapkChosen?: RapkChosen;
}

export interface RingkasanResult {
  sheet: string;
  /** an earlier sheet of that name was replaced */
  replaced?: boolean;
  /** the planner's values carried over from the replaced sheet */
  kept?: number;
  /** error findings of the RAPK sheet the command used */
  rapkErrors: Finding[];
  summary: Summary;
  /** the RAPK used when one of another year was left aside (present only then): the pane says it */
  rapkChosen?: RapkChosen;
}

export interface PengaturanResult {
  sheet: string;
  /** false: the sheet existed and was only shown (a planner's settings are never overwritten) */
  created: boolean;
}

export interface Precheck {
  sheet: string;
  protected: boolean;
  /** the workbook has a Realisasi sheet (Ringkasan needs one) */
  hasRealisasi: boolean;
  /** this sheet is one of the add-in's Ringkasan sheets (nothing to validate there) */
  ownSheet: boolean;
  hasMarks: boolean;
}

/** Why an import cannot write (the figures are still shown). */
export type AnggaranBlock =
  /** an error finding (A13: a report of another year or quarter) */
  { kind: 'errors' } | { kind: 'noRealisasi' } | { kind: 'protected' } | { kind: 'noColumn'; label: string };

/**
 * A mapping picked in the pane, after the write: kept in the settings sheet (`kept`, also when
 * it was already there: `same`), or not (`noRoom`: its section lost a row; `protected`).
 */
/** `failed`: the new settings sheet could not be written (the figures were: the import stands) */
export type AnggaranRemembered = null | { kind: 'kept' | 'same' | 'noRoom' | 'protected' | 'failed'; sheet: string };

/** Impor realisasi anggaran (SAKTI), issue 24: the figures, and what was written and kept. */
export type AnggaranResult =
  /**
   * the file is not a SAKTI realisation report: what was looked for; nothing read or changed;
   * `from`: whose columns were tried (`flag`: the pane's picker, `settings`: the settings sheet's)
   */
  | {
      notReport: SaktiMissing;
      from?: ColumnsFrom;
      /** the settings sheet's columns it would have been read by are unusable (M06): said with it */
      unusable?: true;
    }
  | {
      file: string;
      import: SaktiImport & { source: ImportSource };
      /** the Realisasi sheet, null when the workbook has none */
      sheet: string | null;
      blocked: AnggaranBlock | null;
      /** cells the import fills (empty, or imported before): written when asked */
      planned: number;
      /** cells written (0 when only previewed) */
      written: number;
      /** the planner's typed values the import leaves, with the figure it would have written */
      kept: AnggaranWrite['kept'];
      /** indicators with a figure but no row in the Realisasi sheet */
      noRow: string[];
      /** cells filled whose own note or comment (the planner's) stays, without the import's mark */
      notesKept: number;
      /** the picked mapping after a write (absent: none picked, or not written) */
      remembered?: AnggaranRemembered;
      /** the RAPK used when one of another year was left aside (present only then): the pane says it */
      rapkChosen?: RapkChosen;
    };

/** What changed in the workbook outside the pane: another sheet activated, a sheet added, deleted or renamed. */
export type WorkbookEvent = 'activated' | 'added' | 'deleted' | 'renamed';

export type Unsubscribe = () => Promise<void>;

export interface WorkbookGateway {
  capabilities(): Capabilities;
  precheck(): Promise<Precheck>;
  validasi(lang: Lang): Promise<ValidasiResult>;
  hapusTanda(): Promise<HapusTandaResult>;
  realisasi(lang: Lang): Promise<RealisasiResult>;
  ringkasan(tw: Tw, lang: Lang): Promise<RingkasanResult>;
  /** creates the `Pengaturan RAPK` methodology sheet (issue 13) */
  pengaturan(preset: PresetName, lang: Lang): Promise<PengaturanResult>;
  select(sheet: string, address: string): Promise<void>;
  /** writes the national Rekap sheet (built in the pane from the chosen files) and its chart */
  writeRekap?(plan: SheetPlan, lang: Lang): Promise<{ sheet: string }>;
  /** Riwayat revisi: the open workbook's RAPK against an older version's grids (read in the pane) */
  compare?(old: { file: string; grids: Grid[] }, lang: Lang): Promise<CompareOutcome>;
  /** writes the `Riwayat Revisi` sheet of a comparison */
  writeRiwayat?(result: CompareResult, lang: Lang): Promise<{ sheet: string }>;
  /**
   * Impor realisasi anggaran (SAKTI), issue 24: the report (read in the pane) joined to the
   * workbook's RAPK; with `write`, `Realisasi Anggaran TW n` filled where empty or imported before.
   */
  importAnggaran?(
    exported: { file: string; grids: Grid[] },
    tw: Tw,
    /** null: the settings sheet's rule, else kontribusi */
    split: SplitRule | null,
    lang: Lang,
    write: boolean,
    /** the columns picked in the pane (another export); remembered in the settings sheet with the write */
    mapping?: ColumnMapping | null,
  ): Promise<AnggaranResult>;
  /**
   * Calls `listener` whenever the active sheet or the workbook's sheets change (Excel:
   * worksheets.onActivated / onAdded / onDeleted, and onNameChanged from ExcelApi 1.17), so the
   * pane's active sheet, enabled buttons and reasons are never stale.
   */
  subscribe(listener: (e: WorkbookEvent) => void): Promise<Unsubscribe>;
}
