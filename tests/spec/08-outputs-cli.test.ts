/** SPEC section 8, "Outputs": the `rapk` command line. */
import { spawn } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { CellValue } from '../../src/core/grid/grid';
import { noteText } from '../../src/cli/xlsx';
import { planToGrid, randomSpec, renderRapk } from '../../src/sample/generate';
import { rapk, tmpDir } from '../support/cli';
import { simOf } from '../support/sim';
import { grid, kRows, realisasiRows, set, writeXlsx } from './sheets';

const sha = (f: string): string => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');
async function open(f: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  return wb;
}
/** A01 (error) on P4, T04 (warning) on J4, S03 (info) on H7 */
const planted = (): CellValue[][] => set(set(set(set(kRows(), 'P4', 55_000_000), 'P14', 105_000_000), 'J4', 80), 'H7', '20.000.000');
/** the clean K sheet and its Realisasi sheet with TW II typed */
function withRealisasi(typed: Record<string, CellValue> = { J4: 99, J5: 60, J6: 60, Q4: 25_000_000 }, title = 'BALAI POM DI CONTOH') {
  let real = realisasiRows(kRows());
  for (const [a, v] of Object.entries(typed)) real = set(real, a, v);
  return [grid(set(kRows(), 'A2', title)), grid(real, 'Realisasi 2024')];
}

