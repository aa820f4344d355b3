/** Validasi over a whole workbook (the CLI checks all sheets, or one with --sheet). */
import type { Grid } from './grid';
import { type Finding, finding } from './findings';
import type { RapkModel } from './model';
import type { SheetKind } from './reader/readRapk';
import { validateSheet } from './validate';
import { type RealisasiSheet, checkRealisasi, planRealisasi, readRealisasi, realisasiSheetName } from './realisasi';
import type { SheetPlan } from './sheetPlan';
import { type RealisasiRefresh, planRealisasiRefresh } from './realisasiRefresh';
import { type Summary, planRingkasan, summarize } from './summary';
import type { Tw } from './measure';
import { checkPk, readPk } from './pk';
import { type PresetName, findSettingsGrid, isSettingsSheetName, planSettings, readSettings, settingsForWorkbook } from './settings';

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
    return out;
  }
  // the Realisasi sheets are checked against the RAPK of their year (R01–R03)
  for (const sk of out.skipped) {
    if (sk.kind !== 'realisasi') continue;
    const sheet = readRealisasi(selected.find((g) => g.name === sk.name)!);
    const model = sheet
      ? rapkFor(
          out.sheets.map((x) => x.model),
          sheet,
        )
      : null;
    if (sheet && model) out.findings.push(...checkRealisasi(model, sheet));
  }
  // the settings sheet (M01–M05) and a Perjanjian Kinerja sheet (P01/P02)
  const models = out.sheets.map((x) => x.model);
  for (const sk of out.skipped) {
    if (sk.kind !== 'none') continue;
    const g = selected.find((x) => x.name === sk.name)!;
    if (isSettingsSheetName(g.name)) {
      const r = readSettings(g);
      if (!r.ok) out.findings.push(...r.findings);
      continue;
    }
    const pk = readPk(g);
    const model = pk ? rapkForName(models, pk.name) : null;
    if (pk && model) out.findings.push(...checkPk(model, pk));
  }
  if (onlySheet === undefined) return out;
  // with --sheet: a PK sheet elsewhere in the workbook still checks the chosen RAPK
  for (const g of grids) {
    if (selected.includes(g) || isSettingsSheetName(g.name)) continue;
    if (validateSheet(g).kind !== 'none') continue;
    const pk = readPk(g);
    const model = pk ? rapkForName(models, pk.name) : null;
    if (pk && model) out.findings.push(...checkPk(model, pk).filter((f) => f.sheet === model.sheet));
  }
  return out;
}

function rapkForName(models: RapkModel[], name: string): RapkModel | null {
  const year = /\b(20\d\d)\b/.exec(name)?.[1];
  return models.find((m) => year && String(m.year) === year) ?? models[0] ?? null;
}

/** The RAPK model a Realisasi sheet belongs to: same year in its name, else the first. */
function rapkFor(models: RapkModel[], sheet: RealisasiSheet): RapkModel | null {
  const year = /\b(20\d\d)\b/.exec(sheet.name)?.[1];
  return models.find((m) => year && String(m.year) === year) ?? models[0] ?? null;
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

export type WorkbookProblem =
  | NonNullable<WorkbookValidation['problem']>
  | { kind: 'noRealisasi' }
  /** the `Pengaturan RAPK` sheet has findings: nothing is scored */
  | { kind: 'invalidSettings'; sheet: string; findings: Finding[] };

/** Picks the RAPK sheet for Realisasi/Ringkasan: the named one, else the first RAPK sheet. */
function pickRapk(
  grids: readonly Grid[],
  onlySheet?: string,
  done?: WorkbookValidation,
): { model: RapkModel } | { problem: WorkbookProblem } {
  const v = done ?? validateWorkbook(grids, onlySheet);
  if (v.problem) return { problem: v.problem };
  return { model: v.sheets[0]!.model };
}

/** Realisasi: the plan that creates or refreshes the Realisasi sheet of the RAPK. */
export function realisasiForWorkbook(
  grids: readonly Grid[],
  opts: { sheet?: string; lang?: 'id' | 'en'; validation?: WorkbookValidation } = {},
): { plan: SheetPlan; model: RapkModel; existing: RealisasiSheet | null; refresh: RealisasiRefresh | null } | { problem: WorkbookProblem } {
  const picked = pickRapk(grids, opts.sheet, opts.validation);
  if ('problem' in picked) return picked;
  const existing = findRealisasi(grids, picked.model);
  const grid = existing ? grids.find((g) => g.name === existing.name) : undefined;
  // an existing sheet is refreshed in place (the planner's columns, formulas and notes stay)
  const refresh = existing && grid ? planRealisasiRefresh(picked.model, grid, existing) : null;
  return { plan: planRealisasi(picked.model, existing, opts.lang ?? 'id'), model: picked.model, existing, refresh };
}

/** Ringkasan TW: the summary and its sheet plan. */
export function summaryForWorkbook(
  grids: readonly Grid[],
  tw: Tw,
  opts: { sheet?: string; lang?: 'id' | 'en'; validation?: WorkbookValidation } = {},
): { summary: Summary; plan: SheetPlan; realisasi: RealisasiSheet } | { problem: WorkbookProblem } {
  const picked = pickRapk(grids, opts.sheet, opts.validation);
  if ('problem' in picked) return picked;
  const realisasi = findRealisasi(grids, picked.model);
  if (!realisasi) return { problem: { kind: 'noRealisasi' } };
  const settings = settingsForWorkbook(grids);
  if (!settings.ok) return { problem: { kind: 'invalidSettings', sheet: findSettingsGrid(grids)!.name, findings: settings.findings } };
  const summary = summarize(picked.model, realisasi, tw, settings.settings);
  return { summary, plan: planRingkasan(summary, opts.lang ?? 'id'), realisasi };
}

/** `Pengaturan RAPK`: the plan of a new settings sheet (one Bobot row per indicator of the RAPK, when there is one). */
export function settingsPlanForWorkbook(
  grids: readonly Grid[],
  opts: { preset?: PresetName; lang?: 'id' | 'en' } = {},
): { plan: SheetPlan; exists: boolean } {
  const v = validateWorkbook(grids);
  const model = v.sheets[0]?.model ?? null;
  return { plan: planSettings(model, opts.preset ?? 'spec', opts.lang ?? 'id'), exists: findSettingsGrid(grids) !== null };
}
