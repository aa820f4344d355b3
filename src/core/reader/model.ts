/**
 * The RAPK model the reader builds. Every value remembers the cell it came from
 * (0-based `Ref`), so rules can point at it and marks can be placed on it. The model is
 * readonly once read (the reader builds it in `builder.ts`; `allIndikator` caches over it).
 */
import type { Ref } from '../grid/grid';

export type Layout = 'K' | 'D' | 'R';

/** A number read from a cell; `value` null when the cell is empty, `-` or not a number. */
export interface CellNumber {
  readonly value: number | null;
  readonly cell: Ref | null;
  /** The cell held text that is not a number (already reported by the reader). */
  readonly invalid?: boolean;
  /**
   * Empty, but it may be covered by a merge the host could not tell (`Grid.mergesUnknown`): the
   * month after a first-month-only target. No value is invented; the rules do not call it missing.
   */
  readonly maybeMerged?: boolean;
}

export interface BudgetLine {
  /** 1-based sheet row */
  readonly row: number;
  readonly no: string;
  readonly ro: string;
  readonly komponen: string;
  readonly subKomponen: string;
  readonly anggaran: CellNumber;
  readonly kontribusi: CellNumber;
  /** Layout D only: quarterly budget amounts B03, B06, B09, B12, and the (%) column. */
  readonly quarters?: readonly CellNumber[];
  readonly percent?: CellNumber & { readonly format?: string | null };
  readonly budgetPlan?: CellNumber;
}

export interface Indikator {
  readonly no: string;
  readonly name: string;
  /** 1-based sheet row of the indicator line */
  readonly row: number;
  readonly nameCell: Ref;
  readonly sasaranNo: string;
  /** B01..B12, each with its cell; value null where there is no target (blank, `-`), cell null for a month not in the header */
  readonly targets: readonly CellNumber[];
  readonly anggaran: CellNumber;
  readonly lines: readonly BudgetLine[];
  /** Layout D: the heading line of its detail table, checked against this row (T07). */
  readonly heading?: {
    readonly row: number;
    readonly targets: readonly CellNumber[];
    readonly anggaran: CellNumber;
  };
  /** Layout D detail `Total` row, or a sub-total under a K/R budget list. */
  readonly subtotal?: TotalRow;
}

export interface Sasaran {
  readonly no: string;
  readonly name: string;
  readonly cell: Ref | null;
  readonly indikator: readonly Indikator[];
  /** a `Jumlah Sasaran ...` row closing this sasaran's indicators, checked by A05 */
  readonly subtotal?: TotalRow;
}

export interface TotalRow {
  readonly row: number;
  readonly amount: CellNumber;
  /** Layout D: other summed columns of the Total row (Budget Plan, B03..B12). */
  readonly columns?: readonly { readonly key: string; readonly amount: CellNumber }[];
}

export interface RapkModel {
  readonly sheet: string;
  readonly layout: Layout;
  readonly year: number | null;
  readonly unit: string | null;
  /** true when the main header has a sasaran column */
  readonly hasSasaranColumn: boolean;
  /** months present in the target header (index 0 = B01) */
  readonly monthsInHeader: readonly boolean[];
  readonly sasaran: readonly Sasaran[];
  readonly total: TotalRow | null;
  /** the grand total stated again (Layout D: under the summary and after the last detail table) */
  readonly otherGrandTotals?: readonly TotalRow[];
}

const allCache = new WeakMap<RapkModel, readonly Indikator[]>();

/** Every indicator in order (cached: the model is readonly, nothing changes it after reading). */
export function allIndikator(model: RapkModel): readonly Indikator[] {
  let list = allCache.get(model);
  if (!list) {
    list = model.sasaran.flatMap((s) => s.indikator);
    allCache.set(model, list);
  }
  return list;
}

/** `01.02` */
/** The values of numbers read with their cells (an indicator's twelve targets, say). */
export const valuesOf = (xs: readonly CellNumber[]): (number | null)[] => xs.map((x) => x.value);

/** No number read: an empty cell, or none at all. */
export const NO_NUMBER: CellNumber = { value: null, cell: null };

export function kodeOf(ind: Indikator): string {
  return `${ind.sasaranNo}.${ind.no}`;
}
