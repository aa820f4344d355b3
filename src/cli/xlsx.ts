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
import { FILE_LIMITS, preflightXlsx } from '../core/file/preflight';
import { overflowingPart } from '../xlsx/inflateCheck';

export class UnusableFileError extends Error {
  constructor(
    readonly reason: UnusableReason,
    readonly detail = '',
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.name = 'UnusableFileError';
  }
}

/**
 * Limits that protect a central office machine from a hostile or broken file: the core's
 * (`src/core/file/preflight.ts`), the same object, so every host refuses the same files.
 */
export const LIMITS = FILE_LIMITS;

/** Opens the zip once the pre-flight check has passed (it read the zip's directory: nothing inflated). */
async function openZip(buf: Buffer): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(buf, { checkCRC32: false });
  } catch (e) {
    throw new UnusableFileError('corrupt', e instanceof Error ? e.message : String(e));
  }
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
  // the one pre-flight check of every host: size, inflated size, sheets, encryption, not a zip
  const pre = preflightXlsx(buf);
  if (!pre.ok) throw new UnusableFileError(pre.reason, pre.detail);
  // and no part inflates past what the directory says (a directory can lie): counted, not kept
  const over = await overflowingPart(buf, pre.parts);
  if (over !== null) throw new UnusableFileError('tooLargeInflated', over);
  const zip = await openZip(buf);
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
