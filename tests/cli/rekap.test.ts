/** `rapk rekap`: JSON, the sheet with its chart, unusable files listed and never stopping the others. */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { XMLValidator } from 'fast-xml-parser';
import { rapk, tmpDir } from '../support/cli';
import { GOLDEN } from '../support/rekap';
import { writeUnit } from '../support/rekapFiles';

let dir: string;
beforeAll(async () => {
  dir = tmpDir();
  for (const [i, d] of GOLDEN.entries()) await writeUnit(d, path.join(dir, `unit-${i + 1}.xlsx`));
  await writeUnit({ ...GOLDEN[0]!, noRealisasi: true }, path.join(dir, 'unit-9-tanpa-realisasi.xlsx'));
  fs.writeFileSync(path.join(dir, 'rusak.xlsx'), 'bukan zip');
  fs.writeFileSync(path.join(dir, 'sandi.xlsx'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('--json over a folder: units, ranks, failures with reasons (stderr too), exit 2', async () => {
  const out = path.join(dir, '..', `rekap-${process.pid}.xlsx`);
  const r = await rapk('rekap', dir, '--tw', '2', '--json', '-o', out, '--lang', 'en');
  expect(r.code).toBe(2);
  const j = JSON.parse(r.out);
  expect(Object.keys(j)).toEqual(['tw', 'units', 'failed', 'mean', 'median']);
  expect(j.tw).toBe(2);
  expect(j.units.map((u: { file: string; npss: number | null; rank: number | null }) => [path.basename(u.file), u.npss, u.rank])).toEqual([
    ['unit-3.xlsx', 106.25, 1],
    ['unit-1.xlsx', 101.67, 2],
    ['unit-2.xlsx', 84.17, 3],
    ['unit-4.xlsx', 100, null],
    ['unit-5.xlsx', null, null],
  ]);
  expect(Object.keys(j.units[0])).toEqual([
    'file',
    'unit',
    'year',
    'indikator',
    'terisi',
    'npss',
    'predikat',
    'rank',
    'perspektif',
    'pagu',
    'realisasiAnggaran',
    'penyerapan',
    'ie',
    'errors',
    'warnings',
  ]);
  expect([j.mean, j.median]).toEqual([97.36, 101.67]);
  expect(j.failed.map((f: { file: string; reason: string }) => [path.basename(f.file), f.reason])).toEqual([
    ['rusak.xlsx', 'not an .xlsx file'],
    ['sandi.xlsx', 'the file is password-protected (encrypted) or an old .xls'],
    ['unit-9-tanpa-realisasi.xlsx', 'no Realisasi sheet'],
  ]);
  expect(
    r.err
      .trim()
      .split('\n')
      .map((l) => path.basename(l)),
  ).toEqual([
    'rusak.xlsx: not an .xlsx file',
    'sandi.xlsx: the file is password-protected (encrypted) or an old .xls',
    'unit-9-tanpa-realisasi.xlsx: no Realisasi sheet',
  ]);

  // the workbook: one Rekap sheet that exceljs reads back, and a well-formed chart part
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Rekap TW II 2025']);
  const ws = wb.worksheets[0]!;
  const header = ws.getColumn(1).values.findIndex((v) => v === 'Rank');
  expect([1, 2, 3, 4].map((c) => ws.getCell(header + 1, c).value)).toEqual([1, 'LOKA POM DI DUMAI', 106.25, 'Istimewa']);
  expect(ws.pageSetup.orientation).toBe('landscape');
  const zip = await JSZip.loadAsync(fs.readFileSync(out));
  const chart = await zip.file('xl/charts/chart1.xml')!.async('string');
  const drawing = await zip.file('xl/drawings/drawing1.xml')!.async('string');
  const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  for (const x of [chart, drawing, sheet, await zip.file('[Content_Types].xml')!.async('string')])
    expect(XMLValidator.validate(x)).toBe(true);
  expect(chart).toContain(`<c:f>'Rekap TW II 2025'!$C$${header + 1}:$C$${header + 3}</c:f>`);
  expect(chart).toContain('<c:pt idx="0"><c:v>LOKA POM DI DUMAI</c:v></c:pt>');
  expect(chart).toContain(`<c:f>'Rekap TW II 2025'!$B$${header + 1}:$B$${header + 3}</c:f>`);
  expect(chart).toContain('<c:barChart><c:barDir val="col"/>');
  expect(chart).not.toContain('<c:lineChart>');
  expect(chart).toContain('<a:t>NPSS per unit, Q2 2025</a:t>');
  const rid = /<drawing r:id="(rId\d+)"\/>(<legacyDrawing|<tableParts|<extLst|<\/worksheet>)/.exec(sheet)?.[1];
  expect(rid).toBeDefined();
  expect(await zip.file('xl/worksheets/_rels/sheet1.xml.rels')!.async('string')).toContain(
    `<Relationship Id="${rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/>`,
  );
  fs.rmSync(out);
});

test('without -o: JSON on stdout; the output file may not be an input; a bad --tw is refused', async () => {
  const one = path.join(dir, 'unit-1.xlsx');
  const r = await rapk('rekap', one, '--tw', '2');
  expect(r.code).toBe(0);
  expect(JSON.parse(r.out).units[0].npss).toBe(101.67);
  const same = await rapk('rekap', one, '--tw', '2', '-o', one);
  expect(same.code).toBe(2);
  expect(same.err).toContain('tidak boleh sama');
  expect((await rapk('rekap', one, '--tw', '5')).err).toContain('--tw harus 1, 2, 3 atau 4');
});

test('the npss of each unit equals rapk summary --json', async () => {
  for (const i of [1, 2, 3]) {
    const file = path.join(dir, `unit-${i}.xlsx`);
    const s = JSON.parse((await rapk('summary', file, '--tw', '2', '--json')).out);
    const k = JSON.parse((await rapk('rekap', file, '--tw', '2')).out);
    expect(k.units[0].npss).toBe(s.npss);
  }
});

test('no usable file at all: exit 2 and a message, nothing written', async () => {
  const out = path.join(dir, '..', `rekap-none-${process.pid}.xlsx`);
  const r = await rapk('rekap', path.join(dir, 'rusak.xlsx'), '--tw', '2', '-o', out);
  expect(r.code).toBe(2);
  expect(r.err).toContain('tidak ada berkas yang dapat direkap');
  expect(fs.existsSync(out)).toBe(false);
});
