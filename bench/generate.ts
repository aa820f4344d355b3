/**
 * Seeded generator of national-scale RAPK workbooks (layouts K, D, R) with a Realisasi sheet,
 * and of a folder of 76 unit-sized workbooks. Project code, reproducible from the seed.
 */
import type { Grid } from '../src/core/grid/grid';
import { planToGrid, prng, randomSpec, renderRapk, type RapkSpec } from '../src/sample/generate';
import { validateSheet } from '../src/core/rules/validate';
import { planRealisasi } from '../src/core/sheets/realisasi';
import { realisasiCol, anggaranCol } from '../src/core/reader/realisasi';

/** A spec with `indicators` indicators: up to 60 sasaran, many indicators each. */
function specFor(indicators: number, seed: number, lines: number): RapkSpec {
  const sasaran = Math.max(1, Math.min(60, Math.ceil(indicators / 5)));
  return randomSpec(seed, { sasaran, indicatorsPerSasaran: Math.ceil(indicators / sasaran), linesPerIndicator: lines });
}

/**
 * A national-scale spec whose RAPK sheet has about `rows` rows in `layout` (rows per indicator
 * differ by layout: measured on a small rendering, then scaled).
 */
export function specForRows(rows: number, seed: number, layout: 'K' | 'D' | 'R' = 'K', lines = 3): RapkSpec {
  const probe = specFor(100, seed, lines);
  const probeRows = planToGrid(renderRapk(probe, { layout })).values.length;
  const indicators = probe.sasaran.reduce((n, s) => n + s.indikator.length, 0);
  return specFor(Math.max(1, Math.round((rows * indicators) / probeRows)), seed, lines);
}

/** The RAPK grid plus a Realisasi grid with realisasi typed for TW I and II. */
export function workbook(spec: RapkSpec, layout: 'K' | 'D' | 'R', seed: number): Grid[] {
  const rapk = planToGrid(renderRapk(spec, { layout }));
  const model = validateSheet(rapk).model!;
  const real = planToGrid(planRealisasi(model));
  const rnd = prng(seed ^ 0x5eed);
  const values = real.values.map((r) => [...r]);
  for (let r = 3; r < values.length; r++) {
    const row = values[r]!;
    for (let k = 0; k < 2; k++) {
      const t = row[6 + 2 * k];
      if (typeof t === 'number') row[realisasiCol(k)] = Math.round(t * (0.6 + rnd() * 0.7) * 100) / 100;
      const pagu = row[14];
      if (typeof pagu === 'number') row[anggaranCol(k)] = Math.round(pagu * (0.1 + 0.2 * k + rnd() * 0.1));
    }
  }
  return [rapk, { ...real, values }];
}
