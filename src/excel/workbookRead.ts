/**
 * Reading the whole workbook for the commands that write a sheet (Realisasi, Ringkasan,
 * Pengaturan RAPK): every sheet's grid, positions, ids and protection.
 */
import type { Grid } from '../core/grid/grid';
import type { WorkbookProblem } from '../core/problems';
import { isRingkasanName } from '../core/workbook';
import { GatewayError } from '../gateway/contract';
import { type ReadLimits, SheetReader } from './read';

export interface WorkbookRead {
  grids: Grid[];
  active: string;
  positions: Map<string, number>;
  ids: Map<string, string>;
  protectedSheets: Set<string>;
  /** the workbook's structure is protected: no sheet can be added, deleted or renamed */
  structureProtected: boolean;
}

/** The pane's error for a workbook problem (the core's problem, as it is). */
export function problemError(p: WorkbookProblem): GatewayError {
  return new GatewayError(p);
}

/**
 * sync 1: the sheets' names and ids and the active sheet's values; then every other sheet
 * (one sync on the desktop; on the web as many as the 5 MB responses need).
 */
export async function readWorkbook(
  ctx: Excel.RequestContext,
  limits: ReadLimits,
  /** add-in sheets to read whole (the Ringkasan being replaced: the planner's cells on it are kept) */
  full: (name: string) => boolean = () => false,
): Promise<WorkbookRead> {
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
    ...sheets.items
      .filter((s) => s.name !== active.name)
      .map((s) => reader.add(sheets.getItem(s.name), s.name, isRingkasanName(s.name) && !full(s.name))),
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
