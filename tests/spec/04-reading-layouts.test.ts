/** SPEC section 4, "Reading the RAPK worksheet": where tables are found, and the three layouts. */
import * as path from 'path';
import type { CellValue } from '../../src/core/grid/grid';
import { validateWorkbook } from '../../src/core/workbook';
import { readRapk } from '../../src/core/reader/readRapk';
import { allIndikator, valuesOf } from '../../src/core/reader/model';
import { rapk, tmpDir } from '../support/cli';
import { simOf } from '../support/sim';
import { rendered, smallSpec } from '../support/grids';
import { FLAT, MONTHS, RISING, codes, dRows, rRows, grid, inds, kRows, set, validate, writeXlsx } from './sheets';

/** the model's readable content, without cell references */
const shape = (rows: CellValue[][]): unknown =>
  inds(rows).map((i) => [
    i.sasaranNo,
    i.no,
    i.name,
    valuesOf(i.targets),
    i.anggaran.value,
    i.lines.map((l) => [l.ro, l.komponen, l.subKomponen, l.anggaran.value, l.kontribusi.value]),
  ]);

/** the clean K sheet moved 2 rows down and 3 columns right */
const moved = (rows: CellValue[][]): CellValue[][] => [[], [], ...rows.map((r) => [null, null, null, ...r])];

describe('4 · where RAPK tables are found', () => {
  it('"The reader finds RAPK tables by their header words, never by fixed cell positions": the same table moved 2 rows down and 3 columns right reads the same', () => {
    expect(shape(moved(kRows()))).toEqual(shape(kRows()));
    expect(codes(moved(set(kRows(), 'P4', 55_000_000)))).toEqual(['A01@S6', 'A05@S16']);
    expect(codes(set(kRows(), 'P4', 55_000_000))).toEqual(['A01@P4', 'A05@P14']);
  });

  it('"Any sheet of the workbook may hold one": a RAPK on the third sheet, after two sheets of other things', () => {
    const v = validateWorkbook([
      grid([['Catatan rapat'], ['Budi', 'hadir']], 'Catatan'),
      grid([['Daftar pegawai'], ['Nama', 'NIP']], 'Pegawai'),
      grid(kRows(), 'Lembar3'),
    ]);
    expect(v.sheets.map((s) => s.name)).toEqual(['Lembar3']);
    expect(v.problem).toBeNull();
    expect(v.findings).toEqual([]);
  });

  it('"the task pane works on the active sheet": Validasi reads and marks only the active sheet', async () => {
    const { sim, gw } = simOf([grid(set(kRows(), 'P4', 55_000_000), 'RAPK A'), grid(kRows(), 'RAPK B')]);
    sim.store.activeId = sim.store.sheet('RAPK B')!.id;
    const b = await gw.validasi('id');
    expect([b.sheet, b.findings.length]).toEqual(['RAPK B', 0]);
    sim.store.activeId = sim.store.sheet('RAPK A')!.id;
    const a = await gw.validasi('id');
    expect(a.sheet).toBe('RAPK A');
    expect(a.findings.map((f) => `${f.code}@${f.sheet}!${f.cells[0]}`)).toEqual(['A01@RAPK A!P4', 'A05@RAPK A!P14']);
  });

  it('"the CLI on all sheets (or `--sheet`)": check reads every sheet, or the one named', async () => {
    const file = await writeXlsx(path.join(tmpDir(), 'two.xlsx'), [
      grid(set(kRows(), 'P4', 55_000_000), 'RAPK A'),
      grid(kRows(), 'RAPK B'),
    ]);
    const all = await rapk('check', file, '--json');
    const j = JSON.parse(all.out) as { files: { sheets: { name: string }[]; findings: { code: string; sheet: string }[] }[] };
    expect(j.files[0]!.sheets.map((s) => s.name)).toEqual(['RAPK A', 'RAPK B']);
    expect(j.files[0]!.findings.map((f) => `${f.code}@${f.sheet}`)).toEqual(['A01@RAPK A', 'A05@RAPK A']);
    expect(all.code).toBe(1);
    const one = await rapk('check', file, '--json', '--sheet', 'RAPK B');
    const j1 = JSON.parse(one.out) as typeof j;
    expect(j1.files[0]!.sheets.map((s) => s.name)).toEqual(['RAPK B']);
    expect(j1.files[0]!.findings).toEqual([]);
    expect(one.code).toBe(0);
  });

  it('"Three layout families occur": K, D and R are each recognised as their layout', () => {
    expect(validate(kRows()).model!.layout).toBe('K');
    expect(validate(dRows().slice(0, 16)).model!.layout).toBe('D');
    expect(validate(rendered(smallSpec(3), { layout: 'R' })).model!.layout).toBe('R');
  });
});

