/**
 * An Excel simulator faithful to the office-js semantics the adapter relies on:
 * proxy objects whose reads throw until `load` + `sync`; writes queued and applied in
 * order at `sync`; `...OrNullObject` with `isNullObject`; errors with office-js codes at
 * sync (ItemNotFound, AccessDenied on protected sheets, payload limits); RangeAreas, notes,
 * threaded comments, settings, page layout; sync counting, payload accounting and fault
 * injection. It implements the subset of the Excel API that `src/excel` uses.
 */
import { SimContext, type SyncRecord } from './context';
import { SimStore } from './store';
import { SimEvents } from './events';

export { SimContext, type SyncRecord } from './context';
export { SimError, SimObject } from './proxy';
export { SimWorkbook, SimWorksheetCollection, SimSettings, SimSetting } from './workbook';
export { SimWorksheet } from './worksheet';
export { SimRange, SimRangeAreas } from './range';
export { SimRangeFormat, SimRangeFill, SimRangeFont } from './format';
export { SimNoteCollection, SimNote, SimCommentCollection, SimComment } from './notes';

export interface SimOptions {
  /** ExcelApi minor versions supported, e.g. 18 for 1.18 */
  apiVersion?: number;
  /**
   * 'web' (default): 5 MB per request and per response, like Excel on the web;
   * 'desktop': no payload limit, like Excel on Windows and on the Mac
   */
  platform?: 'web' | 'desktop';
  /** payload limit per request and per response (overrides the platform's) */
  payloadLimit?: number;
  /** payload limit per response only (overrides payloadLimit for responses) */
  responseLimit?: number;
  /** cells a range read returns (every platform: five million) */
  cellReadLimit?: number;
  /** the host's list separator, which separates the areas of `getRanges` (Windows: from the regional settings) */
  listSeparator?: ',' | ';';
  /** threaded comments throw NotImplemented although the API set has them (Office 2021/2024 LTSC: office-js#1847) */
  commentsNotImplemented?: boolean;
}

// ---------------------------------------------------------------- the simulator

/**
 * Where a sync fails: before its batch runs, half-way, after it ran, or before the first matching
 * operation (with `code`: the office-js error code Excel gives there; GeneralException otherwise).
 */
export type Fault = 'before' | 'middle' | 'after' | { before: (target: string, what: string) => boolean; code?: string };

export class ExcelSimulator {
  readonly store: SimStore;
  /** worksheet events (src/sim/events.ts) */
  readonly events: SimEvents;
  apiVersion: number;
  payloadLimit: number;
  responseLimit: number;
  readonly platform: 'web' | 'desktop';
  cellReadLimit: number;
  readonly listSeparator: ',' | ';';
  readonly commentsNotImplemented: boolean;
  totalSyncs = 0;
  commentSeq = 0;
  readonly records: SyncRecord[] = [];
  private faults = new Map<number, Fault>();
  /** called before each `Excel.run` batch; tests use it to change the workbook mid-command */
  onSync: ((n: number) => void) | null = null;

  constructor(
    opts: SimOptions = {},
    /** the workbook, when another host opens the same one (a file marked in one Excel, cleared in another) */
    store: SimStore = new SimStore(),
  ) {
    this.store = store;
    this.events = new SimEvents(store);
    this.apiVersion = opts.apiVersion ?? 18;
    this.platform = opts.platform ?? 'web';
    this.payloadLimit = opts.payloadLimit ?? (this.platform === 'web' ? 5 * 1024 * 1024 : Infinity);
    this.responseLimit = opts.responseLimit ?? this.payloadLimit;
    this.cellReadLimit = opts.cellReadLimit ?? 5_000_000;
    this.listSeparator = opts.listSeparator ?? ',';
    this.commentsNotImplemented = opts.commentsNotImplemented ?? false;
  }

  /** Make the n-th sync from now (1-based, counted over all runs) fail. */
  failSync(n: number, how: Fault = 'before'): void {
    this.faults.set(this.totalSyncs + n, how);
  }

  /** @internal */ faultAt(n: number): Fault | undefined {
    this.onSync?.(n);
    const f = this.faults.get(n);
    if (f) this.faults.delete(n);
    return f;
  }

  isSetSupported(name: string, version: string): boolean {
    if (name !== 'ExcelApi') return false;
    const [maj, min] = version.split('.').map(Number);
    return maj === 1 && (min ?? 0) <= this.apiVersion;
  }

  /** Like `Excel.run`: a fresh context per batch function. */
  async run<T>(batch: (ctx: SimContext) => Promise<T>): Promise<T> {
    const ctx = new SimContext(this);
    try {
      return await batch(ctx);
    } finally {
      this.events.notice();
    }
  }

  resetStats(): void {
    this.totalSyncs = 0;
    this.records.length = 0;
    this.faults.clear();
  }

  /** the largest request Excel accepted */
  get maxRequestBytes(): number {
    return this.records.reduce((m, r) => (r.refused ? m : Math.max(m, r.requestBytes)), 0);
  }

  /** the largest response Excel returned */
  get maxResponseBytes(): number {
    return this.records.reduce((m, r) => (r.refused ? m : Math.max(m, r.responseBytes)), 0);
  }
}
