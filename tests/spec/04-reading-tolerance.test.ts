/** SPEC section 4: what the reader tolerates, how text numbers are decided, and the real documents' habits. */
import type { CellValue } from '../../src/core/grid/grid';
import { validateWorkbook } from '../../src/core/workbook';
import { planRealisasi } from '../../src/core/sheets/realisasi';
import { allIndikator, valuesOf } from '../../src/core/reader/model';
import { planToGrid } from '../../src/sample/generate';
import { FLAT, K_HEAD, K_SUB, MONTHS, codes, dRows, grid, inds, kInd, kRows, rRows, set, validate } from './sheets';

const shape = (rows: CellValue[][]): unknown =>
  inds(rows).map((i) => [
    i.sasaranNo,
    i.no,
    i.name,
    valuesOf(i.targets),
    i.anggaran.value,
    i.lines.map((l) => [l.ro, l.komponen, l.subKomponen, l.anggaran.value, l.kontribusi.value]),
  ]);
/** rows with `extra` inserted before 1-based row `at` */
const insert = (rows: CellValue[][], at: number, ...extra: CellValue[][]): CellValue[][] => [
  ...rows.slice(0, at - 1),
  ...extra,
  ...rows.slice(at - 1),
];
const d = (): CellValue[][] => dRows().slice(0, 16);

describe('4 · "The reader must tolerate, without a single false finding on a clean sheet:"', () => {
  it('"title rows"', () => {
    const rows = [
      ['RENCANA AKSI'],
      ['PERJANJIAN KINERJA TAHUN 2024'],
      ['BALAI POM DI CONTOH'],
      ['Badan Pengawas Obat dan Makanan'],
      [],
      ...kRows().slice(2),
    ];
    expect(codes(rows)).toEqual([]);
    expect(shape(rows)).toEqual(shape(kRows()));
  });

  it('"header rows repeated mid-table (PDF page breaks)"', () => {
    const rows = insert(kRows(), 8, [...K_HEAD]);
    expect(codes(rows)).toEqual([]);
    expect(shape(rows)).toEqual(shape(kRows()));
  });

  it('"wrapped text continued on the next row with no numbers (join it to the row above)"', () => {
    const rows = insert(kRows(), 9, [null, null, 'terhadap layanan publik']);
    expect(codes(rows)).toEqual([]);
    expect(inds(rows)[1]!.name).toBe('Indeks Kepuasan Masyarakat terhadap layanan publik');
    const line = insert(kRows(), 8, [null, null, null, 'oleh UPT', 'prekursor']);
    expect(codes(line)).toEqual([]);
    expect(inds(line)[0]!.lines[1]!.ro).toBe('DR.3165.BDC.001 - Masyarakat KIE oleh UPT');
    expect(inds(line)[0]!.lines[1]!.komponen).toBe('051 - KIE oleh UPT prekursor');
  });

  it('"blank rows and columns"', () => {
    const rows = insert(kRows(), 8, [], []).map((r) => [r[0] ?? null, null, ...r.slice(1)]);
    expect(codes(rows)).toEqual([]);
    expect(shape(rows)).toEqual(shape(kRows()));
  });

  it('"extra columns": a KETERANGAN column after ANGGARAN holds notes, not amounts', () => {
    const rows = kRows().map((r, i) => (i === 2 ? [...r, 'KETERANGAN'] : i === 3 ? [...r, 'prioritas nasional'] : r));
    expect(shape(rows)).toEqual(shape(kRows()));
    expect(codes(rows)).toEqual([]);
  });

  it.each([
    ['45.556.750,00', 45_556_750],
    ['70,412,160', 70_412_160],
    ['46.270.000, 00', 46_270_000],
    ['Rp 1.000', 1_000],
  ])('"numbers stored as text in Indonesian or English style": anggaran %j reads %d (S03)', (text, value) => {
    const v = validate(set(kRows(), 'P4', text));
    expect(allIndikator(v.model!)[0]!.anggaran.value).toBe(value);
    expect(v.findings.filter((f) => f.code === 'S03').map((f) => f.cells[0])).toEqual(['P4']);
  });

  it.each([
    ['97,5', 97.5],
    ['97.5', 97.5],
  ])('"numbers stored as text in Indonesian or English style": target %j reads %d (S03 only)', (text, value) => {
    const rows = set(set(kRows(), 'N4', text), 'O4', 97.5);
    expect(inds(rows)[0]!.targets[10]?.value).toBe(value);
    expect(codes(rows)).toEqual(['S03@N4']);
  });

  it.each([['-'], [null], [0]])(
    '"`-`, blank or `0` meaning \\"no target this month\\"": B01 = %j is no target, and between targets a gap (T06)',
    (v) => {
      const first = set(kRows(), 'D4', v);
      expect(inds(first)[0]!.targets[0]?.value ?? 0).toBe(0);
      expect(codes(first)).toEqual([]);
      // between two months with targets: the same T06 gap for each of the three, never T04 or T02
      expect(codes(set(kRows(), 'E4', v))).toEqual(['T06@E4']);
    },
  );

  it('"`%` signs": a target typed `90%` or `90 %` is 90', () => {
    const rows = set(set(kRows(), 'D4', '90%'), 'E4', '90 %');
    expect(valuesOf(inds(rows)[0]!.targets)).toEqual(FLAT(90));
    expect(codes(rows)).toEqual(['S03@D4', 'S03@E4']);
  });

  it('"trailing spaces; upper/lower case": header words and labels in any case, with spaces', () => {
    const rows = kRows();
    rows[2] = ['No. ', 'Sasaran Kegiatan ', ' indikator kinerja kegiatan', ...MONTHS.map((m) => m.toLowerCase() + ' '), 'Anggaran '];
    rows[4] = [null, null, 'no', 'ro ', 'Komponen', 'sub komponen', 'anggaran', 'Kontribusi '];
    rows[13] = set([rows[13]!], 'O1', 'TOTAL ')[0]!;
    expect(codes(rows)).toEqual([]);
    expect(shape(rows)).toEqual(shape(kRows()));
  });
});

