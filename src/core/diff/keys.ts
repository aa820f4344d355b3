/** How the diff decides that two things are the same: names, numbers, cells. */
import { a1, type Ref } from '../grid/grid';
import { EPS, moneyValue } from '../grid/numbers';
import type { BudgetLine } from '../reader/model';
import { lineKey } from '../rules/budget';
import type { DiffLine } from './types';

/** Case, spaces and punctuation do not make another indicator. */
export function nameKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function cellOf(ref: Ref | null | undefined): string | null {
  return ref ? a1(ref) : null;
}

export function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(moneyValue(a) - moneyValue(b)) < EPS;
}

const keys = new WeakMap<BudgetLine | DiffLine, string>();

/** A budget line's identity (RO + Komponen + Sub Komponen, as A03 keys it), computed once per line. */
export function keyOfLine(l: BudgetLine | DiffLine): string {
  let k = keys.get(l);
  if (k === undefined) {
    k = lineKey(l);
    keys.set(l, k);
  }
  return k;
}

/** The line as a change names it (keeping its identity). */
export function lineOf(l: BudgetLine): DiffLine {
  const d: DiffLine = { ro: l.ro, komponen: l.komponen, subKomponen: l.subKomponen };
  keys.set(d, keyOfLine(l));
  return d;
}
