/**
 * The reader classes the seed documents showed (issue 20 item 1), each on a small hand-built
 * grid: Layout R's NO column numbering the sasaran, a page header repeated with its labels
 * moved, Layout D's detail table closed by its Total and the grand total stated again at the
 * end, a heading separated from its detail table by a repeated header, and an indicator row
 * whose numbers sit on the row above its text.
 */
import { LAYOUT_D_DETAIL_LABELS } from '../../src/sample/generate';
import { param } from '../support/params';
import type { CellValue } from '../../src/core/grid/grid';
import { allIndikator, kodeOf, valuesOf } from '../../src/core/reader/model';
import { validateSheet } from '../../src/core/rules/validate';
import { gridOf } from '../support/grids';

const MONTHS = ['B01', 'B02', 'B03', 'B04', 'B05', 'B06', 'B07', 'B08', 'B09', 'B10', 'B11', 'B12'];

// ---------------------------------------------------------------- Layout R

/** Layout R: NO (A), indicator (B), B01..B12 (D..O), ANGGARAN (P); lists NO (B), KODE (C), RO (D), amount (P). */
const R_HEADER: CellValue[] = ['NO', 'INDIKATOR KINERJA SASARAN STRATEGIS', null, ...MONTHS, 'ANGGARAN'];
const R_LIST: CellValue[] = [null, 'NO', 'KODE', 'RO'];

function rInd(no: CellValue, text: string, b12: number, anggaran: number): CellValue[] {
  return [no, text, null, ...Array<CellValue>(11).fill('-'), b12, anggaran];
}
function rLine(n: number, kode: string, amount: number): CellValue[] {
  return [null, n, kode, `RO ${kode}`, ...Array<CellValue>(11).fill(null), amount];
}

function kodes(rows: CellValue[][]): string[] {
  const v = validateSheet(gridOf('RAPK 2024', rows));
  return allIndikator(v.model!).map(kodeOf);
}

describe('Layout R: the NO column numbers the sasaran', () => {
  const rows: CellValue[][] = [
    ['RENCANA AKSI PERJANJIAN KINERJA TAHUN 2024'],
    R_HEADER,
    rInd('1.', '01 - Indeks pengawasan', 83, 3_000_000),
    R_LIST,
    rLine(1, '3165.PDD.001', 3_000_000),
    rInd(null, '02 - Persentase obat memenuhi syarat', 97, 2_000_000),
    R_LIST,
    rLine(1, '3165.QIA.005', 2_000_000),
    rInd(2, '01 - Indeks kepatuhan', 86, 4_000_000),
    R_LIST,
    rLine(1, '3165.QIC.001', 1_500_000),
    rLine(2, '3165.QIC.004', 2_500_000),
    rInd('3.', '01 - Indeks kepuasan', 96.5, 1_000_000),
    R_LIST,
    rLine(1, '4122.QAH.001', 1_000_000),
  ];

  it('starts a sasaran at each NO number; indicators are numbered afresh within it', () => {
    const v = validateSheet(gridOf('RAPK 2024', rows));
    expect(v.model!.layout).toBe('R');
    expect(v.model!.sasaran.map((s) => s.no)).toEqual(['01', '02', '03']);
    expect(allIndikator(v.model!).map(kodeOf)).toEqual(['01.01', '01.02', '02.01', '03.01']);
    expect(v.findings).toEqual([]);
  });

  it('a NO column that repeats the indicator numbers numbers indicators, not sasaran', () => {
    const same: CellValue[][] = [
      R_HEADER,
      rInd(1, '01 - Indeks A', 80, 1_000_000),
      R_LIST,
      rLine(1, '3165.PDD.001', 1_000_000),
      rInd(2, '02 - Indeks B', 80, 1_000_000),
      R_LIST,
      rLine(1, '3165.PDD.002', 1_000_000),
    ];
    expect(kodes(same)).toEqual(['01.01', '01.02']);
  });

  it('a repeated sasaran number joins the sasaran read before (its indicators stay distinct)', () => {
    const again: CellValue[][] = [...rows, rInd(2, '02 - Indeks lagi', 80, 1_000_000), R_LIST, rLine(1, '9999.XXX.001', 1_000_000)];
    expect(kodes(again)).toEqual(['01.01', '01.02', '02.01', '02.02', '03.01']);
  });
});

