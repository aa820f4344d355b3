/** SPEC section 4, "Workbooks typed in Excel (not converted from PDF) bring their own habits; all must read the same as the plain version". */
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { CellValue, Grid } from '../../src/core/grid/grid';
import { realisasiForWorkbook, summaryForWorkbook, validateWorkbook } from '../../src/core/workbook';
import { allIndikator, valuesOf } from '../../src/core/reader/model';
import { readRealisasi } from '../../src/core/reader/realisasi';
import { planRealisasi } from '../../src/core/sheets/realisasi';
import { planToGrid } from '../../src/sample/generate';
import { rapk, tmpDir } from '../support/cli';
import { simOf } from '../support/sim';
import { MONTHS, codes, dRows, grid, inds, kRows, realisasiRows, set, validate, writeXlsx } from './sheets';

const shape = (rows: CellValue[][] | Grid): unknown =>
  inds(rows).map((i) => [i.sasaranNo, i.no, i.name, valuesOf(i.targets), i.anggaran.value, i.lines.map((l) => [l.ro, l.kontribusi.value])]);
/** kRows with a number format on one cell */
const formatted = (rows: CellValue[][], address: string, format: string): Grid => {
  const m = /^([A-Z])(\d+)$/.exec(address)!;
  const c = m[1]!.charCodeAt(0) - 65;
  const r = Number(m[2]) - 1;
  return grid(rows, 'RAPK 2024', { formats: rows.map((row, i) => row.map((_v, j) => (i === r && j === c ? format : null))) });
};
/** the findings of a grid through the CLI (.xlsx written, `rapk check --json`) and through the add-in (simulator, Validasi) */
async function bothPaths(g: Grid): Promise<{ cli: string[]; addin: string[] }> {
  const file = await writeXlsx(path.join(tmpDir(), 'w.xlsx'), [g]);
  const r = await rapk('check', file, '--json');
  const j = JSON.parse(r.out) as { files: { findings: { code: string; cells: string[] }[] }[] };
  const { gw } = simOf([g]);
  const v = await gw.validasi('id');
  return { cli: j.files[0]!.findings.map((f) => `${f.code}@${f.cells[0]}`), addin: v.findings.map((f) => `${f.code}@${f.cells[0]}`) };
}

describe('4 · "A number with a `%` number format (value 0.95, shown `95%`) in a target, realisasi or `(%)` cell means 95."', () => {
  it('a target 0.9 shown `90%` is 90', () => {
    const g = formatted(set(kRows(), 'O4', 0.9), 'O4', '0%');
    expect(allIndikator(validateWorkbook([g]).sheets[0]!.model)[0]!.targets[11]?.value).toBe(90);
    expect(validateWorkbook([g]).findings).toEqual([]);
  });

  it('a realisasi 0.95 shown `95%` is 95', () => {
    const model = validate(kRows()).model!;
    const sheet = planToGrid(planRealisasi(model));
    const values = sheet.values.map((r) => [...r]);
    values[3]![7] = 0.95; // Realisasi TW I of 01.01 (H4)
    const formats = values.map((row, i) => row.map((_v, j) => (i === 3 && j === 7 ? '0.00%' : null)));
    const r = readRealisasi({ ...sheet, values, formats })!;
    expect(r.rows.find((x) => x.kode === '01.01')!.values.realisasi[0]).toEqual({ kind: 'number', value: 95 });
  });

  it('"A `%` inside quotes or escaped in a format (`0.00" (%)"`) is literal text and scales nothing"', () => {
    for (const f of ['0.00" (%)"', '0.00\\%']) {
      const g = formatted(set(kRows(), 'O4', 95), 'O4', f);
      expect(allIndikator(validateWorkbook([g]).sheets[0]!.model)[0]!.targets[11]?.value).toBe(95);
    }
  });

  it('"The add-in and the CLI decide this identically": 1.5 shown `150%` is T03 on both paths; 150 under `0.00" (%)"` is T03 on both', async () => {
    const pct = await bothPaths(formatted(set(kRows(), 'O4', 1.5), 'O4', '0%'));
    expect(pct.cli).toEqual(['T03@O4']);
    expect(pct.addin).toEqual(pct.cli);
    const literal = await bothPaths(formatted(set(kRows(), 'O4', 150), 'O4', '0.00" (%)"'));
    expect(literal.cli).toEqual(['T03@O4']);
    expect(literal.addin).toEqual(literal.cli);
  });

  it('"The add-in and the CLI decide this identically": a Layout D `(%)` of 0.4 shown `40%` is A06 on both paths, 0.5 is none', async () => {
    const d = dRows().slice(0, 16);
    const pct = (v: number): Grid =>
      grid(set(d, 'N10', v), 'RAPK 2023', { formats: d.map((r, i) => r.map((_c, j) => (i === 9 && j === 13 ? '0%' : null))) });
    const forty = await bothPaths(pct(0.4));
    expect(forty.cli).toEqual(['A06@N10']);
    expect(forty.addin).toEqual(forty.cli);
    const fifty = await bothPaths(pct(0.5));
    expect([fifty.cli, fifty.addin]).toEqual([[], []]);
  });
});

