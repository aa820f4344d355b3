/**
 * The reader's state while it walks the sheet row by row: the header maps in force, the
 * context (main table or a budget sub-table), what the last row was, and the model so far.
 */
import type { Finding } from '../rules/findings';
import { type Grid, gridWidth } from '../grid/grid';
import type { BudgetLine, Indikator, Layout, RapkModel, Sasaran, TotalRow } from './model';
import type { BudgetMap, HeaderMap, MainMap } from './headers';

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

export interface PendingTotal {
  total: TotalRow;
  /** the indicator read last before the total row, or null */
  after: Indikator | null;
  ctx: 'main' | 'sub';
  detail: boolean;
}

export type LastData =
  | { kind: 'ind'; ind: Indikator; sasaran: Sasaran; map: MainMap }
  | { kind: 'line'; line: BudgetLine; map: BudgetMap }
  | null;

/** Everything the reader knows at the current row. */
export class ReaderState {
  readonly width: number;
  readonly height: number;
  readonly findings: Finding[] = [];
  readonly sasaran: Sasaran[] = [];
  readonly totals: PendingTotal[] = [];
  headers = new Map<number, HeaderMap>();
  main: MainMap | null = null;
  sub: BudgetMap | null = null;
  ctx: 'main' | 'sub' = 'main';
  current: Sasaran | null = null;
  lastInd: Indikator | null = null;
  last: LastData = null;
  continuationOk = false;
  closed = false;
  /** after a Total row only indicators and headers are read (footnotes, signatures follow) */
  afterTotal = false;
  layout: Layout = 'K';
  /** indexes over the indicators read so far (Layout D headings look them up) */
  readonly order: Indikator[] = [];
  readonly byNo = new Map<string, Indikator[]>();
  readonly byName = new Map<string, Indikator>();
  readonly sasaranOf = new Map<Indikator, Sasaran>();
  readonly sasaranByNo = new Map<string, Sasaran[]>();
  nextHeading = 0;
  /** what the last data row was (a detail header after a line continues that line's table) */
  lastKind: 'ind' | 'heading' | 'line' | 'total' | null = null;
  readonly seenNo = new Map<string, Indikator>();
  readonly sasaranIds = new Map<Sasaran, number>();
  readonly skippedSeen = new Set<string>();
  /** a budget sub-header was read and no data row after it yet */
  subOpen = false;

  constructor(readonly grid: Grid) {
    this.width = Math.min(gridWidth(grid), 16384);
    this.height = grid.values.length;
  }
}
