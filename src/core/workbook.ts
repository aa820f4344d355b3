/** Validasi over a whole workbook (the CLI checks all sheets, or one with --sheet). */
import type { Grid } from './grid/grid';
import { type Finding, finding, sortFindings } from './rules/findings';
import { isReaderFault, readerStops } from './rules/readerStops';
import type { ProblemOf, WorkbookProblem } from './problems';
import { type RapkModel, allIndikator } from './reader/model';
import type { SheetKind } from './reader/readRapk';
import { type SheetValidation, validateSheet } from './rules/validate';
import { type RealisasiSheet, readRealisasi, typedRows } from './reader/realisasi';
import { rapkErrorsOf } from './rules/unresolved';
import { checkRealisasi } from './rules/realisasi';
import { planRealisasi, realisasiSheetName } from './sheets/realisasi';
import type { SheetPlan } from './sheets/plan';
import { type RealisasiRefresh, planRealisasiRefresh } from './sheets/realisasiRefresh';
import { type Summary, summarize } from './measure/summary';
import { planRingkasan } from './sheets/ringkasan';
import { withPlannerCells } from './sheets/ringkasanKeep';
import type { Tw } from './measure/formulas';
import { type PkSheet, isPkSheetName, readPk } from './reader/pk';
import { checkPk } from './rules/pk';
import type { PresetName } from './settings/bands';
import { findSettingsGrid, isSettingsSheetName } from './settings/sheet';
import { readSettings, settingsForWorkbook } from './rules/settings';
import { planSettings } from './sheets/settings';
import { readSigner } from './settings/signature';
import { importSettingsFindings, readImportSettings } from './sakti/settings';
import type { Lang } from './lang';
import { type RapkChosen, rapkChosenOf } from './rapkChosen';

/** Why a workbook file cannot be used (the CLI's UnusableFileError carries one). */
export type UnusableReason = 'missing' | 'empty' | 'encrypted' | 'notXlsx' | 'corrupt' | 'tooLarge' | 'tooLargeInflated' | 'tooManySheets';

export interface WorkbookValidation {
  /** RAPK sheets with their models */
  sheets: { name: string; model: RapkModel }[];
  findings: Finding[];
  /** sheets that were not RAPK tables, and why */
  skipped: { name: string; kind: SheetKind }[];
  /** Realisasi and PK sheets not checked: several RAPK years and none matches the sheet's (names of the RAPK sheets) */
  ambiguous: { sheet: string; candidates: string[] }[];
  /** set when nothing in the workbook can be validated */
  problem: null | ProblemOf<'noRapk' | 'sheetNotFound'>;
}