describe('4 · Layout K', () => {
  it('"Main header: `NO.`, `SASARAN KEGIATAN`, `INDIKATOR KINERJA KEGIATAN`, `TARGET` over `B01`..`B12`, `ANGGARAN` (often on two header rows with merged cells)"', () => {
    const rows = kRows();
    const two: CellValue[][] = [
      rows[0]!,
      rows[1]!,
      ['NO.', 'SASARAN KEGIATAN', 'INDIKATOR KINERJA KEGIATAN', 'TARGET', ...Array<CellValue>(11).fill(null), 'ANGGARAN'],
      [null, null, null, ...MONTHS, null],
      ...rows.slice(3),
    ];
    const merges = [
      { r1: 2, c1: 0, r2: 3, c2: 0 },
      { r1: 2, c1: 1, r2: 3, c2: 1 },
      { r1: 2, c1: 2, r2: 3, c2: 2 },
      { r1: 2, c1: 3, r2: 2, c2: 14 },
      { r1: 2, c1: 15, r2: 3, c2: 15 },
    ];
    const v = validateWorkbook([grid(two, 'RAPK 2024', { merges })]);
    expect(v.findings).toEqual([]);
    expect(shape(two)).toEqual(shape(rows));
    expect(v.sheets[0]!.model.monthsInHeader).toEqual(Array(12).fill(true));
  });

  it('"An indicator row carries the sasaran (only on its first indicator, or merged down), the indicator, 12 targets and its anggaran"', () => {
    const plain = inds(kRows());
    expect(plain.map((i) => [i.sasaranNo, i.no, i.row])).toEqual([
      ['01', '01', 4],
      ['01', '02', 8],
      ['02', '01', 11],
    ]);
    expect(valuesOf(plain[1]!.targets)).toEqual(RISING);
    expect(plain[1]!.anggaran.value).toBe(40_000_000);
    // the same sasaran merged down over both of its indicators
    const merges = [
      { r1: 3, c1: 0, r2: 9, c2: 0 },
      { r1: 3, c1: 1, r2: 9, c2: 1 },
    ];
    const v = validateWorkbook([grid(kRows(), 'RAPK 2024', { merges })]);
    expect(v.findings).toEqual([]);
    expect(allIndikator(v.sheets[0]!.model).map((i) => [i.sasaranNo, i.no])).toEqual([
      ['01', '01'],
      ['01', '02'],
      ['02', '01'],
    ]);
    expect(v.sheets[0]!.model.sasaran.map((s) => s.name)).toEqual([
      'Terwujudnya Obat dan Makanan yang memenuhi syarat',
      'Meningkatnya tata kelola pemerintahan',
    ]);
  });

  it('"Under each indicator a budget sub-table: header `NO`, `RO`, `KOMPONEN`, `SUB KOMPONEN`, `ANGGARAN`, `KONTRIBUSI` — in *other columns* than the main header … so each row is read with the column map of the nearest header above it"', () => {
    // the amounts sit under the B04/B05 target columns (G, H), never read as targets
    expect(inds(kRows())[0]!.lines.map((l) => [l.row, l.ro, l.komponen, l.subKomponen, l.anggaran.value, l.kontribusi.value])).toEqual([
      [6, 'DR.3165.QIA.001 - Sampel Makanan', '055 - Pengadaan sampel makanan', 'A - PENGADAAN SAMPEL', 80_000_000, 30_000_000],
      [7, 'DR.3165.BDC.001 - Masyarakat KIE', '051 - KIE oleh UPT', 'B - SOSIALISASI', 20_000_000, 20_000_000],
    ]);
    expect(valuesOf(inds(kRows())[0]!.targets)).toEqual(FLAT(90));
  });

  it('"(in seed 003 the budget amounts sit under the B09/B10 target columns)": the same lines with ANGGARAN and KONTRIBUSI under B09/B10 (L, M)', () => {
    const move = (r: CellValue[]): CellValue[] => [...r.slice(0, 6), null, null, null, null, null, r[6]!, r[7]!];
    const rows = kRows().map((r, i) => ([4, 5, 6, 8, 9, 11, 12].includes(i) ? move(r) : r));
    expect(codes(rows)).toEqual([]);
    expect(shape(rows)).toEqual(shape(kRows()));
  });

  it('"A final `Total` row may give the grand total": read, and checked against the indicators\' anggaran', () => {
    expect(validate(kRows()).model!.total!.amount.value).toBe(100_000_000);
    expect(validate(kRows().slice(0, 13)).model!.total).toBeNull();
    expect(codes(kRows().slice(0, 13))).toEqual([]);
    const f = validate(set(kRows(), 'P14', 99_000_000)).findings;
    expect(f.map((x) => [x.code, x.cells[0], x.expected, x.actual])).toEqual([['A05', 'P14', 99_000_000, 100_000_000]]);
  });
});

