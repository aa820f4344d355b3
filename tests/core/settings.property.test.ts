import fc from 'fast-check';
import { planToGrid } from '../../src/sample/generate';
import { type BandSpec, SETTINGS_SHEET, bandOf, inBand, planSettings, readSettings } from '../../src/core/settings';
import type { Grid } from '../../src/core/grid/grid';
import { find, withCell } from '../support/grids';

/** Contiguous bands over random edges: each edge belongs to exactly one side. */
const bandsArb = fc
  .uniqueArray(fc.integer({ min: -50, max: 250 }), { minLength: 1, maxLength: 7 })
  .chain((edges) =>
    fc.tuple(fc.constant([...edges].sort((a, b) => a - b)), fc.array(fc.boolean(), { minLength: edges.length, maxLength: edges.length })),
  )
  .map(([edges, lowSide]) =>
    Array.from({ length: edges.length + 1 }, (_, i): BandSpec => {
      const lower = i === 0 ? null : edges[i - 1]!;
      const upper = i === edges.length ? null : edges[i]!;
      return {
        lower,
        // the edge edges[i-1] belongs to this band unless it belongs to the band below
        lowerIncl: lower !== null && !lowSide[i - 1],
        upper,
        upperIncl: upper !== null && !!lowSide[i],
        label: `B${i}`,
        fill: '#00B050',
      };
    }),
  );

/** The settings sheet with its Kriteria Indikator table replaced by these bands (rows 7.., columns A–F). */
function sheetWith(bands: BandSpec[]): Grid {
  const base = planToGrid(planSettings(null));
  const first = Number(find(base, 'Kurang').slice(1)) - 1;
  const before = base.values.slice(0, first);
  const after = base.values.slice(first + 5);
  const rows = bands.map((b) => [b.lower, b.lowerIncl ? 'Ya' : 'Tidak', b.upper, b.upperIncl ? 'Ya' : 'Tidak', b.label, b.fill]);
  return { name: SETTINGS_SHEET, values: [...before, ...rows, ...after] };
}

describe('band tables (property)', () => {
  it('contiguous bands read back unchanged and every value falls in exactly one band', () => {
    fc.assert(
      fc.property(bandsArb, fc.double({ min: -100, max: 300, noNaN: true }), (bands, x) => {
        const r = readSettings(sheetWith(bands));
        if (!r.ok) return false;
        const got = r.settings.kriteria;
        const hits = got.filter((b) => inBand(b, Math.round(x * 100) / 100));
        return JSON.stringify(got) === JSON.stringify(bands) && hits.length === 1 && bandOf(got, x) === hits[0];
      }),
      { numRuns: 300, seed: 13 },
    );
  });

  it('moving one inner edge of one band always gives M01 or M02 at that band', () => {
    fc.assert(
      fc.property(
        bandsArb.filter((b) => b.length >= 3),
        fc.nat(),
        fc.integer({ min: 1, max: 20 }),
        fc.boolean(),
        (bands, pick, by, down) => {
          const i = 1 + (pick % (bands.length - 2)); // an inner band: both bounds set
          const moved = bands.map((b, k) => (k === i ? { ...b, lower: b.lower! + (down ? -by : by) } : b));
          if (moved[i]!.lower! >= moved[i]!.upper!) return true; // an empty band: M05, another test
          const below = bands[i - 1]!.lower;
          if (below !== null && moved[i]!.lower! <= below) return true; // past its neighbour: several overlaps
          const g = sheetWith(moved);
          const r = readSettings(g);
          if (r.ok) return false;
          const row = Number(find(g, `B${i}`).slice(1));
          return r.findings.length === 1 && r.findings[0]!.code === (down ? 'M01' : 'M02') && r.findings[0]!.cells[0] === `A${row}`;
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });

  it('a weight typed as text with a comma decimal is read; one that is not a number is M04', () => {
    const base = planToGrid(planSettings(null));
    const head = Number(find(base, 'Bobot Indikator').slice(1));
    const table = withCell(withCell(base, `A${head + 2}`, '01.01'), `D${head + 2}`, '1,5');
    const ok = readSettings(table);
    expect(ok.ok && [...ok.settings.weights]).toEqual([['01.01', 1.5]]);
    const bad = readSettings(withCell(table, `D${head + 2}`, '1,5 kali'));
    expect(!bad.ok && bad.findings.map((f) => `${f.code}@${f.cells[0]}`)).toEqual([`M04@D${head + 2}`]);
  });
});
