/**
 * Reader/rules fuzzing (fast-check, seeded): arbitrary grids and mutations of the shared
 * fixtures never throw; every mutation that breaks a sum is reported by the rule for it.
 */
import fc from 'fast-check';
import type { CellValue, Grid } from '../../src/core/grid/grid';
import { a1 } from '../../src/core/grid/grid';
import { validateSheet } from '../../src/core/rules/validate';
import { allIndikator } from '../../src/core/reader/model';
import { fixtureGrids } from '../support/fixtures';

const SEED = 6062026;
const RUNS = Number(process.env.RAPK_FUZZ_RUNS ?? 10_000);

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  fc.integer({ min: -1e9, max: 1e10 }),
  fc.double(),
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    'NO.',
    'INDIKATOR',
    'B03',
    'B12',
    'ANGGARAN',
    'RO',
    'KOMPONEN',
    'SUB KOMPONEN',
    'KONTRIBUSI',
    'Total',
    'Budget Plan',
    'KODE',
    '-',
    '1.',
    '01 - Persentase x',
    '70,412,160',
    '45.556.750,00',
    '97,5',
    '=1+1',
    '@x',
  ),
);

describe('fuzzing the reader and rules', () => {
  it(`never throws on ${RUNS} arbitrary grids`, () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 18 }), { maxLength: 30 }), (rows) => {
        const v = validateSheet({ name: 'F', values: rows });
        expect(v.findings.every((f) => f.cells.every((c) => /^[A-Z]+[1-9]\d*$/.test(c)))).toBe(true);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

type Mutation =
  | { kind: 'blank'; r: number; c: number }
  | { kind: 'flip'; r: number; c: number }
  | { kind: 'swap'; r: number; c: number; r2: number; c2: number }
  | { kind: 'shift'; r: number; by: number }
  | { kind: 'dup'; r: number }
  | { kind: 'merge'; r: number; c: number; h: number; w: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('blank' as const), r: fc.nat(80), c: fc.nat(17) }),
  fc.record({ kind: fc.constant('flip' as const), r: fc.nat(80), c: fc.nat(17) }),
  fc.record({ kind: fc.constant('swap' as const), r: fc.nat(80), c: fc.nat(17), r2: fc.nat(80), c2: fc.nat(17) }),
  fc.record({ kind: fc.constant('shift' as const), r: fc.nat(80), by: fc.constantFrom(-1, 1) }),
  fc.record({ kind: fc.constant('dup' as const), r: fc.nat(80) }),
  fc.record({ kind: fc.constant('merge' as const), r: fc.nat(80), c: fc.nat(17), h: fc.nat(3), w: fc.nat(3) }),
);

function mutate(g: Grid, ms: Mutation[]): Grid {
  const values = g.values.map((r) => [...r]);
  const merges = [...(g.merges ?? [])];
  const at = (r: number, c: number): CellValue => values[r % Math.max(1, values.length)]?.[c] ?? null;
  const put = (r: number, c: number, v: CellValue): void => {
    const row = values[r % Math.max(1, values.length)];
    if (!row) return;
    while (row.length <= c) row.push(null);
    row[c] = v;
  };
  for (const m of ms) {
    if (m.kind === 'blank') put(m.r, m.c, null);
    else if (m.kind === 'flip') {
      const v = at(m.r, m.c);
      put(
        m.r,
        m.c,
        typeof v === 'number'
          ? String(v).replace('.', ',')
          : typeof v === 'string' && /^[\d.,\s]+$/.test(v)
            ? Number(v.replace(/[.,\s]/g, ''))
            : v,
      );
    } else if (m.kind === 'swap') {
      const a = at(m.r, m.c);
      put(m.r, m.c, at(m.r2, m.c2));
      put(m.r2, m.c2, a);
    } else if (m.kind === 'shift') {
      const row = values[m.r % Math.max(1, values.length)];
      if (row && m.by > 0) row.unshift(null);
      else if (row) row.shift();
    } else if (m.kind === 'dup') {
      const i = m.r % Math.max(1, values.length);
      values.splice(i, 0, [...(values[i] ?? [])]);
    } else merges.push({ r1: m.r, c1: m.c, r2: m.r + m.h, c2: m.c + m.w });
  }
  return { ...g, values, merges };
}

describe('mutations of the shared fixtures', () => {
  const names = [
    'rapk-2024-rejang-lebong.xlsx',
    'rapk-2025-jember.xlsx',
    'lakin-tw2-2024-dumai.xlsx',
    'rapk-2024-rejang-lebong-errors.xlsx',
  ];
  const grids: Grid[] = [];
  beforeAll(async () => {
    for (const n of names) grids.push((await fixtureGrids(n))[0]!);
  });

  it('never throw (cells blanked, shifted, swapped, flipped, merges added, rows duplicated)', () => {
    fc.assert(
      fc.property(fc.nat(names.length - 1), fc.array(mutation, { minLength: 1, maxLength: 12 }), (i, ms) => {
        const v = validateSheet(mutate(grids[i]!, ms));
        expect(['rapk', 'none', 'realisasi', 'ringkasan']).toContain(v.kind);
      }),
      { seed: SEED, numRuns: Math.max(500, Math.floor(RUNS / 5)) },
    );
  });

  it('a changed kontribusi is always reported as A01 on its indicator', () => {
    fc.assert(
      fc.property(fc.nat(1), fc.nat(), fc.integer({ min: 1, max: 5_000_000 }), (fi, pick, delta) => {
        const g = grids[fi]!;
        const m = validateSheet(g).model!;
        const lines = allIndikator(m).flatMap((ind) =>
          ind.lines.filter((l) => l.kontribusi.cell && typeof l.kontribusi.value === 'number').map((l) => ({ ind, l })),
        );
        const { ind, l } = lines[pick % lines.length]!;
        const values = g.values.map((r) => [...r]);
        values[l.kontribusi.cell!.r]![l.kontribusi.cell!.c] = l.kontribusi.value! + delta;
        const v = validateSheet({ ...g, values });
        const a01 = v.findings.filter((f) => f.code === 'A01' && f.cells[0] === a1(ind.anggaran.cell!));
        expect(a01).toHaveLength(1);
        expect(a01[0]!.actual! - a01[0]!.expected!).toBe(delta);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('a changed indicator anggaran is reported as A01 (and A05 where a Total closes the table)', () => {
    fc.assert(
      fc.property(fc.nat(1), fc.nat(), fc.integer({ min: 1, max: 5_000_000 }), (fi, pick, delta) => {
        const g = grids[fi]!;
        const m = validateSheet(g).model!;
        const inds = allIndikator(m).filter((i) => i.lines.length && typeof i.anggaran.value === 'number' && i.anggaran.cell);
        const ind = inds[pick % inds.length]!;
        const values = g.values.map((r) => [...r]);
        values[ind.anggaran.cell!.r]![ind.anggaran.cell!.c] = ind.anggaran.value! + delta;
        const v = validateSheet({ ...g, values });
        expect(v.findings.some((f) => f.code === 'A01' && f.cells[0] === a1(ind.anggaran.cell!))).toBe(true);
        if (m.total) expect(v.findings.some((f) => f.code === 'A05')).toBe(true);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('a sheet repeated 20 times is read completely (20 × 14 indicators)', () => {
    const g = grids[0]!;
    const body = g.values.slice(6, 63);
    const big = { ...g, values: [...g.values.slice(0, 6), ...Array.from({ length: 20 }, () => body).flat()] };
    const v = validateSheet(big);
    expect(allIndikator(v.model!)).toHaveLength(14 * 20);
  });
});