describe('4 · the realisasi cell on both paths', () => {
  it('"The add-in and the CLI decide this identically": a realisasi 0.99 shown `99%` gives capaian 110 in `rapk summary --json` and in the add-in\'s Ringkasan', async () => {
    const real = set(realisasiRows(kRows()), 'H4', 0.99);
    const formats = real.map((r, i) => r.map((_c, j) => (i === 3 && j === 7 ? '0%' : null)));
    const grids = [grid(kRows()), grid(real, 'Realisasi 2024', { formats })];
    const file = await writeXlsx(path.join(tmpDir(), 'r.xlsx'), grids);
    const j = JSON.parse((await rapk('summary', file, '--tw', '1', '--json')).out) as {
      indikator: { kode: string; realisasi: number; capaian: number }[];
    };
    expect(j.indikator[0]).toMatchObject({ kode: '01.01', realisasi: 99, capaian: 110 });
    const { gw } = simOf(grids);
    const r = await gw.ringkasan(1, 'id');
    expect(r.summary.indikator[0]!.realisasi).toBe(99);
  });
});

describe('4 · "Float noise from formulas (`=M57*55%` → 27720000.000000004) is not a fraction: amounts are rounded to 6 decimals before any money rule"', () => {
  it('a kontribusi of 30000000.000000004 is 30,000,000: no A07, no A01', () => {
    expect(codes(set(kRows(), 'H6', 30_000_000.000000004))).toEqual([]);
    expect(inds(set(kRows(), 'H6', 30_000_000.000000004))[0]!.lines[0]!.kontribusi.value).toBe(30_000_000);
  });
  it('a real fraction of a Rupiah is still A07', () => {
    expect(codes(set(kRows(), 'H6', 30_000_000.5))).toContain('A07@H6');
  });
});

