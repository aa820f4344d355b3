/** How the diff decides that two things are the same: names, numbers, cells. */
import { a1, type Ref } from '../grid/grid';
import { moneyValue } from '../grid/numbers';
import type { BudgetLine } from '../reader/model';
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
  return Math.abs(moneyValue(a) - moneyValue(b)) < 1e-9;
}

export function lineOf(l: BudgetLine): DiffLine {
  return { ro: l.ro, komponen: l.komponen, subKomponen: l.subKomponen };
}