describe('4 · Layout D', () => {
  /** the clean D sheet without its closing grand Total (that one is in reader-gaps.test.ts) */
  const d = (): CellValue[][] => dRows().slice(0, 16);

  it('"A summary table (`No.`, `Indikator Kinerja`, `B01`..`B12`, `Anggaran`) and, per indicator, a detail table … closed by a `Total` row"', () => {
    const v = validate(d());
    expect(v.findings).toEqual([]);
    expect(v.model!.year).toBe(2023);
    expect(allIndikator(v.model!).map((i) => [i.no, i.name, i.row, i.anggaran.value, i.lines.length, i.subtotal?.amount.value])).toEqual([
      ['01', 'Persentase Obat yang memenuhi syarat', 6, 30_000_000, 2, 30_000_000],
      ['02', 'Jumlah sampel yang diuji', 7, 20_000_000, 1, 20_000_000],
    ]);
  });

  it('"The contribution of a line is its `Total`; `(%)` is `Total / Budget Plan`"', () => {
    const lines = inds(d())[0]!.lines;
    expect(lines.map((l) => [l.anggaran.value, l.budgetPlan?.value, l.kontribusi.value, l.percent?.value])).toEqual([
      [40_000_000, 40_000_000, 20_000_000, 50],
      [10_000_000, 10_000_000, 10_000_000, 100],
    ]);
    // a (%) that is not Total / Budget Plan is A06
    expect(codes(set(d(), 'N10', 40))).toEqual(['A06@N10']);
  });

  it('"In a detail table `B03`..`B12` are quarterly *budget* amounts, not targets: a header row that also holds `Budget Plan`/`Unit`/`KRO` is a detail header"', () => {
    const [one] = inds(d());
    expect(valuesOf(one!.targets)).toEqual(FLAT(90));
    expect(one!.lines[0]!.quarters!.map((q) => q.value)).toEqual([5_000_000, 5_000_000, 5_000_000, 5_000_000]);
    // a budget-sized amount under B12 of a detail table is not a shifted target (no T05)
    expect(codes(d()).filter((c) => c.startsWith('T'))).toEqual([]);
  });

  it.each([
    ['a percent number', 50, null],
    ['a fraction with a % number format', 0.5, '0.00%'],
    ['text', '50,00 (%)', null],
  ])(
    '"`(%)` may be a percent number (`35`), a fraction with a `%` number format (`0.35`), or text (`35,00 (%)`)": %s',
    (_, value, format) => {
      const withFormat = (v: CellValue): ReturnType<typeof grid> => {
        const rows = set(d(), 'N10', v);
        return grid(rows, 'RAPK 2023', { formats: rows.map((r, i) => r.map((_c, j) => (i === 9 && j === 13 ? format : null))) });
      };
      // 50 % = Total / Budget Plan (20,000,000 / 40,000,000): nothing to report
      expect(validateWorkbook([withFormat(value)]).findings.filter((f) => f.code !== 'S03')).toEqual([]);
      // the same form of 40 % is read as 40 and disagrees
      const forty = typeof value === 'string' ? '40,00 (%)' : value === 50 ? 40 : 0.4;
      expect(
        validateWorkbook([withFormat(forty)])
          .findings.filter((f) => f.code !== 'S03')
          .map((f) => `${f.code}@${f.cells[0]}`),
      ).toEqual(['A06@N10']);
    },
  );

  it('"closed by a `Total` row": a detail Total that is not the sum of its lines is A05', () => {
    expect(codes(set(d(), 'M12', 31_000_000))).toEqual(['A05@M12']);
  });

  it('a detail table with a different header order is still read by its words (`Total` before `Budget Plan`)', () => {
    const rows = d();
    const swap = (r: CellValue[]): CellValue[] => [...r.slice(0, 7), r[12]!, ...r.slice(8, 12), r[7]!, r[13]!];
    for (const i of [8, 9, 10, 11, 13, 14, 15]) rows[i] = swap(rows[i]!);
    expect(codes(rows)).toEqual([]);
    expect(inds(rows)[0]!.lines.map((l) => l.kontribusi.value)).toEqual([20_000_000, 10_000_000]);
  });
});

