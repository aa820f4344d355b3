/**
 * A plan's print setup and row heights queued on a worksheet (ExcelApi 1.9: page layout,
 * headers and footers, print area, page breaks): orientation, paper, fit to one page wide,
 * print titles, margins, the centre footer, the print area, manual breaks, and the heights of
 * rows whose wrapped text needs more than a line (runs of rows of one height in one call).
 */
import type { SheetPlan } from '../core/sheets/plan';
import { BYTES_PER_RANGE_OP, type Budget, a1, rangeA1 } from './batch';

export async function queuePrint(ws: Excel.Worksheet, plan: SheetPlan, budget: Budget): Promise<void> {
  const heights = [...(plan.heights ?? [])].sort((a, b) => a.r - b.r);
  for (let i = 0; i < heights.length; ) {
    let j = i;
    while (j + 1 < heights.length && heights[j + 1]!.r === heights[j]!.r + 1 && heights[j + 1]!.pt === heights[i]!.pt) j++;
    await budget.take(BYTES_PER_RANGE_OP);
    ws.getRangeByIndexes(heights[i]!.r, 0, j - i + 1, 1).format.rowHeight = heights[i]!.pt;
    i = j + 1;
  }
  const p = plan.print;
  if (!p) return;
  const layout = ws.pageLayout;
  layout.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.paperSize = 'A4';
  if (p.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (p.titleRows) layout.setPrintTitleRows(`$${p.titleRows.from + 1}:$${p.titleRows.to + 1}`);
  if (p.margins) {
    // office-js takes points; the plan keeps inches as the file format does
    layout.leftMargin = p.margins.left * 72;
    layout.rightMargin = p.margins.right * 72;
    layout.topMargin = p.margins.top * 72;
    layout.bottomMargin = p.margins.bottom * 72;
    layout.headerMargin = p.margins.header * 72;
    layout.footerMargin = p.margins.footer * 72;
  }
  if (p.footer) layout.headersFooters.defaultForAllPages.centerFooter = p.footer;
  if (p.area) layout.setPrintArea(rangeA1(p.area));
  budget.add(BYTES_PER_RANGE_OP * 2);
  for (const r of plan.pageBreaks ?? []) {
    // a break is added above the given cell: after row r is above row r + 1
    await budget.take(BYTES_PER_RANGE_OP);
    ws.horizontalPageBreaks.add(a1(r + 1, 0));
  }
}
