/** The harness's .xlsx I/O in the browser (exceljs, loaded on demand): file → simulator → file. */
import type ExcelJSType from 'exceljs';
import { sheetToGrid } from '../xlsx/grid';
import { ExcelSimulator } from '../sim/excelSim';
import { loadGrid } from '../sim/load';
import { colName } from '../core/grid';

type ExcelJSModule = typeof ExcelJSType;

async function exceljs(): Promise<ExcelJSModule> {
  const mod = (await import(/* webpackChunkName: "exceljs" */ 'exceljs/dist/exceljs.min.js')) as unknown as {
    default?: ExcelJSModule;
  } & ExcelJSModule;
  return mod.default ?? mod;
}

export async function simFromFile(buf: ArrayBuffer): Promise<ExcelSimulator> {
  const ExcelJS = await exceljs();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf);
  const sim = new ExcelSimulator();
  for (const ws of wb.worksheets) {
    const s = loadGrid(sim, sheetToGrid(ws));
    // keep the workbook's own fills, notes and protection, so Hapus tanda can be seen restoring them
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        const fill = cell.fill as { type?: string; pattern?: string; fgColor?: { argb?: string } } | undefined;
        if (fill?.type === 'pattern' && fill.pattern === 'solid' && fill.fgColor?.argb) {
          sim.store.cellW(s, r - 1, c - 1).fill = { color: `#${fill.fgColor.argb.slice(-6).toUpperCase()}`, pattern: 'Solid' };
        }
        const note = cell.note as unknown;
        const text =
          typeof note === 'string' ? note : (note as { texts?: { text?: string }[] } | undefined)?.texts?.map((t) => t.text ?? '').join('');
        if (text) s.notes.set(`${colName(c - 1)}${r}`, text);
      }),
    );
    s.protected = !!(ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet;
    // frozen panes, so the harness grid shows them as Excel would
    const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
    if (view?.state === 'frozen') {
      s.freezeRows = view.ySplit ?? 0;
      s.freezeCols = view.xSplit ?? 0;
    }
  }
  return sim;
}

export async function fileFromSim(sim: ExcelSimulator): Promise<Blob> {
  const ExcelJS = await exceljs();
  const wb = new ExcelJS.Workbook();
  for (const s of sim.store.sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const [k, cell] of s.cells) {
      const [r, c] = k.split(',').map(Number) as [number, number];
      const x = ws.getCell(r + 1, c + 1);
      if (cell.formula) x.value = { formula: cell.formula.replace(/^=/, '') } as ExcelJSType.CellFormulaValue;
      else if (cell.value !== null) x.value = cell.value as ExcelJSType.CellValue;
      if (cell.numberFormat) x.numFmt = cell.numberFormat;
      if (cell.fill) x.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${cell.fill.color.replace('#', '')}` } };
      if (cell.bold || cell.fontColor)
        x.font = {
          ...(cell.bold ? { bold: true } : {}),
          ...(cell.fontColor ? { color: { argb: `FF${cell.fontColor.replace('#', '')}` } } : {}),
        };
      if (cell.wrap) x.alignment = { wrapText: true, vertical: 'top' };
    }
    for (const [a, text] of s.notes) ws.getCell(a).note = text;
    for (const m of s.merges) {
      try {
        ws.mergeCells(m.r1 + 1, m.c1 + 1, m.r2 + 1, m.c2 + 1);
      } catch {
        /* overlapping merges from a damaged file are skipped */
      }
    }
    for (const [c, w] of s.colWidths) ws.getColumn(c + 1).width = Math.round(w / 6);
    if (s.freezeRows || s.freezeCols) ws.views = [{ state: 'frozen', ySplit: s.freezeRows, xSplit: s.freezeCols }];
  }
  const buf = await wb.xlsx.writeBuffer();
  return new Blob([buf], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