export function validateWorkbook(grids: readonly Grid[], onlySheet?: string): WorkbookValidation {
  const names = grids.map((g) => g.name);
  const out: WorkbookValidation = { sheets: [], findings: [], skipped: [], ambiguous: [], problem: null };
  let selected = grids;
  if (onlySheet !== undefined) {
    const g = grids.find((x) => x.name === onlySheet) ?? grids.find((x) => x.name.trim().toLowerCase() === onlySheet.trim().toLowerCase());
    if (!g) {
      out.problem = { kind: 'sheetNotFound', sheet: onlySheet, sheets: names };
      return out;
    }
    selected = [g];
  }
  const reads = selected.map((g) => ({ g, v: validateSheet(g) }));
  // a summary sheet (`Rekap …`) or a PK sheet is not the RAPK when another sheet is one
  const primary = reads.some((x) => x.v.model && !isSecondaryName(x.g.name));
  for (const { g, v } of reads) {
    if (v.model && primary && isSecondaryName(g.name)) {
      out.skipped.push({ name: g.name, kind: 'none' });
      continue;
    }
    if (v.model) {
      out.sheets.push({ name: g.name, model: v.model });
      out.findings.push(...v.findings);
    } else {
      out.skipped.push({ name: g.name, kind: v.kind });
      // a sheet the reader stopped on says why (S01 with the fault), not only "no RAPK table"
      out.findings.push(...v.findings.filter(isReaderFault));
    }
  }
  if (out.sheets.length === 0) {
    if (onlySheet !== undefined && selected[0] && !out.findings.some(isReaderFault))
      out.findings.push(finding('S01', selected[0].name, [], {}));
    // a sheet the reader stopped on says why (its stops), not only "no RAPK table"
    out.problem = { kind: 'noRapk', sheet: onlySheet ?? null, stops: readerStops(out.findings) };
    return out;
  }
  const hiddenSheets = new Set(grids.filter((g) => g.hidden).map((g) => g.name));
  // the Realisasi sheets are checked against the RAPK of their year (R01–R03)
  for (const sk of out.skipped) {
    if (sk.kind !== 'realisasi') continue;
    const g = selected.find((x) => x.name === sk.name)!;
    const sheet = readRealisasi(g);
    if (!sheet) continue;
    const models = out.sheets.map((x) => x.model);
    const model = rapkFor(models, sheet, hiddenSheets);
    if (model) out.findings.push(...checkRealisasi(model, sheet, g.noResult ?? []));
    else out.ambiguous.push({ sheet: sheet.name, candidates: models.map((m) => m.sheet) });
  }
  // the settings sheet (M01–M05) and a Perjanjian Kinerja sheet (P01/P02)
  const models = out.sheets.map((x) => x.model);
  for (const sk of out.skipped) {
    if (sk.kind !== 'none') continue;
    const g = selected.find((x) => x.name === sk.name)!;
    if (isSettingsSheetName(g.name)) {
      const r = readSettings(g);
      if (!r.ok) out.findings.push(...r.findings);
      out.findings.push(...importSettingsFindings(readImportSettings(g), {}));
      continue;
    }
    const pk = isSummaryName(g.name) ? null : readPk(g);
    if (!pk) continue;
    // the PK of the RAPK of its year (the same pairing as a Realisasi sheet's)
    const model = rapkFor(models, pk, hiddenSheets);
    if (model) out.findings.push(...checkPk(model, pk));
    else out.ambiguous.push({ sheet: pk.name, candidates: models.map((m) => m.sheet) });
  }
  if (onlySheet === undefined) return out;
  // with --sheet: a PK sheet elsewhere in the workbook still checks the chosen RAPK, when the
  // pairing (over every RAPK of the workbook, as without --sheet) gives it that RAPK
  const chosen = models[0]!;
  const all: RapkModel[] = [];
  const pks: PkSheet[] = [];
  for (const g of grids) {
    if (selected.includes(g)) {
      all.push(chosen);
      continue;
    }
    if (isSettingsSheetName(g.name)) continue;
    const v = validateSheet(g);
    if (v.model) all.push(v.model);
    const pk = v.kind === 'none' ? readPk(g) : null;
    if (pk) pks.push(pk);
  }
  for (const pk of pks) if (rapkFor(all, pk) === chosen) out.findings.push(...checkPk(chosen, pk).filter((f) => f.sheet === chosen.sheet));
  return out;
}

/** A planner's summary of the RAPK (`Rekap`, `Rekapitulasi`, `Resume`): never its PK, and the RAPK only when no other sheet is one. */
const isSummaryName = (name: string): boolean => /^\s*(rekap|rekapitulasi|resume)\b/i.test(name);
/** A sheet that is not the RAPK when another sheet is: a summary, or a PK that is not the RAPK (`RA PK`, `Rencana Aksi PK`). */
const isSecondaryName = (name: string): boolean =>
  isSummaryName(name) || (isPkSheetName(name) && !/(rencana\s*aksi|\brapk\b|\bra\b)/i.test(name));

/** The year a sheet's name states (`Realisasi 2025`), or null. */
const yearOfName = (name: string): number | null => {
  const m = /\b(20\d\d)\b/.exec(name);
  return m ? Number(m[1]) : null;
};

/**
 * The RAPK model a Realisasi sheet belongs to: the RAPK of the year in its name. With one
 * RAPK year in the workbook (or one RAPK) that one; with several years and no match, null:
 * the pairing is ambiguous and the caller says so.
 */
/**
 * What Validasi checks on the active sheet (both hosts decide it here): a Ringkasan sheet is
 * refused; the Pengaturan RAPK sheet (M01–M05) needs the workbook's RAPK, a RAPK with a Perjanjian
 * Kinerja sheet (P01/P02) its PK sheets, a Realisasi sheet (R01–R03) its RAPK; anything else is
 * checked alone. `needs` names the other sheets to read before `finishActiveSheet`.
 */
