import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { fixturePath } from '../support/fixtures';
import { rapk, tmpDir } from '../support/cli';

async function open(f: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  return wb;
}

describe('rapk realisasi', () => {
  it('a Realisasi sheet already up to date: written, and said unchanged (never "refreshed"); one that changes is not said so', async () => {
    const dir = tmpDir();
    const out = path.join(dir, 'same.xlsx');
    const r = await rapk('realisasi', fixturePath('lakin-tw2-2024-dumai.xlsx'), '-o', out, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toEqual([
      `Written: ${out} (sheet "Realisasi 2024")`,
      'Sheet "Realisasi 2024" was already up to date with the RAPK: nothing was changed.',
    ]);
    const fresh = await rapk('realisasi', fixturePath('rapk-2025-jember.xlsx'), '-o', path.join(dir, 'new.xlsx'), '--lang', 'en');
    expect(fresh.out).not.toMatch(/up to date/);
  });

  it('creates the sheet in a copy; typing and refreshing keeps every typed value', async () => {
    const dir = tmpDir();
    const one = path.join(dir, 'one.xlsx');
    const r = await rapk('realisasi', fixturePath('rapk-2025-jember.xlsx'), '-o', one);
    expect(r.code).toBe(0);
    expect(r.out).toContain('sheet "Realisasi 2025"');
    let wb = await open(one);
    const ws = wb.getWorksheet('Realisasi 2025')!;
    expect(ws.getRow(3).values).toEqual([
      undefined,
      'Kode',
      'Sasaran',
      'Indikator',
      'Perspektif',
      'Polaritas',
      'Penilaian',
      'Target TW I',
      'Realisasi TW I',
      'Target TW II',
      'Realisasi TW II',
      'Target TW III',
      'Realisasi TW III',
      'Target TW IV',
      'Realisasi TW IV',
      'Pagu',
      'Realisasi Anggaran TW I',
      'Realisasi Anggaran TW II',
      'Realisasi Anggaran TW III',
      'Realisasi Anggaran TW IV',
    ]);
    expect(ws.getCell('D4').dataValidation).toMatchObject({ type: 'list', formulae: ['"Stakeholder,Internal Process,Learning & Growth"'] });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, xSplit: 3 });
    // type realisasi
    ws.getCell('J4').value = 80;
    ws.getCell('J5').value = 25;
    ws.getCell('Q4').value = 30_000_000;
    ws.getCell('F6').value = 'Akhir Tahun';
    await wb.xlsx.writeFile(one);
    // refresh
    const two = path.join(dir, 'two.xlsx');
    expect((await rapk('realisasi', one, '-o', two)).code).toBe(0);
    wb = await open(two);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['RAPK 2025', 'Realisasi 2025']);
    const ws2 = wb.getWorksheet('Realisasi 2025')!;
    expect(ws2.getCell('J4').value).toBe(80);
    expect(ws2.getCell('J5').value).toBe(25);
    expect(ws2.getCell('Q4').value).toBe(30_000_000);
    expect(ws2.getCell('F6').value).toBe('Akhir Tahun');
    // the RAPK sheet is untouched
    const src = await open(fixturePath('rapk-2025-jember.xlsx'));
    expect(wb.getWorksheet('RAPK 2025')!.getCell('P7').value).toBe(src.getWorksheet('RAPK 2025')!.getCell('P7').value);
  });
});

describe('rapk summary', () => {
  it('--json on the Dumai workbook equals the golden file', async () => {
    const r = await rapk('summary', fixturePath('lakin-tw2-2024-dumai.xlsx'), '--tw', '2', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(JSON.parse(fs.readFileSync(fixturePath('lakin-tw2-2024-dumai.expected.json'), 'utf8')));
  });

  it('-o writes the Ringkasan sheet; running again replaces only that sheet', async () => {
    const dir = tmpDir();
    const one = path.join(dir, 'one.xlsx');
    expect((await rapk('summary', fixturePath('lakin-tw2-2024-dumai.xlsx'), '--tw', '2', '-o', one)).code).toBe(0);
    let wb = await open(one);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['RAPK 2024', 'Realisasi 2024', 'Ringkasan TW II 2024']);
    const ws = wb.getWorksheet('Ringkasan TW II 2024')!;
    expect(['A1', 'A2', 'A3'].map((a) => ws.getCell(a).value)).toEqual([
      'BADAN PENGAWAS OBAT DAN MAKANAN',
      'LOKA POM DI KOTA DUMAI',
      'RINGKASAN CAPAIAN KINERJA TRIWULAN II TAHUN 2024',
    ]);
    // indicator 01.04: 103.52 % Sangat Baik, coloured and written
    let found = false;
    ws.eachRow((row) => {
      if (row.getCell(2).value === '01.04') {
        found = true;
        expect(row.getCell(8).value).toBeCloseTo(103.52, 2);
        expect(row.getCell(8).numFmt).toBe('0.00');
        expect(row.getCell(9).value).toBe('Sangat Baik');
        expect((row.getCell(9).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FF00B050');
      }
    });
    expect(found).toBe(true);
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9 });
    // a user note on the Realisasi sheet survives a second run
    wb.getWorksheet('Realisasi 2024')!.getCell('J4').note = 'cek ulang';
    await wb.xlsx.writeFile(one);
    const two = path.join(dir, 'two.xlsx');
    expect((await rapk('summary', one, '--tw', '2', '-o', two)).code).toBe(0);
    wb = await open(two);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['RAPK 2024', 'Realisasi 2024', 'Ringkasan TW II 2024']);
    expect(String(wb.getWorksheet('Realisasi 2024')!.getCell('J4').note)).toBe('cek ulang');
  });

  it('a workbook without Realisasi sheet exits 2 with the reason', async () => {
    const r = await rapk('summary', fixturePath('rapk-2025-jember.xlsx'), '--tw', '1');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/sheet Realisasi belum ada/);
  });

  it('--tw must be 1..4', async () => {
    const r = await rapk('summary', fixturePath('lakin-tw2-2024-dumai.xlsx'), '--tw', '5');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--tw harus 1, 2, 3 atau 4/);
  });
});

describe('rapk check and annotate on a Realisasi sheet', () => {
  it('reports and marks R01 on the Realisasi sheet', async () => {
    const dir = tmpDir();
    const one = path.join(dir, 'one.xlsx');
    await rapk('realisasi', fixturePath('rapk-2025-jember.xlsx'), '-o', one);
    const wb = await open(one);
    wb.getWorksheet('Realisasi 2025')!.getCell('J4').value = 'delapan puluh';
    await wb.xlsx.writeFile(one);
    const r = await rapk('check', one);
    expect(r.out).toContain('Sheet "Realisasi 2025": sheet Realisasi, diperiksa terhadap RAPK');
    expect(r.out).toMatch(/R01\s+J4\s+Realisasi TW II indikator 01\.01 bukan angka: "delapan puluh"/);
    const ann = path.join(dir, 'ann.xlsx');
    await rapk('annotate', one, '-o', ann);
    const back = await open(ann);
    const cell = back.getWorksheet('Realisasi 2025')!.getCell('J4');
    expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC000');
    expect(String(cell.note)).toMatch(/^RAPK R01/);
  });
});
