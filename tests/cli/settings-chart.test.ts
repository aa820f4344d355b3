import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { fixturePath } from '../support/fixtures';
import { rapk, tmpDir } from '../support/cli';

async function open(f: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  return wb;
}

/** The row (1-based) of the first cell in column A of the sheet whose text is `v`. */
function rowOf(ws: ExcelJS.Worksheet, v: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === v) return r;
  throw new Error(`${v} not found`);
}

describe('rapk settings init', () => {
  it('adds the Pengaturan RAPK sheet to a copy (one Bobot row per indicator); never overwrites an existing one', async () => {
    const dir = tmpDir();
    const out = path.join(dir, 'set.xlsx');
    const r = await rapk('settings', 'init', fixturePath('lakin-tw2-2024-dumai.xlsx'), '-o', out);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`Ditulis: ${out} (sheet "Pengaturan RAPK", preset spec)\n`);
    const ws = (await open(out)).getWorksheet('Pengaturan RAPK')!;
    expect(ws.getCell(rowOf(ws, 'Kriteria Indikator') + 1, 1).value).toBe('Batas Bawah');
    expect(ws.getCell(rowOf(ws, '01.01'), 2).value).toContain('Obat yang memenuhi syarat');
    expect(rowOf(ws, '10.04') - rowOf(ws, '01.01')).toBe(24);
    const again = await rapk('settings', 'init', out, '-o', path.join(dir, 'again.xlsx'));
    expect(again.code).toBe(2);
    expect(again.err).toContain('sudah ada');
    expect(fs.existsSync(path.join(dir, 'again.xlsx'))).toBe(false);
    const bad = await rapk('settings', 'init', out, '-o', path.join(dir, 'x.xlsx'), '--preset', 'lain');
    expect(bad.code).toBe(2);
  });

  it('round trip: preset, planner edits (IKU, a weight), summary honours them; an invalid edit blocks scoring', async () => {
    const dir = tmpDir();
    const set = path.join(dir, 'set.xlsx');
    expect(
      (await rapk('settings', 'init', fixturePath('lakin-tw2-2024-dumai.xlsx'), '-o', set, '--preset', 'sekretariat-utama')).code,
    ).toBe(0);
    const wb = await open(set);
    const ws = wb.getWorksheet('Pengaturan RAPK')!;
    ws.getCell(rowOf(ws, '01.04'), 3).value = 'IKU';
    ws.getCell(rowOf(ws, '02.04'), 3).value = 'IKU';
    const edited = path.join(dir, 'edited.xlsx');
    await wb.xlsx.writeFile(edited);
    const s = await rapk('summary', edited, '--tw', '2', '--json');
    expect(s.code).toBe(0);
    const j = JSON.parse(s.out);
    // computed by hand in tests/core/settings.test.ts
    expect(j.sasaran[0].nps).toBe(100.66);
    expect(j.sasaran[1].nps).toBe(106.13);
    expect(j.npss).toBe(102.07);
    expect(j.predikat).toBe('Baik');

    // a gap: Cukup (header + Sangat Kurang + Kurang + Cukup) starts at 75 instead of 70
    const kr = rowOf(ws, 'Kriteria Indikator');
    expect(ws.getCell(kr + 4, 5).value).toBe('Cukup');
    ws.getCell(kr + 4, 1).value = 75;
    const broken = path.join(dir, 'broken.xlsx');
    await wb.xlsx.writeFile(broken);
    const out = path.join(dir, 'out.xlsx');
    const b = await rapk('summary', broken, '--tw', '2', '-o', out);
    expect(b.code).toBe(2);
    expect(b.out).toBe('');
    expect(b.err).toContain('sheet "Pengaturan RAPK" memiliki 1 kesalahan pengaturan; tidak ada yang dihitung atau ditulis');
    expect(b.err).toContain(`M02  A${kr + 4}`);
    expect(fs.existsSync(out)).toBe(false);
    // check lists it under the settings sheet; annotate marks it in place
    const c = await rapk('check', broken);
    expect(c.code).toBe(1);
    expect(c.out).toContain('Sheet "Pengaturan RAPK":');
    expect(c.out).toMatch(new RegExp(`KESALAHAN\\s+M02\\s+A${kr + 4}\\s`));
    const marked = path.join(dir, 'marked.xlsx');
    await rapk('annotate', broken, '-o', marked);
    const mc = (await open(marked)).getWorksheet('Pengaturan RAPK')!.getCell(kr + 4, 1);
    expect((mc.fill as ExcelJS.FillPattern).fgColor!.argb).toBe('FFFF7C80');
    expect(String(mc.note)).toContain('RAPK M02');
  });
});

