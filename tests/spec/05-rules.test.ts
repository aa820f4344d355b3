/** SPEC section 5, "Validation rules": the shape of a finding, and one named test per row of the rules table. */
import * as fs from 'fs';
import * as path from 'path';
import type { CellValue } from '../../src/core/grid/grid';
import { validateWorkbook } from '../../src/core/workbook';
import { messageOf } from '../../src/core/locales';
import { RULES, RULE_CODES } from '../../src/core/rules/findings';
import { RULE_TABLE } from '../../src/core/rules/table';
import { rapk, tmpDir } from '../support/cli';
import { simOf, snapshot } from '../support/sim';
import { FLAT, codes, dRows, grid, kRows, pk, pkRows, realisasiRows, set, validate, writeXlsx } from './sheets';

const insert = (rows: CellValue[][], at: number, ...extra: CellValue[][]): CellValue[][] => [
  ...rows.slice(0, at - 1),
  ...extra,
  ...rows.slice(at - 1),
];
const d = (): CellValue[][] => dRows().slice(0, 16);
const withRealisasi = (real: CellValue[][]): string[] =>
  validateWorkbook([grid(kRows()), grid(real, 'Realisasi 2024')]).findings.map((f) => `${f.code}@${f.sheet}!${f.cells[0]}`);

describe('5 · "Each finding has a stable `code`, a `severity` (`error`, `warning`, `info`), the cells it concerns (A1 addresses, first cell = where the mark goes), a message in Indonesian (default) and English, and, for sums, `expected` and `actual`."', () => {
  it('an A01 finding carries all of them', () => {
    const [f] = validate(set(set(kRows(), 'P4', 55_000_000), 'P14', 105_000_000)).findings;
    expect(f).toEqual({
      code: 'A01',
      severity: 'error',
      sheet: 'RAPK 2024',
      cells: ['P4', 'H6', 'H7'],
      params: expect.any(Object),
      expected: 55_000_000,
      actual: 50_000_000,
    });
    expect(messageOf(f!)).toBe(messageOf(f!, 'id'));
    expect(messageOf(f!, 'id')).toMatch(/01\.01/);
    expect(messageOf(f!, 'en')).toMatch(/01\.01/);
    expect(messageOf(f!, 'en')).not.toBe(messageOf(f!, 'id'));
  });

  it('the CLI speaks Indonesian by default and English with --lang en', async () => {
    const file = await writeXlsx(path.join(tmpDir(), 'a01.xlsx'), [grid(set(set(kRows(), 'P4', 55_000_000), 'P14', 105_000_000))]);
    const id = await rapk('check', file);
    const en = await rapk('check', file, '--lang', 'en');
    expect(id.out).toMatch(/A01 +P4 +.*01\.01/);
    expect(en.out).toMatch(/A01 +P4 +.*01\.01/);
    expect(id.out).toContain('kesalahan');
    expect(en.out).toContain('error');
  });

  it("the table's code and severity of every rule are the ones the product uses (docs/SPEC.md read row by row)", () => {
    const spec = fs.readFileSync(path.resolve(__dirname, '../../docs/SPEC.md'), 'utf8');
    const section = spec.slice(spec.indexOf('## 5.'), spec.indexOf('## 6.'));
    const rows = [...section.matchAll(/^\| ([A-Z]\d\d) \| (error|warning|info) \|/gm)].map((m) => [m[1], m[2]]);
    // every rule of the product but the settings sheet's (M01–M06, SPEC section 7) and the SAKTI
    // import's (A09–A13, issue 24, ADR 021: beyond the SPEC, as tests/core/rules-table.test.ts
    // says) is in the table, and only those
    const beyond = new Set<string>(RULE_TABLE.filter((r) => r.stage === 'sakti').map((r) => r.code));
    expect(rows.map((r) => r[0]).sort()).toEqual(RULE_CODES.filter((c) => !c.startsWith('M') && !beyond.has(c)).sort());
    for (const [code, severity] of rows) expect([code, RULES[code as keyof typeof RULES]?.severity]).toEqual([code, severity]);
  });
});

