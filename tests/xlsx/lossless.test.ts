/**
 * Lossless copies: a workbook with a chart, an image, a pivot cache, a threaded comment, data
 * validations, conditional formats, defined names, another custom XML part and a VBA project
 * goes through annotate, realisasi and summary -o; every part that is not ours comes out byte
 * for byte, the package structure is whole, the chart is still reachable.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { rapk, tmpDir } from '../support/cli';
import { fixturePath } from '../support/fixtures';
import { VBA, partsOf, richWorkbook, structureProblems } from '../support/package';

/** Parts a command may change: the package's directories, styles, and the sheets it writes with their notes. */
function ours(part: string, sheetParts: string[]): boolean {
  if (['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml'].includes(part)) return true;
  if (sheetParts.some((s) => part === s || part === s.replace(/([^/]+)$/, '_rels/$1.rels'))) return true;
  if (/^xl\/comments\d+\.xml$/.test(part) || /^xl\/drawings\/vmlDrawing\d+\.vml$/.test(part)) return true;
  return false;
}

async function run(
  fixture: string,
  sheetPart: string,
  vba: boolean,
  argv: (input: string, out: string) => string[],
): Promise<{ before: Map<string, Buffer>; after: Map<string, Buffer>; out: string; code: number; stdout: string; stderr: string }> {
  const dir = tmpDir();
  const ext = vba ? 'xlsm' : 'xlsx';
  const input = path.join(dir, `in.${ext}`);
  fs.writeFileSync(input, await richWorkbook(fixture, { sheetPart, vba }));
  const out = path.join(dir, `out.${ext}`);
  const r = await rapk(...argv(input, out));
  return {
    before: await partsOf(fs.readFileSync(input)),
    after: await partsOf(fs.readFileSync(out)),
    out,
    code: r.code,
    stdout: r.out,
    stderr: r.err,
  };
}

function unchangedExceptOurs(before: Map<string, Buffer>, after: Map<string, Buffer>, sheetParts: string[]): string[] {
  const changed: string[] = [];
  for (const [p, buf] of before) {
    if (ours(p, sheetParts)) continue;
    const now = after.get(p);
    if (!now || !now.equals(buf)) changed.push(p);
  }
  return changed;
}

function chartReachable(parts: Map<string, Buffer>): boolean {
  const wb = parts.get('xl/workbook.xml')!.toString();
  const rid = /<sheet name="Grafik" sheetId="9" r:id="(rId\d+)"/.exec(wb)?.[1];
  const rels = parts.get('xl/_rels/workbook.xml.rels')!.toString();
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  return (
    target === 'worksheets/sheet9.xml' &&
    parts.get('xl/worksheets/sheet9.xml')!.toString().includes('<drawing r:id="rId1"/>') &&
    parts.get('xl/drawings/_rels/drawing1.xml.rels')!.toString().includes('Target="../charts/chart1.xml"') &&
    parts.has('xl/charts/chart1.xml') &&
    parts.has('xl/media/image1.png')
  );
}

