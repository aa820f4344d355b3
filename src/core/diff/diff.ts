/**
 * `diffRapk(old, new)`: what changed between two versions of a RAPK, on the reader's models
 * (so every layout and Excel habit the reader handles is handled here too).
 * Indicators are matched by their normalized name, then by Kode (a changed name under the same
 * Kode is `renamed`; the same name under another Kode is `renumbered`, never a removal plus an
 * addition). Budget lines are matched by RO + Komponen + Sub Komponen (the identity A03 uses).
 */
import { moneyValue } from '../grid/numbers';
import { type BudgetLine, type Indikator, type RapkModel, type Sasaran, allIndikator, kodeOf } from '../reader/model';
import type { DiffChange, DiffTotals, RapkDiff } from './types';
import { linesOfPair, movedLines } from './lines';
import { cellOf, keyOfLine, lineOf, nameKey, sameNumber } from './keys';

interface Side {
  ind: Indikator;
  sasaran: Sasaran;
  kode: string;
  key: string;
}

function sides(model: RapkModel): Side[] {
  const out: Side[] = [];
  for (const s of model.sasaran) for (const ind of s.indikator) out.push({ ind, sasaran: s, kode: kodeOf(ind), key: nameKey(ind.name) });
  return out;
}

/** Pairs old and new indicators: by name first (same Kode preferred), then the rest by Kode. */
function matchIndikator(olds: Side[], news: Side[]): { pairs: [Side, Side][]; removed: Side[] } {
  const pairs: [Side, Side][] = [];
  const usedOld = new Set<Side>();
  const usedNew = new Set<Side>();
  const byName = new Map<string, Side[]>();
  for (const o of olds) {
    const list = byName.get(o.key);
    if (list) list.push(o);
    else byName.set(o.key, [o]);
  }
  // a name present once on each side pairs whatever its Kode; with repeats, the same Kode first
  for (const pass of ['sameKode', 'any'] as const) {
    for (const n of news) {
      if (usedNew.has(n)) continue;
      const cands = (byName.get(n.key) ?? []).filter((o) => !usedOld.has(o));
      const o = pass === 'sameKode' ? cands.find((c) => c.kode === n.kode) : cands[0];
      if (!o) continue;
      pairs.push([o, n]);
      usedOld.add(o);
      usedNew.add(n);
    }
  }
  const byKode = new Map<string, Side>();
  for (const o of olds) if (!usedOld.has(o) && !byKode.has(o.kode)) byKode.set(o.kode, o);
  for (const n of news) {
    if (usedNew.has(n)) continue;
    const o = byKode.get(n.kode);
    if (!o || usedOld.has(o)) continue;
    pairs.push([o, n]);
    usedOld.add(o);
    usedNew.add(n);
  }
  return { pairs, removed: olds.filter((o) => !usedOld.has(o)) };
}

function indikatorChanges(o: Side, n: Side): DiffChange[] {
  const out: DiffChange[] = [];
  const cells = { old: cellOf(o.ind.nameCell), new: cellOf(n.ind.nameCell) };
  if (o.kode !== n.kode && o.key === n.key) out.push({ kind: 'renumbered', oldKode: o.kode, newKode: n.kode, name: n.ind.name, cells });
  if (o.key !== n.key) out.push({ kind: 'renamed', kode: n.kode, old: o.ind.name, new: n.ind.name, cells });
  if (nameKey(o.sasaran.name) !== nameKey(n.sasaran.name))
    out.push({
      kind: 'sasaranChanged',
      kode: n.kode,
      old: o.sasaran.name,
      new: n.sasaran.name,
      cells: { old: cellOf(o.sasaran.cell), new: cellOf(n.sasaran.cell) },
    });
  for (let k = 0; k < 12; k++) {
    const a = o.ind.targets[k]?.value ?? null;
    const b = n.ind.targets[k]?.value ?? null;
    if (sameNumber(a, b)) continue;
    out.push({
      kind: 'target',
      kode: n.kode,
      month: k + 1,
      old: a,
      new: b,
      cells: { old: cellOf(o.ind.targets[k]?.cell), new: cellOf(n.ind.targets[k]?.cell) },
    });
  }
  if (!sameNumber(o.ind.anggaran.value, n.ind.anggaran.value))
    out.push({
      kind: 'anggaran',
      kode: n.kode,
      old: o.ind.anggaran.value,
      new: n.ind.anggaran.value,
      cells: { old: cellOf(o.ind.anggaran.cell), new: cellOf(n.ind.anggaran.cell) },
    });
  return out;
}

