/**
 * An indicator with no target at all (no anggaran, no budget line yet) followed by an indicator
 * whose number the planner left out, NO and SASARAN filled down: two indicators, not one name
 * wrapped over two rows (src/sample/habitsNoTargets.ts renders it on Layouts K and R; the
 * rule is `completesWrappedIndicator` in src/core/reader/rows.ts); on Layout D (no NO to fill
 * down) the summary row's `No.` left empty. Before the rule, every rendering of 2,000 seeds
 * joined the two, on K, R and D.
 */
import type { CellValue, Grid } from '../../src/core/grid/grid';
import { allIndikator, valuesOf } from '../../src/core/reader/model';
import { validateSheet } from '../../src/core/rules/validate';
import { NO_TARGETS_LAYOUTS, renderNoTargets } from '../../src/sample/habitsNoTargets';

/** What a reading says: each indicator (sasaran, number, name, targets, anggaran, lines) and the loud findings. */
function reading(g: Grid): unknown {
  const v = validateSheet(g);
  if (!v.model) return { kind: v.kind };
  return {
    indicators: allIndikator(v.model).map((i) => [
      i.sasaranNo,
      i.no,
      i.name,
      valuesOf(i.targets),
      i.anggaran.value,
      i.lines.map((l) => [l.kontribusi.value, l.ro]),
    ]),
    loud: v.findings
      .filter((f) => f.severity !== 'info')
      .map((f) => f.code)
      .sort(),
  };
}