describe('4 · "Ambiguous text numbers are decided by column role."', () => {
  it.each([
    ['50.000.000', 50_000_000],
    ['50,000,000', 50_000_000],
    ['5.874.961,0', 5_874_961],
    ['45.556.750,00', 45_556_750],
    ['1.500', 1_500],
  ])(
    '"In anggaran/kontribusi columns a `.` or `,` followed by exactly three digits groups thousands; a final separator followed by one or two digits is the decimal separator": kontribusi %j = %d',
    (text, value) => {
      expect(inds(set(kRows(), 'H6', text))[0]!.lines[0]!.kontribusi.value).toBe(value);
    },
  );

  it.each([
    ['97,5', 97.5],
    ['97.500', 97.5],
    ['1,234', 1.234],
  ])('"In target columns a single `.` or `,` is the decimal separator": target %j = %d', (text, value) => {
    expect(inds(set(kRows(), 'D4', text))[0]!.targets[0]?.value).toBe(value);
  });

  it('"A value that still makes no sense for its column (`4,7` as an anggaran) is a finding, not a guess"', () => {
    const v = validate(set(kRows(), 'P4', '4,7'));
    // A07 on it, and no sum (A01, A05) computed with a guessed value (the S03 beside it: reader-gaps.test.ts)
    expect(v.findings.map((f) => `${f.code}@${f.cells[0]}`).filter((c) => c !== 'S03@P4')).toEqual(['A07@P4']);
    expect(allIndikator(v.model!)[0]!.anggaran.value).not.toBe(47);
    expect(allIndikator(v.model!)[0]!.anggaran.value).not.toBe(4_700);
  });
});