/** Each budget line's own anggaran, once per line (its first appearance on each side). */
function lineAnggaranChanges(oldModel: RapkModel, newModel: RapkModel): DiffChange[] {
  const first = (m: RapkModel): Map<string, BudgetLine> => {
    const map = new Map<string, BudgetLine>();
    for (const ind of allIndikator(m))
      for (const l of ind.lines) if (l.anggaran.value !== null && !map.has(keyOfLine(l))) map.set(keyOfLine(l), l);
    return map;
  };
  const a = first(oldModel);
  const b = first(newModel);
  const out: DiffChange[] = [];
  for (const [key, nl] of b) {
    const ol = a.get(key);
    if (!ol || sameNumber(ol.anggaran.value, nl.anggaran.value)) continue;
    out.push({
      kind: 'lineAnggaran',
      line: lineOf(nl),
      old: ol.anggaran.value,
      new: nl.anggaran.value,
      cells: { old: cellOf(ol.anggaran.cell), new: cellOf(nl.anggaran.cell) },
    });
  }
  return out;
}

function totals(oldModel: RapkModel, newModel: RapkModel): DiffTotals {
  const sum = (s: Sasaran): number => s.indikator.reduce((t, i) => t + (i.anggaran.value ?? 0), 0);
  const rows: DiffTotals['sasaran'] = [];
  const used = new Set<Sasaran>();
  const pick = (n: Sasaran): Sasaran | undefined =>
    oldModel.sasaran.find((o) => !used.has(o) && nameKey(o.name) === nameKey(n.name) && o.name.trim() !== '') ??
    oldModel.sasaran.find((o) => !used.has(o) && o.no === n.no);
  for (const n of newModel.sasaran) {
    const o = pick(n);
    if (o) used.add(o);
    rows.push({ no: n.no, name: n.name, old: o ? moneyValue(sum(o)) : null, new: moneyValue(sum(n)) });
  }
  for (const o of oldModel.sasaran) if (!used.has(o)) rows.push({ no: o.no, name: o.name, old: moneyValue(sum(o)), new: null });
  const all = (m: RapkModel): number => moneyValue(m.sasaran.reduce((t, s) => t + sum(s), 0));
  return { sasaran: rows, overall: { old: all(oldModel), new: all(newModel) } };
}

/** What changed from `oldModel` to `newModel`, in the order of the new sheet (removals at their old place's end). */
export function diffRapk(oldModel: RapkModel, newModel: RapkModel): RapkDiff {
  const olds = sides(oldModel);
  const news = sides(newModel);
  const { pairs, removed } = matchIndikator(olds, news);
  const pairOfNew = new Map<Side, Side>(pairs.map(([o, n]) => [n, o]));
  const perIndikator: DiffChange[] = [];
  const lineChanges: DiffChange[] = [];
  for (const n of news) {
    const o = pairOfNew.get(n);
    if (!o) {
      perIndikator.push({
        kind: 'indicatorAdded',
        kode: n.kode,
        name: n.ind.name,
        anggaran: n.ind.anggaran.value,
        cells: { old: null, new: cellOf(n.ind.nameCell) },
      });
      continue;
    }
    perIndikator.push(...indikatorChanges(o, n));
    lineChanges.push(...linesOfPair(o.ind, n.ind, n.kode));
  }
  for (const o of removed)
    perIndikator.push({
      kind: 'indicatorRemoved',
      kode: o.kode,
      name: o.ind.name,
      anggaran: o.ind.anggaran.value,
      cells: { old: cellOf(o.ind.nameCell), new: null },
    });
  const changes = [...perIndikator, ...movedLines(lineChanges), ...lineAnggaranChanges(oldModel, newModel)];
  return { changes: orderChanges(changes, news), totals: totals(oldModel, newModel) };
}

const KIND_ORDER: Record<DiffChange['kind'], number> = {
  indicatorAdded: 0,
  indicatorRemoved: 0,
  renumbered: 1,
  renamed: 2,
  sasaranChanged: 3,
  target: 4,
  anggaran: 5,
  lineAdded: 6,
  lineRemoved: 7,
  kontribusi: 8,
  moved: 9,
  lineAnggaran: 10,
};

/** Grouped by indicator in the new sheet's order (removed ones last), then by kind, then month. */
function orderChanges(changes: DiffChange[], news: Side[]): DiffChange[] {
  const pos = new Map<string, number>(news.map((n, i) => [n.kode, i]));
  const rank = (c: DiffChange): number => {
    if (c.kind === 'lineAnggaran') return Number.MAX_SAFE_INTEGER;
    if (c.kind === 'indicatorRemoved') return news.length + 1;
    const k = c.kind === 'renumbered' ? c.newKode : c.kind === 'moved' ? c.from : c.kode;
    return pos.get(k) ?? news.length;
  };
  return changes
    .map((c, i) => ({ c, i }))
    .sort((x, y) => rank(x.c) - rank(y.c) || KIND_ORDER[x.c.kind] - KIND_ORDER[y.c.kind] || x.i - y.i)
    .map((x) => x.c);
}
