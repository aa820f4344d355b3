/**
 * A sheet plan into a new exceljs workbook (the sample workbook, made from nothing). Copies of
 * a planner's workbook are written by the part-level writer (`src/xlsx/writer.ts`, ADR 006).
 */
import ExcelJS from 'exceljs';
import type { SheetPlan } from '../core/sheets/plan';
import { argb } from './xlsx';
import { setSheetOrder } from '../xlsx/internals';

const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** Replaces (or creates) the plan's sheet, at the same position when it existed. */
export function writeSheetPlan(wb: ExcelJS.Workbook, plan: SheetPlan, replaceName: string = plan.name): ExcelJS.Worksheet {
  const old = wb.getWorksheet(replaceName) ?? wb.getWorksheet(plan.name);
  let position: number | undefined;
  if (old) {
    position = wb.worksheets.indexOf(old);
    wb.removeWorksheet(old.id);
  }
  const ws = wb.addWorksheet(plan.name, {
    views: plan.freeze ? [{ state: 'frozen', ySplit: plan.freeze.rows, xSplit: plan.freeze.cols }] : [],
    pageSetup: plan.print
      ? {
          orientation: plan.print.orientation,
          paperSize: 9,
          fitToPage: plan.print.fitToWidth,
          fitToWidth: 1,
          fitToHeight: 0,
          ...(plan.print.titleRows ? { printTitlesRow: `${plan.print.titleRows.from + 1}:${plan.print.titleRows.to + 1}` } : {}),
        }
      : {},
  });
  if (position !== undefined) {
    const sheets = wb.worksheets.filter((w) => w !== ws);
    sheets.splice(position, 0, ws);
    sheets.forEach((w, i) => setSheetOrder(w, i));
  }
  plan.widths.forEach((w, c) => (ws.getColumn(c + 1).width = w));
  for (const m of plan.merges) ws.mergeCells(m.r1 + 1, m.c1 + 1, m.r2 + 1, m.c2 + 1);
  for (const pc of plan.cells) {
    const cell = ws.getCell(pc.r + 1, pc.c + 1);
    // strings are written as strings: exceljs never turns "=..." text into a formula
    cell.value = pc.value;
    if (pc.format) cell.numFmt = pc.format;
    if (pc.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(pc.fill) } };
    if (pc.bold || pc.font) cell.font = { ...(pc.bold ? { bold: true } : {}), ...(pc.font ? { color: { argb: argb(pc.font) } } : {}) };
    if (pc.wrap || pc.align)
      cell.alignment = { ...(pc.wrap ? { wrapText: true } : {}), ...(pc.align ? { horizontal: pc.align } : {}), vertical: 'top' };
    if (pc.border) cell.border = BORDER;
  }
  for (const v of plan.validations ?? []) {
    for (let r = v.range.r1; r <= v.range.r2; r++) {
      for (let c = v.range.c1; c <= v.range.c2; c++) {
        ws.getCell(r + 1, c + 1).dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [`"${v.list.join(',')}"`],
          showErrorMessage: true,
        };
      }
    }
  }
  for (const r of plan.pageBreaks ?? []) ws.getRow(r + 1).addPageBreak();
  for (const n of plan.notes ?? []) ws.getCell(n.r + 1, n.c + 1).note = n.text;
  return ws;
}

/** Writes the workbook; a plan with charts gets them added as DrawingML parts (ADR 012). */
export async function saveWorkbook(wb: ExcelJS.Workbook, out: string): Promise<void> {
  await wb.xlsx.writeFile(out);
}
