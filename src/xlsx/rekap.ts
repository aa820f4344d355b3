/**
 * One unit's workbook bytes → its Rekap row, with whichever exceljs build the caller has (the
 * Node one in the CLI's tests, the browser one in the pane's worker). The bytes are checked
 * first (empty, encrypted, not a zip, too large, inflating too far, too many sheets: the core's
 * pre-flight check); nothing but the row is kept.
 */
import type ExcelJSType from 'exceljs';
import type { Tw } from '../core/measure/formulas';
import { FILE_LIMITS, preflightXlsx } from '../core/file/preflight';
import { type RekapOutcome, rekapUnit } from '../core/rekap';
import { sheetToGrid } from './grid';

export type ExcelJSModule = typeof ExcelJSType;

export async function rekapBytes(ExcelJS: ExcelJSModule, file: string, bytes: ArrayBuffer, tw: Tw): Promise<RekapOutcome> {
  // the pre-flight check every host makes (src/core/file/preflight.ts): nothing is inflated
  // before the zip's directory says the file is a workbook of a sane size
  const pre = preflightXlsx(new Uint8Array(bytes));
  if (!pre.ok) return { ok: false, failure: { file, reason: pre.reason } };
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs expands data validations cell by cell; the Rekap reads none
    await wb.xlsx.load(bytes, { ignoreNodes: ['dataValidations'] } as object);
  } catch {
    return { ok: false, failure: { file, reason: 'corrupt' } };
  }
  if (wb.worksheets.length > FILE_LIMITS.maxSheets) return { ok: false, failure: { file, reason: 'tooManySheets' } };
  return rekapUnit(file, wb.worksheets.map(sheetToGrid), tw);
}
