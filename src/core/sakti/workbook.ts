/**
 * The SAKTI import over two workbooks (the RAPK's and the report's), as both hosts run it. The
 * split rule comes from a flag (`--bagi`, the pane's choice), else the settings sheet (`Impor
 * Realisasi Anggaran`), else kontribusi. The export's columns: a flag (`--kolom`, the pane's
 * picker) always wins; else the report's header words, then SAKTI's documented positions; the
 * settings sheet's mapping only for an export not recognized as SAKTI's report (it is another
 * export's: a recognized report is never read by it).
 */
import type { Grid } from '../grid/grid';
import type { Tw } from '../measure/formulas';
import type { RapkModel } from '../reader/model';
import type { RealisasiSheet } from '../reader/realisasi';
import { findSettingsGrid } from '../settings/sheet';
import { SETTINGS_SHEET_TEXT } from '../locales/settingsSheet';
import type { Lang } from '../locales/format';
import type { PlanCell, SheetPlan } from '../sheets/plan';
import { HEADER_STYLE, INPUT_STYLE, planSettings } from '../sheets/settings';
import { findRealisasi, pickRapk } from '../workbook';
import type { ProblemOf } from '../problems';
import { type ColumnsFrom, type SaktiImport, type SplitFrom, type SplitRule, importSakti } from './match';

export type { ColumnsFrom, SplitFrom } from './match';
import { type ColumnMapping, mappingText, readMapped } from './mapped';
import { type SaktiMissing, type SaktiReport, findSakti } from './report';
import { type ImportSettingsRead, importSettingsEdit, importSettingsFindings, readImportSettings } from './settings';
import type { Finding } from '../rules/findings';
import type { RapkChosen } from '../rapkChosen';
import { SAKTI_TEXT } from '../locales/sakti';

export type SaktiProblem =
  | ProblemOf<'noRapk' | 'sheetNotFound' | 'ambiguousRapk'>
  /**
   * `mapped`: the mapping read no line; `from` says whose mapping it was. `unusable`: the
   * remembered columns this export would have been read by are unusable (their M06, said too)
   */
  | { kind: 'notReport'; missing: SaktiMissing; from: ColumnsFrom; unusable?: Finding[] };

export interface ImportSource {
  split: SplitFrom;
  columns: ColumnsFrom;
  /** the mapping used (flag or settings sheet), null when the report's structure was read */
  mapping: ColumnMapping | null;
  /** the settings sheet's mapping, when it has one (used or not) */
  remembered: ColumnMapping | null;
  /**
   * the settings sheet's mapping set aside because the report was recognized by its own
   * structure (header words or positions), null otherwise: both hosts say so in one sentence
   * (`setAsideSentence`). `unusable`: the remembered columns are unusable (M06, said where the
   * settings are validated): set aside all the same, they stop nothing here
   */
  setAside: ColumnMapping | 'unusable' | null;
}

export interface SaktiRun {
  model: RapkModel;
  report: SaktiReport;
  /** its findings carry the settings sheet's M06 for a value no flag overrides */
  import: SaktiImport & { source: ImportSource };
  /** the RAPK's Realisasi sheet (where the figures are written), or null */
  realisasi: RealisasiSheet | null;
  /** RAPK sheets of other years left aside (a hidden last-year one): said beside the result, as Realisasi says it */
  leftAside: string[];
  /** what both hosts say of that choice (null: nothing left aside) */
  rapkChosen: RapkChosen | null;
}

