/** `rapk annotate` recognises its marks by the record it keeps in the file, never by a "RAPK" prefix. */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { rapk, tmpDir } from '../support/cli';
import { fixturePath } from '../support/fixtures';
import { WorkbookWriter } from '../../src/xlsx/writer';
import { partsOf, richWorkbook } from '../support/package';

async function open(f: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  return wb.getWorksheet('RAPK 2024')!;
}

describe('rapk annotate and the planner’s notes', () => {
  it('a planner note starting with "RAPK" on a marked cell survives annotating twice; ours is replaced, not doubled', async () => {
    const dir = tmpDir();
    const input = path.join(dir, 'in.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(fixturePath('rapk-2024-rejang-lebong-errors.xlsx'));
    const ws = wb.getWorksheet('RAPK 2024')!;
    ws.getCell('P26').note = 'RAPK revisi ke-1: angka dari Pak Budi';
    ws.getCell('B2').note = 'RAPK disusun ulang';
    ws.getCell('P26').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6E0B4' } };
    await wb.xlsx.writeFile(input);

    const one = path.join(dir, 'one.xlsx');
    expect((await rapk('annotate', input, '-o', one)).code).toBe(1);
    let s = await open(one);
    expect(String(s.getCell('P26').note)).toMatch(/^RAPK revisi ke-1: angka dari Pak Budi\n\nRAPK A01 \(Kesalahan\): Jumlah kontribusi/);
    expect(String(s.getCell('B2').note)).toBe('RAPK disusun ulang');

    const two = path.join(dir, 'two.xlsx');
    expect((await rapk('annotate', one, '-o', two, '--lang', 'en')).code).toBe(1);
    s = await open(two);
    const note = String(s.getCell('P26').note);
    expect(note).toMatch(/^RAPK revisi ke-1: angka dari Pak Budi\n\nRAPK A01 \(Error\): The 4 contributions of indicator 03\.01/);
    expect(note.match(/RAPK A01/g)).toHaveLength(1);
    expect(String(s.getCell('B2').note)).toBe('RAPK disusun ulang');
    expect((s.getCell('P26').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFF7C80');
  });

  it('a cell no longer marked gets back its own fill and note', async () => {
    const dir = tmpDir();
    const input = path.join(dir, 'in.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(fixturePath('rapk-2024-rejang-lebong-errors.xlsx'));
    const ws = wb.getWorksheet('RAPK 2024')!;
    ws.getCell('D13').note = 'RAPK: cek lagi';
    ws.getCell('D13').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6E0B4' } };
    await wb.xlsx.writeFile(input);
    const one = path.join(dir, 'one.xlsx');
    await rapk('annotate', input, '-o', one);
    // the planner fixes the T02 typo ("1OO") in the annotated copy (saved by a program that keeps
    // the package's other parts, as Excel does)
    const w = await WorkbookWriter.open(fs.readFileSync(one));
    w.writeCells('RAPK 2024', [{ r: 12, c: 3, value: 100 }]);
    const fixedPath = path.join(dir, 'fixed.xlsx');
    fs.writeFileSync(fixedPath, await w.save());
    const two = path.join(dir, 'two.xlsx');
    await rapk('annotate', fixedPath, '-o', two);
    const s = await open(two);
    expect(s.getCell('D13').value).toBe(100);
    expect(s.getCell('D13').note).toBe('RAPK: cek lagi');
    expect((s.getCell('D13').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFC6E0B4');
    // still marked: P26
    expect((s.getCell('P26').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFF7C80');
  });
});

describe('rapk annotate and threaded comments', () => {
  it('a marked cell holding a threaded comment gets the fill only: the thread and its note are untouched', async () => {
    const dir = tmpDir();
    const input = path.join(dir, 'in.xlsx');
    fs.writeFileSync(
      input,
      await richWorkbook('rapk-2024-rejang-lebong-errors.xlsx', { sheetPart: 'xl/worksheets/sheet1.xml', vba: false, threadedRef: 'P26' }),
    );
    const out = path.join(dir, 'out.xlsx');
    expect((await rapk('annotate', input, '-o', out)).code).toBe(1);
    const before = await partsOf(fs.readFileSync(input));
    const after = await partsOf(fs.readFileSync(out));
    const thread = (m: Map<string, Buffer>) => /<comment ref="P26"[\s\S]*?<\/comment>/.exec(m.get('xl/comments7.xml')!.toString())![0];
    expect(thread(after)).toBe(thread(before));
    expect(after.get('xl/threadedComments/threadedComment1.xml')!.equals(before.get('xl/threadedComments/threadedComment1.xml')!)).toBe(
      true,
    );
    const s = await open(out);
    expect((s.getCell('P26').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFF7C80');
    // the other eleven marks have their notes
    expect(
      after
        .get('xl/comments7.xml')!
        .toString()
        .match(/RAPK [A-Z]\d\d \(/g),
    ).toHaveLength(11);
  });
});
