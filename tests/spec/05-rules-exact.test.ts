/**
 * SPEC section 5, "Validation rules": the rows of the rules table checked exactly (code, severity,
 * the cell the mark goes to) and each numeric boundary of a rule from both sides. `05-rules`
 * names one test per row; these are the conditions it left loose (a finding asserted without its
 * severity, a boundary tested on one side only).
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../src/core/grid/grid';
import { validateWorkbook } from '../../src/core/workbook';
import { messageOf } from '../../src/core/locales';
import { rapk, tmpDir } from '../support/cli';
import { FLAT, codes, dRows, grid, kRows, rRows, pk, pkRows, realisasiRows, set, validate, writeXlsx } from './sheets';

/** [code, severity, first cell] of every finding */
const exact = (rows: CellValue[][]): [string, string, string][] =>
  validate(rows).findings.map((f) => [f.code, f.severity, f.cells[0] ?? '']);
const withRealisasi = (real: CellValue[][]): [string, string, string][] =>
  validateWorkbook([grid(kRows()), grid(real, 'Realisasi 2024')]).findings.map((f) => [f.code, f.severity, `${f.sheet}!${f.cells[0]}`]);
/** row 4 (indicator 01.01) shifted one column left: B02..B12 in D..N, `amount` in O (B12), P (ANGGARAN) empty */
const shifted = (amount: number): CellValue[][] => {
  const rows = kRows();
  rows[3] = [...rows[3]!.slice(0, 3), ...FLAT(90).slice(1), amount, null];
  return rows;
};

describe('5 · S02 and S04 are warnings', () => {
  it('S02 "indicator without sasaran": warning, on the indicator', () => {
    expect(exact(set(set(kRows(), 'A4', null), 'B4', null))).toEqual([['S02', 'warning', 'C4']]);
  });

  it('S04 "duplicate indicator number within a sasaran, or duplicate sasaran number": warning, on the later one', () => {
    expect(exact(set(kRows(), 'C8', '01 - Indeks Kepuasan Masyarakat'))).toEqual([['S04', 'warning', 'C8']]);
    expect(exact(set(kRows(), 'B11', '01 - Meningkatnya tata kelola pemerintahan'))).toEqual([['S04', 'warning', 'B11']]);
  });

  it('S04 is "within a sasaran": the same indicator number under two sasaran is no duplicate', () => {
    // 02.01 renumbered 02 - … : 01.02 and 02.02 share the indicator number, not the sasaran
    expect(codes(set(kRows(), 'C11', '02 - Nilai AKIP'))).toEqual([]);
  });
});

describe('5 · S04 in Layouts R and D', () => {
  it('Layout R: the `NO` column numbering a second sasaran `1.` again is a duplicate sasaran number', () => {
    expect(codes(set(rRows(), 'A13', '1.')).filter((c) => c !== 'S03@P6')).toEqual(['S04@B13']);
  });
  it('Layout D: two summary rows numbered `1.` are a duplicate indicator number (its heading lines are not: section 4)', () => {
    expect(codes(set(set(dRows().slice(0, 16), 'A7', '1.'), 'A13', '1.'))).toEqual(['S04@B7']);
  });
});

describe('5 · T03 "target outside 0..100 for an indicator whose name starts with `Persentase`/`Presentase`"', () => {
  it('any month, not only B12: B02 = 100.01 is T03 on E4; 100 is not', () => {
    const over = validate(set(kRows(), 'E4', 100.01)).findings.filter((f) => f.code !== 'T04');
    expect(over.map((f) => [f.code, f.severity, f.cells[0]])).toEqual([['T03', 'error', 'E4']]);
    expect(codes(set(kRows(), 'E4', 100)).filter((c) => !c.startsWith('T04'))).toEqual([]);
  });

  it('"starts with": a name with Persentase later in it is not a percentage indicator', () => {
    const rows = set(set(kRows(), 'C4', '01 - Indeks Persentase Makanan yang memenuhi syarat'), 'O4', 150);
    expect(codes(rows).filter((c) => !c.startsWith('T04'))).toEqual([]);
  });

  it('in upper case too ("upper/lower case", section 4): PERSENTASE … with B12 = 101 is T03', () => {
    const rows = set(set(kRows(), 'C4', '01 - PERSENTASE MAKANAN YANG MEMENUHI SYARAT'), 'O4', 101);
    expect(codes(rows).filter((c) => !c.startsWith('T04'))).toEqual(['T03@O4']);
  });
});

