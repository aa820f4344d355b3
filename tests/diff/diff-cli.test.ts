/**
 * `rapk diff` on a real document and a revision of it made here with a known set of changes
 * (issue 23): the JSON lists exactly those changes, the text groups them by indicator, `-o`
 * writes the `Riwayat Revisi` sheet into a copy of the new version, and the exit codes are
 * 0 identical / 1 changes / 2 unreadable. The add-in path (the simulator read by the adapter)
 * gives the same diff (parity).
 */
import * as fs from 'fs';
import * as path from 'path';
import { loadWorkbook, sheetToGrid } from '../../src/cli/xlsx';
import { diffRapk } from '../../src/core/diff/diff';
import { rapkForDiff } from '../../src/core/diff/workbook';
import type { Grid } from '../../src/core/grid/grid';
import { DESKTOP_LIMITS, SheetReader } from '../../src/excel/read';
import { ExcelSimulator } from '../../src/sim/excelSim';
import { loadGrid } from '../../src/sim/load';
import { WorkbookWriter } from '../../src/xlsx/writer';
import { rapk, tmpDir } from '../support/cli';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'rapk-2024-rejang-lebong.xlsx');
const SHEET = 'RAPK 2024';
const A1 = (a: string): { r: number; c: number } => {
  const m = /^([A-Z]+)(\d+)$/.exec(a)!;
  return { r: Number(m[2]) - 1, c: [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 };
};

/** The revision: a target, a line's own anggaran, a contribution moved between indicators, a rename. */
const EDITS: [string, string | number][] = [
  ['I17', 70], // 02.04 B06: 65 → 70
  ['M19', 20_000_000], // 02.04's line anggaran: 18.102.000 → 20.000.000
  ['N9', 60_412_160], // 01.01 gives 10.000.000 of PENGADAAN SAMPEL …
  ['N36', 40_176_640], // … to 04.01
  ['C55', '02 - Nilai Kualitas Pengelolaan Pengadaan Barang dan Jasa'], // 11.02 renamed
];

let dir: string;
let revised: string;

beforeAll(async () => {
  dir = tmpDir();
  revised = path.join(dir, 'rapk-2024-revisi-1.xlsx');
  const w = await WorkbookWriter.open(fs.readFileSync(FIXTURE));
  w.applyCells(
    SHEET,
    EDITS.map(([a, value]) => ({ ...A1(a), value })),
  );
  fs.writeFileSync(revised, await w.save());
});

const LINE_SAMPEL = {
  ro: expect.stringContaining('QIA.005') as unknown as string,
  komponen: expect.any(String) as unknown as string,
  subKomponen: expect.stringMatching(/PENGADAAN SAMPEL/i) as unknown as string,
};

describe('rapk diff', () => {
  it("lists exactly the revision's changes as JSON, exit 1", async () => {
    const r = await rapk('diff', FIXTURE, revised, '--json');
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out) as { old: unknown; new: unknown; changes: unknown[]; totals: { overall: unknown; sasaran: unknown[] } };
    expect(j.old).toEqual({ file: 'rapk-2024-rejang-lebong.xlsx', sheet: SHEET, year: 2024 });
    expect(j.new).toEqual({ file: 'rapk-2024-revisi-1.xlsx', sheet: SHEET, year: 2024 });
    expect(j.changes).toEqual([
      { kind: 'moved', line: LINE_SAMPEL, from: '01.01', to: '04.01', amount: 10_000_000, cells: { old: 'N9', new: 'N36' } },
      { kind: 'target', kode: '02.04', month: 6, old: 65, new: 70, cells: { old: 'I17', new: 'I17' } },
      {
        kind: 'renamed',
        kode: '11.02',
        old: 'Nilai Kualitas Pengelolaan Barang dan Jasa',
        new: 'Nilai Kualitas Pengelolaan Pengadaan Barang dan Jasa',
        cells: { old: 'C55', new: 'C55' },
      },
      {
        kind: 'lineAnggaran',
        line: expect.objectContaining({ ro: expect.any(String) }),
        old: 18_102_000,
        new: 20_000_000,
        cells: { old: 'M19', new: 'M19' },
      },
    ]);
    // indicator anggaran did not change: the totals are equal
    expect(j.totals.overall).toEqual({ old: 3_419_448_760, new: 3_419_448_760 });
  });

  it("prints the changes grouped by indicator in the planner's words (id and en)", async () => {
    const id = await rapk('diff', FIXTURE, revised);
    expect(id.code).toBe(1);
    expect(id.out).toContain('Indikator 02.04 Persentase sarana produksi');
    expect(id.out).toContain('  - Target B06 berubah dari 65 menjadi 70');
    expect(id.out).toMatch(/sebesar 10\.000\.000 dipindahkan dari indikator 01\.01 ke indikator 04\.01/);
    expect(id.out).toContain('4 perubahan');
    const en = await rapk('diff', FIXTURE, revised, '--lang', 'en');
    expect(en.out).toContain('  - Target B06 changed from 65 to 70');
    expect(en.out).toContain('4 changes');
  });

  it('exit 0 and says so when both versions are the same; exit 2 when a file is not a RAPK', async () => {
    const same = await rapk('diff', FIXTURE, FIXTURE);
    expect(same.code).toBe(0);
    expect(same.out).toContain('Tidak ada perubahan');
    const notXlsx = path.join(dir, 'bukan.xlsx');
    fs.writeFileSync(notXlsx, 'bukan workbook');
    expect((await rapk('diff', notXlsx, revised)).code).toBe(2);
    const missing = await rapk('diff', FIXTURE, path.join(dir, 'tidak-ada.xlsx'));
    expect(missing.code).toBe(2);
  });

  it('-o writes a Riwayat Revisi sheet into a copy of the new version, the RAPK sheet untouched', async () => {
    const out = path.join(dir, 'revisi-dengan-riwayat.xlsx');
    const r = await rapk('diff', FIXTURE, revised, '-o', out);
    expect(r.code).toBe(1);
    const wb = await loadWorkbook(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([SHEET, 'Riwayat Revisi']);
    const sheet = sheetToGrid(wb.getWorksheet('Riwayat Revisi')!);
    const texts = sheet.values.flat().filter((v): v is string => typeof v === 'string');
    expect(texts).toContain('RIWAYAT REVISI RENCANA AKSI PERJANJIAN KINERJA');
    expect(texts).toContain('Target B06 berubah dari 65 menjadi 70');
    expect(texts).toContain('Kontribusi dipindahkan');
    const rapkBefore = sheetToGrid((await loadWorkbook(revised)).getWorksheet(SHEET)!);
    expect(sheetToGrid(wb.getWorksheet(SHEET)!).values).toEqual(rapkBefore.values);
    // a second run replaces the sheet, never a second one
    const again = path.join(dir, 'lagi.xlsx');
    await rapk('diff', FIXTURE, out, '-o', again);
    expect((await loadWorkbook(again)).worksheets.map((w) => w.name)).toEqual([SHEET, 'Riwayat Revisi']);
  });

  it('the add-in path reads both versions to the same diff (parity)', async () => {
    const viaAddin = async (grids: readonly Grid[]): Promise<Grid[]> => {
      const sim = new ExcelSimulator({ platform: 'web' });
      for (const g of grids) loadGrid(sim, g);
      return sim.run(async (ctx) => {
        const c = ctx as unknown as Excel.RequestContext;
        const reader = new SheetReader(c, DESKTOP_LIMITS);
        const reads = grids.map((g) => reader.add(c.workbook.worksheets.getItem(g.name), g.name));
        await reader.finish();
        return reads.map((x) => ({ ...x.grid!, name: x.name }));
      });
    };
    const cliGrids = async (f: string): Promise<Grid[]> => (await loadWorkbook(f)).worksheets.map(sheetToGrid);
    const model = (grids: Grid[]) => {
      const s = rapkForDiff(grids);
      if ('problem' in s) throw new Error('no RAPK');
      return s.model;
    };
    const [a, b] = [await cliGrids(FIXTURE), await cliGrids(revised)];
    const cli = diffRapk(model(a), model(b));
    const addin = diffRapk(model(await viaAddin(a)), model(await viaAddin(b)));
    expect(addin).toEqual(cli);
    expect(cli.changes).toHaveLength(4);
  });
});
