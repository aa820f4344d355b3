/**
 * The CLI's xlsx adapter (exceljs): workbook files ↔ grids, and sheet plans/marks → cells.
 * No logic lives here beyond translating between exceljs and the core's shapes.
 */
import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import type { CellRange, CellValue, Grid } from '../core/grid';
import { parseA1 } from '../core/grid';

export class UnusableFileError extends Error {
  constructor(
    readonly reason: 'missing' | 'empty' | 'encrypted' | 'notXlsx' | 'corrupt' | 'tooLarge' | 'tooManySheets',
    readonly detail = '',
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.name = 'UnusableFileError';
  }
}

/** Limits that protect a central office machine from a hostile or broken file. */
export const LIMITS = {
  maxFileBytes: 200 * 1024 * 1024,
  maxSheets: 500,
};

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  let buf: Buffer;
  try {
    const st = await fs.stat(file);
    if (!st.isFile()) throw new UnusableFileError('missing', file);
    if (st.size === 0) throw new UnusableFileError('empty');
    if (st.size > LIMITS.maxFileBytes) throw new UnusableFileError('tooLarge', String(st.size));
    buf = await fs.readFile(file);
  } catch (e) {
    if (e instanceof UnusableFileError) throw e;
    throw new UnusableFileError('missing', file);
  }
  // Encrypted (password-protected) OOXML files and old .xls are OLE compound files.
  if (buf.length >= 8 && buf.readUInt32BE(0) === 0xd0cf11e0) throw new UnusableFileError('encrypted');
  if (buf.length < 4 || buf.readUInt32BE(0) !== 0x504b0304) throw new UnusableFileError('notXlsx');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    throw new UnusableFileError('corrupt', e instanceof Error ? e.message : String(e));
  }
  if (wb.worksheets.length > LIMITS.maxSheets) throw new UnusableFileError('tooManySheets', String(wb.worksheets.length));
  return wb;
}

function cellValue(cell: ExcelJS.Cell): CellValue {
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  const v = cell.value as unknown;
  return plain(v);
}

function plain(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o['richText'])) return (o['richText'] as { text?: string }[]).map((t) => t.text ?? '').join('');
    if ('result' in o) return plain(o['result']);
    if ('formula' in o || 'sharedFormula' in o) return null;
    if (typeof o['text'] === 'string') return o['text'] as string;
    if ('error' in o) return String(o['error']);
  }
  return null;
}

/** A worksheet as the core's grid: values from A1, merges, number formats. */
export function sheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  const rowCount = ws.actualRowCount ? ws.rowCount : 0;
  for (let r = 1; r <= rowCount; r++) {
    const row = ws.getRow(r);
    const vals: CellValue[] = [];
    const fmts: (string | null)[] = [];
    if (row.hasValues) {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        vals[c - 1] = cellValue(cell);
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
  const model = ws.model as unknown as { merges?: string[] };
  for (const m of model.merges ?? []) {
    const [a, b] = m.split(':');
    const p = a ? parseA1(a) : null;
    const q = b ? parseA1(b) : p;
    if (p && q) merges.push({ r1: p.r, c1: p.c, r2: q.r, c2: q.c });
  }
  return { name: ws.name, values, merges, formats };
}

export function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** Text written into a cell: never a formula (exceljs writes strings as strings). */
export function noteText(cell: ExcelJS.Cell): string {
  const n = cell.note as unknown;
  if (!n) return '';
  if (typeof n === 'string') return n;
  const texts = (n as { texts?: { text?: string }[] }).texts;
  return Array.isArray(texts) ? texts.map((t) => t.text ?? '').join('') : '';
}