describe('4 · Layout R', () => {
  const r = (): ReturnType<typeof rendered> => rendered(smallSpec(3), { layout: 'R' });

  it('"Main header `NO`, `INDIKATOR KINERJA SASARAN STRATEGIS`, `TARGET` over `B01`..`B12`, `ANGGARAN`" (seed 004\'s form, one sasaran)', () => {
    const rows = [...rRows().slice(0, 12), ['Total', ...Array<CellValue>(14).fill(null), 35_000_000]];
    const v = validate(rows);
    expect(v.model!.layout).toBe('R');
    expect(v.model!.hasSasaranColumn).toBe(false);
    expect(
      allIndikator(v.model!).map((i) => [
        i.no,
        i.name,
        i.targets[11]?.value,
        i.anggaran.value,
        i.lines.map((l) => [l.ro, l.kontribusi.value]),
      ]),
    ).toEqual([
      [
        '01',
        'Indeks Pengawasan Obat dan Makanan',
        83,
        30_000_000,
        [
          ['3165.PDD.001 - Laboratorium pengawasan Obat dan Makanan', 20_000_000],
          ['4129.CAB.001 - Sarana Pengawasan Obat Tradisional', 10_000_000],
        ],
      ],
      ['02', 'Persentase Obat yang memenuhi syarat', 97, 5_000_000, [['3165.QIA.005 - Sampel Obat yang Diperiksa', 5_000_000]]],
    ]);
    expect(codes(rows)).toEqual(['S03@P6']);
  });

  it('"Under each indicator a list `NO`, `KODE`, `RO` with one amount per line: that amount is the line\'s contribution"', () => {
    const v = validate(r());
    expect(v.findings).toEqual([]);
    const want = smallSpec(3).sasaran.flatMap((s) => s.indikator.map((i) => i.lines.map((l) => l.kontribusi)));
    expect(allIndikator(v.model!).map((i) => i.lines.map((l) => l.kontribusi.value))).toEqual(want);
  });

  it('"(there is no separate line anggaran, so A02–A04 do not apply)": the same KODE with different amounts under two indicators is no A02/A03/A04', () => {
    const rows: CellValue[][] = [
      ['NO', 'INDIKATOR KINERJA SASARAN STRATEGIS', null, ...MONTHS, 'ANGGARAN'],
      ['1.', '01 - Indeks Pengawasan Obat dan Makanan', null, ...FLAT(80), 30_000_000],
      [null, 'NO', 'KODE', 'RO'],
      [null, 1, '3165.PDD.001', 'Laboratorium', ...Array<CellValue>(11).fill(null), 30_000_000],
      [null, '02 - Persentase Obat yang memenuhi syarat', null, ...FLAT(97), 90_000_000],
      [null, 'NO', 'KODE', 'RO'],
      [null, 1, '3165.PDD.001', 'Laboratorium', ...Array<CellValue>(11).fill(null), 90_000_000],
    ];
    expect(validate(rows).model!.layout).toBe('R');
    expect(codes(rows)).toEqual([]);
  });

  it('"The list\'s amounts must add up to the indicator\'s anggaran (A01)"', () => {
    const rows: CellValue[][] = [
      ['NO', 'INDIKATOR KINERJA SASARAN STRATEGIS', null, ...MONTHS, 'ANGGARAN'],
      ['1.', '01 - Indeks Pengawasan Obat dan Makanan', null, ...FLAT(80), 30_000_000],
      [null, 'NO', 'KODE', 'RO'],
      [null, 1, '3165.PDD.001', 'Laboratorium', ...Array<CellValue>(11).fill(null), 20_000_000],
      [null, 2, '4129.CAB.001', 'Sarana', ...Array<CellValue>(11).fill(null), 5_000_000],
    ];
    const f = validate(rows).findings;
    expect(f.map((x) => [x.code, x.cells, x.expected, x.actual])).toEqual([['A01', ['P2', 'P4', 'P5'], 30_000_000, 25_000_000]]);
  });

  it('readRapk and validateWorkbook read the same model (the reader is the entry point of both)', () => {
    const res = readRapk(r());
    expect(res.kind).toBe('rapk');
    expect(res.model).toEqual(validate(r()).model);
  });
});
