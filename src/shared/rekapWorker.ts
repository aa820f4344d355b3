/** Messages between the task pane and the Rekap worker, and the pane's view of the analysis. */
import type { Tw } from '../core/measure';
import type { RekapOutcome } from '../core/rekap';

export interface RekapRequest {
  id: number;
  file: string;
  bytes: ArrayBuffer;
  tw: Tw;
}

export interface RekapReply {
  id: number;
  outcome: RekapOutcome;
}

/** Turns one file's bytes into its unit row (in a worker, or in the page between slices). */
export interface RekapAnalyser {
  analyse(file: string, bytes: ArrayBuffer, tw: Tw): Promise<RekapOutcome>;
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
  const pending = new Map<number, { resolve: (o: RekapOutcome) => void; reject: (e: Error) => void }>();
  const start = (): Worker => {
    const w = new Worker(url);
    w.onmessage = (e: MessageEvent<RekapReply>) => {
      const p = pending.get(e.data.id);
      pending.delete(e.data.id);
      p?.resolve(e.data.outcome);
    };
    w.onerror = (e) => {
      for (const p of pending.values()) p.reject(new Error(e.message || 'worker error'));
      pending.clear();
    };
    return w;
  };
  return {
    analyse(file, bytes, tw) {
      worker ??= start();
      const id = ++next;
      const w = worker;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        w.postMessage({ id, file, bytes, tw } satisfies RekapRequest, [bytes]);
      });
    },
    dispose() {
      worker?.terminate();
      worker = null;
      for (const p of pending.values()) p.reject(new Error('cancelled'));
      pending.clear();
    },
  };
}