export type ActiveSheetCheck =
  | { kind: 'ownSheet' }
  | { kind: 'done'; v: SheetValidation }
  | { kind: 'needs'; against: 'settings' | 'pk' | 'realisasi'; v: SheetValidation; needs: string[] };

export function planActiveSheet(grid: Grid, sheetNames: readonly string[]): ActiveSheetCheck {
  const v = validateSheet(grid);
  if (v.kind === 'ringkasan') return { kind: 'ownSheet' };
  const others = sheetNames.filter((n) => n !== grid.name);
  if (v.kind === 'none' && isSettingsSheetName(grid.name)) return { kind: 'needs', against: 'settings', v, needs: others };
  if (v.kind === 'rapk' && v.model) {
    const pks = others.filter(isPkSheetName);
    return pks.length ? { kind: 'needs', against: 'pk', v, needs: pks } : { kind: 'done', v };
  }
  if (v.kind === 'realisasi') return { kind: 'needs', against: 'realisasi', v, needs: others };
  return { kind: 'done', v };
}

/**
 * The active sheet's validation once the sheets it `needs` are read (`others`, by name). No
 * model: the sheet (or, for Pengaturan and Realisasi, the workbook's RAPK) could not be read,
 * and `findings` say why.
 */
export function finishActiveSheet(check: ActiveSheetCheck & { kind: 'needs' }, grid: Grid, others: readonly Grid[]): SheetValidation {
  const { v } = check;
  if (check.against === 'pk') {
    const model = v.model!;
    const extra = others.flatMap((g) => {
      const pk = readPk(g);
      return pk ? checkPk(model, pk).filter((f) => f.sheet === grid.name) : [];
    });
    return { ...v, findings: sortFindings([...v.findings, ...extra]) };
  }
  const wbv = validateWorkbook(check.against === 'realisasi' ? [...others, grid] : others);
  const rapk = wbv.sheets[0]?.model ?? null;
  if (!rapk) return { kind: v.kind, model: null, findings: wbv.findings };
  if (check.against === 'realisasi') return { kind: 'realisasi', model: rapk, findings: wbv.findings.filter((f) => f.sheet === grid.name) };
  const read = readSettings(grid);
  const m06 = importSettingsFindings(readImportSettings(grid), {});
  return { kind: 'none', model: rapk, findings: [...(read.ok ? [] : read.findings), ...m06] };
}

/**
 * What Validasi reports of the active sheet once checked: "no RAPK table" with every sheet the
 * reader stopped on and why (the same `readerStops` the CLI prints), or the model and its findings.
 */
export function activeSheetOutcome(
  v: SheetValidation | null,
  sheet: string,
): { problem: ProblemOf<'noRapk'> } | { model: RapkModel; findings: Finding[]; indicators: number } {
  if (!v?.model) return { problem: { kind: 'noRapk', sheet, stops: readerStops(v?.findings ?? []) } };
  return { model: v.model, findings: v.findings, indicators: allIndikator(v.model).length };
}

/** The active sheet's validation with every other sheet at hand (a host that holds the whole workbook). */
export function validateActiveSheet(grid: Grid, all: readonly Grid[]): SheetValidation | null {
  const check = planActiveSheet(
    grid,
    all.map((g) => g.name),
  );
  if (check.kind === 'ownSheet') return null;
  if (check.kind === 'done') return check.v;
  return finishActiveSheet(
    check,
    grid,
    all.filter((g) => check.needs.includes(g.name)),
  );
}

export function rapkFor(models: readonly RapkModel[], sheet: { name: string }, hidden?: ReadonlySet<string>): RapkModel | null {
  const year = yearOfName(sheet.name);
  const same = year === null ? [] : models.filter((m) => m.year === year);
  if (same.length > 0) return same[0]!;
  const years = new Set(models.map((m) => m.year));
  if (years.size <= 1) return models[0] ?? null;
  // a hidden last-year RAPK does not make the pairing ambiguous
  const shown = hidden ? models.filter((m) => !hidden.has(m.sheet)) : [];
  return shown.length > 0 && new Set(shown.map((m) => m.year)).size === 1 ? shown[0]! : null;
}

