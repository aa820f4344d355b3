/**
 * The RAPK model the reader builds. Every value remembers the cell it came from
 * (0-based `Ref`), so rules can point at it and marks can be placed on it.
 */
import type { Ref } from '../grid/grid';

export type Layout = 'K' | 'D' | 'R';

/** A number read from a cell; `value` null when the cell is empty, `-` or not a number. */
export interface CellNumber {
  value: number | null;
  cell: Ref | null;
  /** The cell held text that is not a number (already reported by the reader). */
  invalid?: boolean;
}

export interface BudgetLine {
  /** 1-based sheet row */
  row: number;
  no: string;
  ro: string;
  komponen: string;
  subKomponen: string;
  anggaran: CellNumber;
  kontribusi: CellNumber;
  /** Layout D only: quarterly budget amounts B03, B06, B09, B12, and the (%) column. */
  quarters?: CellNumber[];
  percent?: CellNumber & { format?: string | null };
  budgetPlan?: CellNumber;
}

export interface Indikator {
  no: string;
  name: string;
  /** 1-based sheet row of the indicator line */
  row: number;
  nameCell: Ref;
  sasaranNo: string;
  /** B01..B12; null where there is no target (blank, `-`, or month not in the header) */
  targets: (number | null)[];
  targetCells: (Ref | null)[];
  anggaran: CellNumber;
  lines: BudgetLine[];
  /** Layout D: the heading line of its detail table, checked against this row (T07). */
  heading?: { row: number; targets: (number | null)[]; targetCells: (Ref | null)[]; anggaran: CellNumber };
  /** Layout D detail `Total` row, or a sub-total under a K/R budget list. */
  subtotal?: TotalRow;
}

export interface Sasaran {
  no: string;
  name: string;
  cell: Ref | null;
  indikator: Indikator[];
  /** a `Jumlah Sasaran ...` row closing this sasaran's indicators, checked by A05 */
  subtotal?: TotalRow;
}

export interface TotalRow {
  row: number;
  amount: CellNumber;
  /** Layout D: other summed columns of the Total row (Budget Plan, B03..B12). */
  columns?: { key: string; amount: CellNumber }[];
}

export interface RapkModel {
  sheet: string;
  layout: Layout;
  year: number | null;
  unit: string | null;
  /** true when the main header has a sasaran column */
  hasSasaranColumn: boolean;
  /** months present in the target header (index 0 = B01) */
  monthsInHeader: boolean[];
  sasaran: Sasaran[];
  total: TotalRow | null;
}

const allCache = new WeakMap<RapkModel, Indikator[]>();

/** Every indicator in order (cached: the model is not changed after reading). */
export function allIndikator(model: RapkModel): Indikator[] {
  let list = allCache.get(model);
  if (!list) {
    list = model.sasaran.flatMap((s) => s.indikator);
    allCache.set(model, list);
  }
  return list;
}

/** `01.02` */
export function kodeOf(ind: Indikator): string {
  return `${ind.sasaranNo}.${ind.no}`;
}