describe('4 · "Header wordings:"', () => {
  const withHeader = (head: CellValue[], extraRows: CellValue[][] = []): CellValue[][] => {
    const rows = kRows();
    return [rows[0]!, rows[1]!, ...extraRows, head, ...rows.slice(3)];
  };

  it('"a label naming the indicator (`INDIKATOR KINERJA SASARAN STRATEGIS`) is the indicator column even if it contains SASARAN"', () => {
    const rows = withHeader(['NO.', 'SASARAN STRATEGIS', 'INDIKATOR KINERJA SASARAN STRATEGIS', ...MONTHS, 'ANGGARAN']);
    expect(codes(rows)).toEqual([]);
    expect(shape(rows)).toEqual(shape(kRows()));
  });

  it.each([
    [['Januari', 'Pebruari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agust', 'September', 'Oktober', 'Nopember', 'Desember']],
    [['Jan', 'Peb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agt', 'Sep', 'Okt', 'Nop', 'Des']],
  ])('"month names in old spellings and abbreviations (`Pebruari`, `Nopember`, `Agust`, `Agt`)": %j', (months) => {
    const rows = withHeader(['NO.', 'SASARAN KEGIATAN', 'INDIKATOR KINERJA KEGIATAN', ...months, 'ANGGARAN']);
    expect(codes(rows)).toEqual([]);
    expect(shape(rows)).toEqual(shape(kRows()));
  });

  it('"months typed as Excel dates": serials of the first of each month 2024, formatted `mmm`, under TARGET', () => {
    const serials = [45292, 45323, 45352, 45383, 45413, 45444, 45474, 45505, 45536, 45566, 45597, 45627];
    const rows = withHeader(
      [null, null, null, ...serials, null],
      [['NO.', 'SASARAN KEGIATAN', 'INDIKATOR KINERJA KEGIATAN', 'TARGET', ...Array<CellValue>(11).fill(null), 'ANGGARAN']],
    );
    const formats = rows.map((r, i) => r.map((_v, j) => (i === 3 && j >= 3 && j <= 14 ? 'mmm' : null)));
    const g = grid(rows, 'RAPK 2024', { formats });
    expect(validateWorkbook([g]).findings).toEqual([]);
    expect(shape(g)).toEqual(shape(kRows()));
  });

  const quarterly = (head: CellValue[], extra: CellValue[][] = []): CellValue[][] => [
    ['RENCANA AKSI PERJANJIAN KINERJA TAHUN 2024'],
    ...extra,
    head,
    ['1.', '01 - Sasaran satu', '01 - Nilai AKIP', 20, 40, 60, 80, 5_000_000],
    [null, null, 'NO', 'RO', 'KOMPONEN', 'SUB KOMPONEN', 'ANGGARAN', 'KONTRIBUSI'],
    [null, null, '1.', 'DR.3165.EBA.994 - Layanan', '002 - Operasional', 'A - LAYANAN', 5_000_000, 5_000_000],
  ];
  const Q = [null, null, 20, null, null, 40, null, null, 60, null, null, 80];

  it.each([
    [['TARGET TW I', 'TARGET TW II', 'TARGET TW III', 'TARGET TW IV']],
    [['Tw. I', 'Tw. II', 'Tw. III', 'Tw. IV']],
    [['TW-1', 'TW-2', 'TW-3', 'TW-4']],
  ])('"`TARGET TW I` in one cell, `Tw. I`, `TW-1`": %j are the targets of B03, B06, B09, B12', (tw) => {
    const rows = quarterly(['NO.', 'SASARAN KEGIATAN', 'INDIKATOR KINERJA KEGIATAN', ...tw, 'ANGGARAN']);
    expect(valuesOf(inds(rows)[0]!.targets)).toEqual(Q);
    expect(codes(rows)).toEqual([]);
  });

  it('"three header rows (TARGET / TW I..IV / B01..B12)"', () => {
    const rows = kRows();
    const three: CellValue[][] = [
      rows[0]!,
      rows[1]!,
      ['NO.', 'SASARAN KEGIATAN', 'INDIKATOR KINERJA KEGIATAN', 'TARGET', ...Array<CellValue>(11).fill(null), 'ANGGARAN'],
      [null, null, null, 'TW I', null, null, 'TW II', null, null, 'TW III', null, null, 'TW IV', null, null],
      [null, null, null, ...MONTHS],
      ...rows.slice(3),
    ];
    expect(codes(three)).toEqual([]);
    expect(shape(three)).toEqual(shape(kRows()));
  });

  it.each([['ANGGARAN (Rupiah)'], ['PAGU (Rp)']])('"`ANGGARAN (Rupiah)`, `PAGU (Rp)`": %s is the anggaran column', (label) => {
    const rows = withHeader(['NO.', 'SASARAN KEGIATAN', 'INDIKATOR KINERJA KEGIATAN', ...MONTHS, label]);
    expect(codes(rows)).toEqual([]);
    expect(shape(rows)).toEqual(shape(kRows()));
  });

  it('"A header label the reader had to skip is reported (S05), never silently ignored"', () => {
    const rows = withHeader(['NO.', 'SASARAN KEGIATAN', 'INDIKATOR KINERJA KEGIATAN', ...MONTHS, 'ANGGARAN', 'XYZ LAIN']);
    const f = validate(rows).findings;
    expect(f.map((x) => `${x.code}@${x.cells[0]}`)).toEqual(['S05@Q3']);
    expect('text' in f[0]!.params && f[0]!.params.text).toBe('XYZ LAIN');
    expect(shape(rows)).toEqual(shape(kRows()));
  });
});

describe('4 · "A RAPK table has target columns"', () => {
  it('"a sheet with `Indikator` and `Pagu` only (a rekap, a PK) is not a RAPK"', () => {
    const pk = grid(
      [['PERJANJIAN KINERJA TAHUN 2024'], ['No', 'Sasaran', 'Indikator', 'Pagu'], [1, '01 - Sasaran satu', '01 - Nilai AKIP', 5_000_000]],
      'Rekap',
    );
    const v = validateWorkbook([pk]);
    expect(v.sheets).toEqual([]);
    // the core's typed problem (w-pr): no sheet the reader stopped on
    expect(v.problem).toEqual({ kind: 'noRapk', sheet: null, stops: [] });
    expect(validateWorkbook([grid(kRows()), pk]).sheets.map((s) => s.name)).toEqual(['RAPK 2024']);
  });

  it('"With two RAPK years in a workbook, `Realisasi <year>` pairs with the RAPK of that year"', () => {
    let r2023 = set(kRows(), 'A1', 'RENCANA AKSI PERJANJIAN KINERJA TAHUN 2023');
    for (const c of 'DEFGHIJKLMNO') r2023 = set(r2023, `${c}4`, 80);
    const g2023 = grid(r2023, 'RAPK 2023');
    const g2024 = grid(kRows(), 'RAPK 2024');
    const real2023 = planToGrid(planRealisasi(validate(r2023, 'RAPK 2023').model!));
    expect(real2023.name).toBe('Realisasi 2023');
    const grids = [g2024, g2023, real2023];
    // the 2023 sheet copies 2023's targets: no R03 against 2023 (it would differ from 2024's 90)
    expect(validateWorkbook(grids).findings).toEqual([]);
    const r = realisasiForWorkbook(grids);
    expect('model' in r && r.model.sheet).toBe('RAPK 2023');
    const s = summaryForWorkbook(grids, 4);
    expect('summary' in s && s.summary.indikator[0]!.target).toBe(80);
  });
});

