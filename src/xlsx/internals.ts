/**
 * The library internals we rely on, in one place: exceljs keeps a sheet's position in
 * `orderNo` and its merges in `ws.model.merges`; JSZip keeps an entry's inflated size in
 * `_data.uncompressedSize` (read before inflating, to refuse a zip bomb). Neither library
 * exposes these; tests/xlsx/internals.test.ts fails when a release renames or drops them.
 */
import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';

/** Put `ws` at position `n` of the workbook's sheets (exceljs writes them in `orderNo` order). */
export function setSheetOrder(ws: ExcelJS.Worksheet, n: number): void {
  (ws as unknown as { orderNo: number }).orderNo = n;
}

/** The merged ranges of `ws`, as A1 ranges (`A1:B2`). */
export function sheetMerges(ws: ExcelJS.Worksheet): string[] {
  return (ws.model as unknown as { merges?: string[] }).merges ?? [];
}

/** The inflated size of a zip entry as its header states it (0 when not stated). */
export function uncompressedSize(f: JSZip.JSZipObject): number {
  return (f as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
}
