/**
 * Where the reader is while it walks the rows: the header maps in force, which table the
 * rows belong to, the current sasaran, and what the last rows were. Nothing here is the
 * model: the model is built by `builder.ts`.
 */
import type { BudgetLine, Indikator, Sasaran } from './model';
import type { BudgetMap, MainMap } from './headers';

/** The last data row, whose wrapped text a text-only row may continue. */
export type LastData = { kind: 'ind'; ind: Indikator; map: MainMap } | { kind: 'line'; line: BudgetLine; map: BudgetMap } | null;

export type RowKind = 'ind' | 'heading' | 'line' | 'total';

export class Cursor {
  /** the main header in force, and the last budget sub-header read */
  main: MainMap | null = null;
  sub: BudgetMap | null = null;
  /** which table the rows belong to: the main table or the budget sub-table */
  table: 'main' | 'sub' = 'main';
  current: Sasaran | null = null;
  /** the indicator budget lines go to (the last read, or the one a Layout D heading names) */
  lastInd: Indikator | null = null;
  last: LastData = null;
  /** a text-only row may continue the last data row's wrapped text */
  continuationOk = false;
  closed = false;
  /** after a Total row only indicators and headers are read (footnotes, signatures follow) */
  afterTotal = false;
  /** what the last data row was (a detail header after a line continues that line's table) */
  lastKind: RowKind | null = null;
  /** a budget sub-header was read and no data row after it yet */
  subOpen = false;
  /** the last row of a Layout D heading wrapped over rows of its own (read with it) */
  skipTo = -1;

  /** true while the rows belong to a Layout D detail table */
  get inDetail(): boolean {
    return this.table === 'sub' && this.sub?.kind === 'detail';
  }
}
