/**
 * The CLI's xlsx adapter (exceljs): workbook files ↔ grids, and sheet plans/marks → cells.
 * No logic lives here beyond translating between exceljs and the core's shapes.
 */
import { promises as fs } from 'fs';
import type ExcelJS from 'exceljs';
import { Workbook } from './exceljs';
import JSZip from 'jszip';
export { sheetToGrid } from '../xlsx/grid';
import { restoreTextResults } from './rawResults';
import type { UnusableReason } from '../core/workbook';
import { installFastMerges } from './fastMerges';
import { uncompressedSize } from '../xlsx/internals';

export class UnusableFileError extends Error {
  constructor(
    readonly reason: UnusableReason,
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
  /** what the file may inflate to: a small file with gigabytes of shared strings is refused */
  maxUncompressedBytes: 1024 * 1024 * 1024,
};

/** Reads the zip's directory (nothing is inflated) to refuse files that are not workbooks or inflate too far. */
async function inspectZip(buf: Buffer): Promise<JSZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buf, { checkCRC32: false });
  } catch (e) {
    throw new UnusableFileError('corrupt', e instanceof Error ? e.message : String(e));
  }
  if (!zip.file('xl/workbook.xml')) throw new UnusableFileError('notXlsx', 'no xl/workbook.xml');
  let total = 0;
  for (const f of Object.values(zip.files)) {
    total += uncompressedSize(f);
  }
  if (total > LIMITS.maxUncompressedBytes) throw new UnusableFileError('tooLargeInflated', String(total));
  return zip;
}

/**
 * `ignore`: worksheet parts exceljs need not parse (the Rekap reads no data validations, which
 * exceljs expands cell by cell).
 */
export async function loadWorkbook(file: string, ignore: string[] = []): Promise<ExcelJS.Workbook> {
  return (await loadWorkbookFile(file, ignore)).wb;
}

/** The workbook read for its grids, with the file's bytes (for the part-level writer). */
export async function loadWorkbookFile(file: string, ignore: string[] = []): Promise<{ wb: ExcelJS.Workbook; bytes: Buffer }> {
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
  const zip = await inspectZip(buf);
  installFastMerges();
  const wb = new Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer, ignore.length ? ({ ignoreNodes: ignore } as object) : undefined);
  } catch (e) {
    throw new UnusableFileError('corrupt', e instanceof Error ? e.message : String(e));
  }
  if (wb.worksheets.length > LIMITS.maxSheets) throw new UnusableFileError('tooManySheets', String(wb.worksheets.length));
  // exceljs loses text/error results of date-formatted formulas: take them back from the XML
  await restoreTextResults(wb, zip);
  return { wb, bytes: buf };
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
