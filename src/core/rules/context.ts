/** What every model rule sees, and helpers the rules share. */
import { type Ref, a1 } from '../grid/grid';
import type { Finding } from './findings';
import { type CellNumber, type Indikator, type RapkModel, kodeOf } from '../reader/model';
import type { Ind } from './params';
import type { ModelCode } from './table';

export interface RuleContext {
  model: RapkModel;
  /** A1 addresses of cells the reader found unreadable (the rules table's `unreadable` codes), so rules don't pile on. */
  unreadable: ReadonlySet<string>;
}

export interface ModelRule {
  code: ModelCode;
  check(ctx: RuleContext): Finding[];
}

export const cellA1 = (c: Ref | null): string[] => (c ? [a1(c)] : []);
export const hasValue = (v: number | null): v is number => v !== null && v !== 0;
export { EPS } from '../grid/numbers';

export function indParams(ind: Indikator): Ind {
  return { kode: kodeOf(ind), indicator: ind.name };
}

export const amount = (n: CellNumber): number | null => (n.invalid ? null : n.value);
