/** `rapk summary -o`: the Ringkasan's print setup in the file, and a second run that keeps the planner's values. */
import * as path from 'path';
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { fixturePath } from '../support/fixtures';
import { rapk, tmpDir } from '../support/cli';

async function sheetXml(file: string, name: string): Promise<{ sheet: string; workbook: string }> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="(rId\\d+)"`).exec(workbook)![1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)!;
  const part = (target[1] ?? target[2])!.replace(/^\/?(xl\/)?/, 'xl/');
  return { sheet: await zip.file(part)!.async('string'), workbook };
}

describe('rapk summary -o: a Ringkasan that prints right', () => {
  it('A4 landscape one page wide, margins, footer "Halaman &P dari &N", print area, manual breaks, row heights; no pane, no print titles', async () => {
    const out = path.join(tmpDir(), 'r.xlsx');
    expect((await rapk('summary', fixturePath('lakin-tw2-2024-dumai.xlsx'), '--tw', '2', '-o', out)).code).toBe(0);
    const { sheet, workbook } = await sheetXml(out, 'Ringkasan TW II 2024');
    expect(sheet).toMatch(/<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"\/>/);
    expect(sheet).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(sheet).toContain('<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.75" header="0.3" footer="0.3"/>');
    expect(sheet).toContain('<headerFooter><oddFooter>&amp;CHalaman &amp;P dari &amp;N</oddFooter></headerFooter>');
    expect(sheet).toMatch(/<rowBreaks count="\d+" manualBreakCount="\d+"><brk id="\d+" max="16383" man="1"\/>/);
    expect(sheet).toMatch(/<row r="\d+"[^>]* ht="\d+(\.\d+)?" customHeight="1"/);
    expect(sheet).not.toContain('<pane');
    expect(workbook).toMatch(/<definedName name="_xlnm.Print_Area" localSheetId="2">'Ringkasan TW II 2024'!\$A\$1:\$L\$\d+<\/definedName>/);
    expect(workbook).not.toContain('_xlnm.Print_Titles');
  });

  it('a second run keeps a note typed beside the tables and says the old sheet was replaced', async () => {
    const dir = tmpDir();
    const one = path.join(dir, 'one.xlsx');
    expect((await rapk('summary', fixturePath('lakin-tw2-2024-dumai.xlsx'), '--tw', '2', '-o', one)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(one);
    wb.getWorksheet('Ringkasan TW II 2024')!.getCell('N5').value = 'catatan kepala: cek 02.02';
    await wb.xlsx.writeFile(one);
    const two = path.join(dir, 'two.xlsx');
    const r = await rapk('summary', one, '--tw', '2', '-o', two);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Sheet Ringkasan yang lama diganti; 1 isian di luar tabel add-in dipertahankan. File masukan tidak diubah.');
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(two);
    const ws = back.getWorksheet('Ringkasan TW II 2024')!;
    expect(ws.getCell('N5').value).toBe('catatan kepala: cek 02.02');
    expect(ws.getCell('A1').value).toBe('BADAN PENGAWAS OBAT DAN MAKANAN');
  });
});