describe('5 · "percentages [are compared] to 0.01": T03 and R01 on a value within 0.01 of their bound', () => {
  it.each([
    [100.00000000001, []], // float noise of a formula: no error
    [100.004, []],
    [100.005, ['T03@O4']],
    [-0.004, []],
    [-0.005, ['T03@O4']],
  ])('T03: a `Persentase` B12 of %d → %j', (b12, want) => {
    expect(codes(set(kRows(), 'O4', b12)).filter((c) => !c.startsWith('T04'))).toEqual(want);
  });

  it.each([
    [100.00000000001, []],
    [100.004, []],
    [100.005, [['R01', 'warning', 'Realisasi 2024!H4']]],
  ])('R01 "> 100 for a `Persentase` indicator": realisasi %d → %j', (r, want) => {
    expect(withRealisasi(set(realisasiRows(kRows()), 'H4', r))).toEqual(want);
  });
});

describe('5 · targets are compared to 0.01, as P01 compares them: T04, T07 and R03 do not fire on a difference that rounds away', () => {
  it.each([
    [89.996, []],
    [89.99, [['T04', 'warning', 'J4']]],
  ])('T04: B07 of %d after 90 → %j', (v, want) => {
    expect(exact(set(kRows(), 'J4', v))).toEqual(want);
  });

  it.each([
    [90.004, []],
    [90.01, ['T07@N8']],
  ])("T07: the Layout D heading's B12 of %d against the summary's 90 → %j", (v, want) => {
    expect(codes(set(dRows().slice(0, 16), 'N8', v))).toEqual(want);
  });

  it.each([
    [90.004, []],
    [90.01, [['R03', 'info', 'Realisasi 2024!G4']]],
  ])("R03: Target TW I typed %d on the Realisasi sheet against the RAPK's 90 → %j", (v, want) => {
    expect(withRealisasi(set(realisasiRows(kRows()), 'G4', v))).toEqual(want);
  });
});

describe('5 · T05 "a budget-sized amount (≥ 1,000,000)"', () => {
  it('exactly 1,000,000 in B12 with the anggaran cell empty is budget-sized: T05 on it, an error', () => {
    const f = validate(shifted(1_000_000)).findings;
    expect(f.filter((x) => x.code === 'T05').map((x) => [x.severity, x.cells[0]])).toEqual([['error', 'O4']]);
    // taken as the anggaran, not as a target: no T01/T03/T04 from the shift
    expect(f.map((x) => x.code).filter((c) => c.startsWith('T') && c !== 'T05')).toEqual([]);
  });
  it('999,999 is not (05-rules), so the boundary is ≥', () => {
    expect(codes(shifted(999_999))).not.toContain('T05@O4');
  });
});

describe('5 · T06 "a gap: an empty month between two months that have targets"', () => {
  it('`-` and `0` are "no target this month" (section 4): a `-` or a 0 between two targets is a gap as well', () => {
    expect(exact(set(kRows(), 'H4', '-'))).toEqual([['T06', 'warning', 'H4']]);
    expect(exact(set(kRows(), 'H4', 0))).toEqual([['T06', 'warning', 'H4']]);
  });

  it('empty months before the first target are no gap (they are not between two months that have targets)', () => {
    expect(codes(set(set(kRows(), 'D4', null), 'E4', null))).toEqual([]);
  });

  it('two empty months in a row are one gap, marked on its first month', () => {
    const f = validate(set(set(kRows(), 'H4', null), 'I4', null)).findings;
    expect(f.map((x) => [x.code, x.severity, x.cells])).toEqual([['T06', 'warning', ['H4', 'I4']]]);
  });
});