describe('4 · "More that the reader must handle, all seen in the real documents:"', () => {
  it('"Target headers that list only some months (the Dumai RAPK has only B03, B06, B09, B12): the other months are `null`, and no T06 gap is reported for months the header lacks"', () => {
    const rows: CellValue[][] = [
      ['NO.', 'SASARAN KEGIATAN', 'INDIKATOR KINERJA KEGIATAN', 'B03', 'B06', 'B09', 'B12', 'ANGGARAN'],
      ['1.', '01 - Sasaran satu', '01 - Nilai AKIP', 20, 40, 60, 80, 5_000_000],
      [null, null, 'NO', 'RO', 'KOMPONEN', 'SUB KOMPONEN', 'ANGGARAN', 'KONTRIBUSI'],
      [null, null, '1.', 'DR.3165.EBA.994 - Layanan', '002 - Operasional', 'A - LAYANAN', 5_000_000, 5_000_000],
    ];
    const v = validate(rows);
    expect(valuesOf(allIndikator(v.model!)[0]!.targets)).toEqual([null, null, 20, null, null, 40, null, null, 60, null, null, 80]);
    expect(v.model!.monthsInHeader).toEqual([false, false, true, false, false, true, false, false, true, false, false, true]);
    expect(v.findings).toEqual([]);
  });

  it('"Layout D states each indicator twice … The summary row is the authority; the heading line is checked against it (rule T07) and is not an indicator of its own (no S04 for its repeated number)"', () => {
    const rows = set(set(d(), 'N8', 85), 'O8', 30_000_001);
    const v = validate(rows);
    expect(allIndikator(v.model!).map((i) => [i.no, i.targets[11]?.value, i.anggaran.value])).toEqual([
      ['01', 90, 30_000_000],
      ['02', 100, 20_000_000],
    ]);
    expect(v.findings.map((f) => `${f.code}@${f.cells[0]}`)).toEqual(['T07@N8', 'T07@O8']);
    expect(codes(d())).toEqual([]);
  });

  it('"Layout D has no sasaran: all its indicators belong to one implicit sasaran `01` (no S02)"', () => {
    const v = validate(d());
    expect(v.model!.sasaran.map((s) => [s.no, s.indikator.map((i) => i.no)])).toEqual([['01', ['01', '02']]]);
    expect(v.findings).toEqual([]);
  });

  it('"Shifted rows … recognises the shift when the row\'s anggaran cell is empty … reports T05 on the misplaced amount, takes that amount as the anggaran, and does not read it as a target — so no knock-on T01/T03/A01/A05": one column left', () => {
    // row 4's values moved one column left: B02..B12 in D..N, the anggaran in O (B12), P empty
    const rows = kRows();
    rows[3] = kInd('1.', rows[3]![1]!, rows[3]![2]!, [...FLAT(90).slice(1), 50_000_000], null);
    const v = validate(rows);
    expect(v.findings.map((f) => `${f.code}@${f.cells.join(',')}`)).toEqual(['T05@O4,P4']);
    const ind = allIndikator(v.model!)[0]!;
    expect(ind.anggaran.value).toBe(50_000_000);
    expect(valuesOf(ind.targets)).toEqual([null, ...FLAT(90).slice(1)]);
  });

  it('"Shifted rows (values moved … so the anggaran lands … beyond the ANGGARAN column)": one column right, T05 on the amount beyond ANGGARAN', () => {
    const rows = kRows();
    rows[3] = [...rows[3]!.slice(0, 3), null, ...FLAT(90), 50_000_000];
    const v = validate(rows);
    expect(v.findings.map((f) => `${f.code}@${f.cells.join(',')}`)).toEqual(['T05@Q4,P4']);
    expect(allIndikator(v.model!)[0]!.anggaran.value).toBe(50_000_000);
    expect(valuesOf(allIndikator(v.model!)[0]!.targets)).toEqual(FLAT(90));
  });

  it('"Page-break repeats: a repeated main header or budget sub-header row is skipped, and a wrapped-text continuation row after it joins the last data row before the header"', () => {
    // a page break between the two lines of indicator 01.01: main header + budget sub-header repeated, then the rest of line 1's RO
    const rows = insert(kRows(), 7, [...K_HEAD], [...K_SUB], [null, null, null, 'lanjutan']);
    expect(codes(rows)).toEqual([]);
    expect(inds(rows)[0]!.lines.map((l) => l.ro)).toEqual([
      'DR.3165.QIA.001 - Sampel Makanan lanjutan',
      'DR.3165.BDC.001 - Masyarakat KIE',
    ]);
    expect(shape(insert(kRows(), 7, [...K_HEAD], [...K_SUB]))).toEqual(shape(kRows()));
  });

  it('"Page-break repeats" in Layout D: the summary header (both rows) and the detail header repeated inside a detail table are skipped', () => {
    const rows = insert(d(), 11, [...d()[3]!], [...d()[4]!], [...d()[8]!]);
    expect(codes(rows)).toEqual([]);
    expect(inds(rows).map((i) => i.lines.map((l) => l.kontribusi.value))).toEqual([[20_000_000, 10_000_000], [20_000_000]]);
  });

  it('"Page-break repeats" in Layout R: the main header (both rows) and the NO / KODE / RO header repeated inside a list are skipped', () => {
    const r1 = [...rRows().slice(0, 12), ['Total', ...Array<CellValue>(14).fill(null), 35_000_000]];
    const rows = insert(r1, 9, [...r1[3]!], [...r1[4]!], [...r1[6]!]);
    expect(codes(rows)).toEqual(['S03@P6']);
    expect(inds(rows).map((i) => i.lines.map((l) => l.kontribusi.value))).toEqual([[20_000_000, 10_000_000], [5_000_000]]);
  });

  it('"wrapped text continued on the next row with no numbers" in a Layout D summary table', () => {
    const rows = insert(d(), 7, [null, 'dan aman']);
    expect(codes(rows)).toEqual([]);
    expect(inds(rows).map((i) => i.name)).toEqual(['Persentase Obat yang memenuhi syarat dan aman', 'Jumlah sampel yang diuji']);
  });

  it.each([
    ['label in B, amount under ANGGARAN (P)', 'B14', 'P14'],
    ['label left of ANGGARAN (O), amount under ANGGARAN (P)', 'O14', 'P14'],
    ['label in the ANGGARAN column (P), amount under KONTRIBUSI (H)', 'P14', 'H14'],
    ['label under the budget ANGGARAN (G), amount under KONTRIBUSI (H)', 'G14', 'H14'],
  ])(
    '"A `Total` row\'s label and amount may sit in any columns (label left of or in the ANGGARAN column, amount under ANGGARAN or KONTRIBUSI)": %s',
    (_, label, amount) => {
      const rows = kRows().slice(0, 13);
      const total = set(set(rows, label, 'Total'), amount, 100_000_000);
      expect(validate(total).model!.total!.amount.value).toBe(100_000_000);
      expect(codes(total)).toEqual([]);
      expect(codes(set(set(rows, label, 'Total'), amount, 90_000_000))).toEqual([`A05@${amount}`]);
    },
  );

  it('"The add-in\'s own sheets (Realisasi, Ringkasan) are recognised and never reported as S01"', () => {
    const rapk = grid(kRows());
    const model = validate(kRows()).model!;
    const realisasi = planToGrid(planRealisasi(model));
    const ringkasan = grid(
      [['RINGKASAN TW 1 2024'], ['Kode', 'Sasaran', 'Indikator', 'Target TW I', 'Realisasi TW I', 'Capaian (%)', 'Kriteria']],
      'Ringkasan TW 1 2024',
    );
    const v = validateWorkbook([rapk, realisasi, ringkasan]);
    expect(v.findings).toEqual([]);
    expect(v.skipped.map((s) => s.name)).toEqual(['Realisasi 2024', 'Ringkasan TW 1 2024']);
    expect(validateWorkbook([realisasi, ringkasan]).findings.map((f) => f.code)).not.toContain('S01');
  });
});