let dir: string;
beforeAll(() => {
  dir = tmpDir();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('8 · "`rapk check FILE.xlsx [--sheet NAME] [--json] [--lang id|en]` — prints findings; exit 0 when no `error`, 1 when errors, 2 when the file can\'t be used (message says why)"', () => {
  it('prints the findings, with their code and cell', async () => {
    const r = await rapk('check', await writeXlsx(path.join(dir, 'planted.xlsx'), [grid(planted())]));
    expect(r.out).toMatch(/A01 +P4 /);
    expect(r.out).toMatch(/T04 +J4 /);
    expect(r.out).toMatch(/S03 +H7 /);
    expect(r.out).toContain('1 kesalahan, 1 peringatan, 1 info');
  });

  it('exit 0 with warnings and infos only', async () => {
    const r = await rapk('check', await writeXlsx(path.join(dir, 'warn.xlsx'), [grid(set(kRows(), 'J4', 80))]));
    expect(r.code).toBe(0);
    expect(r.out).toContain('0 kesalahan, 1 peringatan, 0 info');
  });

  it('exit 1 with an error', async () => {
    expect((await rapk('check', await writeXlsx(path.join(dir, 'err.xlsx'), [grid(planted())]))).code).toBe(1);
  });

  it.each([
    ['missing', (f: string) => f, /tidak ditemukan|tidak ada/],
    ['not an xlsx', (f: string) => (fs.writeFileSync(f, 'Nama,Alamat\n'), f), /bukan berkas \.xlsx/],
    ['empty', (f: string) => (fs.writeFileSync(f, ''), f), /berkas kosong/],
  ])('exit 2 when the file is %s, saying why', async (name, make, why) => {
    const r = await rapk('check', make(path.join(dir, `${name.replace(/ /g, '-')}.xlsx`)));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(why);
  });

  it('exit 2 when no sheet holds a RAPK table', async () => {
    const r = await rapk(
      'check',
      await writeXlsx(path.join(dir, 'none.xlsx'), [
        grid(
          [
            ['Nama', 'Alamat'],
            ['Budi', 'Jakarta'],
          ],
          'Lain',
        ),
      ]),
    );
    expect(r.code).toBe(2);
  });
});

describe('8 · "`rapk annotate FILE.xlsx -o OUT.xlsx` — the same marks as in Excel, into a copy"', () => {
  it('the fills and notes of the copy are the ones Validasi writes in Excel; the input is unchanged', async () => {
    const file = await writeXlsx(path.join(dir, 'annotate.xlsx'), [grid(planted())]);
    const before = sha(file);
    const out = path.join(dir, 'annotate-out.xlsx');
    const r = await rapk('annotate', file, '-o', out);
    expect(r.code).toBe(1);
    expect(sha(file)).toBe(before);
    const ws = (await open(out)).getWorksheet('RAPK 2024')!;
    const { sim, gw } = simOf([grid(planted())]);
    await gw.validasi('id');
    const s = sim.store.sheet('RAPK 2024')!;
    for (const [a, r0, c] of [
      ['P4', 3, 15],
      ['J4', 3, 9],
      ['H7', 6, 7],
    ] as const) {
      const fill = ws.getCell(a).fill as ExcelJS.FillPattern;
      expect([a, `#${fill.fgColor!.argb!.slice(2)}`]).toEqual([a, sim.store.cell(s, r0, c)!.fill!.color]);
      expect([a, noteText(ws.getCell(a))]).toEqual([a, s.notes.get(a)]);
    }
    expect(ws.getCell('P4').value).toBe(55_000_000);
  });
});

describe('8 · "`rapk realisasi FILE.xlsx -o OUT.xlsx` — adds/refreshes the Realisasi sheet in a copy"', () => {
  it('adds it, then refreshes it keeping a typed value; the input is unchanged', async () => {
    const file = await writeXlsx(path.join(dir, 'real.xlsx'), [grid(kRows())]);
    const before = sha(file);
    const one = path.join(dir, 'real-1.xlsx');
    expect((await rapk('realisasi', file, '-o', one)).code).toBe(0);
    expect(sha(file)).toBe(before);
    const wb = await open(one);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['RAPK 2024', 'Realisasi 2024']);
    wb.getWorksheet('Realisasi 2024')!.getCell('H5').value = 33;
    await wb.xlsx.writeFile(one);
    const two = path.join(dir, 'real-2.xlsx');
    expect((await rapk('realisasi', one, '-o', two)).code).toBe(0);
    const ws = (await open(two)).getWorksheet('Realisasi 2024')!;
    expect([ws.getCell('A5').value, ws.getCell('H5').value]).toEqual(['01.02', 33]);
  });
});

describe('8 · "`rapk summary FILE.xlsx --tw N [-o OUT.xlsx] [--json]` — computes and writes the Ringkasan sheet into a copy (`-o`), or prints JSON"', () => {
  it('-o writes `Ringkasan TW II 2024` into a copy; the input is unchanged', async () => {
    const file = await writeXlsx(path.join(dir, 'sum.xlsx'), withRealisasi());
    const before = sha(file);
    const out = path.join(dir, 'sum-out.xlsx');
    expect((await rapk('summary', file, '--tw', '2', '-o', out)).code).toBe(0);
    expect(sha(file)).toBe(before);
    const wb = await open(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['RAPK 2024', 'Realisasi 2024', 'Ringkasan TW II 2024']);
    // the print layout's title block (w-ringkasan, issue 22): agency, unit, then the title
    const sheet = wb.getWorksheet('Ringkasan TW II 2024')!;
    expect(['A1', 'A3'].map((a) => sheet.getCell(a).value)).toEqual([
      'BADAN PENGAWAS OBAT DAN MAKANAN',
      'RINGKASAN CAPAIAN KINERJA TRIWULAN II TAHUN 2024',
    ]);
  });

  it('--json prints the summary: "`{ "tw", "indikator": [ { "kode", "target", "realisasi", "capaian", "npi", "kriteria" } ], "sasaran": [ … ], "perspektif": [ … ], "npss", "predikat" }` (numbers rounded to 2 decimals; `null` where there is no value). Each indicator also carries `capaianTahunan` and `statusTahunan`.', async () => {
    const file = await writeXlsx(path.join(dir, 'sum-json.xlsx'), withRealisasi({ J4: 99, J5: 60, Q4: 25_000_000 }));
    const r = await rapk('summary', file, '--tw', '2', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(['tw', 'indikator', 'sasaran', 'perspektif', 'npss', 'predikat']);
    expect(j.indikator[0]).toEqual({
      kode: '01.01',
      target: 90,
      realisasi: 99,
      capaian: 110,
      npi: 110,
      kriteria: 'Sangat Baik',
      capaianTahunan: 110,
      statusTahunan: 'Melampaui',
    });
    expect(j.indikator[2]).toEqual({
      kode: '02.01',
      target: 60,
      realisasi: null,
      capaian: null,
      npi: null,
      kriteria: null,
      capaianTahunan: null,
      statusTahunan: null,
    });
    expect(j.sasaran[0]).toEqual({
      no: '01',
      nps: 105,
      predikat: 'Istimewa',
      perspektif: 'Stakeholder',
      pagu: 50_000_000,
      realisasiAnggaran: 25_000_000,
      penyerapan: 50,
      ie: 2.1,
      te: 1.1,
      efisiensi: '86% (tidak efisien)',
    });
    expect(j.perspektif).toEqual([
      { name: 'Stakeholder', nilai: 105, predikat: 'Istimewa' },
      { name: 'Internal Process', nilai: null, predikat: null },
      { name: 'Learning & Growth', nilai: null, predikat: null },
    ]);
    expect([j.tw, j.npss, j.predikat]).toEqual([2, 105, 'Istimewa']);
  });
});

describe('8 · "Several files at once (`rapk check a.xlsx b.xlsx …` or a folder) give one line per file and a total. The input file is never modified."', () => {
  it('two files and a folder of one', async () => {
    const sub = path.join(dir, 'folder');
    fs.mkdirSync(sub);
    const a = await writeXlsx(path.join(dir, 'a.xlsx'), [grid(kRows())]);
    const b = await writeXlsx(path.join(dir, 'b.xlsx'), [grid(planted())]);
    await writeXlsx(path.join(sub, 'c.xlsx'), [grid(set(kRows(), 'J4', 80))]);
    const sums = [sha(a), sha(b)];
    const r = await rapk('check', a, b, sub);
    expect(r.out.trim().split('\n')).toEqual([
      `${a}: 0 kesalahan, 0 peringatan, 0 info`,
      `${b}: 1 kesalahan, 1 peringatan, 1 info`,
      `${path.join(sub, 'c.xlsx')}: 0 kesalahan, 1 peringatan, 0 info`,
      'Total 3 berkas: 1 kesalahan, 2 peringatan, 1 info',
    ]);
    expect(r.code).toBe(1);
    expect([sha(a), sha(b)]).toEqual(sums);
  });
});

describe('8 · "`--json` of `check`"', () => {
  it("has exactly the SPEC's keys at every level", async () => {
    const file = await writeXlsx(path.join(dir, 'json.xlsx'), [grid(planted())]);
    const j = JSON.parse((await rapk('check', file, '--json')).out);
    expect(Object.keys(j)).toEqual(['files']);
    expect(Object.keys(j.files[0]).sort()).toEqual(['file', 'findings', 'sheets']);
    const sheet = j.files[0].sheets[0];
    expect(Object.keys(sheet).sort()).toEqual(['layout', 'name', 'sasaran', 'total', 'unit', 'year']);
    expect([sheet.name, sheet.layout, sheet.year, sheet.unit, sheet.total]).toEqual([
      'RAPK 2024',
      'K',
      2024,
      'BALAI POM DI CONTOH',
      105_000_000,
    ]);
    expect(Object.keys(sheet.sasaran[0]).sort()).toEqual(['indikator', 'name', 'no']);
    const ind = sheet.sasaran[0].indikator[0];
    expect(Object.keys(ind).sort()).toEqual(['anggaran', 'lines', 'name', 'no', 'row', 'targets']);
    expect(ind).toMatchObject({ no: '01', name: 'Persentase Makanan yang memenuhi syarat', row: 4, anggaran: 55_000_000 });
    expect(ind.targets).toEqual([90, 90, 90, 90, 90, 90, 80, 90, 90, 90, 90, 90]);
    expect(ind.lines[1]).toEqual({
      row: 7,
      ro: 'DR.3165.BDC.001 - Masyarakat KIE',
      komponen: '051 - KIE oleh UPT',
      subKomponen: 'B - SOSIALISASI',
      anggaran: 20_000_000,
      kontribusi: 20_000_000,
    });
    const a01 = j.files[0].findings[0];
    expect(a01).toEqual({
      code: 'A01',
      severity: 'error',
      sheet: 'RAPK 2024',
      cells: ['P4', 'H6', 'H7'],
      message: expect.stringContaining('01.01'),
      expected: 55_000_000,
      actual: 50_000_000,
    });
    expect(Object.keys(j.files[0].findings[1]).sort()).toEqual(['cells', 'code', 'message', 'severity', 'sheet']);
  });
});

describe('8 · "`rapk rekap FILES|FOLDERS --tw N -o OUT.xlsx [--json]` — the national consolidation"', () => {
  it('"one row per unit (NPSS, predikat, perspectives, budget, findings counts, rank)" and the `--json` keys', async () => {
    const sub = path.join(dir, 'rekap');
    fs.mkdirSync(sub);
    await writeXlsx(
      path.join(sub, 'satu.xlsx'),
      withRealisasi({ J4: 99, J5: 60, J6: 60, Q4: 25_000_000, Q5: 20_000_000, Q6: 5_000_000 }, 'BALAI POM DI SATU'),
    );
    // dua: its Realisasi sheet has a row with a Kode the RAPK does not have (R02, one warning)
    const dua = withRealisasi({ J4: 81, J5: 60, J6: 54, A7: '09.09' }, 'BALAI POM DI DUA');
    await writeXlsx(path.join(sub, 'dua.xlsx'), dua);
    const out = path.join(dir, 'rekap.xlsx');
    const r = await rapk('rekap', sub, '--tw', '2', '--json', '-o', out);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(['tw', 'units', 'failed', 'mean', 'median']);
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
    // satu: NPS 105 (Stakeholder) and 100 (L&G) → NPSS 102.5; dua: 95 and 90 → 92.5
    expect(
      j.units.map((u: { unit: string; npss: number; rank: number; indikator: number; terisi: number; errors: number }) => [
        u.unit,
        u.npss,
        u.rank,
        u.indikator,
        u.terisi,
        u.errors,
      ]),
    ).toEqual([
      ['BALAI POM DI SATU', 102.5, 1, 3, 3, 0],
      ['BALAI POM DI DUA', 92.5, 2, 3, 3, 0],
    ]);
    expect(j.units[0].perspektif).toEqual([
      { name: 'Stakeholder', nilai: 105 },
      { name: 'Internal Process', nilai: null },
      { name: 'Learning & Growth', nilai: 100 },
    ]);
    expect([j.failed, j.mean, j.median]).toEqual([[], 97.5, 97.5]);
    // budget: satu spent 50,000,000 of 100,000,000 by TW II; dua typed nothing
    expect([j.units[0].pagu, j.units[0].realisasiAnggaran, j.units[0].penyerapan, j.units[0].predikat]).toEqual([
      100_000_000,
      50_000_000,
      50,
      'Istimewa',
    ]);
    expect([j.units[1].realisasiAnggaran, j.units[1].penyerapan, j.units[1].warnings]).toEqual([null, null, 1]);
  });

  it('"a units × indicators capaian matrix, a chart" in OUT.xlsx', async () => {
    const out = path.join(dir, 'rekap.xlsx');
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    expect(Object.keys(zip.files).some((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))).toBe(true);
    const wb = await open(out);
    const texts = wb.worksheets.flatMap((ws) => {
      const all: string[] = [];
      ws.eachRow((row) => row.eachCell((c) => all.push(String(c.value))));
      return all;
    });
    expect(texts).toEqual(
      expect.arrayContaining(['BALAI POM DI SATU', 'BALAI POM DI DUA', 'Persentase Makanan yang memenuhi syarat', 'Nilai AKIP']),
    );
  });
});

describe('8 · "Every command\'s output is whole when piped (`rapk check --json | jq`)"', () => {
  it('a large check --json read slowly through a pipe parses whole', async () => {
    const big = planToGrid(renderRapk(randomSpec(11, { sasaran: 10, indicatorsPerSasaran: 10, linesPerIndicator: 8 })));
    const file = await writeXlsx(path.join(dir, 'big.xlsx'), [big]);
    const bin = path.resolve(__dirname, '../../bin/rapk.js');
    const text = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, [bin, 'check', file, '--json'], { stdio: ['ignore', 'pipe', 'inherit'] });
      const chunks: Buffer[] = [];
      child.stdout.on('data', (b: Buffer) => {
        chunks.push(b);
        child.stdout.pause();
        setTimeout(() => child.stdout.resume(), 1);
      });
      child.on('error', reject);
      child.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
    expect(text.length).toBeGreaterThan(100_000);
    const j = JSON.parse(text);
    expect(j.files[0].sheets[0].sasaran).toHaveLength(10);
  });
});