describe('5 · the money rules one Rupiah past their boundary', () => {
  it('A02 "a line\'s contribution exceeds that line\'s anggaran": equal is fine (the clean line 7), one Rupiah more is A02 on the kontribusi', () => {
    expect(codes(kRows())).toEqual([]);
    expect(exact(set(kRows(), 'G7', 19_999_999))).toEqual([['A02', 'error', 'H7']]);
  });

  it("A03: one Rupiah over the line's anggaran over all its indicators is A03 on its first anggaran", () => {
    const rows = set(set(set(kRows(), 'H10', 50_000_001), 'P8', 50_000_001), 'P14', 110_000_001);
    const f = validate(rows).findings;
    expect(f.map((x) => [x.code, x.severity, x.cells[0], x.expected, x.actual])).toEqual([['A03', 'error', 'G6', 80_000_000, 80_000_001]]);
  });

  it('A05 of a Layout D detail table: one Rupiah off is A05 with expected = the Total row, actual = the sum', () => {
    const f = validate(set(dRows().slice(0, 16), 'M16', 20_000_001)).findings;
    expect(f.map((x) => [x.code, x.severity, x.cells[0], x.expected, x.actual])).toEqual([['A05', 'error', 'M16', 20_000_001, 20_000_000]]);
  });

  it('A06 "`B03+B06+B09+B12 ≠ Total`" is a sum: it carries `expected` (the line\'s Total) and `actual` (the quarters\' sum), as A01/A03/A05 do ("for sums, `expected` and `actual`")', () => {
    // line 10: 5,000,000 × 3 + 6,000,000 = 21,000,000 ≠ 20,000,000 (its table's B12 Total follows)
    const f = validate(set(set(dRows().slice(0, 16), 'L10', 6_000_000), 'L12', 8_500_000)).findings;
    expect(f.map((x) => [x.code, x.severity, x.cells[0], x.expected, x.actual])).toEqual([['A06', 'error', 'M10', 20_000_000, 21_000_000]]);
  });

  it('A07 "amount that is negative": on the indicator\'s anggaran as on a line', () => {
    const f = validate(set(set(kRows(), 'P11', -10_000_000), 'P14', 80_000_000)).findings;
    expect(f.filter((x) => x.code === 'A07').map((x) => [x.severity, x.cells[0]])).toEqual([['error', 'P11']]);
  });
});

