/** The CLI's merge step for exceljs loads (ADR 016): the same worksheets as exceljs's own, without its O(n²) check. */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { installFastMerges, intersects } from '../../src/cli/fastMerges';
import { UnusableFileError, loadWorkbook, sheetToGrid } from '../../src/cli/xlsx';
import { tmpDir } from '../support/cli';

const fixtures = path.join(__dirname, '..', 'fixtures');
const files = fs
  .readdirSync(fixtures)
  .filter((f) => f.endsWith('.xlsx'))
  .sort();

/** Each sheet's grid and its merges as exceljs keeps them (master address → range). */
async function read(bytes: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes: ['dataValidations'] } as object);
  return JSON.stringify(
    wb.worksheets.map((ws) => {
      const merges = (ws as unknown as { _merges: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges;
      return {
        grid: sheetToGrid(ws),
        merges: Object.entries(merges).map(([a, m]) => [a, m.top, m.left, m.bottom, m.right]),
        cells: ws.getSheetValues().length,
      };
    }),
  );
}

/** A workbook whose two merged ranges overlap (B2:C3 and C3:D4), a many-merge sheet beside it. */
async function overlapping(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('RAPK');
  ws.getCell('A1').value = 'x';
  ws.mergeCells('B2:C3');
  const zip = await JSZip.loadAsync((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const part = 'xl/worksheets/sheet1.xml';
  const xml = await zip.file(part)!.async('string');
  zip.file(
    part,
    xml.replace('<mergeCell ref="B2:C3"/>', '<mergeCell ref="B2:C3"/><mergeCell ref="C3:D4"/>').replace('count="1"', 'count="2"'),
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

test('exceljs own range check: same rule as intersects', () => {
  const r = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });
  expect(intersects(r(2, 2, 3, 3), r(3, 3, 4, 4))).toBe(true);
  expect(intersects(r(2, 2, 3, 3), r(4, 2, 4, 3))).toBe(false);
  expect(intersects(r(2, 2, 3, 3), r(2, 4, 3, 5))).toBe(false);
  expect(intersects(r(1, 1, 10, 1), r(5, 1, 5, 1))).toBe(true);
  expect(intersects({ ...r(1, 1, 2, 2), sheetName: 'A' }, { ...r(1, 1, 2, 2), sheetName: 'B' })).toBe(false);
});

test('the same grids and merges as exceljs on the real workbooks; overlapping ranges still refuse the file', async () => {
  expect(files).toEqual([
    'lakin-tw2-2024-dumai.xlsx',
    'rapk-2023-dharmasraya.xlsx',
    'rapk-2024-bpom-pusat.xlsx',
    'rapk-2024-rejang-lebong-errors.xlsx',
    'rapk-2024-rejang-lebong.xlsx',
    'rapk-2025-jember.xlsx',
  ]);
  const bytes = files.map((f) => fs.readFileSync(path.join(fixtures, f)));
  const bad = await overlapping();
  // exceljs's own loader first (this test file has its own exceljs module: nothing installed yet)
  const before = await Promise.all(bytes.map(read));
  await expect(read(bad)).rejects.toThrow('Cannot merge already merged cells');
  installFastMerges();
  const after = await Promise.all(bytes.map(read));
  expect(after).toEqual(before);
  const merged = after.map((s) => (JSON.parse(s) as { merges: unknown[] }[]).reduce((n, w) => n + w.merges.length, 0));
  expect(merged).toEqual([9, 45, 203, 136, 136, 123]);
  await expect(read(bad)).rejects.toThrow('Cannot merge already merged cells');

  // through the CLI's reader: a damaged file, as before
  const dir = tmpDir();
  try {
    const file = path.join(dir, 'tumpang.xlsx');
    fs.writeFileSync(file, bad);
    const err = await loadWorkbook(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnusableFileError);
    expect((err as UnusableFileError).reason).toBe('corrupt');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
