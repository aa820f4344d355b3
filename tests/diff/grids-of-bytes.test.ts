/** The older version's bytes → grids, as the pane's worker reads them (the Node exceljs here). */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { type ExcelJSModule, gridsOfBytes } from '../../src/xlsx/rekap';

const bytesOf = (b: Buffer): ArrayBuffer => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

test('a workbook gives its grids; a file that is not one says why', async () => {
  const ok = await gridsOfBytes(
    ExcelJS as unknown as ExcelJSModule,
    bytesOf(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'rapk-2025-jember.xlsx'))),
  );
  expect(ok.ok && ok.grids.map((g) => g.name)).toEqual(['RAPK 2025']);
  expect(await gridsOfBytes(ExcelJS as unknown as ExcelJSModule, bytesOf(Buffer.from('bukan workbook')))).toEqual({
    ok: false,
    reason: 'notXlsx',
  });
  expect(await gridsOfBytes(ExcelJS as unknown as ExcelJSModule, new ArrayBuffer(0))).toEqual({ ok: false, reason: 'empty' });
});
