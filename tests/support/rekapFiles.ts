/** Unit workbooks for the Rekap tests written as .xlsx files (exceljs: not for jsdom tests). */
import ExcelJS from 'exceljs';
import type { CellValue, Grid } from '../../src/core/grid/grid';
import type { SheetPlan } from '../../src/core/sheets/plan';
import { writeSheetPlan } from '../../src/cli/write';
import { type UnitDef, unitGrids } from './rekap';

export function gridPlan(g: Grid): SheetPlan {
  const cells: SheetPlan['cells'] = [];
  g.values.forEach((row, r) => row.forEach((v: CellValue, c) => v !== null && v !== undefined && cells.push({ r, c, value: v })));
  return {
    name: g.name,
    rows: g.values.length,
    cols: Math.max(0, ...g.values.map((r) => r.length)),
    cells,
    merges: [...(g.merges ?? [])],
    widths: [],
  };
}

export async function writeGrids(grids: Grid[], file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const g of grids) writeSheetPlan(wb, gridPlan(g));
  await wb.xlsx.writeFile(file);
}

export async function writeUnit(d: UnitDef, file: string): Promise<void> {
  await writeGrids(unitGrids(d), file);
}
