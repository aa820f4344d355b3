/**
 * One unit's file → its Rekap row, read with exceljs in this thread: what `rapk rekap` runs for
 * each file, in its worker threads or in the main one (src/cli/rekapPool.ts).
 */
import type { Tw } from '../core/measure/formulas';
import { type RekapOutcome, rekapUnit } from '../core/rekap';
import { UnusableFileError, loadWorkbook, sheetToGrid } from './xlsx';

/** Reads one file and keeps only its unit row (the workbook is dropped when this returns); never rejects. */
export async function rekapFile(file: string, tw: Tw): Promise<RekapOutcome> {
  let wb: Awaited<ReturnType<typeof loadWorkbook>>;
  try {
    wb = await loadWorkbook(file, ['dataValidations']);
  } catch (e) {
    return { ok: false, failure: { file, reason: e instanceof UnusableFileError ? e.reason : 'corrupt' } };
  }
  try {
    return rekapUnit(file, wb.worksheets.map(sheetToGrid), tw);
  } catch {
    return { ok: false, failure: { file, reason: 'internal' } }; // ours, not the file's: said so, never "damaged"
  }
}
