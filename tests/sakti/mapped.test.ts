/**
 * Another export through a column mapping (issue 24): `--kolom kode=A,uraian=B,pagu=C,realisasi=D`
 * over a planner's own table of full line codes (with akun rows, a title with the period, a
 * total row) gives the same figures as SAKTI's report of the same lines; the CLI takes the flag.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Grid } from '../../src/core/grid/grid';
import { validateSheet } from '../../src/core/rules/validate';
import { fullCodeOf, parseMapping, readMapped } from '../../src/core/sakti/mapped';
import { importSakti } from '../../src/core/sakti/match';
import { saktiForWorkbooks } from '../../src/core/sakti/workbook';
import { planRealisasi } from '../../src/core/sheets/realisasi';
import { planToGrid } from '../../src/sample/generate';
import { renderPresentation, specOf } from '../../src/sample/present';
import { renderSakti, saktiOptions } from '../../src/sample/sakti';
import { rapk, tmpDir } from '../support/cli';
import { ownTableOf } from '../support/saktiOwn';

const SEED = 10;
const spec = specOf(SEED);
const rapkGrid = renderPresentation(SEED, { layout: 'K', plant: 'none' }, spec).grid;
const model = validateSheet(rapkGrid).model!;
const sakti = renderSakti(spec, SEED, saktiOptions(SEED, { year: spec.year, month: 6 }));
const expected = spec.sasaran.flatMap((s) =>
  s.indikator.map((i) => Math.round(i.lines.reduce((t, l) => t + sakti.realisasi.get(l.sub)! * (l.kontribusi / l.anggaran), 0))),
);

const ownTable = (): Grid => ownTableOf(spec, sakti);

describe('column mapping', () => {
  it('parses kode=A,uraian=B,pagu=C,realisasi=D (uraian optional) and refuses anything else', () => {
    expect(parseMapping('kode=A,uraian=B,pagu=C,realisasi=D')).toEqual({ kode: 0, uraian: 1, pagu: 2, realisasi: 3 });
    expect(parseMapping('kode=c, pagu=e, realisasi=AA')).toEqual({ kode: 2, uraian: null, pagu: 4, realisasi: 26 });
    expect(parseMapping('kode=A,pagu=C')).toBeNull();
    expect(parseMapping('kode=A,pagu=C,realisasi=1')).toBeNull();
    expect(parseMapping('kode=A,kode=B,pagu=C,realisasi=D')).toBeNull();
    expect(parseMapping('kode=A,jumlah=B,pagu=C,realisasi=D')).toBeNull();
  });

  it('reads full line codes in every spelling, never an akun or a shorter code alone', () => {
    const line = { kegiatan: '3165', kro: 'QIA', ro: '005', komponen: '053', sub: 'A' };
    expect(fullCodeOf('3165.QIA.005.053.A')).toEqual(line);
    expect(fullCodeOf('AB.3165.QIA.005.053.0A')).toEqual(line);
    expect(fullCodeOf('063.01.DR.3165.QIA.005.053.A.521211 Belanja')).toEqual(line);
    expect(fullCodeOf('QIA.005.053.A')).toEqual({ ...line, kegiatan: null });
    expect(fullCodeOf('521211')).toBeNull();
    expect(fullCodeOf('3165.QIA.005.053')).toBeNull();
    expect(fullCodeOf('JUMLAH')).toBeNull();
  });

  it("a planner's own table gives the same figures as SAKTI's report of the same lines; the period from its title", () => {
    const m = parseMapping('kode=C,uraian=A,pagu=E,realisasi=F')!;
    const report = readMapped([ownTable()], m);
    if ('missing' in report) throw new Error(report.missing);
    expect(report).toMatchObject({ year: 2025, month: 6, sheet: 'Tabel saya' });
    const imp = importSakti(model, report, 2);
    expect(imp.indicators.map((i) => Math.round(i.realisasiAnggaran!))).toEqual(expected);
    expect(imp.findings).toEqual([]);
    expect(imp.unmatched).toEqual({ export: [], rapk: [] });
  });

  it('a mapping that finds no line code: "mapped" is what was missing', () => {
    const m = parseMapping('kode=A,pagu=E,realisasi=F')!;
    expect(readMapped([ownTable()], m)).toEqual({ missing: 'mapped' });
    expect(saktiForWorkbooks([rapkGrid], [ownTable()], 2, { mapping: m })).toEqual({
      problem: { kind: 'notReport', missing: 'mapped', from: 'flag' },
    });
  });

  it('rapk anggaran --kolom: the figures, and a bad mapping or an unreadable table said (exit 2)', async () => {
    const dir = tmpDir();
    const wb = new ExcelJS.Workbook();
    for (const g of [rapkGrid, planToGrid(planRealisasi(model))]) {
      const ws = wb.addWorksheet(g.name);
      g.values.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
    }
    await wb.xlsx.writeFile(path.join(dir, 'rapk.xlsx'));
    const own = new ExcelJS.Workbook();
    const ws = own.addWorksheet('Tabel saya');
    ownTable().values.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
    await own.xlsx.writeFile(path.join(dir, 'omspan.xlsx'));
    const args = [path.join(dir, 'rapk.xlsx'), path.join(dir, 'omspan.xlsx'), '--tw', '2'];
    const r = await rapk('anggaran', ...args, '--kolom', 'kode=C,uraian=A,pagu=E,realisasi=F', '--json');
    expect(r.err).toBe('');
    expect((JSON.parse(r.out) as { indicators: { realisasiAnggaran: number }[] }).indicators.map((i) => i.realisasiAnggaran)).toEqual(
      expected,
    );
    const bad = await rapk('anggaran', ...args, '--kolom', 'kode=C');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--kolom harus seperti kode=A,uraian=B,pagu=C,realisasi=D/);
    const none = await rapk('anggaran', ...args, '--kolom', 'kode=A,pagu=E,realisasi=F');
    expect(none.code).toBe(2);
    expect(none.err).toMatch(
      /omspan\.xlsx tidak dapat dibaca dengan kolom yang diberikan \(--kolom\): tidak ada baris .*Tidak ada yang diubah/,
    );
  });
});
