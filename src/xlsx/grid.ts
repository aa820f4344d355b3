/** exceljs worksheets → the core's grid. Pure (no file system), shared by the CLI and the harness. */
import type ExcelJS from 'exceljs';
import type { CellRange, CellValue, Grid, Ref } from '../core/grid/grid';
import { parseA1 } from '../core/grid/grid';
import { serialOfDate } from '../core/grid/formats';
import { sheetMerges } from './internals';

/** A formula cell that has no stored result (not read as 0: the reader reports it, S05). */
const NO_RESULT = Symbol('no result');

function cellValue(cell: ExcelJS.Cell): CellValue | typeof NO_RESULT {
  // a merged area's value lives in its top-left cell only (as in Excel)
  if (cell.isMerged && cell.master && cell.master.address !== cell.address) return null;
  const v = cell.value as unknown;
  return plain(v);
}

/**
 * The value as Excel's `range.values` gives it to the add-in: numbers raw, dates as serial
 * numbers, errors as `#N/A`-style strings, formulas as their cached results.
 */
function plain(v: unknown): CellValue | typeof NO_RESULT {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  // an unreadable date (a date-formatted formula returning `-` or `#N/A`) is not a crash
  if (v instanceof Date) return serialOfDate(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o['richText'])) return (o['richText'] as { text?: string }[]).map((t) => t.text ?? '').join('');
    if ('result' in o && o['result'] !== undefined) return plain(o['result']);
    if ('formula' in o || 'sharedFormula' in o) return NO_RESULT;
    if (typeof o['text'] === 'string') return o['text'] as string;
    if ('error' in o) return String(o['error']);
  }
  return null;
}

/** A worksheet as the core's grid: values from A1, merges, number formats. */
export function sheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  const noResult: Ref[] = [];
  const rowCount = ws.actualRowCount ? ws.rowCount : 0;
  for (let r = 1; r <= rowCount; r++) {
    const row = ws.getRow(r);
    const vals: CellValue[] = [];
    const fmts: (string | null)[] = [];
    if (row.hasValues) {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const v = cellValue(cell);
        if (v === NO_RESULT) noResult.push({ r: r - 1, c: c - 1 });
        vals[c - 1] = v === NO_RESULT ? null : v;
        fmts[c - 1] = cell.numFmt ?? null;
      });
    }
    for (let c = 0; c < vals.length; c++) {
      if (vals[c] === undefined) vals[c] = null;
      if (fmts[c] === undefined) fmts[c] = null;
    }
    values.push(vals);
    formats.push(fmts);
  }
  const merges: CellRange[] = [];
  for (const m of sheetMerges(ws)) {
    const [a, b] = m.split(':');
    const p = a ? parseA1(a) : null;
    const q = b ? parseA1(b) : p;
    if (p && q) merges.push({ r1: p.r, c1: p.c, r2: q.r, c2: q.c });
  }
  // what the planner sees: hidden columns, a hidden sheet, the sheet open when the file was saved
  const hiddenCols: number[] = [];
  const width = values.reduce((w, row) => Math.max(w, row.length), 0);
  for (let c = 1; c <= width; c++) if (ws.getColumn(c).hidden) hiddenCols.push(c - 1);
  const views = (ws.workbook as { views?: { activeTab?: number }[] } | undefined)?.views;
  const activeTab = views?.[0]?.activeTab ?? 0;
  const order = ws.workbook ? ws.workbook.worksheets.indexOf(ws) : -1;
  return {
    name: ws.name,
    values,
    merges,
    formats,
    ...(noResult.length ? { noResult } : {}),
    ...(hiddenCols.length ? { hiddenCols } : {}),
    ...(ws.state && ws.state !== 'visible' ? { hidden: true } : {}),
    ...(order >= 0 && order === activeTab ? { active: true } : {}),
  };
}