export function saktiForWorkbooks(
  rapk: readonly Grid[],
  exported: readonly Grid[],
  tw: Tw,
  opts: {
    /** `--bagi` / the pane's choice; absent: the settings sheet's, else kontribusi */
    split?: SplitRule | null;
    sheet?: string;
    /** another export's columns (`--kolom`, the pane's picker): read by them, not as SAKTI's report */
    mapping?: ColumnMapping | null;
  } = {},
): SaktiRun | { problem: SaktiProblem } {
  // the RAPK the planner works on, chosen as Realisasi and Ringkasan choose it
  const picked = pickRapk(rapk, opts.sheet);
  if ('problem' in picked) return picked;
  const model = picked.model;
  const settings = readImportSettings(findSettingsGrid(rapk));
  const split: SplitRule = opts.split ?? settings.split ?? 'kontribusi';
  const splitFrom: SplitFrom = opts.split ? 'flag' : settings.split ? 'settings' : 'default';
  let report: SaktiReport | { missing: SaktiMissing };
  let from: ColumnsFrom;
  let mapping: ColumnMapping | null = null;
  if (opts.mapping) {
    report = readMapped(exported, opts.mapping);
    from = 'flag';
    mapping = opts.mapping;
  } else {
    // a report recognized by its structure (header words, then positions) is read as SAKTI's:
    // the remembered mapping is another export's (OM-SPAN, an own table) and applies only when
    // the export is not recognized
    const sakti = findSakti(exported);
    const remembered = 'missing' in sakti && settings.mapping ? readMapped(exported, settings.mapping) : null;
    if (!('missing' in sakti)) {
      report = sakti;
      from = sakti.columns.by === 'positions' ? 'positions' : 'words';
    } else if (remembered) {
      // recognized neither way: the mapping's failure is said (it is what the planner set)
      report = remembered;
      from = 'settings';
      if (!('missing' in remembered)) mapping = settings.mapping;
    } else {
      report = sakti;
      from = 'words';
      // the remembered columns would have been tried, and are unusable: their M06 is the stop's reason too
      const unusable = settings.findings.filter((f) => f.field === 'mapping').map((f) => f.finding);
      if (unusable.length) return { problem: { kind: 'notReport', missing: sakti.missing, from, unusable } };
    }
  }
  if ('missing' in report) return { problem: { kind: 'notReport', missing: report.missing, from } };
  const imp = importSakti(model, report, tw, split);
  // M06 of the remembered columns stops only an import that reads by them: a flag, a pick or a
  // report recognized by its own structure sets them aside (Validasi still lists it)
  const m06 = importSettingsFindings(settings, { split: !!opts.split, mapping: from !== 'settings' });
  return {
    model,
    report,
    import: {
      ...imp,
      findings: [...m06, ...imp.findings],
      source: { split: splitFrom, columns: from, mapping, remembered: settings.mapping, setAside: setAsideOf(from, settings) },
    },
    realisasi: findRealisasi(rapk, model),
    leftAside: picked.leftAside,
    rapkChosen: picked.rapkChosen,
  };
}

/**
 * The remembered mapping a recognized report's own columns set aside, or `unusable` when the
 * remembered columns are (M06); a flag or pick sets nothing aside: it is the planner's choice now.
 */
function setAsideOf(from: ColumnsFrom, settings: ImportSettingsRead): ImportSource['setAside'] {
  if (from !== 'words' && from !== 'positions') return null;
  if (settings.mapping) return settings.mapping;
  return settings.findings.some((f) => f.field === 'mapping') ? 'unusable' : null;
}

/** The one sentence both hosts say of remembered columns set aside, or null when none were. */
export function setAsideSentence(lang: Lang, setAside: ImportSource['setAside']): string | null {
  if (setAside === null) return null;
  return setAside === 'unusable' ? SAKTI_TEXT[lang].setAsideUnusable : SAKTI_TEXT[lang].setAside(mappingText(setAside));
}

/**
 * Remembering a mapping given by flag or picked in the pane (issue 24): the cells of the
 * settings sheet's `Impor Realisasi Anggaran` rows (nothing else of the planner's sheet is
 * touched), or a new settings sheet with the defaults, this mapping and the split rule the
 * import used (`split`; an existing sheet's rule is the planner's and stays) when there is none.
 * `noRoom`: the section lost a row and the cells under it are taken (nothing is written).
 */
export type RememberPlan =
  | { kind: 'edit'; sheet: string; cells: PlanCell[] }
  | { kind: 'create'; plan: SheetPlan }
  | { kind: 'noRoom'; sheet: string }
  /** the sheet already says so */
  | { kind: 'same'; sheet: string };

export function planRememberMapping(
  rapk: readonly Grid[],
  model: RapkModel | null,
  mapping: ColumnMapping,
  lang: Lang,
  split: SplitRule = 'kontribusi',
): RememberPlan {
  const T = SETTINGS_SHEET_TEXT[lang];
  const g = findSettingsGrid(rapk);
  if (!g) return { kind: 'create', plan: planSettings(model, 'spec', lang, { mapping, split }) };
  const now = readImportSettings(g).mapping;
  if (now && now.kode === mapping.kode && now.uraian === mapping.uraian && now.pagu === mapping.pagu && now.realisasi === mapping.realisasi)
    return { kind: 'same', sheet: g.name };
  const cells = importSettingsEdit(g, { mapping }, T.importHelp, HEADER_STYLE, INPUT_STYLE);
  return cells ? { kind: 'edit', sheet: g.name, cells } : { kind: 'noRoom', sheet: g.name };
}
