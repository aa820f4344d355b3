/**
 * Issue 20 item 3: every Excel habit, applied by the generator (src/sample/habits.ts) to many
 * renderings of every layout it fits, reads as the plain rendering does: the same indicators,
 * targets, anggaran and budget lines, and the same loud findings (none: nothing is planted).
 */
import type { Grid } from '../../src/core/grid/grid';
import { allIndikator, valuesOf } from '../../src/core/reader/model';
import { validateSheet } from '../../src/core/rules/validate';
import { HABITS, type Habit, habitLayouts, renderHabit } from '../../src/sample/habits';

/** What a reading says: its model in short, and its loud findings' codes. */
export function reading(g: Grid, texts = false): unknown {
  const v = validateSheet(g);
  if (!v.model) return { kind: v.kind };
  return {
    total: v.model.total?.amount.value ?? null,
    indicators: allIndikator(v.model).map((i) => [
      i.no,
      i.name,
      valuesOf(i.targets),
      i.anggaran.value,
      i.lines.map((l) => (texts ? [l.kontribusi.value, l.ro, l.komponen] : l.kontribusi.value)),
    ]),
    loud: v.findings
      .filter((f) => f.severity !== 'info')
      .map((f) => f.code)
      .sort(),
  };
}

const SEEDS = Array.from({ length: 40 }, (_, i) => 9100 + i);

describe.each(HABITS.map((h) => [h]))('habit %s', (habit: Habit) => {
  it(`${SEEDS.length} renderings read as the plain ones`, () => {
    for (const seed of SEEDS) {
      const r = renderHabit(seed, habit);
      const plain = reading(r.plain.grid);
      expect({ seed, plain: (plain as { loud?: string[] }).loud }).toEqual({ seed, plain: [] });
      expect({ seed, habit: reading(r.habit) }).toEqual({ seed, habit: plain });
      if (r.unit) expect(validateSheet(r.habit).model!.unit).toBe(r.unit);
    }
  });
});

/** The habits whose generator variant renders on every layout, forced on each (the seeds' own layouts are mostly K). */
const EVERY_LAYOUT: Habit[] = ['sideBlock', 'wrapLineText'];

describe.each(EVERY_LAYOUT.flatMap((h) => (['K', 'D', 'R'] as const).map((layout) => [h, layout] as const)))(
  'habit %s on Layout %s',
  (habit, layout) => {
    it(`${SEEDS.length} renderings read as the plain ones (line texts too)`, () => {
      for (const seed of SEEDS) {
        const r = renderHabit(seed, habit, { layout });
        expect(r.plain.presentation.layout).toBe(layout);
        const plain = reading(r.plain.grid, true);
        expect({ seed, plain: (plain as { loud?: string[] }).loud }).toEqual({ seed, plain: [] });
        expect({ seed, habit: reading(r.habit, true) }).toEqual({ seed, habit: plain });
      }
    });
  },
);

/**
 * The habits once rendered on Layout K only, forced on every layout they exist on (filledDown and
 * kodeUraian: K and R; Layout D has no NO or SASARAN to fill down, and its detail tables keep
 * the export's header). Line texts compared too, but for K's KODE / URAIAN sub-table, which has
 * no KOMPONEN column.
 */
const LIFTED: Habit[] = ['bulanKe', 'wrap3', 'filledDown', 'jumlahEach', 'kodeUraian'];

describe.each(LIFTED.flatMap((h) => habitLayouts(h).map((layout) => [h, layout] as const)))('habit %s on Layout %s', (habit, layout) => {
  it(`${SEEDS.length} renderings read as the plain ones`, () => {
    const texts = habit !== 'kodeUraian' || layout !== 'K';
    for (const seed of SEEDS) {
      const r = renderHabit(seed, habit, { layout });
      expect(r.plain.presentation.layout).toBe(layout);
      expect(r.habit.values).not.toEqual(r.plain.grid.values);
      const plain = reading(r.plain.grid, texts);
      expect({ seed, plain: (plain as { loud?: string[] }).loud }).toEqual({ seed, plain: [] });
      expect({ seed, habit: reading(r.habit, texts) }).toEqual({ seed, habit: plain });
    }
  });
});

describe("Layout K's KODE / URAIAN sub-table, its KODE column numbering the lines (1., 2.)", () => {
  it(`${SEEDS.length} renderings: each line's RO as in the plain one (the number is not a code)`, () => {
    const ros = (g: Grid): string[][] => allIndikator(validateSheet(g).model!).map((i) => i.lines.map((l) => l.ro));
    for (const seed of SEEDS) {
      const r = renderHabit(seed, 'kodeUraian', { layout: 'K' });
      expect({ seed, ro: ros(r.habit) }).toEqual({ seed, ro: ros(r.plain.grid) });
    }
  });
});

describe('the layouts each habit is rendered on', () => {
  it('filledDown and kodeUraian: K and R; the others every layout', () => {
    expect(Object.fromEntries(LIFTED.map((h) => [h, habitLayouts(h)]))).toEqual({
      bulanKe: ['K', 'D', 'R'],
      wrap3: ['K', 'D', 'R'],
      filledDown: ['K', 'R'],
      jumlahEach: ['K', 'D', 'R'],
      kodeUraian: ['K', 'R'],
    });
  });
  it('a seed of a layout the habit lacks renders it on Layout K', () => {
    expect(renderHabit(9100, 'filledDown', { layout: 'D' }).plain.presentation.layout).toBe('K');
  });
});

describe("wrapped line texts come back whole (the model's texts, not only the plain reading)", () => {
  it.each(['K', 'D', 'R'] as const)('Layout %s', (layout) => {
    for (const seed of SEEDS.slice(0, 10)) {
      const r = renderHabit(seed, 'wrapLineText', { layout });
      const lines = allIndikator(validateSheet(r.habit).model!).flatMap((i) => i.lines.map((l) => [l.ro, l.komponen]));
      const spec = r.plain.spec.sasaran.flatMap((s) => s.indikator.flatMap((i) => i.lines));
      expect({ seed, n: lines.length }).toEqual({ seed, n: spec.length });
      // Layout R names a line by its KODE and RO cells, joined as `KODE - RO`; K and D by the RO text
      lines.forEach(([ro, komponen], k) => {
        expect({ seed, ro }).toEqual({ seed, ro: spec[k]!.ro });
        if (layout !== 'R') expect({ seed, komponen }).toEqual({ seed, komponen: spec[k]!.komponen });
      });
    }
  });
});

describe('the habits change the grid', () => {
  it.each(HABITS.map((h) => [h]))('%s', (habit: Habit) => {
    const changed = SEEDS.filter((seed) => {
      const r = renderHabit(seed, habit);
      return (
        JSON.stringify([r.habit.values, r.habit.merges, r.habit.hiddenCols]) !==
        JSON.stringify([r.plain.grid.values, r.plain.grid.merges, r.plain.grid.hiddenCols])
      );
    });
    expect(changed.length).toBeGreaterThan(SEEDS.length / 4);
  });
});
