/**
 * The reader's state while it walks the sheet row by row, in three parts: the read context
 * (`context.ts`: grid, sizes, headers, layout; fixed), the model builder (`builder.ts`:
 * sasaran, indicators, indices, findings; changed through its methods) and the cursor
 * (`cursor.ts`: where the reader is).
 */
import type { Finding } from '../findings';
import type { ModelBuilder } from './builder';
import type { ReadContext } from './context';
import type { Cursor } from './cursor';
import type { RapkModel } from './model';

/** A budget-sized amount (SPEC T05). */
export const BUDGET_SIZED = 1_000_000;

export type SheetKind = 'rapk' | 'realisasi' | 'ringkasan' | 'none';

export interface ReadResult {
  kind: SheetKind;
  model: RapkModel | null;
  /** what the reader itself found: S01, S02, S03, S04 (sasaran), T02, T05, A07 */
  findings: Finding[];
}

const MONTH_LABELS = ['B01', 'B02', 'B03', 'B04', 'B05', 'B06', 'B07', 'B08', 'B09', 'B10', 'B11', 'B12'];
export function monthLabel(k: number): string {
  return MONTH_LABELS[k] ?? `B${k + 1}`;
}

/** One reading of one sheet: what is fixed, what is being built, and where the reader is. */
export interface Reading {
  readonly cx: ReadContext;
  readonly model: ModelBuilder;
  readonly at: Cursor;
}