/** The Realisasi sheet of a RAPK model: `Realisasi <year>`, else any sheet that reads as one. */
export function findRealisasi(grids: readonly Grid[], model: RapkModel): RealisasiSheet | null {
  const wanted = realisasiSheetName(model.year).toLowerCase();
  const named = grids.find((g) => g.name.trim().toLowerCase() === wanted);
  const byName = named ? readRealisasi(named) : null;
  if (byName) return byName;
  for (const g of grids) {
    if (g.name === model.sheet) continue;
    const r = readRealisasi(g);
    if (r && rapkFor([model], r)) return r;
  }
  return null;
}

export type { WorkbookProblem } from './problems';
/** The add-in's own Ringkasan sheets, by name: the adapters read them partly or whole by it. */
export { isRingkasanName, isRingkasanOf } from './sheets/ringkasan';

/** The RAPK picked, the other years' left aside (and what both hosts say of them), its errors still there. */
type Picked = { model: RapkModel; leftAside: string[]; rapkChosen: RapkChosen | null; rapkErrors: Finding[] };

/**
 * Picks the RAPK sheet for Realisasi, Ringkasan and the SAKTI import (one home): the named one;
 * else the only RAPK year; else the only year among the visible RAPK sheets (a hidden last-year
 * RAPK left aside, named in `leftAside`); else the one RAPK whose year has a `Realisasi <year>`
 * sheet; else the choice is ambiguous.
 */
export function pickRapk(
  grids: readonly Grid[],
  onlySheet?: string,
  done?: WorkbookValidation,
): Picked | { problem: ProblemOf<'noRapk' | 'sheetNotFound' | 'ambiguousRapk'> } {
  const v = done ?? validateWorkbook(grids, onlySheet);
  if (v.problem) return { problem: v.problem };
  const models = v.sheets.map((x) => x.model);
  // the RAPK the planner works on, and its errors still there (said beside the result)
  const chosen = (m: RapkModel, leftAside: string[], by: RapkChosen['by'] = 'visible'): Picked => {
    return { model: m, leftAside, rapkChosen: rapkChosenOf(m.sheet, m.year, leftAside, by), rapkErrors: rapkErrorsOf(v, m.sheet) };
  };
  if (onlySheet !== undefined || new Set(models.map((m) => m.year)).size <= 1) return chosen(models[0]!, []);
  // the only year among the visible RAPK sheets (a hidden last-year sheet is left aside, and
  // named so the command can say so)
  const otherYears = (m: RapkModel): string[] => models.filter((x) => x.year !== m.year).map((x) => x.sheet);
  const visible = visibleModels(grids, models);
  if (visible.length > 0 && new Set(visible.map((m) => m.year)).size === 1) return chosen(visible[0]!, otherYears(visible[0]!));
  const paired = visible.filter((m) => m.year !== null && grids.some((g) => yearOfName(g.name) === m.year && readRealisasi(g)));
  if (paired.length === 1) return chosen(paired[0]!, otherYears(paired[0]!), 'realisasi');
  return { problem: { kind: 'ambiguousRapk', sheets: models.map((m) => m.sheet) } };
}

/** The RAPK models of the sheets the planner can see (all of them when every RAPK sheet is hidden). */
function visibleModels(grids: readonly Grid[], models: readonly RapkModel[]): RapkModel[] {
  const hidden = new Set(grids.filter((g) => g.hidden).map((g) => g.name));
  const shown = models.filter((m) => !hidden.has(m.sheet));
  return shown.length > 0 ? shown : [...models];
}

