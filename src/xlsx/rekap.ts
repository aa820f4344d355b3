/**
 * One unit's workbook bytes → its Rekap row, with whichever exceljs build the caller has (the
 * Node one in the CLI's tests, the browser one in the pane's worker). The bytes are checked
 * first (empty, encrypted, not a zip, too large); nothing but the row is kept.
 */
import type ExcelJSType from 'exceljs';
import type { Tw } from '../core/measure/formulas';
import { type RekapOutcome, rekapUnit, sniffXlsx } from '../core/rekap';
import { sheetToGrid } from './grid';

export type ExcelJSModule = typeof ExcelJSType;

/** The CLI's limits (src/cli/xlsx.ts) */
const MAX_FILE_BYTES = 200 * 1024 * 1024;
const MAX_SHEETS = 500;

export async function rekapBytes(ExcelJS: ExcelJSModule, file: string, bytes: ArrayBuffer, tw: Tw): Promise<RekapOutcome> {
  const sniff = sniffXlsx(new Uint8Array(bytes, 0, Math.min(8, bytes.byteLength)));
  if (sniff) return { ok: false, failure: { file, reason: sniff } };
  if (bytes.byteLength > MAX_FILE_BYTES) return { ok: false, failure: { file, reason: 'tooLarge' } };
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs expands data validations cell by cell; the Rekap reads none
    await wb.xlsx.load(bytes, { ignoreNodes: ['dataValidations'] } as object);
  } catch {
    return { ok: false, failure: { file, reason: 'corrupt' } };
  }
  if (wb.worksheets.length > MAX_SHEETS) return { ok: false, failure: { file, reason: 'tooManySheets' } };
  return rekapUnit(file, wb.worksheets.map(sheetToGrid), tw);
}