describe('5 · R01–R03 and P01–P02, severities and marks', () => {
  it('R01 "realisasi is not a number": a warning on the typed cell', () => {
    expect(withRealisasi(set(realisasiRows(kRows()), 'J5', 'belum ada'))).toEqual([['R01', 'warning', 'Realisasi 2024!J5']]);
  });

  it('R01 "realisasi is not a number" covers the budget realisation too (section 2: Realisasi is the measured value "(or spent budget)"): text in Realisasi Anggaran TW II is R01 on that cell', () => {
    const real = set(set(realisasiRows(kRows()), 'Q4', 'dua puluh juta'), 'J4', 90);
    expect(withRealisasi(real)).toEqual([['R01', 'warning', 'Realisasi 2024!Q4']]);
    const f = validateWorkbook([grid(kRows()), grid(real, 'Realisasi 2024')]).findings[0]!;
    expect(messageOf(f, 'id')).toContain('dua puluh juta');
    expect(messageOf(f, 'en')).toContain('dua puluh juta');
    // an amount, or `-`, is not R01
    expect(withRealisasi(set(realisasiRows(kRows()), 'Q4', 20_000_000))).toEqual([]);
    expect(withRealisasi(set(realisasiRows(kRows()), 'Q4', '-'))).toEqual([]);
  });

  it('R01 "> 100 for a `Persentase` indicator": 100 is fine, 100.01 is R01', () => {
    expect(withRealisasi(set(realisasiRows(kRows()), 'H4', 100))).toEqual([]);
    expect(withRealisasi(set(realisasiRows(kRows()), 'H4', 100.01))).toEqual([['R01', 'warning', 'Realisasi 2024!H4']]);
  });

  it('R02 "an indicator of the RAPK is missing, or a row has a code the RAPK does not have": warnings', () => {
    const real = realisasiRows(kRows());
    const missing = real.filter((_, i) => i !== 4);
    expect(withRealisasi(missing).map((f) => f.slice(0, 2))).toEqual([['R02', 'warning']]);
    expect(withRealisasi(set(real, 'A6', '09.09')).filter((f) => f[0] === 'R02')).toContainEqual(['R02', 'warning', 'Realisasi 2024!A6']);
  });

  it('S05 "formula without a cached value" (section 4: "reported (S05), not read as 0") on the Realisasi sheet too: said on the cell, and not a missing target (no R03)', () => {
    const withFormula = (a: string, r: number, c: number): [string, string, string][] =>
      validateWorkbook([
        grid(kRows()),
        grid(set(realisasiRows(kRows()), a, null), 'Realisasi 2024', { noResult: [{ r, c }] }),
      ]).findings.map((f) => [f.code, f.severity, `${f.sheet}!${f.cells[0]}`]);
    expect(withFormula('J4', 3, 9)).toEqual([['S05', 'info', 'Realisasi 2024!J4']]); // Realisasi TW II
    expect(withFormula('Q4', 3, 16)).toEqual([['S05', 'info', 'Realisasi 2024!Q4']]); // Realisasi Anggaran TW II
    expect(withFormula('G4', 3, 6)).toEqual([['S05', 'info', 'Realisasi 2024!G4']]); // Target TW I
  });

  it('… and through the CLI, on an .xlsx whose Realisasi TW II is a formula saved without its value', async () => {
    const dir = tmpDir();
    try {
      const file = await writeXlsx(path.join(dir, 'formula.xlsx'), [grid(kRows()), grid(realisasiRows(kRows()), 'Realisasi 2024')]);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      wb.getWorksheet('Realisasi 2024')!.getCell('J4').value = { formula: 'H4*2' } as ExcelJS.CellFormulaValue;
      await wb.xlsx.writeFile(file);
      const r = await rapk('check', file, '--json');
      const f = JSON.parse(r.out).files[0].findings as { code: string; sheet: string; cells: string[] }[];
      expect([r.code, f.map((x) => `${x.code}@${x.sheet}!${x.cells[0]}`)]).toEqual([0, ['S05@Realisasi 2024!J4']]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  const withPk = (rows: CellValue[][]): [string, string, string][] =>
    validateWorkbook([grid(kRows()), pk(rows)]).findings.map((f) => [f.code, f.severity, `${f.sheet}!${f.cells[0]}`]);

  it('P01 is an error on B12 of the RAPK row', () => {
    const rows = pkRows();
    rows[2]![3] = 95;
    expect(withPk(rows)).toEqual([['P01', 'error', 'RAPK 2024!O11']]);
  });

  it("P02 is a warning, said once for the RAPK's indicator missing from the PK and once for the PK's missing from the RAPK", () => {
    const rows = [...pkRows().slice(0, 2), [3, '02 - Meningkatnya tata kelola pemerintahan', '01 - Indeks Reformasi Birokrasi', 80]];
    const f = withPk(rows);
    expect(f.map((x) => [x[0], x[1], x[2].split('!')[0]]).sort()).toEqual([
      ['P02', 'warning', 'PK 2024'],
      ['P02', 'warning', 'RAPK 2024'],
    ]);
    expect(f.map((x) => x[2])).toContain('RAPK 2024!C11');
  });
});
