/**
 * `diffRapk` returns exactly an edit script's changes (issue 23): a generated RAPK, a seeded
 * edit script (targets, anggaran, lines added / removed / moved, a line's own anggaran,
 * indicators added, renamed, renumbered), both versions rendered in random presentations of
 * one layout (page breaks, header wordings, number styles, title rows …) and read back.
 */
import fc from 'fast-check';
import { diffRapk } from '../../src/core/diff/diff';
import type { DiffChange } from '../../src/core/diff/types';
import type { RapkModel } from '../../src/core/reader/model';
import { allIndikator, kodeOf } from '../../src/core/reader/model';
import { readRapk } from '../../src/core/reader/readRapk';
import { renderPresentation, specOf } from '../../src/sample/present';
import { type Edit, type EditOp, revise } from '../../src/sample/revise';

const ALL: EditOp[] = [
  'target',
  'anggaran',
  'lineAdded',
  'lineRemoved',
  'kontribusi',
  'moved',
  'lineAnggaran',
  'renamed',
  'renumbered',
  'indicatorAdded',
];
const OPS: Record<'K' | 'D' | 'R', EditOp[]> = {
  K: ALL,
  D: ALL,
  // Layout R lines have one amount (the contribution), no anggaran of their own
  R: ALL.filter((o) => o !== 'lineAnggaran'),
};

function read(seed: number, layout: 'K' | 'D' | 'R', spec = specOf(seed)): RapkModel {
  // content-changing dimensions off (leadingEmpty drops targets): both versions present the same content
  const r = renderPresentation(seed, { layout, plant: 'none', quarterOnly: false, leadingEmpty: 0 }, spec);
  const res = readRapk(r.grid);
  if (!res.model) throw new Error(`seed ${seed}: no model`);
  return res.model;
}

/** A line's identity in the generator: the number its texts end with. */
function lineId(l: { ro: string; komponen: string; subKomponen: string }): string {
  const text = l.subKomponen || l.komponen || l.ro;
  return /(\d+)\s*$/.exec(text)?.[1] ?? text;
}

function signature(c: DiffChange): string {
  switch (c.kind) {
    case 'target':
      return `target ${c.kode} ${c.month} ${c.old} ${c.new}`;
    case 'anggaran':
      return `anggaran ${c.kode} ${c.old} ${c.new}`;
    case 'lineAdded':
    case 'lineRemoved':
      return `${c.kind} ${c.kode} ${lineId(c.line)} ${c.kontribusi}`;
    case 'kontribusi':
      return `kontribusi ${c.kode} ${lineId(c.line)} ${c.old} ${c.new}`;
    case 'moved':
      return `moved ${lineId(c.line)} ${c.from} ${c.to} ${c.amount}`;
    case 'lineAnggaran':
      return `lineAnggaran ${lineId(c.line)} ${c.old} ${c.new}`;
    case 'renamed':
      return `renamed ${c.kode} ${c.old} ${c.new}`;
    case 'renumbered':
      return `renumbered ${c.oldKode} ${c.newKode}`;
    case 'indicatorAdded':
    case 'indicatorRemoved':
      return `${c.kind} ${c.kode} ${c.name}`;
    case 'sasaranChanged':
      return `sasaranChanged ${c.kode} ${c.old} ${c.new}`;
  }
}

function expected(edits: Edit[], oldModel: RapkModel, newModel: RapkModel): string[] {
  const kodeIn = (m: RapkModel, name: string): string => {
    const ind = allIndikator(m).find((i) => i.name === name);
    if (!ind) throw new Error(`indicator "${name}" not read`);
    return kodeOf(ind);
  };
  const nk = (name: string): string => kodeIn(newModel, name);
  const id = (sub: string): string => /(\d+)\s*$/.exec(sub)?.[1] ?? sub;
  return edits.map((e) => {
    switch (e.op) {
      case 'target':
        return `target ${nk(e.name)} ${e.month} ${e.old} ${e.new}`;
      case 'anggaran':
        return `anggaran ${nk(e.name)} ${e.old} ${e.new}`;
      case 'lineAdded':
      case 'lineRemoved':
        return `${e.op} ${nk(e.name)} ${id(e.sub)} ${e.kontribusi}`;
      case 'kontribusi':
        return `kontribusi ${nk(e.name)} ${id(e.sub)} ${e.old} ${e.new}`;
      case 'moved':
        return `moved ${id(e.sub)} ${nk(e.from)} ${nk(e.to)} ${e.amount}`;
      case 'lineAnggaran':
        return `lineAnggaran ${id(e.sub)} ${e.old} ${e.new}`;
      case 'renamed':
        return `renamed ${nk(e.new)} ${e.old} ${e.new}`;
      case 'renumbered':
        return `renumbered ${kodeIn(oldModel, e.name)} ${nk(e.name)}`;
      case 'indicatorAdded':
        return `indicatorAdded ${nk(e.name)} ${e.name}`;
    }
  });
}

describe('diffRapk against seeded edit scripts', () => {
  it('an unchanged RAPK in two presentations has no change', () => {
    for (const layout of ['K', 'D', 'R'] as const)
      for (let seed = 1; seed <= 40; seed++) {
        const spec = specOf(seed);
        const d = diffRapk(read(seed, layout, spec), read(seed + 7919, layout, spec));
        expect(d.changes.map(signature)).toEqual([]);
        expect(d.totals.overall.old).toBe(d.totals.overall.new);
      }
  });

  it('returns exactly the changes of the script, in every layout and presentation', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom('K' as const, 'D' as const, 'R' as const), (seed, layout) => {
        const spec = specOf(seed);
        const { spec: next, edits } = revise(spec, seed, OPS[layout]);
        const oldModel = read(seed, layout, spec);
        const newModel = read(seed + 104729, layout, next);
        const got = diffRapk(oldModel, newModel).changes.map(signature).sort();
        expect(got).toEqual(expected(edits, oldModel, newModel).sort());
      }),
      { numRuns: 400, seed: 20231 },
    );
  });
});
