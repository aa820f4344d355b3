/**
 * `npm run fuzz`: the presentation generator's long run. Renders seeded presentations of
 * seeded models and checks every property (src/sample/invariance.ts); prints the seed of each
 * failure. `npm run fuzz -- --seed 1234` checks one seed and prints its grid;
 * `--from N --count M` runs a chosen range (the default starts at a random seed, printed).
 */
import { checkRendering } from '../src/sample/invariance';
import { renderPresentation } from '../src/sample/present';

function arg(name: string): number | null {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) ? v : null;
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
  console.log(`fuzz: seeds ${from} .. ${from + count - 1}`);
  const t0 = Date.now();
  let failed = 0;
  for (let seed = from; seed < from + count; seed++) {
    const problem = checkRendering(seed);
    if (problem) {
      failed++;
      console.log(`seed ${seed}: ${problem}`);
    }
    if ((seed - from + 1) % 10_000 === 0)
      console.log(`  ${seed - from + 1} renderings, ${failed} failed, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
  console.log(`fuzz: ${count} renderings, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}
