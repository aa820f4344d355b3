/**
 * One unit's workbook bytes → its Rekap row, with whichever exceljs build the caller has (the
 * Node one in the CLI's tests, the browser one in the pane's worker). The bytes are checked
 * first (empty, encrypted, not a zip, too large, inflating too far, too many sheets: the core's
 * pre-flight check); nothing but the row is kept.
 */
import type ExcelJSType from 'exceljs';
import type { Grid } from '../core/grid/grid';
import type { Tw } from '../core/measure/formulas';
import type { UnusableReason } from '../core/workbook';
import { FILE_LIMITS, preflightXlsx } from '../core/file/preflight';
import { type RekapOutcome, rekapUnit } from '../core/rekap';
import { sheetToGrid } from './grid';
import { overflowingPart } from './inflateCheck';

export type ExcelJSModule = typeof ExcelJSType;

/** A workbook's grids from its bytes, or why the file cannot be used (the checks every host makes). */
export async function gridsOfBytes(
  ExcelJS: ExcelJSModule,
  bytes: ArrayBuffer,
): Promise<{ ok: true; grids: Grid[] } | { ok: false; reason: UnusableReason }> {
  // the pre-flight check every host makes (src/core/file/preflight.ts): nothing is inflated
  // before the zip's directory says the file is a workbook of a sane size
  const pre = preflightXlsx(new Uint8Array(bytes));
  if (!pre.ok) return { ok: false, reason: pre.reason };
  // and no part inflates past what the directory says (a directory can lie): counted, not kept
  if ((await overflowingPart(new Uint8Array(bytes), pre.parts)) !== null) return { ok: false, reason: 'tooLargeInflated' };
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs expands data validations cell by cell; no reader here uses them
    await wb.xlsx.load(bytes, { ignoreNodes: ['dataValidations'] } as object);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (wb.worksheets.length > FILE_LIMITS.maxSheets) return { ok: false, reason: 'tooManySheets' };
  return { ok: true, grids: wb.worksheets.map(sheetToGrid) };
}

export async function rekapBytes(ExcelJS: ExcelJSModule, file: string, bytes: ArrayBuffer, tw: Tw): Promise<RekapOutcome> {
  const g = await gridsOfBytes(ExcelJS, bytes);
  if (!g.ok) return { ok: false, failure: { file, reason: g.reason } };
  return rekapUnit(file, g.grids, tw);
}
