/**
 * The Excel habits of merged cells below the header (habits.ts; SPEC section 4): an RO and
 * KOMPONEN merged down a run of budget lines, one annual target merged across the months.
 */
import type { Rendering } from './present';
import { copy } from './habitEdits';
import type { HabitRendering } from './habits';

/**
 * RO and KOMPONEN merged down each run of budget lines (the planner's habit when lines share
 * them): the plain rendering repeats the first line's RO and KOMPONEN on every line of the run,
 * the habit writes them once, in the merge's top-left cell.
 */
export function mergedDown(plain: Rendering): HabitRendering {
  const g = plain.grid;
  const filled = copy(g);
  const merged = copy(g);
  const merges = [...(g.merges ?? [])];
  let cols: number[] = [];
  let kontribusi = -1;
  let no = -1;
  let run: number[] = [];
  const close = (): void => {
    if (run.length >= 2) {
      const [top, ...rest] = run as [number, ...number[]];
      for (const c of cols) {
        for (const r of rest) {
          filled.values[r]![c] = filled.values[top]![c] ?? null;
          merged.values[r]![c] = null;
        }
        merges.push({ r1: top, c1: c, r2: rest[rest.length - 1]!, c2: c });
      }
    }
    run = [];
  };
  g.values.forEach((row, r) => {
    // a budget sub-table's header (K: NO, RO, KOMPONEN, …, KONTRIBUSI; D: No., …, RO, Komponen, …, Total)
    const amountAt = row.includes('KONTRIBUSI') ? row.indexOf('KONTRIBUSI') : row.includes('Komponen') ? row.indexOf('Total') : -1;
    if (row.includes('RO') && amountAt >= 0) {
      close();
      cols = [row.indexOf('RO'), Math.max(row.indexOf('KOMPONEN'), row.indexOf('Komponen'))].filter((c) => c >= 0);
      kontribusi = amountAt;
      no = Math.max(row.indexOf('NO'), row.indexOf('No.'));
      return;
    }
    const amount = kontribusi >= 0 ? row[kontribusi] : null;
    // a numbered line (`1.` in the sub-table's NO, nothing left of it) with its texts and an amount
    const numbered = no >= 0 && /^\d+\.?$/.test(String(row[no] ?? '')) && row.slice(0, no).every((v) => v === null || v === undefined);
    const line =
      numbered &&
      (typeof amount === 'number' || (typeof amount === 'string' && /\d/.test(amount))) &&
      cols.every((c) => typeof row[c] === 'string');
    if (line) run.push(r);
    else close();
  });
  close();
  return { plain: { ...plain, grid: { ...g, ...filled } }, habit: { ...g, ...merged, merges } };
}

/**
 * One annual target typed once and merged across B01:B12 (every other indicator keeps its
 * monthly targets): the plain rendering has that target in every month.
 */
export function targetMerged(plain: Rendering): HabitRendering {
  const g = plain.grid;
  const h = g.values.findIndex((row) => row.filter((v) => typeof v === 'string' && /^B(0[1-9]|1[0-2])$/.test(v.trim())).length === 12);
  if (h < 0) return { plain, habit: g };
  const months = Array.from({ length: 12 }, (_, k) => g.values[h]!.indexOf(`B${String(k + 1).padStart(2, '0')}`));
  const filled = copy(g);
  const merged = copy(g);
  const merges = [...(g.merges ?? [])];
  let n = 0;
  for (let r = h + 1; r < g.values.length; r++) {
    const row = g.values[r]!;
    if (!months.every((c) => typeof row[c] === 'number') || row.includes('KONTRIBUSI')) continue;
    // every other indicator: the first, the third, ...
    if (n++ % 2) continue;
    const last = months[11]!;
    for (const c of months) {
      filled.values[r]![c] = row[last]!;
      filled.formats[r]![c] = filled.formats[r]![last] ?? null;
      merged.values[r]![c] = c === months[0] ? row[last]! : null;
      merged.formats[r]![c] = filled.formats[r]![c] ?? null;
    }
    merges.push({ r1: r, c1: months[0]!, r2: r, c2: last });
  }
  return { plain: { ...plain, grid: { ...g, ...filled } }, habit: { ...g, ...merged, merges } };
}