describe.each([false, true])('a rich workbook (vba: %s)', (vba) => {
  it('annotate: only the marked sheet, styles, its notes and our record change', async () => {
    const r = await run('rapk-2024-rejang-lebong-errors.xlsx', 'xl/worksheets/sheet1.xml', vba, (i, o) => ['annotate', i, '-o', o]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/12 sel ditandai/);
    expect(unchangedExceptOurs(r.before, r.after, ['xl/worksheets/sheet1.xml'])).toEqual([]);
    expect(structureProblems(r.after)).toEqual([]);
    expect(chartReachable(r.after)).toBe(true);
    if (vba) {
      expect(r.after.get('xl/vbaProject.bin')!.equals(VBA)).toBe(true);
      expect(r.after.get('[Content_Types].xml')!.toString()).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    }
    const sheet = r.after.get('xl/worksheets/sheet1.xml')!.toString();
    // the planner's validations and conditional formats are the same bytes
    expect(sheet).toContain(
      '<conditionalFormatting sqref="B3:B10"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>100</formula></cfRule></conditionalFormatting><dataValidations count="1"><dataValidation type="whole" allowBlank="1" showErrorMessage="1" sqref="Z1:Z9"><formula1>0</formula1><formula2>9</formula2></dataValidation></dataValidations>',
    );
    expect(sheet).toContain('<legacyDrawing r:id="rId81"/>');
    // the threaded comment's note and the planner's "RAPK …" note keep their XML; ours are added
    const comments = r.after.get('xl/comments7.xml')!.toString();
    expect(comments).toContain('<comment ref="B2" authorId="0" shapeId="0" xr:uid="{7A3D1C2B-0000-4000-8000-000000000001}">');
    expect(comments).toContain('<t xml:space="preserve">\nRAPK lama, jangan dihapus</t>');
    expect(comments.match(/<comment ref=/g)).toHaveLength(14);
    expect(
      r.after
        .get('xl/drawings/vmlDrawing7.vml')!
        .toString()
        .match(/<v:shape /g),
    ).toHaveLength(14);
    // someone else's custom XML stays; ours is a new item
    expect(r.after.get('customXml/item1.xml')!.equals(r.before.get('customXml/item1.xml')!)).toBe(true);
    expect(r.after.get('customXml/item2.xml')!.toString()).toContain('urn:rapk:marks:v1');
    // exceljs (another reader) opens the copy and sees the marks
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(r.out) as unknown as ArrayBuffer);
    expect((wb.getWorksheet('RAPK 2024')!.getCell('P26').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFF7C80');
  });

  it('realisasi (a new sheet): the new sheet goes after the RAPK; names scoped to later sheets move with them', async () => {
    const r = await run('rapk-2024-rejang-lebong-errors.xlsx', 'xl/worksheets/sheet1.xml', vba, (i, o) => ['realisasi', i, '-o', o]);
    // the planted mistakes are the RAPK's errors, which realisasi says on stderr (the copy is still written)
    expect(r.stderr).toBe('rapk: RAPK (sheet "RAPK 2024") masih memiliki 7 kesalahan; lihat dengan: rapk check BERKAS.xlsx\n');
    expect(r.code).toBe(0);
    const wb = r.after.get('xl/workbook.xml')!.toString();
    expect([...wb.matchAll(/<sheet name="([^"]+)"|<sheet sheetId="\d+" name="([^"]+)"/g)].map((m) => m[1] ?? m[2])).toEqual([
      'RAPK 2024',
      'Realisasi 2024',
      'Grafik',
    ]);
    expect(wb).toContain('<definedName name="_xlnm.Print_Area" localSheetId="2">Grafik!$A$1:$H$18</definedName>');
    expect(wb).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="1">'Realisasi 2024'!$3:$3</definedName>`);
    expect(wb).toContain('<pivotCaches><pivotCache cacheId="1" r:id="rId91"/></pivotCaches>');
    const newPart = [...r.after.keys()].find((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p) && !r.before.has(p))!;
    expect(unchangedExceptOurs(r.before, r.after, [newPart])).toEqual([]);
    expect(structureProblems(r.after)).toEqual([]);
    expect(chartReachable(r.after)).toBe(true);
    const check = await rapk('check', r.out, '--lang', 'en');
    expect(check.out).toContain('Sheet "Realisasi 2024": Realisasi sheet, checked against the RAPK');
  });

  it('summary -o: a new Ringkasan sheet, the rest byte for byte', async () => {
    const r = await run('lakin-tw2-2024-dumai.xlsx', 'xl/worksheets/sheet1.xml', vba, (i, o) => ['summary', i, '--tw', '2', '-o', o]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const newPart = [...r.after.keys()].find((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p) && !r.before.has(p))!;
    expect(newPart).toBeDefined();
    expect(unchangedExceptOurs(r.before, r.after, [newPart])).toEqual([]);
    expect(structureProblems(r.after)).toEqual([]);
    expect(chartReachable(r.after)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(r.out) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['RAPK 2024', 'Grafik', 'Realisasi 2024', 'Ringkasan TW II 2024']);
  });
});

describe('macro-enabled workbooks', () => {
  it('the output must keep the input’s kind: .xlsm → .xlsx is refused with a clear message, nothing written', async () => {
    const dir = tmpDir();
    const input = path.join(dir, 'unit.xlsm');
    fs.writeFileSync(
      input,
      await richWorkbook('rapk-2024-rejang-lebong-errors.xlsx', { sheetPart: 'xl/worksheets/sheet1.xml', vba: true }),
    );
    const out = path.join(dir, 'unit.xlsx');
    const r = await rapk('annotate', input, '-o', out);
    expect(r.code).toBe(2);
    expect(r.err).toBe('rapk: berkas masukan adalah .xlsm (berisi makro); berkas keluaran (-o) harus berakhiran .xlsm, bukan .xlsx\n');
    expect(fs.existsSync(out)).toBe(false);
    const en = await rapk('realisasi', input, '-o', out, '--lang', 'en');
    expect(en.err).toBe('rapk: the input is a .xlsm file (with macros); the output (-o) must end in .xlsm, not .xlsx\n');
  });

  it('folder checks read .xlsm and skip ~$ lock files', async () => {
    const dir = tmpDir();
    const rich = await richWorkbook('rapk-2024-rejang-lebong-errors.xlsx', { sheetPart: 'xl/worksheets/sheet1.xml', vba: true });
    fs.writeFileSync(path.join(dir, 'a.xlsm'), rich);
    fs.writeFileSync(path.join(dir, '~$a.xlsm'), Buffer.from('lock'));
    fs.writeFileSync(path.join(dir, '~$b.xlsx'), Buffer.from('lock'));
    fs.copyFileSync(fixturePath('rapk-2024-rejang-lebong.xlsx'), path.join(dir, 'b.xlsx'));
    const r = await rapk('check', dir);
    expect(r.err).toBe('');
    expect(r.out).toBe(
      `${path.join(dir, 'a.xlsm')}: 7 kesalahan, 1 peringatan, 4 info\n${path.join(dir, 'b.xlsx')}: 0 kesalahan, 0 peringatan, 4 info\nTotal 2 berkas: 7 kesalahan, 1 peringatan, 8 info\n`,
    );
  });
});
