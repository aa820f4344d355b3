/** Messages between the task pane and the Rekap worker, and the pane's view of the analysis. */
import type { Tw } from '../core/measure/formulas';
import type { Lang } from '../core/locales';
import type { Grid } from '../core/grid/grid';
import type { Rekap, RekapFailure, RekapOutcome, RekapPlan, RekapUnit } from '../core/rekap';
import type { UnusableReason } from '../core/workbook';

export type RekapRequest =
  | { id: number; kind: 'file'; file: string; bytes: ArrayBuffer; tw: Tw }
  /** a workbook's grids (the older version the pane compares with, issue 23) */
  | { id: number; kind: 'grids'; bytes: ArrayBuffer }
  | { id: number; kind: 'plan'; units: RekapUnit[]; failed: RekapFailure[]; tw: Tw; lang: Lang };

export type RekapBuilt = { rekap: Rekap } & RekapPlan;

export type GridsOutcome = { ok: true; grids: Grid[] } | { ok: false; reason: UnusableReason | 'internal' };

export type RekapReply = { id: number; outcome: RekapOutcome } | { id: number; built: RekapBuilt } | { id: number; grids: GridsOutcome };

/** Turns one file's bytes into its unit row (in a worker, or in the page between slices). */
export interface RekapAnalyser {
  analyse(file: string, bytes: ArrayBuffer, tw: Tw): Promise<RekapOutcome>;
  /** builds the Rekap and its sheet plan from the rows (off the UI thread too); absent = on the page */
  build?(units: RekapUnit[], failed: RekapFailure[], tw: Tw, lang: Lang): Promise<RekapBuilt>;
  /** a workbook's grids, read off the UI thread (the pane's comparison with an older version) */
  grids?(bytes: ArrayBuffer): Promise<GridsOutcome>;
  /** stops any work in progress (a cancelled Rekap) and frees the worker */
  dispose(): void;
}

declare const __BUILD_ID__: string | undefined;

/** The worker bundle beside the task pane's page (webpack entry `rekap-worker`). */
export function rekapWorkerUrl(): string {
  const v = typeof __BUILD_ID__ === 'string' ? __BUILD_ID__ : '';
  return v ? `rekap-worker.js?v=${v}` : 'rekap-worker.js';
}

/** The analyser over the Rekap Web Worker at `url`. */
export function workerAnalyser(url: string): RekapAnalyser {
  let worker: Worker | null = null;
  let next = 0;
  const pending = new Map<number, { resolve: (r: RekapReply) => void; reject: (e: Error) => void }>();
  const start = (): Worker => {
    const w = new Worker(url);
    w.onmessage = (e: MessageEvent<RekapReply>) => {
      const p = pending.get(e.data.id);
      pending.delete(e.data.id);
      p?.resolve(e.data);
    };
    w.onerror = (e) => {
      for (const p of pending.values()) p.reject(new Error(e.message || 'worker error'));
      pending.clear();
    };
    return w;
  };
  const ask = (req: RekapRequest, transfer: Transferable[]): Promise<RekapReply> => {
    worker ??= start();
    const w = worker;
    return new Promise((resolve, reject) => {
      pending.set(req.id, { resolve, reject });
      w.postMessage(req, transfer);
    });
  };
  return {
    async analyse(file, bytes, tw) {
      const r = await ask({ id: ++next, kind: 'file', file, bytes, tw }, [bytes]);
      if (!('outcome' in r)) throw new Error('unexpected worker reply');
      return r.outcome;
    },
    async build(units, failed, tw, lang) {
      const r = await ask({ id: ++next, kind: 'plan', units, failed, tw, lang }, []);
      if (!('built' in r)) throw new Error('unexpected worker reply');
      return r.built;
    },
    async grids(bytes) {
      const r = await ask({ id: ++next, kind: 'grids', bytes }, [bytes]);
      if (!('grids' in r)) throw new Error('unexpected worker reply');
      return r.grids;
    },
    dispose() {
      worker?.terminate();
      worker = null;
      for (const p of pending.values()) p.reject(new Error('cancelled'));
      pending.clear();
    },
  };
}