describe('5 · the rules table', () => {
  it('S01 "no RAPK table found on the sheet (nothing else is reported, nothing is marked)"', async () => {
    const other = grid(
      [
        ['Nama', 'Alamat'],
        ['Budi', 'Jl. Merdeka 1'],
        [1, 2],
      ],
      'Lain',
    );
    const v = validateWorkbook([other], 'Lain');
    expect(v.findings.map((f) => [f.code, f.severity, f.cells])).toEqual([['S01', 'error', []]]);
    const { sim, gw } = simOf([other]);
    const before = snapshot(sim);
    // the pane is told there is no RAPK table (GatewayError noRapk), and no cell is touched
    await expect(gw.validasi('id')).rejects.toMatchObject({ kind: 'noRapk' });
    expect(snapshot(sim)).toEqual(before);
  });

  it('S02 "indicator without sasaran"', () => {
    expect(codes(set(set(kRows(), 'A4', null), 'B4', null))).toEqual(['S02@C4']);
  });

  it('S02 "or a row the reader could not classify that holds numbers"', () => {
    expect(codes(insert(kRows(), 8, [null, null, null, 5, 5, 5]))).toEqual(['S02@D8']);
  });

  it('S03 "number stored as text (it is still read)"', () => {
    const v = validate(set(kRows(), 'H6', '30.000.000'));
    expect(v.findings.map((f) => [f.code, f.severity, f.cells[0]])).toEqual([['S03', 'info', 'H6']]);
    expect(v.model!.sasaran[0]!.indikator[0]!.lines[0]!.kontribusi.value).toBe(30_000_000);
  });

  it('S04 "duplicate indicator number within a sasaran"', () => {
    expect(codes(set(kRows(), 'C8', '01 - Indeks Kepuasan Masyarakat'))).toEqual(['S04@C8']);
  });

  it('S04 "or duplicate sasaran number"', () => {
    expect(codes(set(kRows(), 'B11', '01 - Meningkatnya tata kelola pemerintahan'))).toEqual(['S04@B11']);
  });

  it.each([[null], ['-'], [0]])('T01 "indicator has no annual target (B12 empty, `-` or 0)": B12 = %j', (v) => {
    const f = validate(set(kRows(), 'O4', v)).findings;
    expect(f.map((x) => [x.code, x.severity, x.cells[0]])).toEqual([['T01', 'error', 'O4']]);
  });

  it('T02 "target cell holds text that is not a number"', () => {
    const f = validate(set(kRows(), 'E4', '9O')).findings;
    expect(f.map((x) => [x.code, x.severity, x.cells[0], 'text' in x.params && x.params.text])).toEqual([['T02', 'error', 'E4', '9O']]);
  });

  it.each([
    ['Persentase', 100.5, ['T03@O4']],
    ['Persentase', -1, ['T03@O4']],
    ['Presentase', 101, ['T03@O4']],
    ['Persentase', 100, []],
    ['Indeks', 150, []],
  ])('T03 "target outside 0..100 for an indicator whose name starts with `Persentase`/`Presentase`": %s, B12 = %d', (word, b12, want) => {
    const rows = set(set(kRows(), 'C4', `01 - ${word} Makanan yang memenuhi syarat`), 'O4', b12);
    expect(codes(rows).filter((c) => !c.startsWith('T04'))).toEqual(want);
  });

  it('T04 "target decreases from one month to the next (… mark: the lower, later month)"', () => {
    const f = validate(set(kRows(), 'J4', 80)).findings;
    expect(f.map((x) => [x.code, x.severity, x.cells])).toEqual([['T04', 'warning', ['J4', 'I4']]]);
  });

  it('T05 "a shifted row: a budget-sized amount (≥ 1,000,000) sits in a target column … while the anggaran cell is empty (mark: the misplaced amount)"', () => {
    const rows = kRows();
    rows[3] = [...rows[3]!.slice(0, 3), ...FLAT(90).slice(1), 50_000_000, null];
    expect(validate(rows).findings.map((x) => [x.code, x.severity, x.cells[0]])).toEqual([['T05', 'error', 'O4']]);
    // below 1,000,000 it is not budget-sized: a target of 999,999 with an empty anggaran is no T05
    const small = kRows();
    small[3] = [...small[3]!.slice(0, 3), ...FLAT(90).slice(1), 999_999, null];
    expect(codes(small)).not.toContain('T05@O4');
  });

  it('T05 "… or beyond the ANGGARAN column while the anggaran cell is … not an amount"', () => {
    const rows = set(set(kRows(), 'P4', 'lihat lampiran'), 'Q4', 50_000_000);
    expect(codes(rows)).toContain('T05@Q4');
  });

  it('T06 "a gap: an empty month between two months that have targets"', () => {
    const f = validate(set(kRows(), 'H4', null)).findings;
    expect(f.map((x) => [x.code, x.severity, x.cells[0]])).toEqual([['T06', 'warning', 'H4']]);
  });

  it('A01 "sum of the indicator\'s contributions ≠ the indicator\'s anggaran (`expected` = anggaran, `actual` = sum)"', () => {
    const f = validate(set(kRows(), 'H7', 25_000_000)).findings.filter((x) => x.code === 'A01');
    expect(f.map((x) => [x.severity, x.cells[0], x.expected, x.actual])).toEqual([['error', 'P4', 50_000_000, 55_000_000]]);
  });

  it('A02 "a line\'s contribution exceeds that line\'s anggaran (mark: the kontribusi cell)"', () => {
    const f = validate(set(kRows(), 'G7', 15_000_000)).findings;
    expect(f.map((x) => [x.code, x.severity, x.cells[0]])).toEqual([['A02', 'error', 'H7']]);
  });

  it('A03 "a budget line used by two or more indicators … contributes more, over all of them, than its anggaran (mark: its anggaran at first appearance)"', () => {
    // RO_A gives 30,000,000 to 01.01 and 55,000,000 to 01.02: 85,000,000 > 80,000,000
    const rows = set(set(set(kRows(), 'H10', 55_000_000), 'P8', 55_000_000), 'P14', 115_000_000);
    const f = validate(rows).findings;
    expect(f.map((x) => [x.code, x.severity, x.cells[0], x.expected, x.actual])).toEqual([['A03', 'error', 'G6', 80_000_000, 85_000_000]]);
    // exactly the anggaran is not more
    expect(codes(set(set(set(kRows(), 'H10', 50_000_000), 'P8', 50_000_000), 'P14', 110_000_000))).toEqual([]);
  });

  it('A03 "(same RO + komponen + sub komponen, compared case- and space-insensitively)"', () => {
    let rows = set(set(set(kRows(), 'H10', 55_000_000), 'P8', 55_000_000), 'P14', 115_000_000);
    rows = set(
      set(set(rows, 'D10', 'dr.3165.qia.001  -  sampel MAKANAN '), 'E10', '055 - PENGADAAN SAMPEL MAKANAN'),
      'F10',
      'a - pengadaan  sampel',
    );
    expect(codes(rows)).toEqual(['A03@G6']);
  });

  it('A03 "where A04 also fires, the first anggaran counts"', () => {
    // line 10 says 90,000,000 (A04); 85,000,000 is compared with the first 80,000,000
    const rows = set(set(set(set(kRows(), 'G10', 90_000_000), 'H10', 55_000_000), 'P8', 55_000_000), 'P14', 115_000_000);
    const f = validate(rows).findings;
    expect(f.map((x) => `${x.code}@${x.cells[0]}`)).toEqual(['A03@G6', 'A04@G10']);
    expect(f[0]).toMatchObject({ expected: 80_000_000, actual: 85_000_000 });
  });

  it('A04 "the same budget line is given different anggaran in different places (mark: the later, different value)"', () => {
    const f = validate(set(kRows(), 'G10', 90_000_000)).findings;
    expect(f.map((x) => [x.code, x.severity, x.cells[0]])).toEqual([['A04', 'error', 'G10']]);
  });

  it('A05 "the `Total` row ≠ the sum it closes (detail-table total …)"', () => {
    const f = validate(set(d(), 'M16', 21_000_000)).findings;
    expect(f.map((x) => [x.code, x.severity, x.cells[0], x.expected, x.actual])).toEqual([['A05', 'error', 'M16', 21_000_000, 20_000_000]]);
  });

  it('A05 "(… or grand total ≠ sum of indicator anggaran)"', () => {
    const f = validate(set(kRows(), 'P14', 100_000_001)).findings;
    expect(f.map((x) => [x.code, x.severity, x.cells[0], x.expected, x.actual])).toEqual([
      ['A05', 'error', 'P14', 100_000_001, 100_000_000],
    ]);
  });

  it('A06 "Layout D: `B03+B06+B09+B12 ≠ Total`"', () => {
    // line 10: 5,000,000 × 3 + 6,000,000 = 21,000,000 ≠ 20,000,000 (its table's B12 Total follows)
    const rows = set(set(d(), 'L10', 6_000_000), 'L12', 8_500_000);
    const f = validate(rows).findings;
    expect(f.map((x) => [x.code, x.severity, x.cells[0]])).toEqual([['A06', 'error', 'M10']]);
  });

  it('A06 "or `(%)` ≠ `Total / Budget Plan` (to 0.01 %)"', () => {
    expect(codes(set(d(), 'N10', 50.004))).toEqual([]);
    expect(codes(set(d(), 'N10', 50.02))).toEqual(['A06@N10']);
  });

  it.each([
    ['negative', -30_000_000],
    ['not a number', 'tiga puluh juta'],
    ['fractions of a Rupiah', 30_000_000.5],
  ])('A07 "amount that is negative, not a number, or has fractions of a Rupiah": %s', (_, v) => {
    const f = validate(set(kRows(), 'H6', v)).findings;
    expect(f.filter((x) => x.code === 'A07').map((x) => [x.severity, x.cells[0]])).toEqual([['error', 'H6']]);
    // text that is not an amount is not summed as 0: no A01 piled on it
    if (typeof v === 'string') expect(f.map((x) => x.code)).toEqual(['A07']);
  });

  it('A08 "indicator with anggaran but no budget lines"', () => {
    const rows = [...kRows().slice(0, 11), kRows()[13]!];
    expect(validate(rows).findings.map((x) => [x.code, x.severity, x.cells[0]])).toEqual([['A08', 'warning', 'P11']]);
  });

  it('A08 "or a budget line with no contribution"', () => {
    // line 7 without kontribusi, and 01.01's anggaran now its one remaining contribution
    const rows = set(set(set(kRows(), 'H7', null), 'P4', 30_000_000), 'P14', 80_000_000);
    expect(validate(rows).findings.map((x) => [x.code, x.severity, x.cells[0]])).toEqual([['A08', 'warning', 'H7']]);
  });

  it('T07 "Layout D: an indicator\'s detail heading line disagrees with its summary row (a target or the anggaran)"', () => {
    expect(validate(set(d(), 'H13', 50)).findings.map((x) => [x.code, x.severity, x.cells[0]])).toEqual([['T07', 'warning', 'H13']]);
    expect(codes(set(d(), 'O13', 21_000_000))).toEqual(['T07@O13']);
  });

  it('R01 "Realisasi sheet: realisasi is not a number, or > 100 for a `Persentase` indicator"', () => {
    const real = set(set(realisasiRows(kRows()), 'H4', 'belum ada'), 'J4', 101);
    expect(withRealisasi(real)).toEqual(['R01@Realisasi 2024!H4', 'R01@Realisasi 2024!J4']);
    // 101 for an indicator that is not a Persentase is fine
    expect(withRealisasi(set(realisasiRows(kRows()), 'H5', 101))).toEqual([]);
  });

  it('R02 "Realisasi sheet: an indicator of the RAPK is missing, or a row has a code the RAPK does not have"', () => {
    const real = realisasiRows(kRows());
    const missing = real.filter((_, i) => i !== 4); // 01.02 gone
    expect(withRealisasi(missing).filter((f) => f.startsWith('R02'))).toHaveLength(1);
    const extra = set(real, 'A6', '09.09');
    expect(withRealisasi(extra)).toContain('R02@Realisasi 2024!A6');
  });

  it('R03 "Realisasi sheet: target differs from the RAPK\'s (the RAPK wins)"', () => {
    const real = set(realisasiRows(kRows()), 'G4', 85);
    const v = validateWorkbook([grid(kRows()), grid(real, 'Realisasi 2024')]);
    expect(v.findings.map((f) => [f.code, f.severity, `${f.sheet}!${f.cells[0]}`])).toEqual([['R03', 'info', 'Realisasi 2024!G4']]);
  });

  it('S05 "a header label or cell the reader could not use (unknown header word, formula without a cached value); says what was skipped"', () => {
    const head = set(kRows(), 'Q3', 'XYZ LAIN');
    const f = validate(head).findings;
    expect(f.map((x) => [x.code, x.severity, x.cells[0], 'text' in x.params && x.params.text])).toEqual([
      ['S05', 'info', 'Q3', 'XYZ LAIN'],
    ]);
    expect(messageOf(f[0]!)).toContain('XYZ LAIN');
    const formula = validateWorkbook([grid(set(kRows(), 'G7', null), 'RAPK 2024', { noResult: [{ r: 6, c: 6 }] })]).findings;
    expect(formula.filter((x) => x.code === 'S05').map((x) => x.cells[0])).toEqual(['G7']);
  });

  const pkCodes = (rows: CellValue[][]): string[] =>
    validateWorkbook([grid(kRows()), pk(rows)]).findings.map((f) => `${f.code}@${f.sheet}!${f.cells[0]}`);

  it('P01 "the RAPK\'s annual target differs from the Perjanjian Kinerja sheet\'s target for the same indicator (mark: B12 of the RAPK row)"', () => {
    expect(pkCodes(pkRows())).toEqual([]);
    const rows = pkRows();
    rows[0]![3] = 92;
    expect(pkCodes(rows)).toEqual(['P01@RAPK 2024!O4']);
  });

  it('P02 "an indicator is in the PK sheet and not in the RAPK, or the other way round"', () => {
    const rows = [...pkRows().slice(0, 2), [3, '02 - Meningkatnya tata kelola pemerintahan', '01 - Indeks Reformasi Birokrasi', 80]];
    const f = pkCodes(rows);
    expect(f.map((x) => x.slice(0, 3))).toEqual(['P02', 'P02']);
  });
});

describe('5 · "Money is compared exactly in integer Rupiah (after rounding float noise to 6 decimals); percentages to 0.01."', () => {
  it('one Rupiah off is A01', () => {
    expect(codes(set(set(kRows(), 'P4', 50_000_001), 'P14', 100_000_001))).toEqual(['A01@P4']);
  });
  it('float noise is no difference', () => {
    expect(codes(set(kRows(), 'H7', 20_000_000.0000001))).toEqual([]);
  });
  it('(%) within 0.01 is equal, beyond is A06', () => {
    expect(codes(set(d(), 'N10', 49.995))).toEqual([]);
    expect(codes(set(d(), 'N10', 49.98))).toEqual(['A06@N10']);
  });
});
