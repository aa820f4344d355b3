/**
 * `diff_ms_50k_rows` (issue 23): `diffRapk` on two 50k-row RAPKs (engine only) beside the time
 * to read both, measured in the same run (the diff should cost no more than the reading).
 * The new version differs by one target in ten indicators, one contribution in ten lines moved
 * to the next indicator's copy of its line, and a renamed indicator in fifty.
 */
import type { Grid } from '../src/core/grid/grid';
import { diffRapk } from '../src/core/diff/diff';
import { validateSheet } from '../src/core/rules/validate';
import type { RapkModel } from '../src/core/reader/model';
import { planToGrid, renderRapk, type RapkSpec } from '../src/sample/generate';
import { specForRows } from './generate';

function revised(spec: RapkSpec): RapkSpec {
  const next = JSON.parse(JSON.stringify(spec)) as RapkSpec;
  let n = 0;
  for (const s of next.sasaran)
    for (const ind of s.indikator) {
      n++;
      if (n % 10 === 0) ind.targets[11] = (ind.targets[11] ?? 0) + 1;
      if (n % 50 === 0) ind.name = `${ind.name} (revisi)`;
      const l = ind.lines[0];
      if (n % 10 === 5 && l && l.kontribusi > 100_000) l.kontribusi -= 100_000;
    }
  return next;
}

function model(grid: Grid): RapkModel {
  const m = validateSheet(grid).model;
  if (!m) throw new Error('bench: no RAPK read');
  return m;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(f: () => void, runs: number): number {
  f();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    f();
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(out);
}

/** Median ms: reading both versions, and diffing the two models. */
export function timeDiff(rows: number, runs = 5): { read_ms: number; diff_ms: number; changes: number } {
  const spec = specForRows(rows, rows, 'K');
  const a = planToGrid(renderRapk(spec, { layout: 'K' }));
  const b = planToGrid(renderRapk(revised(spec), { layout: 'K' }));
  const read_ms = time(() => {
    model(a);
    model(b);
  }, runs);
  const ma = model(a);
  const mb = model(b);
  const diff_ms = time(() => void diffRapk(ma, mb), runs);
  return { read_ms, diff_ms, changes: diffRapk(ma, mb).changes.length };
}
