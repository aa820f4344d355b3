/**
 * Issue 20 item 3: Excel habits still misread, each a class (one small grid per class, its
 * generator variants in src/sample/habits.ts; the CLI and the add-in agree on them in
 * tests/parity/parity.test.ts).
 */
import { LAYOUT_D_DETAIL_LABELS } from '../../src/sample/generate';
import { param } from '../support/params';
import type { CellValue, Grid } from '../../src/core/grid/grid';
import { allIndikator, valuesOf } from '../../src/core/reader/model';
import { readRapk } from '../../src/core/reader/readRapk';
import { validateSheet } from '../../src/core/rules/validate';
import { realisasiForWorkbook, validateWorkbook } from '../../src/core/workbook';

const B = Array.from({ length: 12 }, (_, k) => `B${String(k + 1).padStart(2, '0')}`);
const loud = (g: Grid): string[] =>
  validateSheet(g)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.code}@${f.cells[0]}`);
const codes = (g: Grid): string[] => validateSheet(g).findings.map((f) => `${f.code}@${f.cells[0]}`);
const pad = (row: CellValue[], n = 16): CellValue[] => [...row, ...Array<CellValue>(Math.max(0, n - row.length)).fill(null)];

const SUB = [null, null, 'NO', 'RO', null, null, 'KOMPONEN', null, null, 'SUB KOMPONEN', null, null, 'ANGGARAN', 'KONTRIBUSI'];
const line = (no: string, ro: string, a: CellValue, k: CellValue): CellValue[] =>
  pad([null, null, no, ro, null, null, '051 - Pengujian', null, null, 'A - Bahan', null, null, a, k]);

/**
 * Layout K, two sasaran, three indicators, one or two budget lines each (columns A..P:
 * NO, SASARAN, INDIKATOR, B01..B12, ANGGARAN).
 */
function table(
  o: { title?: CellValue[][]; amounts?: (x: number) => number; sub?: CellValue[]; lines?: (i: number, a: number) => CellValue[][] } = {},
): Grid {
  const m = o.amounts ?? ((x: number) => x);
  const sub = o.sub ?? SUB;
  const lines =
    o.lines ??
    ((i: number, a: number) =>
      i === 0
        ? [
            line('1.', 'DR.3165.QIA.005 - Sampel', m(50_400_000), m(20_000_000)),
            line('2.', 'DR.3165.QIA.006 - Uji', m(10_000_000), m(a - 20_000_000)),
          ]
        : [line('1.', `WA.6384.EBA.99${i} - Layanan`, m(a), m(a))]);
  const ind = (no: CellValue, sas: CellValue, name: string, t: number, a: number): CellValue[] => [
    no,
    sas,
    name,
    ...Array(12).fill(t),
    m(a),
  ];
  const values: CellValue[][] = [
    ...(o.title ?? [['RENCANA AKSI PROGRAM DAN KEGIATAN TAHUN 2025'], ['BALAI POM DI KOTA CONTOH']]),
    [],
    pad(['NO.', 'SASARAN KEGIATAN', 'INDIKATOR KINERJA KEGIATAN', 'TARGET', ...Array(11).fill(null), 'ANGGARAN']),
    pad([null, null, null, ...B]),
    ind('1.', '01 - Sasaran satu', '01 - Persentase obat memenuhi syarat', 50, 30_000_000),
    pad(sub),
    ...lines(0, 30_000_000),
    ind(null, null, '02 - Nilai AKIP', 70, 12_000_000),
    pad(sub),
    ...lines(1, 12_000_000),
    ind('2.', '02 - Sasaran dua', '01 - Jumlah sampel diuji', 40, 8_000_000),
    pad(sub),
    ...lines(2, 8_000_000),
  ];
  return { name: 'RAPK 2025', values, merges: [] };
}

describe('the base table reads clean', () => {
  it('three indicators, four lines, no finding', () => {
    const g = table();
    expect(codes(g)).toEqual([]);
    expect(allIndikator(readRapk(g).model!).map((i) => i.lines.length)).toEqual([2, 1, 1]);
  });
});

/** Rows of `g` with `f` applied to each (its 0-based index given). */
const mapRows = (g: Grid, f: (row: CellValue[], r: number) => CellValue[]): Grid => ({
  ...g,
  values: g.values.map((row, r) => f([...row], r)),
});
const anggaran = (g: Grid): (number | null)[] => allIndikator(readRapk(g).model!).map((i) => i.anggaran.value);
const lineCounts = (g: Grid): number[] => allIndikator(readRapk(g).model!).map((i) => i.lines.length);

describe('amounts typed in thousands under a title that says so', () => {
  for (const words of ['(dalam ribuan rupiah)', 'Anggaran dalam ribuan', '(Rp 000)', 'dalam ribu rupiah']) {
    it(`"${words}": read in Rupiah, no finding`, () => {
      const g = table({
        title: [['RENCANA AKSI TAHUN 2025'], ['BALAI POM DI KOTA CONTOH'], [words]],
        amounts: (x) => x / 1000 + (x === 50_400_000 ? 0.5 : 0),
      });
      expect(loud(g)).toEqual([]);
      expect(anggaran(g)).toEqual([30_000_000, 12_000_000, 8_000_000]);
    });
  }
  it('"ANGGARAN (Rp 000)" in the header says the same', () => {
    const g = mapRows(table({ amounts: (x) => x / 1000 }), (row) =>
      row.map((v) => (v === 'ANGGARAN' && row[0] === 'NO.' ? 'ANGGARAN (Rp 000)' : v)),
    );
    expect(codes(g)).toEqual([]);
    expect(anggaran(g)).toEqual([30_000_000, 12_000_000, 8_000_000]);
  });
});

describe('a budget sub-table headed KODE / URAIAN / PAGU / KONTRIBUSI, the code in one column', () => {
  const sub = [null, null, 'KODE', 'URAIAN', null, null, null, null, null, null, null, null, 'PAGU', 'KONTRIBUSI'];
  const l = (kode: string, a: number, k: number): CellValue[] =>
    pad([null, null, kode, 'Layanan pengujian', null, null, null, null, null, null, null, null, a, k]);
  it('its lines are read and checked', () => {
    const g = table({
      sub,
      lines: (i, a) =>
        i === 0
          ? [l('3165.QIA.005.051.A', 50_400_000, 20_000_000), l('3165.QIA.006.051.A', 10_000_000, a - 20_000_000)]
          : [l(`6384.EBA.99${i}.001.A`, a, a)],
    });
    expect(codes(g)).toEqual([]);
    expect(lineCounts(g)).toEqual([2, 1, 1]);
  });
});

describe('a grand total in other wordings is checked', () => {
  for (const label of ['TOTAL PAGU ANGGARAN', 'JUMLAH PAGU', 'Total Anggaran (Rp)', 'GRAND TOTAL ANGGARAN', 'JUMLAH SELURUHNYA']) {
    it(`"${label}" with a wrong amount is A05, with the right one nothing`, () => {
      const g = table();
      const right = { ...g, values: [...g.values, pad([null, null, label, ...Array(12).fill(null), 50_000_000])] };
      const wrong = { ...g, values: [...g.values, pad([null, null, label, ...Array(12).fill(null), 51_000_000])] };
      expect(codes(right)).toEqual([]);
      expect(codes(wrong)).toEqual([`A05@P${g.values.length + 1}`]);
    });
  }
});

describe('a side block to the right of the table is not part of it', () => {
  it('"Rekap anggaran per sasaran" with its own JUMLAH, one blank column away', () => {
    const side: [number, CellValue[]][] = [
      [3, ['Rekap anggaran per sasaran']],
      [4, ['SASARAN', 'ANGGARAN']],
      [5, ['Sasaran 1', 42_000_000]],
      [6, ['Sasaran 2', 8_000_000]],
      [7, ['JUMLAH', 50_000_000]],
    ];
    const g = mapRows(table(), (row, r) => {
      const s = side.find(([at]) => at === r);
      return s ? [...pad(row), null, ...s[1]] : row;
    });
    expect(codes(g)).toEqual([]);
    expect(readRapk(g).model!.total).toBeNull();
  });
});

describe('TARGET BULAN KE- over month numbers 1..12', () => {
  for (const nums of [Array.from({ length: 12 }, (_, k) => k + 1), Array.from({ length: 12 }, (_, k) => String(k + 1))]) {
    it(`months as ${typeof nums[0]}s`, () => {
      const g = mapRows(table(), (row, r) =>
        r === 3 ? [...row.slice(0, 3), 'TARGET BULAN KE-', ...row.slice(4)] : r === 4 ? pad([null, null, null, ...nums]) : row,
      );
      expect(codes(g)).toEqual([]);
      expect(readRapk(g).model!.monthsInHeader.every(Boolean)).toBe(true);
    });
  }
});

describe('an indicator wrapped over three rows, its numbers on the middle row', () => {
  it('is one indicator with the whole name', () => {
    const g = table();
    const values = [...g.values];
    const at = values.findIndex((row) => row[2] === '02 - Nilai AKIP');
    const nums = values[at]!;
    values.splice(
      at,
      1,
      pad([null, null, '02 - Nilai AKIP']),
      [null, null, 'Balai POM', ...(nums.slice(3) as CellValue[])],
      pad([null, null, 'kategori baik']),
    );
    const w = { ...g, values };
    expect(codes(w)).toEqual([]);
    expect(allIndikator(readRapk(w).model!).map((i) => i.name)).toEqual([
      'Persentase obat memenuhi syarat',
      'Nilai AKIP Balai POM kategori baik',
      'Jumlah sampel diuji',
    ]);
  });
});

describe('NO and SASARAN filled down on every row (unmerged for AutoFilter)', () => {
  it('reads as the merged table', () => {
    let no: CellValue = null;
    let sas: CellValue = null;
    const g = mapRows(table(), (row, r) => {
      if (r < 6) return row;
      if (row[0]) no = row[0];
      if (row[1]) sas = row[1];
      return [no, sas, ...row.slice(2)];
    });
    expect(codes(g)).toEqual([]);
    expect(lineCounts(g)).toEqual([2, 1, 1]);
    expect(readRapk(g).model!.sasaran.map((s) => s.indikator.length)).toEqual([2, 1]);
  });
});

describe('a Jumlah row closing each budget sub-table', () => {
  const withJumlah = (wrong = 0): Grid => {
    const g = table();
    const values: CellValue[][] = [];
    let sum = 0;
    let inLines = false;
    for (const row of g.values) {
      const isLine = row[2] !== null && typeof row[12] === 'number' && row[0] === null && /^\d\.$/.test(String(row[2]));
      if (inLines && !isLine) {
        values.push(pad([null, null, 'Jumlah', ...Array(10).fill(null), sum + wrong]));
        sum = 0;
      }
      inLines = isLine;
      if (isLine) sum += row[13] as number;
      values.push([...row]);
    }
    values.push(pad([null, null, 'Jumlah', ...Array(10).fill(null), sum + wrong]));
    return { ...g, values };
  };
  it('is not a line, and no finding when it adds up', () => {
    expect(codes(withJumlah())).toEqual([]);
    expect(lineCounts(withJumlah())).toEqual([2, 1, 1]);
  });
  it('is A05 when it does not', () => {
    expect(loud(withJumlah(1000)).map((f) => f.slice(0, 3))).toEqual(['A05', 'A05', 'A05']);
  });
});

describe("the unit's full name in the title", () => {
  for (const [title, unit] of <[string, string][]>[
    ['LOKA PENGAWAS OBAT DAN MAKANAN DI KABUPATEN MIMIKA', 'LOKA PENGAWAS OBAT DAN MAKANAN DI KABUPATEN MIMIKA'],
    ['BALAI BESAR PENGAWAS OBAT DAN MAKANAN DI SURABAYA', 'BALAI BESAR PENGAWAS OBAT DAN MAKANAN DI SURABAYA'],
    ['Balai Pengawas Obat dan Makanan di Kota Dumai', 'Balai Pengawas Obat dan Makanan di Kota Dumai'],
  ]) {
    it(`"${title}" is the unit, not the agency above it`, () => {
      const g = table({ title: [['BADAN PENGAWAS OBAT DAN MAKANAN'], ['RENCANA AKSI TAHUN 2025'], [title]] });
      expect(readRapk(g).model!.unit).toBe(unit);
    });
  }
});

describe('a title block with a logo', () => {
  it('the year typed as a number beside TAHUN, below rows the logo takes', () => {
    const g = {
      ...table({
        title: [
          [],
          [],
          [],
          [],
          [],
          [],
          [null, null, 'RENCANA AKSI PROGRAM DAN KEGIATAN'],
          [null, null, 'TAHUN', 2025],
          [null, null, 'BALAI POM DI KOTA CONTOH'],
        ],
      }),
      name: 'Sheet1',
    };
    expect(readRapk(g).model!.year).toBe(2025);
  });
  it('the title further down than 15 rows', () => {
    const g = { ...table({ title: [...Array.from({ length: 16 }, () => []), ['RENCANA AKSI TAHUN 2025']] }), name: 'Sheet1' };
    expect(readRapk(g).model!.year).toBe(2025);
  });
});

describe('hidden columns are not read', () => {
  it("hidden old target columns before this year's visible ones", () => {
    // columns D..O hold last year's targets (hidden), this year's follow; the rest moves right
    const g = mapRows(table(), (row, r) => {
      if (r < 3) return row;
      const isInd = typeof row[3] === 'number';
      const inserted: CellValue[] =
        r === 3
          ? ['TARGET 2024', ...Array<CellValue>(11).fill(null)]
          : r === 4
            ? B
            : isInd
              ? row.slice(3, 15).map((v) => (v as number) - 5)
              : Array<CellValue>(12).fill(null);
      return [...row.slice(0, 3), ...inserted, ...row.slice(3)];
    });
    const hidden = { ...g, hiddenCols: Array.from({ length: 12 }, (_, k) => 3 + k) };
    expect(codes(hidden)).toEqual([]);
    expect(allIndikator(readRapk(hidden).model!).map((i) => i.targets[11]?.value)).toEqual([50, 70, 40]);
    expect(lineCounts(hidden)).toEqual([2, 1, 1]);
  });
  it('a hidden helper column with #N/A and dates says nothing (no S05, no S02)', () => {
    const g = mapRows(table(), (row, r) => (r === 3 ? [...pad(row), 'Cek VLOOKUP'] : r > 4 ? [...pad(row), r % 2 ? '#N/A' : 45_292] : row));
    expect(codes({ ...g, hiddenCols: [16] })).toEqual([]);
  });
});

describe('visible helper columns: #N/A and dates', () => {
  it('a lookup column of #N/A and a date column beside the table: no loud finding, no S05 for their values', () => {
    const g = mapRows(table(), (row, r) => (r === 3 ? [...pad(row), 'Cek', 'Tgl Update'] : r > 4 ? [...pad(row), '#N/A', 45_292] : row));
    const f = { ...g, formats: g.values.map((row, r) => row.map((_, c) => (c === 17 && r > 4 ? 'dd/mm/yyyy' : null))) };
    expect(loud(f)).toEqual([]);
    expect(
      validateSheet(f)
        .findings.filter((x) => x.code === 'S05')
        .map((x) => param(x, 'text')),
    ).toEqual(['Cek', 'Tgl Update']);
  });
  it('#N/A in a header row is not a label (S05 names labels only)', () => {
    const g = mapRows(table(), (row, r) => (r === 3 ? [...pad(row), '#N/A', '#REF!', '1-Jan-2025'] : row));
    expect(codes(g)).toEqual([]);
  });
});

describe("a hidden last-year RAPK sheet before this year's visible one", () => {
  const y2024 = (): Grid => ({
    ...table({ title: [['RENCANA AKSI TAHUN 2024'], ['BALAI POM DI KOTA CONTOH']] }),
    name: 'RAPK 2024',
    hidden: true,
  });
  const y2025 = (): Grid => table();
  it('Realisasi uses the visible year, and names the one left aside', () => {
    const r = realisasiForWorkbook([y2024(), y2025()]);
    if ('problem' in r) throw new Error(JSON.stringify(r.problem));
    expect([r.model.sheet, r.model.year, r.leftAside]).toEqual(['RAPK 2025', 2025, ['RAPK 2024']]);
  });
  it('both visible: still ambiguous (nothing says which)', () => {
    const r = realisasiForWorkbook([{ ...y2024(), hidden: false }, y2025()]);
    expect('problem' in r && r.problem.kind).toBe('ambiguousRapk');
  });
  it('a Realisasi sheet without a year pairs with the visible RAPK', () => {
    const v = validateWorkbook([
      y2024(),
      y2025(),
      {
        name: 'Realisasi',
        values: [
          ['Kode', 'Indikator', 'Realisasi TW I'],
          ['01.01', 'x', 10],
        ],
      },
    ]);
    expect(v.ambiguous).toEqual([]);
  });
});

describe('Rekap and PK sheets are not the RAPK', () => {
  const rekap = (name: string): Grid => ({
    ...table(),
    name,
    values: table()
      .values.filter((row) => row[2] === null || !/^\d\.$/.test(String(row[2])))
      .filter((row) => row[2] !== 'NO'),
  });
  it('a Rekap sheet first in the workbook: the RAPK is the other sheet, the Rekap says nothing', () => {
    const v = validateWorkbook([rekap('Rekap'), table()]);
    expect(v.sheets.map((s) => s.name)).toEqual(['RAPK 2025']);
    expect(v.findings.filter((f) => f.sheet === 'Rekap')).toEqual([]);
    const r = realisasiForWorkbook([rekap('Rekapitulasi RAPK'), table()]);
    expect('model' in r && r.model.sheet).toBe('RAPK 2025');
  });
  it('a PK sheet with quarterly targets: no RAPK findings, no PK findings', () => {
    const pk: Grid = {
      name: 'PK 2025',
      values: [
        ['PERJANJIAN KINERJA 2025'],
        ['NO', 'INDIKATOR KINERJA', 'TARGET', 'TW I', 'TW II', 'TW III', 'TW IV'],
        [1, '01 - Persentase obat memenuhi syarat', 50, 10, 20, 30, 50],
      ],
    };
    const v = validateWorkbook([pk, table()]);
    expect(v.sheets.map((s) => s.name)).toEqual(['RAPK 2025']);
    expect(v.findings.filter((f) => f.sheet === 'PK 2025')).toEqual([]);
  });
  it('a sheet named "Rekap PK" is not read as the PK', () => {
    const g: Grid = {
      name: 'Rekap PK',
      values: [
        ['Indikator', 'Target'],
        ['Sesuatu yang lain', 99],
      ],
    };
    expect(validateWorkbook([g, table()]).findings.filter((f) => f.code.startsWith('P'))).toEqual([]);
  });
  it('alone, a Rekap-named sheet is still read as the RAPK', () => {
    expect(validateWorkbook([{ ...table(), name: 'Rekap RAPK 2025' }]).sheets.map((s) => s.name)).toEqual(['Rekap RAPK 2025']);
  });
});

describe('formulas saved without their values (the workbook was not calculated)', () => {
  it('S05 names each such cell; no rule reads them as 0 (no A01, A05, A08, T01)', () => {
    const g = table();
    const values = [...g.values, pad([null, null, 'TOTAL', ...Array(12).fill(null), 50_000_000])];
    const indRow = values.findIndex((row) => row[2] === '02 - Nilai AKIP');
    const lineRow = values.findIndex((row) => row[3] === 'DR.3165.QIA.006 - Uji');
    const cells = [
      { r: values.findIndex((row) => row[2] === '01 - Persentase obat memenuhi syarat'), c: 15 }, // the first indicator's anggaran
      { r: lineRow, c: 13 }, // a line's kontribusi
      { r: indRow, c: 14 }, // B12 of the second indicator
    ];
    const blank = values.map((row, r) => row.map((v, c) => (cells.some((x) => x.r === r && x.c === c) ? null : v)));
    const f: Grid = { ...g, values: blank, noResult: cells };
    expect(loud(f)).toEqual([]);
    expect(codes(f).filter((x) => x.startsWith('S05'))).toHaveLength(3);
    expect(allIndikator(readRapk(f).model!)[0]!.anggaran.value).toBeNull();
  });
});

describe('amounts under the indicators and no budget line read', () => {
  const sub = [null, null, 'AKUN', 'KETERANGAN', null, null, null, null, null, null, null, null, 'NILAI', null];
  const l = (akun: string, a: number): CellValue[] =>
    pad([null, null, akun, 'Belanja bahan', null, null, null, null, null, null, null, null, a, null]);
  it('the reader says so (S06), once for the sheet', () => {
    const g = table({ sub, lines: (i, a) => (i === 0 ? [l('521211', 20_000_000), l('521219', a - 20_000_000)] : [l('521211', a)]) });
    const r = validateSheet(g);
    expect(allIndikator(r.model!).map((i) => i.name)).toEqual(['Persentase obat memenuhi syarat', 'Nilai AKIP', 'Jumlah sampel diuji']);
    expect(r.findings.filter((f) => f.code === 'S06').map((f) => [f.cells[0], param(f, 'lines')])).toEqual([['C8', 4]]);
    expect(codes(g).filter((x) => x.startsWith('A'))).toEqual([]);
  });
});

describe('a Jumlah after each budget sub-table and a grand TOTAL at the end', () => {
  it("the last Jumlah is its table's, the TOTAL the grand total", () => {
    const g = table();
    const values: CellValue[][] = [];
    for (const [i, row] of g.values.entries()) {
      values.push([...row]);
      const next = g.values[i + 1];
      const isLine = typeof row[13] === 'number' && /^\d\.$/.test(String(row[2]));
      if (isLine && (!next || !/^\d\.$/.test(String(next[2])))) values.push(pad([null, null, 'Jumlah', ...Array(10).fill(null), null]));
    }
    // each Jumlah holds its table's sum of KONTRIBUSI
    let sum = 0;
    for (const row of values) {
      if (row[2] === 'Jumlah') {
        row[13] = sum;
        sum = 0;
      } else if (typeof row[13] === 'number' && /^\d\.$/.test(String(row[2]))) sum += row[13];
    }
    const right = { ...g, values: [...values, pad([null, null, 'TOTAL', ...Array(12).fill(null), 50_000_000])] };
    expect(codes(right)).toEqual([]);
    expect(readRapk(right).model!.total?.amount.value).toBe(50_000_000);
    const wrong = { ...g, values: [...values, pad([null, null, 'TOTAL', ...Array(12).fill(null), 49_000_000])] };
    expect(codes(wrong)).toEqual([`A05@P${values.length + 1}`]);
  });
});

describe('months typed as dates under TARGET, an indicator whose text sits above its numbers', () => {
  it('the header row of dates is never taken as the numbers of the indicator below it', () => {
    const dates = Array.from({ length: 12 }, (_, k) => 45_292 + k * 31);
    const g = mapRows(table(), (row, r) => (r === 4 ? [null, null, null, ...dates] : row));
    const f = { ...g, formats: g.values.map((row, r) => row.map(() => (r === 4 ? 'mmm yyyy' : null))) };
    expect(codes(f)).toEqual([]);
    const values = f.values.map((row) => [...row]);
    const first = values[5]!;
    values.splice(5, 1, pad(first.slice(0, 3)), [null, null, null, ...first.slice(3)]);
    const split = { ...f, values, formats: values.map((row, r) => row.map(() => (r === 4 ? 'mmm yyyy' : null))) };
    expect(valuesOf(allIndikator(readRapk(split).model!)[0]!.targets)).toEqual(Array(12).fill(50));
  });
});

describe('merged cells below the header (SPEC section 4: the value sits in the top-left cell and belongs to every cell the merge covers)', () => {
  // row 6 (index 5): the first indicator, its targets 50 in D..O; rows 8–9: its two budget lines
  const annual = (): Grid => mapRows(table(), (row, r) => (r === 5 ? row.map((v, c) => (c >= 4 && c <= 14 ? null : v)) : row));
  it('one annual target merged across B01:B12 is the target of every month: no false T01', () => {
    const g = { ...annual(), merges: [{ r1: 5, c1: 3, r2: 5, c2: 14 }] };
    expect(codes(g)).toEqual([]);
    expect(valuesOf(allIndikator(readRapk(g).model!)[0]!.targets)).toEqual(Array(12).fill(50));
  });
  it('not merged, the same cells are still a target for January only: T01 (the year has no target)', () => {
    expect(codes(annual())).toEqual(['T01@O6']);
  });
  it('merged across B01:B03 only: the quarter has the target, the year still has none (T01)', () => {
    const g = { ...annual(), merges: [{ r1: 5, c1: 3, r2: 5, c2: 5 }] };
    expect(valuesOf(allIndikator(readRapk(g).model!)[0]!.targets).slice(0, 4)).toEqual([50, 50, 50, null]);
    expect(codes(g)).toEqual(['T01@O6']);
  });
  it('a host that cannot tell merges (Excel below ExcelApi 1.13: mergesUnknown): a target typed once in B01 may be merged across, so no T01, and no value is invented for the other months', () => {
    const g = { ...annual(), merges: [], mergesUnknown: true };
    expect(codes(g)).toEqual([]);
    const targets = allIndikator(readRapk(g).model!)[0]!.targets;
    expect(valuesOf(targets)).toEqual([50, ...Array(11).fill(null)]);
    expect(targets.map((t) => t.maybeMerged ?? false)).toEqual([false, ...Array(11).fill(true)]);
  });
  it('an RO and KOMPONEN merged down two budget lines belong to both', () => {
    // the second line's own sub komponen: the lines share RO and KOMPONEN, not the whole line
    const g = mapRows(table(), (row, r) => (r === 8 ? row.map((v, c) => (c === 3 || c === 6 ? null : c === 9 ? 'B - Alat' : v)) : row));
    const merged = {
      ...g,
      merges: [
        { r1: 7, c1: 3, r2: 8, c2: 3 },
        { r1: 7, c1: 6, r2: 8, c2: 6 },
      ],
    };
    expect(codes(merged)).toEqual([]);
    expect(allIndikator(readRapk(merged).model!)[0]!.lines.map((l) => [l.ro, l.komponen])).toEqual([
      ['DR.3165.QIA.005 - Sampel', '051 - Pengujian'],
      ['DR.3165.QIA.005 - Sampel', '051 - Pengujian'],
    ]);
    // not merged: the second line has none (no text is invented)
    expect(allIndikator(readRapk(g).model!)[0]!.lines[1]!.ro).toBe('');
  });
  it('a merge reaching down from above the sub-table header gives its lines nothing (only lines of the same sub-table share)', () => {
    const g = mapRows(table(), (row, r) => (r === 7 ? row.map((v, c) => (c === 3 ? null : v)) : row));
    const merged = { ...g, merges: [{ r1: 5, c1: 3, r2: 7, c2: 3 }] };
    expect(allIndikator(readRapk(merged).model!)[0]!.lines[0]!.ro).toBe('');
  });
});

/** Cells set on rows of `g` (0-based row → column → value), each row padded to reach them. */
const setCells = (g: Grid, cells: Record<number, Record<number, CellValue>>): Grid =>
  mapRows(g, (row, r) => {
    const at = cells[r];
    if (!at) return row;
    const out = [...row];
    for (const [c, v] of Object.entries(at)) {
      while (out.length <= Number(c)) out.push(null);
      out[Number(c)] = v;
    }
    return out;
  });

describe('a side block beside a table with no SASARAN column (Layouts R and D)', () => {
  // Layout R: NO numbers the sasaran, `01 - ...` indicators, KODE / RO lists (amounts in the PAGU column)
  const layoutR = (): Grid => {
    const ind = (no: CellValue, name: string, t: number, a: number): CellValue[] => [no, name, ...Array(12).fill(t), a];
    const list = [null, 'NO', 'KODE', 'RO'];
    const l = (n: number, kode: string, a: number): CellValue[] => [null, n, kode, `Rincian output ${n}`, ...Array(10).fill(null), a];
    return {
      name: 'RAPK 2025',
      merges: [],
      values: [
        ['RENCANA AKSI TAHUN 2025'],
        ['BALAI POM DI KOTA CONTOH'],
        [],
        ['NO', 'INDIKATOR KINERJA', 'TARGET', ...Array(11).fill(null), 'PAGU (Rp)'],
        [null, null, ...B],
        ind('1.', '01 - Persentase obat memenuhi syarat', 50, 30_000_000),
        list,
        l(1, 'DR.3165.QBA.001', 30_000_000),
        ind(null, '02 - Nilai AKIP', 70, 12_000_000),
        list,
        l(1, 'DR.3165.QCA.002', 12_000_000),
        ind('2.', '01 - Jumlah sampel diuji', 40, 8_000_000),
        list,
        l(1, 'DR.3165.QDA.003', 8_000_000),
        ['Total', ...Array(13).fill(null), 50_000_000],
      ],
    };
  };
  const reading = (g: Grid): unknown => {
    const m = readRapk(g).model!;
    return {
      sasaran: m.sasaran.map((s) => [s.no, s.indikator.map((i) => [i.no, i.name, i.anggaran.value, i.lines.map((x) => x.ro)])]),
      total: m.total?.amount.value,
    };
  };
  it('Layout R reads clean without the block', () => {
    expect(codes(layoutR())).toEqual([]);
    expect(readRapk(layoutR()).model!.sasaran.map((s) => s.indikator.length)).toEqual([2, 1]);
  });
  // the block's SASARAN label on the header's second row, right of the PAGU column: not the table's sasaran column
  for (const [where, top] of [
    ['on the main header rows', 3],
    ['below the main header', 6],
  ] as const) {
    for (const gap of [1, 2]) {
      it(`Layout R, "Rekap anggaran per sasaran" ${where}, ${gap} blank column(s) away: read as without it`, () => {
        const c = 15 + gap;
        const g = setCells(layoutR(), {
          [top]: { [c]: 'Rekap anggaran per sasaran' },
          [top + 1]: { [c]: 'SASARAN', [c + 1]: 'ANGGARAN' },
          [top + 2]: { [c]: 'Sasaran 1', [c + 1]: 42_000_000 },
          [top + 3]: { [c]: 'Sasaran 2', [c + 1]: 8_000_000 },
          [top + 4]: { [c]: 'JUMLAH', [c + 1]: 50_000_000 },
        });
        expect(codes(g)).toEqual([]);
        expect(reading(g)).toEqual(reading(layoutR()));
      });
    }
  }
  it('a NO | SASARAN | PAGU block beside the header: its NO is not the table NO column either', () => {
    const g = setCells(layoutR(), {
      3: { 16: 'REKAPITULASI PAGU PER SASARAN' },
      4: { 16: 'NO', 17: 'SASARAN', 18: 'PAGU (Rp)' },
      5: { 16: 1, 17: 'Sasaran 1', 18: 42_000_000 },
      6: { 16: 2, 17: 'Sasaran 2', 18: 8_000_000 },
      7: { 17: 'TOTAL', 18: 50_000_000 },
    });
    expect(codes(g)).toEqual([]);
    expect(reading(g)).toEqual(reading(layoutR()));
  });
  it('Layout D (a summary, a detail table): the block beside the summary is not read, its rows do not spoil a wrapped indicator', () => {
    const detail = [...LAYOUT_D_DETAIL_LABELS];
    const summary = ['No.', 'Indikator Kinerja', 'Target', ...Array(11).fill(null), 'ANGGARAN'];
    const d: Grid = {
      name: 'RAPK 2025',
      values: [
        ['RENCANA AKSI TAHUN 2025'],
        ['BALAI POM DI KOTA CONTOH'],
        [],
        summary,
        [null, null, ...B],
        [1, 'Persentase obat', ...Array(12).fill(50), 10_000_000],
        [null, 'memenuhi syarat'],
        ['Total', ...Array(13).fill(null), 10_000_000],
        [1, 'Persentase obat memenuhi syarat', ...Array(12).fill(50), 10_000_000],
        detail,
        [
          1,
          'Balai POM di Kota Contoh',
          'DR.3165.QBA',
          'DR.3165.QBA.001 - Sampel',
          '051 - Pengujian',
          'A',
          'Bahan',
          10_000_000,
          2_500_000,
          2_500_000,
          2_500_000,
          2_500_000,
          10_000_000,
          1,
        ],
        ['Total', ...Array(6).fill(null), 10_000_000, 2_500_000, 2_500_000, 2_500_000, 2_500_000, 10_000_000],
      ],
    };
    const g = setCells(d, {
      3: { 16: 'Rekap anggaran per sasaran' },
      4: { 16: 'SASARAN', 17: 'ANGGARAN' },
      5: { 16: 'Sasaran 1', 17: 10_000_000 },
      6: { 16: 'JUMLAH', 17: 10_000_000 },
    });
    expect(codes(d)).toEqual([]);
    expect(codes(g)).toEqual([]);
    expect(reading(g)).toEqual(reading(d));
  });
});

describe('Layout D: a budget line whose RO and komponen texts wrap over two rows', () => {
  const detail = [...LAYOUT_D_DETAIL_LABELS];
  const summary = ['No.', 'Indikator Kinerja', ...B, 'ANGGARAN'];
  const q = (a: number): number[] => [a / 4, a / 4, a / 4, a / 4];
  const line = (n: number, kro: string, ro: string, komponen: string, a: number): CellValue[] => [
    n,
    'Balai POM di Kota Contoh',
    kro,
    ro,
    komponen,
    'A',
    'Bahan',
    a,
    ...q(a),
    a,
    1,
  ];
  /** One indicator, two lines: the first wrapped (its rest on the next row), then `after` rows, the second line, Total. */
  const rest: CellValue[] = [null, null, null, 'Rincian output 6', 'sampel laboratorium'];
  const doc = (after: CellValue[][], wrapped: CellValue[] = rest, unit = 'Balai POM di Kota Contoh'): Grid => ({
    name: 'RAPK 2025',
    values: [
      ['RENCANA AKSI TAHUN 2025'],
      ['BALAI POM DI KOTA CONTOH'],
      [],
      summary,
      [1, 'Persentase obat memenuhi syarat', ...Array(12).fill(50), 12_000_000],
      ['Total', ...Array(13).fill(null), 12_000_000],
      [],
      [1, 'Persentase obat memenuhi syarat', ...Array(12).fill(50), 12_000_000],
      detail,
      [
        ...line(1, 'DR.3165.QGA', 'DR.3165.QGA.006 -', '051 - Pengujian', 8_000_000).slice(0, 1),
        unit,
        ...line(1, 'DR.3165.QGA', 'DR.3165.QGA.006 -', '051 - Pengujian', 8_000_000).slice(2),
      ],
      wrapped,
      ...after,
      line(2, 'DR.3165.QGB', 'DR.3165.QGB.007 - Layanan', '052 - Bahan', 4_000_000),
      ['Total', ...Array(6).fill(null), 12_000_000, ...q(12_000_000), 12_000_000],
    ],
  });
  const texts = (g: Grid): string[][] => allIndikator(readRapk(g).model!).flatMap((i) => i.lines.map((l) => [l.ro, l.komponen]));
  const expected = [
    ['DR.3165.QGA.006 - Rincian output 6', '051 - Pengujian sampel laboratorium'],
    ['DR.3165.QGB.007 - Layanan', '052 - Bahan'],
  ];
  it('the next line right below: the texts joined, no finding', () => {
    expect(codes(doc([]))).toEqual([]);
    expect(texts(doc([]))).toEqual(expected);
  });
  it('a page break after it repeating the summary and the detail header: the rest is not a heading', () => {
    const g = doc([summary, detail]);
    expect(codes(g)).toEqual([]);
    expect(texts(g)).toEqual(expected);
    expect(allIndikator(readRapk(g).model!).map((i) => i.heading?.row)).toEqual([8]);
  });
  it('a page break repeating the summary header only: the same', () => {
    const g = doc([summary]);
    expect(codes(g)).toEqual([]);
    expect(texts(g)).toEqual(expected);
  });
  it("the Unit wrapped too (its rest in the summary's indicator column): still the line's, not a heading", () => {
    const g = doc([summary, detail], [null, 'Kota Contoh', null, 'Rincian output 6', 'sampel laboratorium'], 'Balai POM di');
    expect(codes(g)).toEqual([]);
    expect(texts(g)).toEqual(expected);
    expect(allIndikator(readRapk(g).model!).map((i) => i.heading?.row)).toEqual([8]);
  });
  it("a text-only row naming the next indicator in that column is that indicator's heading, as before", () => {
    const two = (name: string): Grid => {
      const g = doc([]);
      const values = g.values.map((row) => [...row]);
      values.splice(5, 0, [2, 'Nilai AKIP Balai POM', ...Array(12).fill(70), 4_000_000]);
      values[6]![14] = 16_000_000;
      // the second line becomes the second indicator's: its heading (name only), its detail header, its Total
      const at = values.findIndex((row) => row[3] === 'DR.3165.QGB.007 - Layanan');
      values.splice(at, 0, [null, name], detail);
      values[at + 2]![0] = 1;
      values.splice(at + 3, 0, ['Total', ...Array(6).fill(null), 4_000_000, ...q(4_000_000), 4_000_000]);
      values.push([]);
      return { ...g, values };
    };
    for (const name of ['Nilai AKIP Balai POM', '2 - Nilai AKIP Balai POM', 'Indikator 2: Nilai AKIP Balai POM']) {
      const g = two(name);
      const m = readRapk(g).model!;
      expect({ name, headings: allIndikator(m).map((i) => i.heading?.row) }).toEqual({ name, headings: [9, 13] });
    }
  });
});
