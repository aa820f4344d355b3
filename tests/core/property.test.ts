/** Property tests (fast-check, seeded): the reader never throws; models survive a round trip. */
import fc from 'fast-check';
import type { CellRange, CellValue, Grid } from '../../src/core/grid/grid';
import { planToGrid, randomSpec, renderRapk, type RapkSpec } from '../../src/sample/generate';
import { allIndikator, type RapkModel, valuesOf } from '../../src/core/reader/model';
import { validateSheet } from '../../src/core/rules/validate';

const SEED = 20261122;

const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0),
  fc.boolean(),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    'NO.',
    'INDIKATOR KINERJA',
    'B01',
    'B12',
    'ANGGARAN',
    'RO',
    'KOMPONEN',
    'KONTRIBUSI',
    'Total',
    'Budget Plan',
    '-',
    '1.',
    '01 - Persentase',
    'Kode',
    'Realisasi TW I',
    '45.556.750,00',
    '97,5',
    'KRO',
    'KODE',
  ),
  fc.string({ minLength: 1000, maxLength: 5000 }),
);

const gridArb: fc.Arbitrary<Grid> = fc
  .record({
    rows: fc.array(fc.array(cellArb, { maxLength: 20 }), { maxLength: 40 }),
    merges: fc.array(
      fc
        .record({ r1: fc.nat(50), c1: fc.nat(25), h: fc.nat(3), w: fc.nat(3) })
        .map((m) => ({ r1: m.r1, c1: m.c1, r2: m.r1 + m.h, c2: m.c1 + m.w })),
      { maxLength: 5 },
    ),
    name: fc.string({ maxLength: 40 }),
  })
  .map(({ rows, merges, name }) => ({ name, values: rows, merges }));

/** Grids that look like RAPK sheets, with random cells overwritten: exercises deep reader paths. */
const mutatedRapkArb: fc.Arbitrary<Grid> = fc
  .record({
    seed: fc.nat(),
    layout: fc.constantFrom('K' as const, 'D' as const, 'R' as const),
    edits: fc.array(fc.record({ r: fc.nat(60), c: fc.nat(17), v: cellArb }), { maxLength: 25 }),
  })
  .map(({ seed, layout, edits }) => {
    const g = planToGrid(renderRapk(randomSpec(seed, { sasaran: 2, indicatorsPerSasaran: 2, linesPerIndicator: 2 }), { layout }));
    const values = g.values.map((r) => [...r]);
    for (const e of edits) {
      while (values.length <= e.r) values.push([]);
      const row = values[e.r]!;
      while (row.length <= e.c) row.push(null);
      row[e.c] = e.v;
    }
    return { ...g, values };
  });

