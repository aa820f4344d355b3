/**
 * `npm run fuzz`: the presentation generator's long run. Renders seeded presentations of
 * seeded models and checks every property (src/sample/invariance.ts); prints the seed of each
 * failure. `npm run fuzz -- --seed 1234` checks one seed and prints its grid;
 * `--from N --count M` runs a chosen range (the default starts at a random seed, printed);
 * `--layout D` (or K, R) checks only the seeds of that layout. The run ends with the failures by
 * class (layout, first unexpected finding and its kind), each with a few seeds to reproduce it.
 */
import { checkRendering } from '../src/sample/invariance';
import { presentationOf, renderPresentation } from '../src/sample/present';

function arg(name: string): number | null {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) ? v : null;
}

const LAYOUTS = ['K', 'D', 'R'];

/** The class of a failure: its layout and the first unexpected finding's code and kind. */
function failureClass(problem: string): string {
  const layout = / — layout (\w)/.exec(problem)?.[1] ?? '?';
  const found = /(?:gave|also found|found) (\w\d\d)@\S+ (\{[^}]*\})/.exec(problem);
  if (!found)
    return `${layout} ${problem
      .replace(/ — layout.*/, '')
      .replace(/\d+/g, 'N')
      .slice(0, 80)}`;
  const kind = /"kind":"(\w+)"/.exec(found[2]!)?.[1];
  const what = /^planted/.test(problem) ? (/not found/.test(problem) ? 'planted mistake not found, ' : 'planted mistake plus ') : '';
  return `${layout} ${what}${found[1]}${kind ? ` ${kind}` : ''}`;
}

function showGrid(seed: number): void {
  const r = renderPresentation(seed);
  r.grid.values.forEach((row, i) => {
    const cells = row
      .map((v, c) =>
        v === null
          ? ''
          : `${String.fromCharCode(65 + (c % 26))}=${JSON.stringify(v)}${r.grid.formats?.[i]?.[c] ? `{${r.grid.formats[i]![c]}}` : ''}`,
      )
      .filter(Boolean);
    console.log(`${i + 1}: ${cells.join(' | ')}`);
  });
  console.log(`planted: ${JSON.stringify(r.planted)}`);
}

const one = arg('seed');
if (one !== null) {
  showGrid(one);
  const problem = checkRendering(one);
  console.log(problem ? `seed ${one}: FAIL ${problem}` : `seed ${one}: ok`);
  process.exitCode = problem ? 1 : 0;
} else {
  const from = arg('from') ?? Math.floor(Math.random() * 2 ** 31);
  const count = arg('count') ?? 100_000;
  const i = process.argv.indexOf('--layout');
  const layout = i >= 0 && LAYOUTS.includes(process.argv[i + 1]!) ? process.argv[i + 1] : null;
  console.log(`fuzz: seeds ${from} .. ${from + count - 1}${layout ? `, layout ${layout}` : ''}`);
  const t0 = Date.now();
  let failed = 0;
  let checked = 0;
  const classes = new Map<string, number[]>();
  for (let seed = from; seed < from + count; seed++) {
    if (layout && presentationOf(seed).layout !== layout) continue;
    checked++;
    const problem = checkRendering(seed);
    if (problem) {
      failed++;
      console.log(`seed ${seed}: ${problem}`);
      const c = failureClass(problem);
      classes.set(c, [...(classes.get(c) ?? []), seed]);
    }
    if ((seed - from + 1) % 10_000 === 0)
      console.log(`  ${seed - from + 1} renderings, ${failed} failed, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
  for (const [c, seeds] of [...classes].sort((a, b) => b[1].length - a[1].length))
    console.log(`  ${String(seeds.length).padStart(6)}  ${c}  (seeds ${seeds.slice(0, 5).join(', ')})`);
  console.log(`fuzz: ${checked} renderings, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}
