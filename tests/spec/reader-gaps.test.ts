/**
 * SPEC section 4 sentences about the reader: the closing totals of Layouts D and R, months typed
 * as Excel dates on the one header row, S03 only for text that is read as a number, merged
 * cells below the header.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Grid } from '../../src/core/grid/grid';
import { loadWorkbook, sheetToGrid } from '../../src/cli/xlsx';
import { SheetReader, WEB_LIMITS } from '../../src/excel/read';
import { ExcelSimulator } from '../../src/sim/excelSim';
import { loadGrid } from '../../src/sim/load';
import { tmpDir } from '../support/cli';
import { allIndikator, kodeOf, valuesOf } from '../../src/core/reader/model';
import { planRealisasi } from '../../src/core/sheets/realisasi';
import { validateWorkbook } from '../../src/core/workbook';
import { codes, dRows, grid, kRows, rRows, set, validate } from './sheets';

describe('Layout D: the closing grand Total', () => {
  it('"(Layout D likewise ends with a grand `Total` row after the last detail table: the sum of all indicators\' anggaran, not a total of the last detail table.)"', () => {
    // M18 '50.000.000,00' = 30,000,000 + 20,000,000: only the text number is reported
    expect(codes(dRows())).toEqual(['S03@M18']);
    expect(validate(dRows()).model!.total!.amount.value).toBe(50_000_000);
    expect(allIndikator(validate(dRows()).model!)[1]!.subtotal!.amount.value).toBe(20_000_000);
  });

  it("a grand Total that is not the sum of the indicators' anggaran is A05 on it, expected = the Total, actual = the sum", () => {
    const f = validate(set(dRows(), 'M18', 51_000_000)).findings;
    expect(f.map((x) => [x.code, x.cells[0], x.expected, x.actual])).toEqual([['A05', 'M18', 51_000_000, 50_000_000]]);
  });
});

describe('Layout R: the NO column numbers the sasaran', () => {
  it('"The `NO` column numbers the *sasaran* (`1.`, `2`, … on the first indicator row of each sasaran); indicators are numbered `01 - …` afresh within each sasaran"', () => {
    const v = validate(rRows());
    expect(v.model!.layout).toBe('R');
    expect(v.model!.sasaran.map((s) => [s.no, s.indikator.map((i) => i.no)])).toEqual([
      ['01', ['01', '02']],
      ['02', ['01']],
    ]);
    // P6 '30.000.000,00' is a number stored as text; nothing else (no S04 for indicator 01 of sasaran 2)
    expect(codes(rRows())).toEqual(['S03@P6']);
  });

  it("the document's closing `Total` is the sum of all indicators' anggaran", () => {
    expect(validate(rRows()).model!.total!.amount.value).toBe(43_000_000);
    expect(codes(set(rRows(), 'P16', 44_000_000))).toEqual(['A05@P16', 'S03@P6']);
  });

  it('section 6: "Numbers come from the `NN - ` prefix of the sasaran and indicator texts, else from the `NO.` column": Kode 01.01, 01.02, 02.01', () => {
    const model = validate(rRows()).model!;
    expect(allIndikator(model).map(kodeOf)).toEqual(['01.01', '01.02', '02.01']);
    const plan = planRealisasi(model);
    const kodes = plan.cells.filter((c) => c.c === 0 && c.r > 2).map((c) => c.value);
    expect(kodes).toEqual(['01.01', '01.02', '02.01']);
  });

  it('section 7: the NPS per sasaran of the central agency groups its indicators by the `NO` sasaran', () => {
    const model = validate(rRows()).model!;
    expect(model.sasaran.map((s) => s.indikator.length)).toEqual([2, 1]);
  });
});

describe('merged cells below the header', () => {
  it('"merged cells (the value sits in the top-left cell and belongs to every row the merge covers: an RO or Komponen merged down a detail table is the RO of each of those lines)": Layout D', () => {
    const rows = set(set(dRows().slice(0, 16), 'D11', null), 'E11', null);
    const merges = [
      { r1: 9, c1: 3, r2: 10, c2: 3 },
      { r1: 9, c1: 4, r2: 10, c2: 4 },
    ];
    const v = validateWorkbook([grid(rows, 'RAPK 2023', { merges })]);
    expect(v.findings).toEqual([]);
    const lines = allIndikator(v.sheets[0]!.model)[0]!.lines;
    expect(lines[1]!.ro).toBe(lines[0]!.ro);
    expect(lines.map((l) => l.komponen)).toEqual(['Pelaksanaan koordinasi', 'Pelaksanaan koordinasi']);
  });

  it('the same in a Layout K budget sub-table: an RO and Komponen merged down two lines belong to both', () => {
    // rows 6–7 share RO and KOMPONEN (D6:D7, E6:E7 merged); their sub komponen differ
    const rows = set(set(kRows(), 'D7', null), 'E7', null);
    const merges = [
      { r1: 5, c1: 3, r2: 6, c2: 3 },
      { r1: 5, c1: 4, r2: 6, c2: 4 },
    ];
    const v = validateWorkbook([grid(rows, 'RAPK 2024', { merges })]);
    expect(allIndikator(v.sheets[0]!.model)[0]!.lines.map((l) => [l.ro, l.komponen, l.subKomponen])).toEqual([
      ['DR.3165.QIA.001 - Sampel Makanan', '055 - Pengadaan sampel makanan', 'A - PENGADAAN SAMPEL'],
      ['DR.3165.QIA.001 - Sampel Makanan', '055 - Pengadaan sampel makanan', 'B - SOSIALISASI'],
    ]);
  });
});

describe('months typed as Excel dates', () => {
  it('"months typed as Excel dates" on the one header row (no TARGET row above them): today the sheet is not found at all (no model, no finding)', () => {
    const serials = [45292, 45323, 45352, 45383, 45413, 45444, 45474, 45505, 45536, 45566, 45597, 45627];
    const rows = kRows();
    rows[2] = ['NO.', 'SASARAN KEGIATAN', 'INDIKATOR KINERJA KEGIATAN', ...serials, 'ANGGARAN'];
    const formats = rows.map((r, i) => r.map((_v, j) => (i === 2 && j >= 3 && j <= 14 ? 'mmm' : null)));
    const v = validateWorkbook([grid(rows, 'RAPK 2024', { formats })]);
    expect(v.findings).toEqual([]);
    expect(allIndikator(v.sheets[0]!.model).map((i) => valuesOf(i.targets))).toEqual(
      allIndikator(validate(kRows()).model!).map((i) => valuesOf(i.targets)),
    );
  });
});

describe('S03 only for text that is read as a number', () => {
  it('S03 "number stored as text (it is still read)": `4,7` as an anggaran is not read (A07), so it is not S03 as well', () => {
    const v = validate(set(kRows(), 'P4', '4,7'));
    // today: A07@P4 and S03@P4 ("still read as a number") on the same cell
    expect(v.findings.map((f) => `${f.code}@${f.cells[0]}`)).toEqual(['A07@P4']);
  });
});

describe('months typed as Excel dates, through both hosts', () => {
  const dir = tmpDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const dated = (): Grid => {
    const rows = kRows();
    rows[2] = [
      'NO.',
      'SASARAN KEGIATAN',
      'INDIKATOR KINERJA KEGIATAN',
      ...Array.from({ length: 12 }, (_, m) => 45292 + m * 31),
      'ANGGARAN',
    ];
    return grid(rows, 'RAPK 2024', { formats: rows.map((r, i) => r.map((_v, j) => (i === 2 && j >= 3 && j <= 14 ? 'mmm-yy' : null))) });
  };
  const expected = (): unknown => allIndikator(validate(kRows()).model!).map((i) => valuesOf(i.targets));

  it('the CLI: exceljs hands the Date cells of the one header row as serials with their date format', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('RAPK 2024');
    kRows().forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
    for (let m = 0; m < 12; m++) {
      const cell = ws.getCell(3, 4 + m);
      cell.value = new Date(Date.UTC(2024, m, 1));
      cell.numFmt = 'mmm-yy';
    }
    const file = path.join(dir, 'dated.xlsx');
    await wb.xlsx.writeFile(file);
    const v = validateWorkbook((await loadWorkbook(file)).worksheets.map(sheetToGrid));
    expect(v.findings).toEqual([]);
    expect(allIndikator(v.sheets[0]!.model).map((i) => valuesOf(i.targets))).toEqual(expected());
  });

  it('the add-in: the serials with their number formats, read by the adapter from the workbook', async () => {
    const sim = new ExcelSimulator({ platform: 'web' });
    loadGrid(sim, dated());
    const read = await sim.run(async (ctx) => {
      const c = ctx as unknown as Excel.RequestContext;
      const reader = new SheetReader(c, WEB_LIMITS);
      const r = reader.add(c.workbook.worksheets.getItem('RAPK 2024'), 'RAPK 2024');
      await reader.finish();
      return { ...r.grid!, name: r.name };
    });
    const v = validateWorkbook([read]);
    expect(v.findings).toEqual([]);
    expect(allIndikator(v.sheets[0]!.model).map((i) => valuesOf(i.targets))).toEqual(expected());
  });

  it('on the one header row a number without a date format is a number, not a month: no table is read from it', () => {
    const g = dated();
    const v = validateWorkbook([{ ...g, formats: g.formats!.map((r) => r.map((f) => (f ? '#,##0' : null))) }]);
    expect(v.sheets[0]?.model ?? null).toBeNull();
  });
});