/** Realisasi: the plan that creates or refreshes the Realisasi sheet of the RAPK. */
export function realisasiForWorkbook(
  grids: readonly Grid[],
  opts: { sheet?: string; lang?: Lang; validation?: WorkbookValidation } = {},
):
  | {
      plan: SheetPlan;
      model: RapkModel;
      existing: RealisasiSheet | null;
      refresh: RealisasiRefresh | null;
      leftAside: string[];
      rapkChosen: RapkChosen | null;
      /** the RAPK's errors still there (computed over, and said) */
      rapkErrors: Finding[];
      /** the sheet's rows (one per indicator) and, of an existing sheet, the rows with something typed (kept) */
      rows: number;
      typed: number;
      /** an existing sheet already says what the RAPK says: the refresh has no cell and no list to write */
      upToDate: boolean;
    }
  | { problem: WorkbookProblem } {
  const picked = pickRapk(grids, opts.sheet, opts.validation);
  if ('problem' in picked) return picked;
  const existing = findRealisasi(grids, picked.model);
  const grid = existing ? grids.find((g) => g.name === existing.name) : undefined;
  // an existing sheet is refreshed in place (the planner's columns, formulas and notes stay)
  const refresh = existing && grid ? planRealisasiRefresh(picked.model, grid, existing) : null;
  return {
    plan: planRealisasi(picked.model, existing, opts.lang ?? 'id'),
    model: picked.model,
    existing,
    refresh,
    leftAside: picked.leftAside,
    rapkChosen: picked.rapkChosen,
    rapkErrors: picked.rapkErrors,
    rows: allIndikator(picked.model).length,
    typed: existing ? typedRows(existing) : 0,
    upToDate: refresh !== null && refresh.cells.length === 0 && refresh.validations.length === 0,
  };
}

/** Ringkasan TW: the summary and its sheet plan. */
export function summaryForWorkbook(
  grids: readonly Grid[],
  tw: Tw,
  opts: { sheet?: string; lang?: Lang; validation?: WorkbookValidation; date?: Date | null } = {},
):
  | {
      summary: Summary;
      plan: SheetPlan;
      realisasi: RealisasiSheet;
      replaced: boolean;
      kept: number;
      leftAside: string[];
      rapkChosen: RapkChosen | null;
      rapkSheet: string;
      rapkErrors: Finding[];
    }
  | { problem: WorkbookProblem } {
  const r = summaryOfWorkbook(grids, tw, opts);
  if ('problem' in r) return r;
  // the signer comes from the settings sheet (already known valid: summaryOfWorkbook read it)
  const signer = readSigner(findSettingsGrid(grids));
  const fresh = planRingkasan(r.summary, opts.lang ?? 'id', { signer, date: opts.date ?? null });
  // a re-run replaces the add-in's own sheet and carries over what the planner added to it
  const old = grids.find((g) => g.name.trim().toLowerCase() === fresh.name.toLowerCase()) ?? null;
  const { plan, kept } = withPlannerCells(fresh, old);
  return { ...r, plan, replaced: old !== null, kept };
}

/** The Ringkasan's summary without its sheet plan (the Rekap keeps only numbers of it). */
export function summaryOfWorkbook(
  grids: readonly Grid[],
  tw: Tw,
  opts: { sheet?: string; validation?: WorkbookValidation } = {},
): ({ summary: Summary; realisasi: RealisasiSheet; rapkSheet: string } & Omit<Picked, 'model'>) | { problem: WorkbookProblem } {
  const picked = pickRapk(grids, opts.sheet, opts.validation);
  if ('problem' in picked) return picked;
  const realisasi = findRealisasi(grids, picked.model);
  if (!realisasi) return { problem: { kind: 'noRealisasi' } };
  const settings = settingsForWorkbook(grids);
  if (!settings.ok) return { problem: { kind: 'invalidSettings', sheet: findSettingsGrid(grids)!.name, findings: settings.findings } };
  return {
    summary: summarize(picked.model, realisasi, tw, settings.settings),
    realisasi,
    leftAside: picked.leftAside,
    rapkChosen: picked.rapkChosen,
    rapkSheet: picked.model.sheet,
    rapkErrors: picked.rapkErrors,
  };
}

/** `Pengaturan RAPK`: the plan of a new settings sheet (one Bobot row per indicator of the RAPK, when there is one). */
export function settingsPlanForWorkbook(
  grids: readonly Grid[],
  opts: { preset?: PresetName; lang?: Lang } = {},
): { plan: SheetPlan; exists: boolean; existing: string | null } {
  const v = validateWorkbook(grids);
  // the RAPK the Realisasi/Ringkasan commands pick; when that choice is ambiguous, the first
  const picked = v.problem ? null : pickRapk(grids, undefined, v);
  const model = picked && 'model' in picked ? picked.model : (v.sheets[0]?.model ?? null);
  const existing = findSettingsGrid(grids)?.name ?? null;
  return { plan: planSettings(model, opts.preset ?? 'spec', opts.lang ?? 'id'), exists: existing !== null, existing };
}
