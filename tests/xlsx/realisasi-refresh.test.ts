/**
 * `rapk realisasi` on an existing Realisasi sheet refreshes it in place: the planner's columns,
 * helper formulas, typed formulas, notes, validations, widths and cells below the table come out
 * byte for byte; only the cells whose RAPK value changed are written.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { rapk, tmpDir } from '../support/cli';
import { fixtureGrids, fixturePath } from '../support/fixtures';
import { validateWorkbook } from '../../src/core/workbook';
import { partsOf } from '../support/package';

const cellsOf = (xml: string): Map<string, string> =>
  new Map([...xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)].map((m) => [m[1]!, m[0]]));

describe('rapk realisasi refresh in place', () => {
  it('keeps planner columns, formulas, notes, validations and widths; writes only what the RAPK changed', async () => {
    const dir = tmpDir();
    const one = path.join(dir, 'one.xlsx');
    expect((await rapk('realisasi', fixturePath('rapk-2025-jember.xlsx'), '-o', one)).code).toBe(0);
    // the planner works on the sheet (saved here by exceljs, standing in for Excel)
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(one);
    const ws = wb.getWorksheet('Realisasi 2025')!;
    ws.getCell('T3').value = 'Keterangan';
    ws.getCell('U3').value = 'Bukti Dukung';
    ws.getCell('V3').value = 'Bantu';
    ws.getCell('T4').value = 'sesuai laporan TW I';
    ws.getCell('T4').note = 'RAPK: dicek Bu Sari';
    ws.getCell('U4').value = 'https://drive/bukti-01';
    ws.getCell('V4').value = { formula: 'H4*2', result: 160 } as ExcelJS.CellFormulaValue;
    ws.getCell('H4').value = 80;
    ws.getCell('J4').value = { formula: "'RAPK 2025'!F7+1", result: 12 } as ExcelJS.CellFormulaValue;
    ws.getCell('A30').value = 'Catatan: data per 15 Juli';
    ws.getColumn(20).width = 33;
    ws.getCell('T4').dataValidation = { type: 'list', allowBlank: true, formulae: ['"ya,tidak"'] };
    await wb.xlsx.writeFile(one);
    const before = await partsOf(fs.readFileSync(one));

    const two = path.join(dir, 'two.xlsx');
    const r = await rapk('realisasi', one, '-o', two);
    // the fixture's RAPK has one error of its own (A05), which realisasi says on stderr
    expect(r.err).toBe('rapk: RAPK (sheet "RAPK 2025") masih memiliki 1 kesalahan; lihat dengan: rapk check BERKAS.xlsx\n');
    expect(r.code).toBe(0);
    const after = await partsOf(fs.readFileSync(two));
    const part = 'xl/worksheets/sheet2.xml';
    const b = before.get(part)!.toString();
    const a = after.get(part)!.toString();
    // nothing changed in the RAPK: the refresh writes no cell at all, the sheet is the same bytes
    expect(a).toBe(b);
    // every other part too
    for (const [p, buf] of before) expect({ p, same: after.get(p)?.equals(buf) }).toEqual({ p, same: true });
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(two);
    const s = out.getWorksheet('Realisasi 2025')!;
    expect(s.getCell('J4').formula).toBe("'RAPK 2025'!F7+1");
    expect(s.getCell('V4').formula).toBe('H4*2');
    expect(s.getCell('T4').note).toBe('RAPK: dicek Bu Sari');
    expect(s.getColumn(20).width).toBe(33);
  });

  it('a changed RAPK: only the owned cells it changes are written; every planner cell keeps its XML', async () => {
    const dir = tmpDir();
    const one = path.join(dir, 'one.xlsx');
    await rapk('realisasi', fixturePath('rapk-2025-jember.xlsx'), '-o', one);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(one);
    const ws = wb.getWorksheet('Realisasi 2025')!;
    ws.getCell('T3').value = 'Keterangan';
    ws.getCell('T4').value = 'sesuai laporan';
    ws.getCell('T4').note = 'catatan perencana';
    ws.getCell('H4').value = { formula: 'T9+1', result: 1 } as ExcelJS.CellFormulaValue;
    ws.getCell('A30').value = 'Catatan di bawah tabel';
    await wb.xlsx.writeFile(one);
    // the RAPK's first indicator gets a new TW I target (B03): its cell, as the reader found it
    const model = validateWorkbook((await fixtureGrids('rapk-2025-jember.xlsx')).slice(0, 1)).sheets[0]!.model;
    const cell = model.sasaran[0]!.indikator[0]!.targets[2]!.cell!;
    const target = ws.getCell('G4').value as number;
    const w2 = new ExcelJS.Workbook();
    await w2.xlsx.readFile(one);
    w2.getWorksheet('RAPK 2025')!.getCell(cell.r + 1, cell.c + 1).value = target + 5;
    const mid = path.join(dir, 'mid.xlsx');
    await w2.xlsx.writeFile(mid);
    const beforeMid = await partsOf(fs.readFileSync(mid));
    const two = path.join(dir, 'two.xlsx');
    expect((await rapk('realisasi', mid, '-o', two)).code).toBe(0);
    const after = await partsOf(fs.readFileSync(two));
    const part = 'xl/worksheets/sheet2.xml';
    const b = cellsOf(beforeMid.get(part)!.toString());
    const a = cellsOf(after.get(part)!.toString());
    const diff = [...b.keys()].filter((k) => a.get(k) !== b.get(k));
    expect(diff).toEqual(['G4']);
    expect(a.get('G4')).toMatch(new RegExp(`<v>${target + 5}</v>`));
    // the planner's cells: same XML
    for (const k of ['T3', 'T4', 'H4', 'A30']) expect(a.get(k)).toBe(b.get(k));
    // every other part (the planner's note among them) is the same bytes; no style was needed
    const others = [...beforeMid.keys()].filter((p) => p !== part && !after.get(p)?.equals(beforeMid.get(p)!));
    expect(others).toEqual([]);
    expect([...beforeMid.keys()].some((p) => /comments\d*\.xml$/.test(p))).toBe(true);
  });
});

describe('rapk realisasi and a planner sheet of the same name', () => {
  it('a "Realisasi 2025" sheet that is not a Realisasi table is never overwritten', async () => {
    const dir = tmpDir();
    const input = path.join(dir, 'in.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(fixturePath('rapk-2025-jember.xlsx'));
    wb.addWorksheet('Realisasi 2025').getCell('A1').value = 'catatan realisasi saya';
    await wb.xlsx.writeFile(input);
    const out = path.join(dir, 'out.xlsx');
    const r = await rapk('realisasi', input, '-o', out);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'rapk: sudah ada sheet "Realisasi 2025" tetapi isinya bukan tabel Realisasi (kolom Kode dan Realisasi TW I tidak ditemukan); sheet itu tidak ditimpa. Ganti namanya lalu ulangi.\n',
    );
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('rapk realisasi when an owned column is missing', () => {
  it('adds it after the last used column, says so, and moves nothing', async () => {
    const dir = tmpDir();
    const one = path.join(dir, 'one.xlsx');
    await rapk('realisasi', fixturePath('rapk-2025-jember.xlsx'), '-o', one);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(one);
    const ws = wb.getWorksheet('Realisasi 2025')!;
    ws.getCell('O3').value = 'Anggaran Induk'; // the planner renamed the Pagu header
    ws.getCell('T3').value = 'Keterangan';
    await wb.xlsx.writeFile(one);
    const two = path.join(dir, 'two.xlsx');
    const r = await rapk('realisasi', one, '-o', two);
    expect(r.out).toContain('kolom "Pagu" tidak ditemukan dan ditambahkan di sebelah kanan kolom yang terpakai; kolom lain tidak dipindah');
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(two);
    const s = back.getWorksheet('Realisasi 2025')!;
    expect(s.getCell('O3').value).toBe('Anggaran Induk');
    expect(s.getCell('T3').value).toBe('Keterangan');
    expect(s.getCell('U3').value).toBe('Pagu');
    expect(s.getCell('U4').value).toBe(s.getCell('O4').value);
  });
});
