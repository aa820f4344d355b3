/**
 * Issue 20 item 3: every Excel habit, applied by the generator (src/sample/habits.ts) to many
 * renderings of every layout it fits, reads as the plain rendering does: the same indicators,
 * targets, anggaran and budget lines, and the same loud findings (none: nothing is planted).
 */
import type { Grid } from '../../src/core/grid/grid';
import { allIndikator, valuesOf } from '../../src/core/reader/model';
import { validateSheet } from '../../src/core/rules/validate';
import { HABITS, type Habit, renderHabit } from '../../src/sample/habits';

/** What a reading says: its model in short, and its loud findings' codes. */
export function reading(g: Grid): unknown {
  const v = validateSheet(g);
  if (!v.model) return { kind: v.kind };
  return {
    total: v.model.total?.amount.value ?? null,
    indicators: allIndikator(v.model).map((i) => [
      i.no,
      i.name,
      valuesOf(i.targets),
      i.anggaran.value,
      i.lines.map((l) => l.kontribusi.value),
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