describe('rapk summary -o writes the capaian chart (DrawingML parts)', () => {
  it('chart, drawing, relationships and content types; the copy opens again', async () => {
    const dir = tmpDir();
    const out = path.join(dir, 'ringkasan.xlsx');
    const r = await rapk('summary', fixturePath('lakin-tw2-2024-dumai.xlsx'), '--tw', '2', '-o', out);
    expect(r.code).toBe(0);
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const wbXml = await zip.file('xl/workbook.xml')!.async('string');
    expect(wbXml).toContain('name="Ringkasan TW II 2024"');
    const chart = await zip.file('xl/charts/chart1.xml')!.async('string');
    expect(chart).toContain('<c:barChart><c:barDir val="col"/>');
    expect(chart).toContain('<c:lineChart>');
    // categories by Kode, 16 measured indicators, kriteria colours per bar
    expect(chart).toMatch(
      /<c:cat><c:strRef><c:f>'Ringkasan TW II 2024'!\$A\$\d+:\$A\$\d+<\/c:f><c:strCache><c:ptCount val="16"\/><c:pt idx="0"><c:v>01\.01<\/c:v>/,
    );
    expect((chart.match(/<c:dPt>/g) ?? []).length).toBe(16);
    expect(chart).toContain(
      '<c:dPt><c:idx val="5"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr><a:solidFill><a:srgbClr val="FF7C80"/>',
    );
    expect(chart).toContain('<a:t>Kode</a:t>');
    const ct = await zip.file('[Content_Types].xml')!.async('string');
    expect(ct).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
    expect(ct).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    );
    const drels = await zip.file('xl/drawings/_rels/drawing1.xml.rels')!.async('string');
    expect(drels).toContain('Target="../charts/chart1.xml"');
    // the Ringkasan worksheet points at the drawing
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    const withDrawing: string[] = [];
    for (const f of sheets) if (/<drawing r:id="rId\d+"\/>/.test(await zip.file(f)!.async('string'))) withDrawing.push(f);
    expect(withDrawing).toHaveLength(1);
    const sheetXml = await zip.file(withDrawing[0]!)!.async('string');
    const rid = /<drawing r:id="(rId\d+)"\/>/.exec(sheetXml)![1];
    const rels = await zip.file(withDrawing[0]!.replace('worksheets/', 'worksheets/_rels/') + '.rels')!.async('string');
    expect(rels).toContain(
      `<Relationship Id="${rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/>`,
    );
    // the id continues the sheet's numbering and is unique in its relationships
    expect(rels.split(`Id="${rid}"`)).toHaveLength(2);
    // every part is well-formed enough to load again, and the sheet values are intact: the RAPK
    // sheet cell for cell as in the source, the Ringkasan's Kode column as the chart caches it
    const wb = await open(out);
    const src = await open(fixturePath('lakin-tw2-2024-dumai.xlsx'));
    const values = (ws: ExcelJS.Worksheet): string[] => {
      const cells: string[] = [];
      ws.eachRow({ includeEmpty: false }, (row, r) =>
        row.eachCell({ includeEmpty: false }, (cell, c) => cells.push(`${r},${c}=${JSON.stringify(cell.value)}`)),
      );
      return cells;
    };
    const rapkValues = values(src.getWorksheet('RAPK 2024')!);
    expect(rapkValues.length).toBeGreaterThan(100);
    expect(values(wb.getWorksheet('RAPK 2024')!)).toEqual(rapkValues);
    const ringkasan = wb.getWorksheet('Ringkasan TW II 2024')!;
    const [, r1, r2] = /<c:cat><c:strRef><c:f>'Ringkasan TW II 2024'!\$A\$(\d+):\$A\$(\d+)<\/c:f>/.exec(chart)!;
    const cached = [
      ...chart
        .split('<c:cat>')[1]!
        .split('</c:cat>')[0]!
        .matchAll(/<c:v>([^<]*)<\/c:v>/g),
    ].map((m) => m[1]);
    const kodes: unknown[] = [];
    for (let r = Number(r1); r <= Number(r2); r++) kodes.push(ringkasan.getCell(r, 1).value);
    expect(kodes).toEqual(cached);
    expect(kodes).toHaveLength(16);
    expect(kodes[0]).toBe('01.01');
  });

  it('summary -o over its own output replaces the chart (no orphan parts); annotate keeps it', async () => {
    const dir = tmpDir();
    const first = path.join(dir, 'r1.xlsx');
    const second = path.join(dir, 'r2.xlsx');
    const marked = path.join(dir, 'r3.xlsx');
    expect((await rapk('summary', fixturePath('lakin-tw2-2024-dumai.xlsx'), '--tw', '2', '-o', first)).code).toBe(0);
    expect((await rapk('summary', first, '--tw', '2', '-o', second)).code).toBe(0);
    const zip = await JSZip.loadAsync(fs.readFileSync(second));
    const parts = Object.keys(zip.files).filter((f) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(f));
    expect(parts.sort()).toEqual(['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml']);
    const ct = await zip.file('[Content_Types].xml')!.async('string');
    expect((ct.match(/drawingml\.chart\+xml/g) ?? []).length).toBe(1);
    // annotate changes only the marked sheet: the chart parts stay byte for byte
    await rapk('annotate', second, '-o', marked);
    const z3 = await JSZip.loadAsync(fs.readFileSync(marked));
    for (const p of parts) expect(await z3.file(p)!.async('string')).toBe(await zip.file(p)!.async('string'));
  });
});
