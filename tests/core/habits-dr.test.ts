/**
 * Issue 20 item 3 on Layouts D and R: the Excel habits once rendered on Layout K only, each
 * class the reader misread on D or R (its generator variant in src/sample/habits.ts, forced on
 * every layout in tests/core/habits-variants.test.ts), checked on a rendering: still read, and
 * still checked.
 */
import type { CellValue, Grid } from '../../src/core/grid/grid';
import { allIndikator } from '../../src/core/reader/model';
import { readRapk } from '../../src/core/reader/readRapk';
import { validateSheet } from '../../src/core/rules/validate';
import { renderHabit } from '../../src/sample/habits';
import { type Presentation, renderPresentation } from '../../src/sample/present';

const loud = (g: Grid): string[] =>
  validateSheet(g)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.code}@${f.cells[0]}`);
const col = (c: number): string => String.fromCharCode(65 + c);
const withCell = (g: Grid, r: number, c: number, v: CellValue): Grid => ({
  ...g,
  values: g.values.map((row, i) => (i === r ? row.map((x, k) => (k === c ? v : x)) : row)),
});
const lineCounts = (g: Grid): number[] => allIndikator(readRapk(g).model!).map((i) => i.lines.length);
const names = (g: Grid): string[] => allIndikator(readRapk(g).model!).map((i) => i.name);

/** Plain numbers everywhere, months B01..B12 on a second header row, no extra column: cells are easy to find. */
const EASY: Partial<Presentation> = {
  monthStyle: 'B01',
  headerRows: 2,
  quarterOnly: false,
  targetStyle: 'number',
  moneyStyle: 'number',
  extraCols: [],
  blankCols: [],
};
const SEEDS = [9100, 9101, 9102, 9105, 9108];

/** The first detail header of a Layout D grid, and the heading line's row with numbers above it. */
function firstHeading(g: Grid): { header: number; numbers: number } {
  const header = g.values.findIndex((row) => row.includes('Budget Plan'));
  let numbers = header - 1;
  while (!g.values[numbers]!.some((v) => typeof v === 'number')) numbers--;
  return { header, numbers };
}

describe('Layout D: a detail table heading line wrapped over rows of its own', () => {
  it.each(SEEDS)('over three rows, its numbers on the middle row (seed %i): read as the summary, and still checked (T07)', (seed) => {
    const r = renderHabit(seed, 'wrap3', { layout: 'D', ...EASY });
    expect(loud(r.habit)).toEqual([]);
    expect(names(r.habit)).toEqual(names(r.plain.grid));
    expect(lineCounts(r.habit)).toEqual(lineCounts(r.plain.grid));
    const { header, numbers } = firstHeading(r.habit);
    // three rows: the No. and first word, the numbers, the last words
    expect(numbers).toBe(header - 2);
    const b03 = r.habit.values.findIndex((row) => row.includes('B03'));
    const c = r.habit.values[b03]!.indexOf('B03');
    expect(loud(withCell(r.habit, numbers, c, 999))).toEqual([`T07@${col(c)}${numbers + 1}`]);
  });

  it.each(SEEDS)('over two rows, its numbers on the first (seed %i)', (seed) => {
    const plain = renderPresentation(seed, { layout: 'D', ...EASY, wrapIndicator: false, plant: 'none' }).grid;
    const { header, numbers } = firstHeading(plain);
    expect(numbers).toBe(header - 1);
    const row = plain.values[numbers]!;
    const words = String(row[1]).split(' ');
    const values = [...plain.values];
    values.splice(numbers, 1, [row[0]!, words.slice(0, 2).join(' '), ...row.slice(2)], [null, words.slice(2).join(' ')]);
    const g = { ...plain, values };
    expect(loud(g)).toEqual([]);
    expect(names(g)).toEqual(names(plain));
    expect(lineCounts(g)).toEqual(lineCounts(plain));
    expect(loud(withCell(g, numbers, 2, 999))).toEqual([`T07@C${numbers + 1}`]);
  });
});

describe('Layout R: NO filled down on every row (unmerged for AutoFilter)', () => {
  it.each(SEEDS)('as a number, over wrapped indicator texts (seed %i): the same sasaran and indicators', (seed) => {
    const r = renderHabit(seed, 'filledDown', { layout: 'R', sasaranNo: 'number', wrapIndicator: true });
    expect(loud(r.habit)).toEqual([]);
    expect(names(r.habit)).toEqual(names(r.plain.grid));
    const sizes = (g: Grid): number[] => readRapk(g).model!.sasaran.map((s) => s.indikator.length);
    expect(sizes(r.habit)).toEqual(r.plain.spec.sasaran.map((s) => s.indikator.length));
  });
});

describe('Layout R: the list headed NO / KODE / URAIAN, its amount with no label of its own', () => {
  const listed = (seed: number): Grid => {
    const g = renderPresentation(seed, { layout: 'R', ...EASY, plant: 'none' }).grid;
    return { ...g, values: g.values.map((row) => (row.includes('KODE') ? row.map((v) => (v === 'RO' ? 'URAIAN' : v)) : row)) };
  };
  it.each(SEEDS)('its lines are read (seed %i)', (seed) => {
    const g = listed(seed);
    expect(loud(g)).toEqual([]);
    expect(lineCounts(g)).toEqual(
      renderPresentation(seed, { layout: 'R', ...EASY }).spec.sasaran.flatMap((s) => s.indikator.map((i) => i.lines.length)),
    );
  });
  it.each(SEEDS)('and checked: a line amount changed is A01 on its indicator (seed %i)', (seed) => {
    const g = listed(seed);
    const header = g.values.findIndex((row) => row.includes('URAIAN'));
    // the line's one amount: the last number on its row (its NO may be a number too)
    const row = g.values[header + 1]!;
    const amount = row.map((v) => typeof v === 'number').lastIndexOf(true);
    const changed = withCell(g, header + 1, amount, (row[amount] as number) + 1_000_000);
    expect(loud(changed).map((f) => f.slice(0, 3))).toEqual(['A01']);
  });
});

describe('Layout R: NO filled down over an indicator wrapped over three rows (its numbers on the middle row)', () => {
  it.each(SEEDS)('reads as the plain table (seed %i)', (seed) => {
    const r = renderHabit(seed, 'wrap3', { layout: 'R', sasaranNo: 'number', pageBreaks: 'none' });
    const header = r.habit.values.findIndex((row) => row.includes(r.plain.presentation.indicatorLabel));
    let no: CellValue = null;
    const values = r.habit.values.map((row, i) => {
      // the table's rows below its header, not the list headers, up to its Total
      if (i <= header || row.includes('KODE') || row.every((v) => v === null) || no === 'end') return row;
      if (row.includes('Total')) {
        no = 'end';
        return row;
      }
      if (row[0] !== null && row[0] !== undefined) no = row[0];
      return no === null ? row : [no, ...row.slice(1)];
    });
    const g = { ...r.habit, values };
    expect(loud(g)).toEqual([]);
    expect(names(g)).toEqual(names(r.plain.grid));
    expect(lineCounts(g)).toEqual(lineCounts(r.plain.grid));
  });
});
