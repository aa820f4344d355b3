/**
 * A plan's print setup and row heights queued on a worksheet (ExcelApi 1.9: page layout,
 * headers and footers, print area, page breaks): orientation, paper, fit to one page wide,
 * print titles, margins, the centre footer, the print area, manual breaks, and the heights of
 * rows whose wrapped text needs more than a line (`setRowProperties`, one call per 10,000 rows).
 */
import type { SheetPlan } from '../core/sheets/plan';
import { BYTES_PER_EMPTY_CELL, BYTES_PER_FILLED_CELL, BYTES_PER_RANGE_OP, type Budget, CELLS_PER_PROPERTIES_CALL } from './batch';
import { a1, rangeA1 } from '../core/grid/grid';

export async function queuePrint(ws: Excel.Worksheet, plan: SheetPlan, budget: Budget): Promise<void> {
  // row heights: one setRowProperties per block of rows (a height for the rows that need one, {} for the others)
  const heights = new Map((plan.heights ?? []).map((h) => [h.r, h.pt]));
  if (heights.size) {
    const top = Math.min(...heights.keys());
    const end = Math.max(...heights.keys()) + 1;
    for (let from = top; from < end; from += CELLS_PER_PROPERTIES_CALL) {
      const n = Math.min(CELLS_PER_PROPERTIES_CALL, end - from);
      const props: Excel.SettableRowProperties[] = [];
      let set = 0;
      for (let r = from; r < from + n; r++) {
        const pt = heights.get(r);
        if (pt !== undefined) set++;
        props.push(pt !== undefined ? { format: { rowHeight: pt } } : {});
      }
      await budget.take(BYTES_PER_RANGE_OP + n * BYTES_PER_EMPTY_CELL + set * BYTES_PER_FILLED_CELL);
      ws.getRangeByIndexes(from, 0, n, 1).setRowProperties(props);
    }
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
    const pt = (inches: number): number => Math.round(inches * 7200) / 100;
    layout.leftMargin = pt(p.margins.left);
    layout.rightMargin = pt(p.margins.right);
    layout.topMargin = pt(p.margins.top);
    layout.bottomMargin = pt(p.margins.bottom);
    layout.headerMargin = pt(p.margins.header);
    layout.footerMargin = pt(p.margins.footer);
  }
  if (p.footer) layout.headersFooters.defaultForAllPages.centerFooter = p.footer;
  if (p.area) layout.setPrintArea(rangeA1(p.area));
  budget.add(BYTES_PER_RANGE_OP * 2);
  for (const r of plan.pageBreaks ?? []) {
    // a break is added above the given cell: after row r is above row r + 1
    await budget.take(BYTES_PER_RANGE_OP);
    ws.horizontalPageBreaks.add(a1({ r: r + 1, c: 0 }));
  }
}