describe('4 · codes, amounts, dates, errors and formulas', () => {
  it('"Numbering `1.1`, `2.3` (sasaran.indikator) is a code, not the number 1 followed by text"', () => {
    const rows = set(set(kRows(), 'C4', '1.1 Persentase Makanan yang memenuhi syarat'), 'C8', '1.2 Indeks Kepuasan Masyarakat');
    const list = inds(rows);
    expect(list.slice(0, 2).map((i) => [i.sasaranNo, i.no, i.name])).toEqual([
      ['01', '01', 'Persentase Makanan yang memenuhi syarat'],
      ['01', '02', 'Indeks Kepuasan Masyarakat'],
    ]);
    expect(codes(rows)).toEqual([]);
  });

  it.each([
    ['Rp 70.412.160,-', 70_412_160],
    ['Rp. 70.412.160,00', 70_412_160],
    ['Rp29.959.960', 29_959_960],
  ])('"`Rp 70.412.160,-`, `Rp. 70.412.160,00`, `Rp29.959.960` are amounts (S03)": %s', (text, value) => {
    const v = validate(set(kRows(), 'P4', text));
    expect(allIndikator(v.model!)[0]!.anggaran.value).toBe(value);
    expect(v.findings.filter((f) => f.code === 'S03').map((f) => f.cells[0])).toEqual(['P4']);
    expect(v.findings.filter((f) => f.code === 'A07')).toEqual([]);
  });

  it('"Excel returns dates as serial numbers": a date typed beside the table (a serial in a column without header) is no finding', () => {
    const rows = set(set(kRows(), 'R4', 45292), 'R8', 45383);
    const formats = rows.map((r, i) => r.map((_v, j) => (j === 17 && (i === 3 || i === 7) ? 'dd/mm/yyyy' : null)));
    expect(validateWorkbook([grid(rows, 'RAPK 2024', { formats })]).findings).toEqual([]);
  });

  it('"and errors as `#N/A`-style strings": `#N/A` in a target cell is T02 (not a number), not read as a target', () => {
    const v = validate(set(kRows(), 'J4', '#N/A'));
    expect(v.findings.map((f) => `${f.code}@${f.cells[0]}`)).toEqual(['T02@J4']);
    expect(allIndikator(v.model!)[0]!.targets[6]?.value).toBeNull();
  });

  it('"a formula\'s cached value is its value": a kontribusi `=G6*0.375` saved with 30,000,000 reads 30,000,000 (CLI)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('RAPK 2024');
    kRows().forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
    ws.getCell('H6').value = { formula: 'G6*0.375', result: 30_000_000 };
    const file = path.join(tmpDir(), 'f.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await rapk('check', file, '--json');
    const j = JSON.parse(r.out) as {
      files: { sheets: { sasaran: { indikator: { lines: { kontribusi: number }[] }[] }[] }[]; findings: unknown[] }[];
    };
    expect(j.files[0]!.sheets[0]!.sasaran[0]!.indikator[0]!.lines[0]!.kontribusi).toBe(30_000_000);
    expect(j.files[0]!.findings).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('"a formula without a cached value is reported (S05), not read as 0": a kontribusi — S05 only, no sum (A01) or A08 computed as if it were 0', () => {
    const v = validateWorkbook([grid(set(kRows(), 'H6', null), 'RAPK 2024', { noResult: [{ r: 5, c: 7 }] })]);
    expect(allIndikator(v.sheets[0]!.model)[0]!.lines[0]!.kontribusi.value).toBeNull();
    expect(v.findings.map((x) => `${x.code}@${x.cells[0]}`)).toEqual(['S05@H6']);
  });

  it('"a formula without a cached value is reported (S05), not read as 0": an anggaran — S05 only, never "anggaran 0" (A01) nor a grand total short of it (A05)', () => {
    const v = validateWorkbook([grid(set(kRows(), 'P4', null), 'RAPK 2024', { noResult: [{ r: 3, c: 15 }] })]);
    expect(v.findings.map((x) => `${x.code}@${x.cells[0]}`)).toEqual(['S05@P4']);
  });
});
