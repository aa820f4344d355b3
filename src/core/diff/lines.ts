/**
 * Budget lines of one indicator, old against new (added, removed, kontribusi changed), and the
 * `moved` changes: a line's contribution that goes down on one indicator and up by the same
 * amount on another is one move (where the money went), not two unrelated changes.
 */
import { moneyValue } from '../grid/numbers';
import type { BudgetLine, Indikator } from '../reader/model';
import type { DiffChange } from './types';
import { cellOf, keyOfLine, lineOf, sameNumber } from './keys';

function byKey(lines: readonly BudgetLine[]): Map<string, BudgetLine[]> {
  const map = new Map<string, BudgetLine[]>();
  for (const l of lines) {
    const k = keyOfLine(l);
    const list = map.get(k);
    if (list) list.push(l);
    else map.set(k, [l]);
  }
  return map;
}

/** The line changes of one matched indicator (`kode` = its Kode in the new version). */
export function linesOfPair(o: Indikator, n: Indikator, kode: string): DiffChange[] {
  const out: DiffChange[] = [];
  const olds = byKey(o.lines);
  const news = byKey(n.lines);
  for (const [key, nl] of news) {
    const ol = olds.get(key) ?? [];
    nl.forEach((l, i) => {
      const prev = ol[i];
      if (!prev) {
        out.push({
          kind: 'lineAdded',
          kode,
          line: lineOf(l),
          kontribusi: l.kontribusi.value,
          cells: { old: null, new: cellOf(l.kontribusi.cell) },
        });
        return;
      }
      if (!sameNumber(prev.kontribusi.value, l.kontribusi.value))
        out.push({
          kind: 'kontribusi',
          kode,
          line: lineOf(l),
          old: prev.kontribusi.value,
          new: l.kontribusi.value,
          cells: { old: cellOf(prev.kontribusi.cell), new: cellOf(l.kontribusi.cell) },
        });
    });
  }
  for (const [key, ol] of olds) {
    const nl = news.get(key) ?? [];
    ol.slice(nl.length).forEach((l) =>
      out.push({
        kind: 'lineRemoved',
        kode,
        line: lineOf(l),
        kontribusi: l.kontribusi.value,
        cells: { old: cellOf(l.kontribusi.cell), new: null },
      }),
    );
  }
  return out;
}

type LineChange = Extract<DiffChange, { kind: 'lineAdded' | 'lineRemoved' | 'kontribusi' }>;

interface Delta {
  change: LineChange;
  key: string;
  kode: string;
  amount: number;
  cell: string | null;
}

function delta(c: DiffChange): { sign: -1 | 1; d: Delta } | null {
  if (c.kind === 'lineRemoved' && c.kontribusi !== null && c.kontribusi > 0)
    return { sign: -1, d: { change: c, key: keyOfLine(c.line), kode: c.kode, amount: moneyValue(c.kontribusi), cell: c.cells.old } };
  if (c.kind === 'lineAdded' && c.kontribusi !== null && c.kontribusi > 0)
    return { sign: 1, d: { change: c, key: keyOfLine(c.line), kode: c.kode, amount: moneyValue(c.kontribusi), cell: c.cells.new } };
  if (c.kind === 'kontribusi') {
    const d = moneyValue((c.new ?? 0) - (c.old ?? 0));
    if (d === 0) return null;
    const cell = d < 0 ? c.cells.old : c.cells.new;
    return { sign: d < 0 ? -1 : 1, d: { change: c, key: keyOfLine(c.line), kode: c.kode, amount: Math.abs(d), cell } };
  }
  return null;
}

/** Pairs a decrease with an equal increase of the same line on another indicator: one `moved` each. */
export function movedLines(changes: readonly DiffChange[]): DiffChange[] {
  const downs: Delta[] = [];
  const ups = new Map<string, Delta[]>();
  for (const c of changes) {
    const x = delta(c);
    if (!x) continue;
    if (x.sign < 0) downs.push(x.d);
    else {
      const list = ups.get(x.d.key);
      if (list) list.push(x.d);
      else ups.set(x.d.key, [x.d]);
    }
  }
  const gone = new Set<DiffChange>();
  const moved: DiffChange[] = [];
  for (const d of downs) {
    const u = ups.get(d.key)?.find((x) => !gone.has(x.change) && x.kode !== d.kode && x.amount === d.amount);
    if (!u) continue;
    gone.add(d.change);
    gone.add(u.change);
    moved.push({ kind: 'moved', line: u.change.line, from: d.kode, to: u.kode, amount: d.amount, cells: { old: d.cell, new: u.cell } });
  }
  return [...changes.filter((c) => !gone.has(c)), ...moved];
}
