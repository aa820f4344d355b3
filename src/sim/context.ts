/** The request context: queues operations and runs them at `sync`, with payload accounting and faults. */
import type { ExcelSimulator } from './excelSim';
import { type Op, type SimObject, SimError, type Snapshot } from './proxy';
import { SimWorkbook } from './workbook';

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  ops: number;
  /** the batch was refused (over a payload limit): Excel returned an error, not the response */
  refused?: boolean;
}

/** Operations that change no cell, sheet or setting (a read-only file allows them). */
const NOT_CHANGES = new Set([
  'activate',
  'select',
  'getRanges',
  'suspendApiCalculationUntilNextSync',
  'suspendScreenUpdatingUntilNextSync',
  'calculate',
]);
/** Operations that write cells (their formulas' dependants are recalculated unless calculation is suspended). */
const WRITES_CELLS = new Set(['values', 'formulas', 'numberFormat', 'setCellProperties', 'clear']);

/**
 * What a host refuses whatever the batch: any change to a read-only or view-only file
 * (AccessDenied), activating, selecting or adding sheets while another workbook has the focus
 * (InactiveWorkbook: office-js-docs-pr, "API limitations when the active workbook switches").
 */
function refuseOnHost(store: ExcelSimulator['store'], op: Op): void {
  if (op.loadInto) return;
  if (store.readOnly && !NOT_CHANGES.has(op.what)) throw new SimError('AccessDenied', 'You cannot perform the requested operation.');
  if (store.inactive && (op.what === 'activate' || op.what === 'select' || (op.what === 'add' && op.target === 'workbook.worksheets')))
    throw new SimError(
      'InactiveWorkbook',
      'The operation failed because multiple workbooks are open and the workbook being called by this API has lost focus.',
    );
}

export class SimContext {
  readonly workbook: SimWorkbook;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private queue: Op[] = [];
  syncCount = 0;
  readonly syncs: SyncRecord[] = [];
  constructor(readonly sim: ExcelSimulator) {
    this.workbook = new SimWorkbook(this);
  }

  /** @internal */ enqueue(op: Op): void {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.syncCount++;
    this.sim.totalSyncs++;
    const requestBytes = ops.reduce(
      (n, o) => n + 40 + o.target.length + o.what.length + (o.args === undefined ? 0 : JSON.stringify(o.args).length),
      0,
    );
    const rec: SyncRecord = { requestBytes, responseBytes: 0, ops: ops.length };
    this.syncs.push(rec);
    this.sim.records.push(rec);
    await Promise.resolve();
    const fault = this.sim.faultAt(this.sim.totalSyncs);
    if (fault === 'before') throw new SimError('GeneralException', 'Simulated failure before the batch ran.');
    if (requestBytes > this.sim.payloadLimit) {
      rec.refused = true;
      throw new SimError('RequestPayloadSizeLimitExceeded', `The request payload size (${requestBytes} bytes) has exceeded the limit.`);
    }
    const loaded: [SimObject, Snapshot][] = [];
    let half =
      fault === 'middle'
        ? Math.floor(ops.length / 2)
        : typeof fault === 'object'
          ? ops.findIndex((o) => fault.before(o.target, o.what))
          : -1;
    const store = this.sim.store;
    let suspended = false;
    for (const op of ops) {
      if (half === 0) {
        const code = typeof fault === 'object' ? (fault.code ?? 'GeneralException') : 'GeneralException';
        throw new SimError(code, 'Simulated failure in the middle of the batch.');
      }
      half--;
      refuseOnHost(store, op);
      if (op.what === 'suspendApiCalculationUntilNextSync') suspended = true;
      const snap = op.run();
      if (op.loadInto && snap) loaded.push([op.loadInto, snap]);
      else if (suspended && WRITES_CELLS.has(op.what)) store.calcStale = true;
    }
    const responseBytes = loaded.reduce((n, [, s]) => n + JSON.stringify(s).length, 0);
    rec.responseBytes = responseBytes;
    if (responseBytes > this.sim.responseLimit) {
      rec.refused = true;
      throw new SimError('ResponsePayloadSizeLimitExceeded', `The response payload size (${responseBytes} bytes) has exceeded the limit.`);
    }
    if (fault === 'after') throw new SimError('GeneralException', 'Simulated failure after the batch ran.');
    for (const [obj, snap] of loaded) obj._commit(snap);
  }
}
