/** What every model rule sees, and helpers the rules share. */
import { type Ref, a1 } from '../grid/grid';
import type { Finding } from './findings';
import { type CellNumber, type Indikator, type RapkModel, kodeOf } from '../reader/model';
import type { ModelCode } from './table';

export interface RuleContext {
  model: RapkModel;
  /** A1 addresses of cells the reader found unreadable (T02/A07, S05 formula without a value), so rules don't pile on. */
  unreadable: ReadonlySet<string>;
}

export interface ModelRule {
  code: ModelCode;
  check(ctx: RuleContext): Finding[];
}

export const cellA1 = (c: Ref | null): string[] => (c ? [a1(c)] : []);
export const hasValue = (v: number | null): v is number => v !== null && v !== 0;
export const EPS = 1e-9;

export function indParams(ind: Indikator): Record<string, string> {
  return { kode: kodeOf(ind), indicator: ind.name };
}

export const amount = (n: CellNumber): number | null => (n.invalid ? null : n.value);

/**
 * A term of a sum that the reader could not read (text that is not an amount, a formula saved
 * without a value): already reported, and no sum that needs it is checked (it would count it as 0).
 */
export const unreadTerm = (n: CellNumber | undefined, unreadable: ReadonlySet<string>): boolean =>
  n !== undefined && (n.invalid === true || (n.value === null && n.cell !== null && unreadable.has(a1(n.cell))));