describe('the reader and rules never throw', () => {
  it('on arbitrary grids', () => {
    fc.assert(
      fc.property(gridArb, (g) => {
        const v = validateSheet(g);
        expect(['rapk', 'none', 'realisasi', 'ringkasan']).toContain(v.kind);
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });

  it('on RAPK sheets with random cells overwritten', () => {
    fc.assert(
      fc.property(mutatedRapkArb, (g) => {
        const v = validateSheet(g);
        for (const f of v.findings) expect(f.cells.every((c) => /^[A-Z]+\d+$/.test(c))).toBe(true);
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });

  it('on empty sheets', () => {
    expect(validateSheet({ name: '', values: [] }).findings.map((f) => f.code)).toEqual(['S01']);
    expect(validateSheet({ name: 'x', values: [[], [null], []] }).findings.map((f) => f.code)).toEqual(['S01']);
  });
});

// ---------------------------------------------------------------- round trip

interface Shape {
  sasaran: {
    no: string;
    name: string;
    indikator: {
      no: string;
      name: string;
      targets: readonly (number | null)[];
      anggaran: number | null;
      lines: [string, number | null, number | null][];
    }[];
  }[];
}

function shapeOf(m: RapkModel): Shape {
  return {
    sasaran: m.sasaran.map((s) => ({
      no: s.no,
      name: s.name,
      indikator: s.indikator.map((i) => ({
        no: i.no,
        name: i.name,
        targets: valuesOf(i.targets),
        anggaran: i.anggaran.value,
        lines: i.lines.map((l) => [l.subKomponen, l.anggaran.value, l.kontribusi.value] as [string, number | null, number | null]),
      })),
    })),
  };
}

/** What each layout can say: D has one implicit sasaran `01` numbered by No.; R lines carry one amount. */
function shapeOfSpec(spec: RapkSpec, layout: 'K' | 'D' | 'R' = 'K'): Shape {
  if (layout === 'D') {
    const all = spec.sasaran.flatMap((s) => s.indikator);
    return {
      sasaran: [
        {
          no: '01',
          name: '',
          indikator: all.map((i, k) => ({
            no: String(k + 1).padStart(2, '0'),
            name: i.name,
            targets: i.targets,
            anggaran: i.anggaran,
            lines: i.lines.map((l) => [l.sub, l.anggaran, l.kontribusi] as [string, number | null, number | null]),
          })),
        },
      ],
    };
  }
  if (layout === 'R') {
    const k = shapeOfSpec(spec);
    for (const s of k.sasaran) for (const i of s.indikator) i.lines = i.lines.map((l) => ['', null, l[2]]);
    return k;
  }
  return {
    sasaran: spec.sasaran.map((s) => ({
      no: s.no,
      name: s.name,
      indikator: s.indikator.map((i) => ({
        no: i.no,
        name: i.name,
        targets: i.targets,
        anggaran: i.anggaran,
        lines: i.lines.map((l) => [l.sub, l.anggaran, l.kontribusi] as [string, number | null, number | null]),
      })),
    })),
  };
}

const specArb = fc
  .record({
    seed: fc.nat(),
    sasaran: fc.integer({ min: 1, max: 4 }),
    ind: fc.integer({ min: 1, max: 4 }),
    lines: fc.integer({ min: 1, max: 4 }),
  })
  .map((o) => randomSpec(o.seed, { sasaran: o.sasaran, indicatorsPerSasaran: o.ind, linesPerIndicator: o.lines }));

function insertBlankRow(g: Grid, at: number): Grid {
  const values = g.values.map((r) => [...r]);
  values.splice(at, 0, []);
  const merges = (g.merges ?? []).map((m) => (m.r1 >= at ? { ...m, r1: m.r1 + 1, r2: m.r2 + 1 } : m.r2 >= at ? { ...m, r2: m.r2 + 1 } : m));
  return { ...g, values, merges };
}

function insertColumn(g: Grid, at: number, header: string | null): Grid {
  const values = g.values.map((r, i) => {
    const row = [...r];
    while (row.length < at) row.push(null);
    row.splice(at, 0, i === 4 ? header : null);
    return row;
  });
  const merges = (g.merges ?? []).map(
    (m): CellRange => (m.c1 >= at ? { ...m, c1: m.c1 + 1, c2: m.c2 + 1 } : m.c2 >= at ? { ...m, c2: m.c2 + 1 } : m),
  );
  return { ...g, values, merges };
}

describe('round trip: a consistent model rendered as a grid reads back to the same model', () => {
  it.each(['K', 'D', 'R'] as const)('layout %s, with zero findings', (layout) => {
    fc.assert(
      fc.property(specArb, fc.option(fc.integer({ min: 3, max: 12 }), { nil: undefined }), (spec, brk) => {
        const g = planToGrid(renderRapk(spec, layout === 'K' && brk ? { layout, pageBreakEvery: brk } : { layout }));
        const v = validateSheet(g);
        expect(v.findings).toEqual([]);
        expect(shapeOf(v.model!)).toEqual(shapeOfSpec(spec, layout));
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('blank rows and extra columns shuffled in change nothing (layout K)', () => {
    fc.assert(
      fc.property(
        specArb,
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.array(fc.record({ at: fc.integer({ min: 0, max: 17 }), header: fc.constantFrom(null, 'KETERANGAN', 'Catatan') }), {
          maxLength: 3,
        }),
        (spec, rows, cols) => {
          let g = planToGrid(renderRapk(spec, { layout: 'K' }));
          for (const r of rows) g = insertBlankRow(g, 6 + (r % Math.max(1, g.values.length - 6)));
          for (const c of cols) g = insertColumn(g, c.at, c.header);
          const v = validateSheet(g);
          expect(v.findings).toEqual([]);
          expect(shapeOf(v.model!)).toEqual(shapeOfSpec(spec));
          expect(allIndikator(v.model!)).toHaveLength(spec.sasaran.reduce((n, s) => n + s.indikator.length, 0));
        },
      ),
      { seed: SEED, numRuns: 150 },
    );
  });
});
