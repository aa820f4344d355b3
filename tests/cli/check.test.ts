import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { fixturePath } from '../support/fixtures';
import { rapk, tmpDir } from '../support/cli';

const sha = (f: string): string => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');

describe('rapk check', () => {
  it('exit 0 on a clean workbook, findings listed in Indonesian by default', async () => {
    const r = await rapk('check', fixturePath('rapk-2024-rejang-lebong.xlsx'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('Sheet "RAPK 2024": tata letak K, tahun 2024');
    expect(r.out).toContain('S03');
    expect(r.out).toContain('0 kesalahan, 0 peringatan, 4 info');
  });

  it('exit 1 when there are errors; --lang en speaks English', async () => {
    const r = await rapk('check', fixturePath('rapk-2024-rejang-lebong-errors.xlsx'), '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.out).toContain('7 errors, 1 warning, 4 info');
    expect(r.out).toMatch(/A01 +P26 +The 4 contributions of indicator 03\.01 sum to 128,600,000, not its budget 129,000,000/);
  });

  it('--json gives the SPEC section 8 shape', async () => {
    const r = await rapk('check', fixturePath('rapk-2024-rejang-lebong-errors.xlsx'), '--json');
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out) as { files: { file: string; sheets: any[]; findings: any[] }[] };
    expect(j.files).toHaveLength(1);
    const [f] = j.files;
    expect(f!.file).toBe(fixturePath('rapk-2024-rejang-lebong-errors.xlsx'));
    const sheet = f!.sheets[0];
    expect(Object.keys(sheet).sort()).toEqual(['layout', 'name', 'sasaran', 'total', 'unit', 'year']);
    expect(sheet.layout).toBe('K');
    expect(sheet.total).toBe(3_419_448_760);
    const ind = sheet.sasaran[0].indikator[0];
    expect(Object.keys(ind).sort()).toEqual(['anggaran', 'lines', 'name', 'no', 'row', 'targets']);
    expect(ind).toMatchObject({ no: '01', name: 'Persentase Obat yang memenuhi syarat', row: 7, anggaran: 70_412_160 });
    expect(ind.targets).toHaveLength(12);
    expect(Object.keys(ind.lines[0]).sort()).toEqual(['anggaran', 'komponen', 'kontribusi', 'ro', 'row', 'subKomponen']);
    const a01 = f!.findings.find((x) => x.code === 'A01');
    expect(a01).toEqual({
      code: 'A01',
      severity: 'error',
      sheet: 'RAPK 2024',
      cells: ['P26', 'N28', 'N29', 'N30', 'N31'],
      message: expect.stringContaining('03.01'),
      expected: 129_000_000,
      actual: 128_600_000,
    });
  });

  it('several files and a folder: one line per file and a total', async () => {
    const dir = tmpDir();
    for (const f of ['rapk-2024-rejang-lebong.xlsx', 'rapk-2025-jember.xlsx']) fs.copyFileSync(fixturePath(f), path.join(dir, f));
    fs.writeFileSync(path.join(dir, '~$lock.xlsx'), 'lock');
    const r = await rapk('check', dir, fixturePath('lakin-tw2-2024-dumai.xlsx'));
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/rapk-2024-rejang-lebong\.xlsx: 0 kesalahan, 0 peringatan, 4 info$/);
    expect(lines[1]).toMatch(/rapk-2025-jember\.xlsx: 1 kesalahan, 4 peringatan, 3 info$/);
    expect(lines[2]).toMatch(/lakin-tw2-2024-dumai\.xlsx: 0 kesalahan, 26 peringatan, 0 info$/);
    expect(lines[3]).toBe('Total 3 berkas: 1 kesalahan, 30 peringatan, 7 info');
  });

  it('--sheet selects one sheet; an unknown sheet exits 2 naming the sheets', async () => {
    const ok = await rapk('check', fixturePath('lakin-tw2-2024-dumai.xlsx'), '--sheet', 'RAPK 2024');
    expect(ok.code).toBe(0);
    const bad = await rapk('check', fixturePath('lakin-tw2-2024-dumai.xlsx'), '--sheet', 'Tidak Ada');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('sheet "Tidak Ada" tidak ada; sheet yang tersedia: "RAPK 2024", "Realisasi 2024"');
  });
});

describe('bad files exit 2 with one line, nothing written', () => {
  const cases: [string, (f: string) => Promise<void> | void, RegExp][] = [
    ['empty', (f) => fs.writeFileSync(f, ''), /berkas kosong/],
    ['not xlsx', (f) => fs.writeFileSync(f, 'Nama,Alamat\nBudi,Jakarta\n'), /bukan berkas \.xlsx/],
    [
      'truncated',
      (f) => fs.writeFileSync(f, fs.readFileSync(fixturePath('rapk-2025-jember.xlsx')).subarray(0, 3000)),
      /rusak atau terpotong/,
    ],
    [
      'password-protected',
      (f) => {
        const b = Buffer.alloc(4096);
        b.writeUInt32BE(0xd0cf11e0, 0);
        b.writeUInt32BE(0xa1b11ae1, 4);
        fs.writeFileSync(f, b);
      },
      /dilindungi kata sandi/,
    ],
    [
      'no RAPK table',
      async (f) => {
        const wb = new ExcelJS.Workbook();
        wb.addWorksheet('Data').addRow(['Nama', 'Alamat']);
        await wb.xlsx.writeFile(f);
      },
      /tidak ada tabel RAPK/,
    ],
  ];

  it.each(cases)('%s', async (_name, make, reason) => {
    const dir = tmpDir();
    const f = path.join(dir, 'in.xlsx');
    await make(f);
    const r = await rapk('check', f);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(reason);
    expect(r.err).not.toMatch(/at .*\.(js|ts):\d+/);
    const out = path.join(dir, 'out.xlsx');
    const a = await rapk('annotate', f, '-o', out);
    expect(a.code).toBe(2);
    expect(a.err.trim().split('\n')).toHaveLength(1);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('a missing file', async () => {
    const r = await rapk('check', '/nonexistent/x.xlsx');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/tidak ditemukan/);
  });

  it('usage errors exit 2', async () => {
    expect((await rapk('check')).code).toBe(2);
    expect((await rapk('frobnicate')).code).toBe(2);
    expect((await rapk('check', 'x.xlsx', '--lang', 'fr')).code).toBe(2);
  });

  it('--help exits 0', async () => {
    const r = await rapk('--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('check');
    expect(r.out).toContain('annotate');
  });
});

describe('rapk annotate', () => {
  it('writes fills and notes into a copy; the input is untouched', async () => {
    const dir = tmpDir();
    const input = path.join(dir, 'in.xlsx');
    fs.copyFileSync(fixturePath('rapk-2024-rejang-lebong-errors.xlsx'), input);
    const before = sha(input);
    const out = path.join(dir, 'out.xlsx');
    const r = await rapk('annotate', input, '-o', out);
    expect(r.code).toBe(1);
    expect(r.out).toContain('12 sel ditandai');
    expect(sha(input)).toBe(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('RAPK 2024')!;
    const p26 = ws.getCell('P26');
    expect((p26.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFF7C80');
    expect(String(p26.note)).toMatch(/^RAPK A01 \(Kesalahan\): Jumlah kontribusi 4 baris belanja indikator 03\.01/);
    expect((ws.getCell('J7').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC000');
    expect((ws.getCell('P7').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FF8EA9DB');
    // values never change
    expect(ws.getCell('P26').value).toBe(129_000_000);
    expect(ws.getCell('D13').value).toBe('1OO');
  });

  it('annotating its own output again replaces its notes instead of doubling them', async () => {
    const dir = tmpDir();
    const one = path.join(dir, 'one.xlsx');
    const two = path.join(dir, 'two.xlsx');
    await rapk('annotate', fixturePath('rapk-2024-rejang-lebong-errors.xlsx'), '-o', one);
    await rapk('annotate', one, '-o', two);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(two);
    const note = String(wb.getWorksheet('RAPK 2024')!.getCell('P26').note);
    expect(note.match(/RAPK A01/g)).toHaveLength(1);
  });

  it('refuses to overwrite its input', async () => {
    const dir = tmpDir();
    const input = path.join(dir, 'in.xlsx');
    fs.copyFileSync(fixturePath('rapk-2025-jember.xlsx'), input);
    const before = sha(input);
    const r = await rapk('annotate', input, '-o', input);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/tidak boleh sama/);
    expect(sha(input)).toBe(before);
  });
});

describe('rapk sample', () => {
  it('writes a sample workbook that checks clean; --errors plants five mistakes', async () => {
    const dir = tmpDir();
    const clean = path.join(dir, 'sample.xlsx');
    expect((await rapk('sample', '-o', clean)).code).toBe(0);
    const r = await rapk('check', clean, '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.files[0].findings).toEqual([]);
    expect(j.files[0].sheets[0].sasaran.flatMap((s: any) => s.indikator)).toHaveLength(9);
    const bad = path.join(dir, 'bad.xlsx');
    await rapk('sample', '--errors', '-o', bad);
    const e = JSON.parse((await rapk('check', bad, '--json')).out);
    expect(e.files[0].findings.map((f: any) => f.code).sort()).toEqual(['A01', 'A02', 'T02', 'T03', 'T04']);
  });
});