// ---------------------------------------------------------------- repeated header, labels moved

describe('a main header repeated at a page break with its labels moved', () => {
  // ANGGARAN over the B12 column and B12 over the amounts, as seed 004 repeats it
  const moved: CellValue[] = ['NO', 'INDIKATOR KINERJA SASARAN STRATEGIS', null, ...MONTHS.slice(0, 11), 'ANGGARAN', 'B12'];
  const head: CellValue[][] = [R_HEADER, rInd('1.', '01 - Indeks pengawasan', 83, 3_000_000), R_LIST, rLine(1, '3165.PDD.001', 2_000_000)];

  it('keeps the columns in force when the rows under it fit them', () => {
    const v = validateSheet(
      gridOf('RAPK 2024', [
        ...head,
        moved,
        rLine(2, '3165.PDD.002', 1_000_000),
        rInd(null, '02 - Persentase lab', 87.96, 5_000_000),
        R_LIST,
        rLine(1, '3165.RAB.001', 5_000_000),
      ]),
    );
    const second = allIndikator(v.model!)[1]!;
    expect(second.targets[11]?.value).toBe(87.96);
    expect(second.anggaran.value).toBe(5_000_000);
    expect(v.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('follows the moved labels when the rows under it moved with them', () => {
    // the indicator and its list both one column left, under the moved ANGGARAN label
    const shiftedRow: CellValue[] = [null, '02 - Persentase lab', null, ...Array<CellValue>(11).fill('-'), 5_000_000, 87.96];
    const shiftedLine: CellValue[] = rLine(1, '3165.RAB.001', 5_000_000).slice(0, 14).concat([5_000_000]);
    const v = validateSheet(gridOf('RAPK 2024', [...head, rLine(2, '3165.PDD.002', 1_000_000), moved, shiftedRow, R_LIST, shiftedLine]));
    const second = allIndikator(v.model!)[1]!;
    expect(second.targets[11]?.value).toBe(87.96);
    expect(second.anggaran.value).toBe(5_000_000);
    expect(v.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

// ---------------------------------------------------------------- Layout D

const D_SUMMARY: CellValue[] = ['No.', 'Indikator Kinerja', ...MONTHS, 'Anggaran'];
const D_DETAIL: CellValue[] = [...LAYOUT_D_DETAIL_LABELS];

function dInd(no: number, name: string, target: number, anggaran: number): CellValue[] {
  return [`${no}.`, name, ...Array<CellValue>(12).fill(target), anggaran];
}
function dLine(no: number, sub: string, plan: number, total: number): CellValue[] {
  return [`${no}.`, 'Loka POM', 'KRO', 'RO', 'Komponen', 'A', sub, plan, 0, 0, 0, total, total, Math.round((total / plan) * 10000) / 100];
}
function dTotal(plan: number, total: number): CellValue[] {
  return ['Total', null, null, null, null, null, null, plan, 0, 0, 0, total, total];
}

const SUMMARY: CellValue[][] = [
  ['RENCANA AKSI PERJANJIAN KINERJA TAHUN 2023'],
  D_SUMMARY,
  dInd(1, 'Persentase obat memenuhi syarat', 90, 5_000_000),
  dInd(2, 'Persentase makanan memenuhi syarat', 95, 3_000_000),
  ['Total', null, null, null, null, null, null, null, null, null, null, null, null, 8_000_000],
];
const DETAIL_1: CellValue[][] = [
  dInd(1, 'Persentase obat memenuhi syarat', 90, 5_000_000),
  D_DETAIL,
  dLine(1, 'Sampel obat', 10_000_000, 5_000_000),
  dTotal(10_000_000, 5_000_000),
];
const DETAIL_2: CellValue[][] = [
  dInd(2, 'Persentase makanan memenuhi syarat', 95, 3_000_000),
  D_DETAIL,
  dLine(1, 'Sampel makanan', 4_000_000, 2_000_000),
  dLine(2, 'Uji makanan', 2_000_000, 1_000_000),
  dTotal(6_000_000, 3_000_000),
];

describe('Layout D: the closing grand Total after the last detail table', () => {
  const closing = (amount: number): CellValue[] => ['Total', null, null, null, null, null, null, null, null, null, null, null, amount];

  it('is the grand total stated again, not a second total of the last detail table', () => {
    const v = validateSheet(gridOf('RAPK 2023', [...SUMMARY, [], ...DETAIL_1, ...DETAIL_2, [], closing(8_000_000)]));
    const m = v.model!;
    expect(m.total?.row).toBe(5);
    expect(m.otherGrandTotals?.map((t) => [t.row, t.amount.value])).toEqual([[17, 8_000_000]]);
    expect(allIndikator(m)[1]!.subtotal?.row).toBe(15);
    expect(v.findings).toEqual([]);
  });

  it('is checked against the sum of the anggaran like the grand total (A05)', () => {
    const v = validateSheet(gridOf('RAPK 2023', [...SUMMARY, [], ...DETAIL_1, ...DETAIL_2, [], closing(9_000_000)]));
    expect(v.findings.map((f) => [f.code, f.cells[0], param(f, 'kind'), f.expected, f.actual])).toEqual([
      ['A05', 'M17', 'grand', 9_000_000, 8_000_000],
    ]);
  });
});

describe('Layout D: a heading separated from its detail header by a repeated summary header', () => {
  it('still heads the detail table: its lines belong to its indicator', () => {
    const [heading2, detail, ...lines2] = DETAIL_2;
    const v = validateSheet(gridOf('RAPK 2023', [...SUMMARY, [], ...DETAIL_1, heading2!, [], D_SUMMARY, detail!, ...lines2]));
    const inds = allIndikator(v.model!);
    expect(inds.map((i) => i.lines.length)).toEqual([1, 2]);
    expect(inds[1]!.heading?.row).toBe(11);
    expect(v.findings).toEqual([]);
  });
});

describe('an indicator row whose numbers sit on the row above its text', () => {
  it('reads as one row (Layout D heading): no S02, the heading has its numbers', () => {
    const heading2 = DETAIL_2[0]!;
    const numbers: CellValue[] = [null, null, ...heading2.slice(2)];
    const text: CellValue[] = heading2.slice(0, 2);
    const v = validateSheet(gridOf('RAPK 2023', [...SUMMARY, [], ...DETAIL_1, numbers, text, ...DETAIL_2.slice(1)]));
    const second = allIndikator(v.model!)[1]!;
    expect(valuesOf(second.heading!.targets)).toEqual(Array(12).fill(95));
    expect(second.heading?.anggaran.value).toBe(3_000_000);
    expect(second.lines).toHaveLength(2);
    expect(v.findings).toEqual([]);
  });

  it('reads as one row in the summary too', () => {
    const row2 = SUMMARY[3]!;
    const rows = [...SUMMARY.slice(0, 3), [null, null, ...row2.slice(2)], row2.slice(0, 2), SUMMARY[4]!, [], ...DETAIL_1, ...DETAIL_2];
    const v = validateSheet(gridOf('RAPK 2023', rows));
    const inds = allIndikator(v.model!);
    expect(inds.map((i) => [kodeOf(i), i.targets[11]?.value, i.anggaran.value])).toEqual([
      ['01.01', 90, 5_000_000],
      ['01.02', 95, 3_000_000],
    ]);
    expect(v.findings).toEqual([]);
  });
});

describe('T07 on a heading line that disagrees in many months', () => {
  it('is one warning, on the first month that disagrees; 0 and blank both mean no target', () => {
    const summary2: CellValue[] = ['2.', 'Persentase makanan memenuhi syarat', null, ...Array<CellValue>(11).fill(95), 3_000_000];
    const heading2: CellValue[] = ['2.', 'Persentase makanan memenuhi syarat', ...Array<CellValue>(12).fill(0), 3_000_000];
    const rows = [...SUMMARY.slice(0, 3), summary2, SUMMARY[4]!, [], ...DETAIL_1, heading2, ...DETAIL_2.slice(1)];
    const v = validateSheet(gridOf('RAPK 2023', rows));
    expect(v.findings.map((f) => [f.code, f.cells[0], param(f, 'field')])).toEqual([['T07', 'D11', 'B02']]);
  });
});

describe('a repeated page header decided by the rows under it', () => {
  const head: CellValue[][] = [R_HEADER, rInd('1.', '01 - Indeks pengawasan', 83, 3_000_000), R_LIST, rLine(1, '3165.PDD.001', 3_000_000)];

  it('a month label lost in the repeat (ANGGARAN over B12, no B12): the table keeps its columns', () => {
    const lost: CellValue[] = ['NO', 'INDIKATOR KINERJA SASARAN STRATEGIS', null, ...MONTHS.slice(0, 11), 'ANGGARAN'];
    const v = validateSheet(
      gridOf('RAPK 2024', [...head, lost, rInd(2, '01 - Indeks kepatuhan', 86, 4_000_000), R_LIST, rLine(1, '3165.QIC.001', 4_000_000)]),
    );
    expect(allIndikator(v.model!).map((i) => [kodeOf(i), i.targets[11]?.value, i.anggaran.value])).toEqual([
      ['01.01', 83, 3_000_000],
      ['02.01', 86, 4_000_000],
    ]);
    expect(v.findings).toEqual([]);
  });

  it('amounts under a million decide too (a target column holding more than ANGGARAN does not fit)', () => {
    const moved: CellValue[] = ['NO', 'INDIKATOR KINERJA SASARAN STRATEGIS', null, ...MONTHS.slice(0, 11), 'ANGGARAN', 'B12'];
    const v = validateSheet(
      gridOf('RAPK 2024', [...head, moved, rInd(null, '02 - Indeks kecil', 58, 400_000), R_LIST, rLine(1, '3165.QCA.002', 400_000)]),
    );
    const second = allIndikator(v.model!)[1]!;
    expect([second.targets[11]?.value, second.anggaran.value]).toEqual([58, 400_000]);
    expect(v.findings).toEqual([]);
  });

  it('a shifted row under a repeat whose labels fit it is still a shifted row when the lists below keep the columns', () => {
    const moved: CellValue[] = ['NO', 'INDIKATOR KINERJA SASARAN STRATEGIS', null, ...MONTHS.slice(0, 11), 'ANGGARAN', 'B12'];
    const shifted: CellValue[] = [null, '02 - Indeks geser', null, ...Array<CellValue>(10).fill('-'), 48, 5_000_000];
    const v = validateSheet(
      gridOf('RAPK 2024', [...head, moved, shifted, R_LIST, rLine(1, '3165.QLA.011', 2_000_000), rLine(2, '3165.QMA.012', 3_000_000)]),
    );
    expect(v.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}@${f.cells[0]}`)).toEqual(['T05@O6']);
  });
});

describe('a shifted row in a table with a blank column between its months', () => {
  it('moves along the table columns: B12 is read from B11 across the blank column', () => {
    // B01..B11 in C..M, a blank column N, B12 in O, Anggaran in P; the row is shifted one column left
    const header: CellValue[] = ['No.', 'Indikator Kinerja', ...MONTHS.slice(0, 11), null, 'B12', 'Anggaran'];
    const row: CellValue[] = ['1.', 'Persentase obat', ...Array<CellValue>(10).fill(60), 61, null, 5_000_000];
    const v = validateSheet(gridOf('RAPK 2024', [header, row]));
    const ind = allIndikator(v.model!)[0]!;
    expect([ind.targets[0]?.value, ind.targets[10]?.value, ind.targets[11]?.value, ind.anggaran.value]).toEqual([null, 60, 61, 5_000_000]);
    expect(v.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}@${f.cells[0]}`)).toEqual(['T05@O2', 'A08@O2']);
  });
});
