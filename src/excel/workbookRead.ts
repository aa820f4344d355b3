/**
 * Reading the whole workbook for the commands that write a sheet (Realisasi, Ringkasan,
 * Pengaturan RAPK): every sheet's grid, positions, ids and protection.
 */
import type { Grid } from '../core/grid/grid';
import type { Finding } from '../core/rules/findings';
import type { WorkbookProblem, WorkbookValidation } from '../core/workbook';
import { noRapkParams, readerStops } from '../core/rules/readerStops';
import { GatewayError } from '../gateway/contract';
import { type ReadLimits, SheetReader } from './read';

/** The add-in's own Ringkasan sheets: only their title rows are read (they are only replaced). */
export const isRingkasanName = (name: string): boolean => /^\s*ringkasan\b/i.test(name);

export interface WorkbookRead {
  grids: Grid[];
  active: string;
  positions: Map<string, number>;
  ids: Map<string, string>;
  protectedSheets: Set<string>;
  /** the workbook's structure is protected: no sheet can be added, deleted or renamed */
  structureProtected: boolean;
}

/**
 * "No RAPK table" (on `sheet`, or in the workbook), with the first sheet the reader stopped on
 * and why, from the validation's findings (the same `readerStops` the CLI prints).
 */
export function noRapkError(findings: readonly Finding[], sheet?: string): GatewayError {
  return new GatewayError('noRapk', noRapkParams(readerStops(findings), sheet));
}

/** The pane's error for a workbook problem; `v`: the validation the problem came from. */
export function problemError(p: WorkbookProblem, v: WorkbookValidation): GatewayError {
  if (p.kind === 'noRealisasi') return new GatewayError('noRealisasi');
  // invalid methodology settings: nothing is scored or written (Validasi on that sheet marks them)
  if (p.kind === 'invalidSettings') return new GatewayError('invalidSettings', { sheet: p.sheet, count: p.findings.length });
  if (p.kind === 'ambiguousRapk') return new GatewayError('ambiguousRapk', { names: p.names.join('\n') }); // one name a line; the pane quotes them
  return noRapkError(v.findings);
}

/**
 * sync 1: the sheets' names and ids and the active sheet's values; then every other sheet
 * (one sync on the desktop; on the web as many as the 5 MB responses need).
 */
export async function readWorkbook(ctx: Excel.RequestContext, limits: ReadLimits): Promise<WorkbookRead> {
  const sheets = ctx.workbook.worksheets;
  const active = sheets.getActiveWorksheet();
  const reader = new SheetReader(ctx, limits);
  const first = reader.add(active, '');
  const structure = ctx.workbook.protection;
  await reader.sync(() => {
    sheets.load('items/name,items/position,items/id');
    active.load('name');
    structure.load('protected');
  });
  first.name = active.name;
  const reads = [
    first,
    ...sheets.items.filter((s) => s.name !== active.name).map((s) => reader.add(sheets.getItem(s.name), s.name, isRingkasanName(s.name))),
  ];
  await reader.finish();
  return {
    // the active sheet first, so the RAPK the planner is looking at is the one used
    grids: reads.map((r) => ({ ...r.grid!, name: r.name, ...(r === first ? { active: true } : {}) })),
    active: active.name,
    positions: new Map(sheets.items.map((s) => [s.name, s.position])),
    ids: new Map(sheets.items.map((s) => [s.name, s.id])),
    protectedSheets: new Set(reads.filter((r) => r.isProtected).map((r) => r.name)),
    structureProtected: structure.protected,
  };
}