const names = (g: Grid): string[] => allIndikator(validateSheet(g).model!).map((i) => i.name);
const loud = (g: Grid): string[] =>
  validateSheet(g)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.code}@${f.cells[0]}`);

const SEEDS = Array.from({ length: 2000 }, (_, i) => i);

describe.each(NO_TARGETS_LAYOUTS.map((l) => [l]))('Layout %s: an indicator with no target before an unnumbered one', (layout) => {
  const how = layout === 'D' ? "the summary row's No. left empty" : 'NO and SASARAN filled down';
  it(`${how}: ${SEEDS.length} renderings read as the numbered table`, () => {
    const misread: number[] = [];
    for (const seed of SEEDS) {
      const r = renderNoTargets(seed, { layout });
      expect(r.plain.presentation.layout).toBe(layout);
      // K and R, every sasaran of one indicator: the unnumbered one is last, read as the rest of
      // a name wrapped over two rows (the small grids below): no loud finding the numbered table
      // lacks (Layout D's detail tables tell the two apart: read as the numbered table)
      if (!r.decidable && layout !== 'D') {
        const extra = loud(r.habit).filter((f) => !loud(r.plain.grid).includes(f));
        expect({ seed, extra }).toEqual({ seed, extra: [] });
        continue;
      }
      const plain = validateSheet(r.plain.grid).model!;
      const spec = r.plain.spec.sasaran;
      // the plain table is read right: every indicator, the empty one with no target
      expect({ seed, n: allIndikator(plain).length }).toEqual({ seed, n: spec.reduce((a, s) => a + s.indikator.length, 0) });
      const empty = allIndikator(plain)[r.empty.index]!;
      expect({ seed, empty: [empty.name, valuesOf(empty.targets).every((t) => t === null), empty.lines.length] }).toEqual({
        seed,
        empty: [spec[r.empty.sasaran]!.indikator[r.empty.indikator]!.name, true, 0],
      });
      if (JSON.stringify(reading(r.habit)) !== JSON.stringify(reading(r.plain.grid))) misread.push(seed);
    }
    expect(misread).toEqual([]);
  });

  it('NO not filled down, 300 renderings: the same', () => {
    for (const seed of SEEDS.slice(0, 300)) {
      const r = renderNoTargets(seed, { layout }, false);
      if (!r.decidable && layout !== 'D') continue;
      expect({ seed, habit: reading(r.habit) }).toEqual({ seed, habit: reading(r.plain.grid) });
    }
  });

  it('every name wrapped onto a second row, 300 renderings: the same', () => {
    for (const seed of SEEDS.slice(0, 300)) {
      const r = renderNoTargets(seed, { layout, wrapIndicator: true });
      if (!r.decidable && layout !== 'D') continue;
      expect({ seed, habit: reading(r.habit) }).toEqual({ seed, habit: reading(r.plain.grid) });
    }
  });

  it('the empty indicator keeps its own loud finding (T01: no annual target), which the joined reading lost', () => {
    for (const seed of SEEDS.slice(0, 50)) {
      const r = renderNoTargets(seed, { layout });
      if (!r.decidable && layout !== 'D') continue;
      expect({ seed, t01: loud(r.habit).some((f) => f.startsWith('T01@')) }).toEqual({ seed, t01: true });
    }
  });
});

// ---------------------------------------------------------------- the class on small grids

const B = Array.from({ length: 12 }, (_, k) => `B${String(k + 1).padStart(2, '0')}`);
const SUB = [null, null, 'NO', 'RO', null, null, 'KOMPONEN', null, null, 'SUB KOMPONEN', null, null, 'ANGGARAN', 'KONTRIBUSI'];
const pad = (row: CellValue[], n = 16): CellValue[] => [...row, ...Array<CellValue>(Math.max(0, n - row.length)).fill(null)];
const S1 = '01 - Sasaran satu';
const S2 = '02 - Sasaran dua';
const empty = (name: string, sas = S1, no = '1.'): CellValue[] => pad([no, sas, name]);
const ind = (name: string, t: number, a: number, sas = S1, no = '1.'): CellValue[] => [no, sas, name, ...Array<CellValue>(12).fill(t), a];
const rest = (text: string, sas = S1, no = '1.'): CellValue[] => pad([no, sas, text]);
const lines = (a: number, code: string, sas = S1, no = '1.'): CellValue[][] => [
  pad(SUB),
  pad([no, sas, '1.', `DR.3165.${code}.001 - Layanan`, null, null, '051 - Pengujian', null, null, 'A - Bahan', null, null, a, a]),
];

/** Layout K, NO and SASARAN filled down: the rows given, then sasaran two's indicator `01 - Jumlah sampel diuji`. */
function sheet(rows: CellValue[][], second: CellValue[][] = [ind('01 - Jumlah sampel diuji', 40, 8_000_000, S2, '2.')]): Grid {
  const values: CellValue[][] = [
    ['RENCANA AKSI PROGRAM DAN KEGIATAN TAHUN 2025'],
    ['BALAI POM DI KOTA CONTOH'],
    [],
    pad(['NO.', 'SASARAN KEGIATAN', 'INDIKATOR KINERJA KEGIATAN', 'TARGET', ...Array<CellValue>(11).fill(null), 'ANGGARAN']),
    pad([null, null, null, ...B]),
    ...rows,
    ...second,
    ...lines(8_000_000, 'QJA', S2, '2.'),
  ];
  return { name: 'RAPK 2025', values, merges: [] };
}

const A = '01 - Persentase tindak lanjut hasil pengawasan';

describe('the class on a small Layout K grid, NO and SASARAN filled down', () => {
  it('an unnumbered indicator with targets right under an empty one, 03 after it: two indicators, T01 on the empty one', () => {
    const g = sheet([
      empty(A),
      ind('Nilai AKIP Balai POM', 70, 12_000_000),
      ...lines(12_000_000, 'QIA'),
      ind('03 - Indeks kepuasan masyarakat', 80, 5_000_000),
      ...lines(5_000_000, 'QIB'),
    ]);
    expect(names(g)).toEqual([
      'Persentase tindak lanjut hasil pengawasan',
      'Nilai AKIP Balai POM',
      'Indeks kepuasan masyarakat',
      'Jumlah sampel diuji',
    ]);
    expect(loud(g)).toEqual(['T01@O6']);
  });

  it('last in its sasaran, nothing numbered after it: the rows of a name wrapped over two, its numbers on the second: one indicator, no T01', () => {
    // nothing tells the two apart; a false T01 on a planner's right table costs more than the
    // T01 missed on a table with an empty indicator and a number left out
    const g = sheet([empty(A), ind('Nilai AKIP Balai POM', 70, 12_000_000), ...lines(12_000_000, 'QIA')]);
    expect(names(g)).toEqual(['Persentase tindak lanjut hasil pengawasan Nilai AKIP Balai POM', 'Jumlah sampel diuji']);
    expect(loud(g)).toEqual([]);
  });

  it('its name wrapped onto a row of its own, a satuan typed on the empty one: two indicators', () => {
    const withSatuan = (rows: CellValue[][]): CellValue[][] =>
      rows.map((row) => [...row.slice(0, 3), row === rows[0] ? '%' : null, ...row.slice(3)]);
    const rows = withSatuan([empty(A), ind('Nilai AKIP Balai POM', 70, 12_000_000), rest('kategori baik'), ...lines(12_000_000, 'QIA')]);
    const header = (row: readonly CellValue[]): CellValue[] => [...row.slice(0, 3), 'SATUAN', ...row.slice(3)];
    const g = sheet(rows, withSatuan([ind('01 - Jumlah sampel diuji', 40, 8_000_000, S2, '2.')]));
    const values = g.values.map((row, r) => (r === 3 ? header(row) : r === 4 ? [null, ...row] : row));
    // the second sasaran's lines: one column more too
    const shifted = values.map((row, r) => (r >= values.length - 2 ? [...row.slice(0, 3), null, ...row.slice(3)] : row));
    expect(names({ ...g, values: shifted })).toEqual([
      'Persentase tindak lanjut hasil pengawasan',
      'Nilai AKIP Balai POM kategori baik',
      'Jumlah sampel diuji',
    ]);
    expect(loud({ ...g, values: shifted })).toEqual(['T01@P6']);
  });

  it('a `-` typed for each month on the empty one: two indicators', () => {
    const dashed = [...empty(A).slice(0, 3), ...Array<CellValue>(12).fill('-'), null];
    const g = sheet([dashed, ind('Nilai AKIP Balai POM', 70, 12_000_000), rest('kategori baik'), ...lines(12_000_000, 'QIA')]);
    expect(names(g)).toEqual(['Persentase tindak lanjut hasil pengawasan', 'Nilai AKIP Balai POM kategori baik', 'Jumlah sampel diuji']);
    expect(loud(g)).toEqual(['T01@O6']);
  });

  it('the next numbered indicator has the number after next (03): two indicators', () => {
    const g = sheet([
      empty(A),
      ind('Nilai AKIP Balai POM', 70, 12_000_000),
      rest('kategori baik'),
      ...lines(12_000_000, 'QIA'),
      ind('03 - Indeks Kepuasan Masyarakat', 80, 5_000_000),
      ...lines(5_000_000, 'QKA'),
    ]);
    expect(names(g)).toEqual([
      'Persentase tindak lanjut hasil pengawasan',
      'Nilai AKIP Balai POM kategori baik',
      'Indeks Kepuasan Masyarakat',
      'Jumlah sampel diuji',
    ]);
    expect(allIndikator(validateSheet(g).model!).map((i) => i.no)).toEqual(['01', '02', '03', '01']);
  });

  it('the sheet wraps another name under its numbers: two indicators', () => {
    const second = [ind('01 - Jumlah sampel', 40, 8_000_000, S2, '2.'), rest('diuji di laboratorium', S2, '2.')];
    const g = sheet([empty(A), ind('Nilai AKIP Balai POM', 70, 12_000_000), rest('kategori baik'), ...lines(12_000_000, 'QIA')], second);
    expect(names(g)).toEqual([
      'Persentase tindak lanjut hasil pengawasan',
      'Nilai AKIP Balai POM kategori baik',
      'Jumlah sampel diuji di laboratorium',
    ]);
  });

  describe('the shape of one name wrapped over three rows, its numbers centred: one indicator', () => {
    const wrapped = [empty('01 - Persentase tindak lanjut'), ind('hasil pengawasan yang', 70, 12_000_000), rest('diselesaikan')];
    it('alone in its sasaran', () => {
      const g = sheet([...wrapped, ...lines(12_000_000, 'QIA')]);
      expect(names(g)).toEqual(['Persentase tindak lanjut hasil pengawasan yang diselesaikan', 'Jumlah sampel diuji']);
      expect(loud(g)).toEqual([]);
    });
    it('the next numbered indicator has the next number (02)', () => {
      const g = sheet([...wrapped, ...lines(12_000_000, 'QIA'), ind('02 - Nilai AKIP', 80, 5_000_000), ...lines(5_000_000, 'QKA')]);
      expect(names(g)).toEqual(['Persentase tindak lanjut hasil pengawasan yang diselesaikan', 'Nilai AKIP', 'Jumlah sampel diuji']);
      expect(loud(g)).toEqual([]);
    });
    it('NO not filled down', () => {
      const g = sheet([wrapped[0]!, ...wrapped.slice(1).map((row) => [null, null, ...row.slice(2)]), ...lines(12_000_000, 'QIA')]);
      expect(names(g)).toEqual(['Persentase tindak lanjut hasil pengawasan yang diselesaikan', 'Jumlah sampel diuji']);
    });
  });
});

describe('a name wrapped onto a second row with the numbers there, the next indicator numbered after it: one indicator', () => {
  // the numbering gives the row no number of its own: read as an indicator, it took the next
  // indicator's number (S04) and left its first row with no target (a false T01)
  const two = [empty('01 - Persentase tindak lanjut'), ind('hasil pengawasan', 70, 12_000_000)];
  const next = [ind('02 - Nilai AKIP', 80, 5_000_000), ...lines(5_000_000, 'QKA')];
  it('nothing below the row (bottom of a two-row name)', () => {
    const g = sheet([...two, ...lines(12_000_000, 'QIA'), ...next]);
    expect(names(g)).toEqual(['Persentase tindak lanjut hasil pengawasan', 'Nilai AKIP', 'Jumlah sampel diuji']);
    expect(loud(g)).toEqual([]);
  });
  it('NO not filled down', () => {
    const g = sheet([two[0]!, [null, null, ...two[1]!.slice(2)], ...lines(12_000_000, 'QIA'), ...next]);
    expect(names(g)).toEqual(['Persentase tindak lanjut hasil pengawasan', 'Nilai AKIP', 'Jumlah sampel diuji']);
    expect(loud(g)).toEqual([]);
  });
  it('centred over three rows in a sheet that wraps another name under its numbers', () => {
    const wrapped = [...two, rest('yang diselesaikan')];
    const second = [ind('01 - Jumlah sampel', 40, 8_000_000, S2, '2.'), rest('diuji di laboratorium', S2, '2.')];
    const g = sheet([...wrapped, ...lines(12_000_000, 'QIA'), ...next], second);
    expect(names(g)).toEqual([
      'Persentase tindak lanjut hasil pengawasan yang diselesaikan',
      'Nilai AKIP',
      'Jumlah sampel diuji di laboratorium',
    ]);
    expect(loud(g)).toEqual([]);
  });
});

describe('a name wrapped over three rows, its numbers centred, its satuan merged down over the three', () => {
  // the merge says the satuan is the whole block's, not typed on the first row alone
  const withSatuan = (g: Grid, satuan: ReadonlyMap<number, CellValue>): Grid => ({
    ...g,
    values: g.values.map((row, r) => (r < 3 ? row : [...row.slice(0, 3), r === 3 ? 'SATUAN' : (satuan.get(r) ?? null), ...row.slice(3)])),
  });
  const wrapped = [empty('01 - Persentase tindak lanjut'), ind('hasil pengawasan yang', 70, 12_000_000), rest('diselesaikan')];
  const base = withSatuan(
    sheet([...wrapped, ...lines(12_000_000, 'QIA')]),
    new Map([
      [5, '%'],
      [10, 'sampel'],
    ]),
  );
  it('one indicator', () => {
    const g = { ...base, merges: [{ r1: 5, c1: 3, r2: 7, c2: 3 }] };
    expect(names(g)).toEqual(['Persentase tindak lanjut hasil pengawasan yang diselesaikan', 'Jumlah sampel diuji']);
    expect(loud(g)).toEqual([]);
  });
  it('not merged: typed on the first row, two indicators', () => {
    const g = { ...base, merges: [] };
    expect(names(g)).toEqual(['Persentase tindak lanjut', 'hasil pengawasan yang diselesaikan', 'Jumlah sampel diuji']);
  });
});

describe('the next indicator numbered right after, a satuan typed on the first row of the wrapped name', () => {
  // the numbering leaves the row no number: read as an indicator it took 02 twice (S04) and left
  // its first row with no target (T01); a `-` typed for each month still says the row stands alone
  const next = [ind('02 - Nilai AKIP', 80, 5_000_000), ...lines(5_000_000, 'QKA')];
  const top = empty('01 - Persentase tindak lanjut');
  const withSatuan = (row: readonly CellValue[], v: CellValue): CellValue[] => [...row.slice(0, 3), v, ...row.slice(3)];
  const grid = (first: CellValue[], satuan: CellValue): Grid => {
    const rows = [
      withSatuan(first, satuan),
      withSatuan(ind('hasil pengawasan yang', 70, 12_000_000), null),
      withSatuan(rest('diselesaikan'), null),
    ];
    const g = sheet([...rows, ...[...lines(12_000_000, 'QIA'), ...next].map((r) => withSatuan(r, null))]);
    // the header, the month row and the rows sheet() adds after them: one column more
    return {
      ...g,
      values: g.values.map((row, r) =>
        r === 3 ? withSatuan(row, 'SATUAN') : r === 4 || r >= 5 + rows.length + 5 ? withSatuan(row, null) : row,
      ),
    };
  };
  it('a satuan: one indicator', () => {
    const g = grid(top, '%');
    expect(names(g)).toEqual(['Persentase tindak lanjut hasil pengawasan yang diselesaikan', 'Nilai AKIP', 'Jumlah sampel diuji']);
    expect(loud(g)).toEqual([]);
  });
  it('a `-` for each month: two indicators', () => {
    const g = grid([...top.slice(0, 3), ...Array<CellValue>(12).fill('-'), null], null);
    expect(names(g)).toEqual(['Persentase tindak lanjut', 'hasil pengawasan yang diselesaikan', 'Nilai AKIP', 'Jumlah sampel diuji']);
  });
});
