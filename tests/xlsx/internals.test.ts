/**
 * The library internals src/xlsx/internals.ts wraps still exist and mean what we read them as:
 * this fails when an exceljs or JSZip release renames or drops them (not a workbook later).
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { setSheetOrder, sheetMerges, uncompressedSize } from '../../src/xlsx/internals';

describe('library internals (src/xlsx/internals.ts)', () => {
  it("exceljs: orderNo is a sheet's position when written", async () => {
    const wb = new ExcelJS.Workbook();
    const a = wb.addWorksheet('A');
    const b = wb.addWorksheet('B');
    const c = wb.addWorksheet('C');
    for (const ws of [a, b, c]) expect(typeof (ws as unknown as { orderNo?: unknown }).orderNo).toBe('number');
    [c, a, b].forEach((ws, i) => setSheetOrder(ws, i));
    const again = new ExcelJS.Workbook();
    await again.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect(again.worksheets.map((w) => w.name)).toEqual(['C', 'A', 'B']);
  });

  it('exceljs: ws.model.merges lists the merged ranges', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('M');
    ws.mergeCells('A1:B2');
    ws.mergeCells('D4:D6');
    expect([...sheetMerges(ws)].sort()).toEqual(['A1:B2', 'D4:D6']);
    const again = new ExcelJS.Workbook();
    await again.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect([...sheetMerges(again.getWorksheet('M')!)].sort()).toEqual(['A1:B2', 'D4:D6']);
  });

  it("JSZip: _data.uncompressedSize is an entry's inflated size, read before inflating", async () => {
    const zip = new JSZip();
    zip.file('a.txt', 'x'.repeat(10_000));
    zip.file('b.txt', 'hello');
    const loaded = await JSZip.loadAsync(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect(uncompressedSize(loaded.file('a.txt')!)).toBe(10_000);
    expect(uncompressedSize(loaded.file('b.txt')!)).toBe(5);
  });
});
