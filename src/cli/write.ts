/** Applies the core's plans (marks, sheet plans) to an exceljs workbook. */
import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { addChartParts } from '../xlsx/chartParts';
import type { MarksPlan } from '../core/marks';
import { NOTE_PREFIX } from '../core/marks';
import type { SheetPlan } from '../core/sheetPlan';
import { argb, noteText } from './xlsx';

/** Strips the add-in's earlier notes from a note, keeping the user's own text. */
export function userPart(note: string): string {
  return note
    .split('\n')
    .filter((l) => !l.startsWith(`${NOTE_PREFIX} `))
    .join('\n')
    .trim();
}

export function applyMarks(ws: ExcelJS.Worksheet, plan: MarksPlan): number {
  for (const m of plan.marks) {
    const cell = ws.getCell(m.address);
    // exceljs shares one style object between cells read with the same style: copy it first
    cell.style = { ...cell.style };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(m.fill) } };
    const own = userPart(noteText(cell));
    cell.note = own ? `${own}\n\n${m.note}` : m.note;
  }
  return plan.marks.length;
}

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
    // exceljs keeps sheet order in orderNo
    const sheets = wb.worksheets.filter((w) => w !== ws);
    sheets.splice(position, 0, ws);
    sheets.forEach((w, i) => ((w as unknown as { orderNo: number }).orderNo = i));
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
export async function saveWorkbook(
  wb: ExcelJS.Workbook,
  out: string,
  withCharts?: SheetPlan,
  axisTitles?: { x: string; y: string },
): Promise<void> {
  if (!withCharts?.charts?.length) {
    await wb.xlsx.writeFile(out);
    return;
  }
  const buf = await wb.xlsx.writeBuffer();
  const zip = await JSZip.loadAsync(buf as ArrayBuffer);
  await addChartParts(zip, withCharts, axisTitles);
  await fs.writeFile(out, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}
