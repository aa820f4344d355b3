/** The reader tolerates what PDF conversions and other units' templates produce (SPEC section 4). */
import type { CellValue, Grid } from '../../src/core/grid/grid';
import { planToGrid, randomSpec, renderRapk, type RapkSpec } from '../../src/sample/generate';
import { validateSheet } from '../../src/core/rules/validate';
import { allIndikator, valuesOf } from '../../src/core/reader/model';
import { fixtureGrids } from '../support/fixtures';
import { gridOf } from '../support/grids';

const codes = (rows: CellValue[][]): string[] => validateSheet(gridOf('RAPK', rows)).findings.map((f) => `${f.code}@${f.cells[0]}`);

describe('page breaks inside an indicator', () => {
  it('a wrapped sasaran and indicator continued after a repeated header join the row above (seed 001 page 5)', async () => {
    const g = (await fixtureGrids('rapk-2024-rejang-lebong.xlsx'))[0]!;
    const values = g.values.map((r) => [...r]);
    // split 04.01's texts as the PDF does: the rest after the repeated header
    values[31]![1] = '04 - Meningkatnya';
    values[31]![2] = '01 - Persentase sampel Obat yang diperiksa dan';
    const header = [values[4]!, values[5]!];
    values.splice(
      32,
      0,
      [...header[0]!],
      [...header[1]!],
      [null, 'efektivitas pemeriksaan produk dan pengujian Obat dan Makanan di masing – masing wilayah kerja UPT', 'diuji sesuai standar'],
    );
    const v = validateSheet({ ...g, values });
    expect(v.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const ind = v.model!.sasaran.find((s) => s.no === '04')!.indikator[0]!;
    expect(ind.name).toBe('Persentase sampel Obat yang diperiksa dan diuji sesuai standar');
    expect(v.model!.sasaran.find((s) => s.no === '04')!.name).toMatch(/^Meningkatnya efektivitas pemeriksaan produk/);
    expect(allIndikator(v.model!)).toHaveLength(14);
  });
});

describe('header words of other templates', () => {
  const row = (name: string, targets: CellValue[], anggaran: CellValue): CellValue[] => [
    '1.',
    '01 - Sasaran satu',
    name,
    ...targets,
    anggaran,
  ];

  it('month names instead of B01..B12', () => {
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
    const rows: CellValue[][] = [
      ['NO', 'SASARAN', 'INDIKATOR KINERJA', ...months, 'PAGU'],
      row('01 - Persentase x', Array(12).fill(90), 5_000_000),
    ];
    const v = validateSheet(gridOf('RAPK', rows));
    expect(valuesOf(allIndikator(v.model!)[0]!.targets)).toEqual(Array(12).fill(90));
    expect(v.findings.map((f) => f.code)).toEqual(['A08']);
  });

  it('quarters TW I..IV as the targets of B03, B06, B09, B12', () => {
    const rows: CellValue[][] = [
      ['NO', 'SASARAN', 'INDIKATOR', 'TW I', 'TW II', 'TW III', 'TW IV', 'ANGGARAN'],
      row('01 - Nilai AKIP', [20, 40, 60, 80], 5_000_000),
    ];
    const v = validateSheet(gridOf('RAPK', rows));
    expect(valuesOf(allIndikator(v.model!)[0]!.targets)).toEqual([null, null, 20, null, null, 40, null, null, 60, null, null, 80]);
    expect(v.model!.monthsInHeader.filter(Boolean)).toHaveLength(4);
  });

  it('"NO RO" in one cell with "1. DR.3165..." lines, NILAI KONTRIBUSI, RINCIAN OUTPUT (RO)', () => {
    const head: CellValue[] = ['NO.', 'SASARAN KEGIATAN', 'INDIKATOR KINERJA KEGIATAN', 'B03', 'B06', 'B09', 'B12', 'ANGGARAN'];
    const rows: CellValue[][] = [
      head,
      row('01 - Persentase x', [90, 90, 90, 90], 30_000_000),
      [null, null, 'NO RO', 'KOMPONEN', null, 'SUB KOMPONEN', 'ANGGARAN', 'NILAI KONTRIBUSI'],
      [null, null, '1. DR.3165.QIA.005 - Sampel Obat', '053 - Pengadaan sampel', null, 'A - PENGADAAN SAMPEL', '40.000.000', '30.000.000'],
      [null, null, '02 - Persentase y', 90, 90, 90, 90, 10_000_000],
      [null, null, 'NO', 'KODE', 'RINCIAN OUTPUT (RO)', 'KOMPONEN', 'ANGGARAN', 'KONTRIBUSI'],
      [null, null, '1.', 'DR.3165.BDC.001', 'Masyarakat KIE', '051 - KIE', 10_000_000, 10_000_000],
    ];
    const v = validateSheet(gridOf('RAPK', rows));
    const inds = allIndikator(v.model!);
    expect(inds.map((i) => i.lines.map((l) => [l.no, l.ro, l.kontribusi.value]))).toEqual([
      [['01', 'DR.3165.QIA.005 - Sampel Obat', 30_000_000]],
      [['01', 'DR.3165.BDC.001 - Masyarakat KIE', 10_000_000]],
    ]);
    expect(v.findings.map((f) => f.code)).toEqual(['S03', 'S03']);
  });
});

describe('numbers and blanks', () => {
  it('dash, blank and zero are "no target this month"; trailing spaces and % are tolerated', () => {
    const rows: CellValue[][] = [
      ['NO.', 'SASARAN KEGIATAN ', ' indikator kinerja ', 'b03', 'b06', 'b09', 'b12', 'Anggaran (Rp)'],
      ['1.', '01 - Sasaran', '01 - Persentase z ', '-', ' ', '80 %', '90%', 'Rp 1.500.000'],
    ];
    expect(codes(rows)).toEqual(['A08@H2', 'S03@F2', 'S03@G2', 'S03@H2']);
  });
});

describe('Layout D detail tables', () => {
  const spec = (): RapkSpec => randomSpec(5, { sasaran: 1, indicatorsPerSasaran: 4, linesPerIndicator: 2 });
  const renderD = (): Grid => planToGrid(renderRapk(spec(), { layout: 'D' }));
  /** rows of detail headings: the row right above each "Budget Plan" header */
  const headingRows = (g: Grid): number[] => g.values.flatMap((r, i) => (r.includes('Budget Plan') ? [i - 1] : []));

  const check = (g: Grid): void => {
    const v = validateSheet(g);
    expect(v.findings).toEqual([]);
    const want = spec().sasaran[0]!.indikator.map((i) => i.lines.map((l) => l.kontribusi));
    expect(allIndikator(v.model!).map((i) => i.lines.map((l) => l.kontribusi.value))).toEqual(want);
  };

  it('with headings written as a title across the table ("Indikator 2: ...")', () => {
    const g = renderD();
    const values = g.values.map((r) => [...r]);
    headingRows(g).forEach((r, k) => {
      values[r] = [`Indikator ${k + 1}: ${spec().sasaran[0]!.indikator[k]!.name}`];
    });
    check({ ...g, values });
  });

  it('with no heading lines at all (each detail table belongs to the next indicator)', () => {
    const g = renderD();
    const drop = new Set(headingRows(g));
    check({ ...g, values: g.values.filter((_, i) => !drop.has(i)) });
  });

  it('with a detail header repeated at a page break inside a table', () => {
    const g = renderD();
    const values = g.values.map((r) => [...r]);
    const h = headingRows(g)[1]! + 1; // the second table's header
    values.splice(h + 2, 0, [...values[h]!]); // repeat it after the first line
    check({ ...g, values });
  });
});

describe('Layout R lists', () => {
  it('NO / KODE / RO with a JUMLAH column and amounts typed as text', () => {
    const rows: CellValue[][] = [
      ['NO', 'SASARAN STRATEGIS', 'INDIKATOR KINERJA UTAMA', 'B03', 'B06', 'B09', 'B12', 'ANGGARAN'],
      ['1', '01 - Meningkatnya efektivitas pengawasan', '01 - Persentase Obat yang memenuhi syarat', 90, 90, 90, 92, 'Rp 3.000.000.000'],
      [null, 'NO', 'KODE', 'RO', null, null, 'JUMLAH'],
      [null, '1.', 'QIA.005', 'Sampel Obat yang Diperiksa', null, null, '1.250.000.000'],
      [null, '2.', 'PDD.001', 'Laboratorium sesuai GLP', null, null, '1.750.000.000'],
      [null, null, '02 - Indeks Kepuasan Masyarakat', 0, 0, 0, 85, 500_000_000],
      [null, 'NO', 'KODE', 'RO', null, null, 'JUMLAH'],
      [null, '1.', 'BMB.001', 'Layanan Publikasi', null, null, 400_000_000],
    ];
    const v = validateSheet(gridOf('RAPK R', rows));
    expect(v.model!.layout).toBe('R');
    expect(allIndikator(v.model!).map((i) => i.lines.map((l) => [l.ro, l.kontribusi.value]))).toEqual([
      [
        ['QIA.005 - Sampel Obat yang Diperiksa', 1_250_000_000],
        ['PDD.001 - Laboratorium sesuai GLP', 1_750_000_000],
      ],
      [['BMB.001 - Layanan Publikasi', 400_000_000]],
    ]);
    expect(v.findings.map((f) => `${f.code}@${f.cells[0]}`)).toEqual(['A01@H6', 'S03@H2', 'S03@G4', 'S03@G5']);
    expect(v.findings[0]).toMatchObject({ expected: 500_000_000, actual: 400_000_000 });
  });
});

describe('page furniture', () => {
  it('page numbers between rows are not S02', async () => {
    const g = (await fixtureGrids('rapk-2024-rejang-lebong.xlsx'))[0]!;
    const values = g.values.map((r) => [...r]);
    values.splice(39, 0, [null, null, null, null, null, null, null, 2], ['Halaman 3 dari 5']);
    const v = validateSheet({ ...g, values });
    expect(v.findings.filter((f) => f.code === 'S02')).toEqual([]);
  });
});

describe('column numbering rows', () => {
  it.each([
    ['(1)', '(2)', '(3)'],
    [1, 2, 3],
  ])('a row numbering the columns under the header is not S02 (%s …)', (...first) => {
    const numbering = [
      ...first,
      ...Array.from({ length: 5 }, (_, i) => (typeof first[0] === 'number' ? 4 + i : `(${4 + i})`)),
    ] as CellValue[];
    const rows: CellValue[][] = [
      ['NO.', 'SASARAN KEGIATAN', 'INDIKATOR KINERJA KEGIATAN', 'B03', 'B06', 'B09', 'B12', 'ANGGARAN'],
      numbering,
      ['1.', '01 - Sasaran', '01 - Nilai AKIP', 10, 20, 30, 40, 5_000_000],
    ];
    expect(codes(rows)).toEqual(['A08@H3']);
  });
});

describe('other total rows', () => {
  const head: CellValue[] = ['NO.', 'SASARAN KEGIATAN', 'INDIKATOR KINERJA KEGIATAN', 'B03', 'B06', 'B09', 'B12', 'ANGGARAN'];
  it('"Jumlah Sasaran 1" is checked against the indicators of its sasaran (A05), other "Jumlah ..." rows are left alone', () => {
    const rows: CellValue[][] = [
      head,
      ['1.', '01 - Sasaran satu', '01 - Nilai A', 10, 20, 30, 40, 5_000_000],
      [null, null, '02 - Nilai B', 10, 20, 30, 40, 3_000_000],
      [null, 'Jumlah Sasaran 1', null, null, null, null, null, 8_000_000],
      ['2.', '02 - Sasaran dua', '01 - Nilai C', 10, 20, 30, 40, 2_000_000],
      [null, 'JUMLAH SASARAN 2', null, null, null, null, null, 2_500_000],
      [null, 'Jumlah per triwulan', null, 1, 2, 3, 4],
    ];
    const v = validateSheet(gridOf('RAPK', rows));
    expect(v.findings.filter((f) => f.code !== 'A08').map((f) => `${f.code}@${f.cells[0]}`)).toEqual(['A05@H6']);
    expect(v.findings.find((f) => f.code === 'A05')).toMatchObject({
      expected: 2_500_000,
      actual: 2_000_000,
      params: { kind: 'sasaran', no: '02' },
    });
  });

  it('an indicator or a budget line whose text starts with "Jumlah" is still read', async () => {
    const g = (await fixtureGrids('rapk-2025-jember.xlsx'))[0]!;
    const v = validateSheet(g);
    expect(allIndikator(v.model!).some((i) => i.name.startsWith('Jumlah sekolah'))).toBe(true);
  });
});

describe('quarter headers as bare roman numerals', () => {
  it('TARGET TW over I, II, III, IV reads the quarters as B03, B06, B09, B12', () => {
    const rows: CellValue[][] = [
      ['NO.', 'SASARAN KEGIATAN', 'INDIKATOR KINERJA KEGIATAN', 'TARGET TW', null, null, null, 'ANGGARAN'],
      [null, null, null, 'I', 'II', 'III', 'IV'],
      ['1.', '01 - Sasaran', '01 - Nilai AKIP', 20, 40, 60, 80, 5_000_000],
    ];
    const v = validateSheet(gridOf('RAPK', rows));
    expect(valuesOf(allIndikator(v.model!)[0]!.targets)).toEqual([null, null, 20, null, null, 40, null, null, 60, null, null, 80]);
    expect(v.findings.map((f) => f.code)).toEqual(['A08']);
  });
});
