/**
 * One unit's workbook bytes → its Rekap row, with whichever exceljs build the caller has (the
 * Node one in the CLI's tests, the browser one in the pane's worker). The bytes are checked
 * first (empty, encrypted, not a zip, too large); nothing but the row is kept.
 */
import type ExcelJSType from 'exceljs';
import type { Grid } from '../core/grid/grid';
import type { Tw } from '../core/measure/formulas';
import type { UnusableReason } from '../core/workbook';
import { type RekapOutcome, rekapUnit, sniffXlsx } from '../core/rekap';
import { sheetToGrid } from './grid';

export type ExcelJSModule = typeof ExcelJSType;

/** The CLI's limits (src/cli/xlsx.ts) */
const MAX_FILE_BYTES = 200 * 1024 * 1024;
const MAX_SHEETS = 500;

/** A workbook's grids from its bytes, or why the file cannot be used (the CLI's checks). */
export async function gridsOfBytes(
  ExcelJS: ExcelJSModule,
  bytes: ArrayBuffer,
): Promise<{ ok: true; grids: Grid[] } | { ok: false; reason: UnusableReason }> {
  const sniff = sniffXlsx(new Uint8Array(bytes, 0, Math.min(8, bytes.byteLength)));
  if (sniff) return { ok: false, reason: sniff };
  if (bytes.byteLength > MAX_FILE_BYTES) return { ok: false, reason: 'tooLarge' };
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs expands data validations cell by cell; no reader here uses them
    await wb.xlsx.load(bytes, { ignoreNodes: ['dataValidations'] } as object);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (wb.worksheets.length > MAX_SHEETS) return { ok: false, reason: 'tooManySheets' };
  return { ok: true, grids: wb.worksheets.map(sheetToGrid) };
}

export async function rekapBytes(ExcelJS: ExcelJSModule, file: string, bytes: ArrayBuffer, tw: Tw): Promise<RekapOutcome> {
  const g = await gridsOfBytes(ExcelJS, bytes);
  if (!g.ok) return { ok: false, failure: { file, reason: g.reason } };
  return rekapUnit(file, g.grids, tw);
}
