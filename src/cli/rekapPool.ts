/**
 * `rapk rekap` reads its files in this thread and, when the machine has a core to spare, in a
 * worker thread beside it (ADR 016): each reads one file at a time, the worker posting back only
 * that unit's row or failure, so at most two workbooks are in memory. The outcomes come back in
 * the files' order. When the worker cannot start or dies, the files it has not answered are read
 * in this thread, in order.
 */
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { Tw } from '../core/measure/formulas';
import type { RekapOutcome } from '../core/rekap';
import { rekapFile } from './rekapRead';
import type { RekapTask } from './rekapWorker';

/** Two reading threads at most (this one and a worker): two workbooks in memory at most. */
export const REKAP_THREADS = 2;

/**
 * Built, the worker is `rekapWorker.js` beside this file; from the sources (the tests, through
 * ts-jest) it is `rekapWorker.ts`, which a worker loads through TypeScript's transpiler: a second
 * or more per worker, so from the sources the files are read in this thread unless asked.
 */
const WORKER = path.join(__dirname, `rekapWorker${path.extname(__filename) === '.ts' ? '.ts' : '.js'}`);

const TS_LOADER = `
const { workerData } = require('worker_threads');
const Module = require('module');
const fs = require('fs');
const ts = Module.createRequire(workerData.entry)('typescript');
const options = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true, resolveJsonModule: true };
Module._extensions['.ts'] = (module, filename) => {
  const out = ts.transpileModule(fs.readFileSync(filename, 'utf8'), { compilerOptions: options, fileName: filename });
  module._compile(out.outputText, filename);
};
require(workerData.entry);
`;

/**
 * A young generation of 64 MB instead of V8's default: reading the 77 bench files, 44 scavenges
 * instead of 75 and about half the time in the garbage collector (exceljs makes many short-lived objects).
 */
const LIMITS = { resourceLimits: { maxYoungGenerationSizeMb: 64 } };

function startWorker(script: string): Worker {
  if (script.endsWith('.ts')) return new Worker(TS_LOADER, { ...LIMITS, eval: true, workerData: { entry: script } });
  return new Worker(script, LIMITS);
}

/** Sends one file to the worker; rejects when the worker fails or exits before it answers. */
function ask(worker: Worker, task: RekapTask): Promise<RekapOutcome> {
  return new Promise((resolve, reject) => {
    const done = (): void => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (m: { i: number; outcome: RekapOutcome }): void => {
      done();
      if (m.i === task.i) resolve(m.outcome);
      else reject(new Error(`rekap worker answered file ${m.i} for ${task.i}`));
    };
    const onError = (e: unknown): void => {
      done();
      reject(e instanceof Error ? e : new Error(String(e)));
    };
    const onExit = (code: number): void => {
      done();
      reject(new Error(`rekap worker exited (${code})`));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(task);
  });
}

/**
 * Cores nobody used over `ms` (from the machine's CPU times), null when the platform gives none.
 * This thread is reading meanwhile, so on an idle two-core machine it is 0.3–0.5 (V8's threads).
 */
export function spareCores(ms: number): Promise<number | null> {
  const ticks = (t: os.CpuInfo['times']): number => t.user + t.nice + t.sys + t.idle + t.irq;
  const before = os.cpus();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      let idle = 0;
      let total = 0;
      os.cpus().forEach((c, k) => {
        const b = before[k]?.times;
        if (!b) return;
        idle += c.times.idle - b.idle;
        total += ticks(c.times) - ticks(b);
      });
      resolve(total > 0 ? (idle / total) * before.length : null);
    }, ms);
    // a sample nobody waits for any more does not keep the process alive
    timer.unref();
  });
}

/**
 * A worker is started only when a whole core is left idle while this thread reads (measured over
 * the first 100 ms). On this project's 2-core machine V8's own threads (garbage collector,
 * optimizing compiler) already use ~0.6 of the second core: a worker there gained nothing idle
 * (3.2 s either way for the 77 bench files) and cost 0.7–1.6 s at a load average of 4, plus
 * ~1 s of CPU and ~50 MB (ADR 016). A machine with more cores, idle, gets the worker.
 */
const SPARE_CORES = 1;
const SAMPLE_MS = 100;

export interface ReadOptions {
  /** called in the files' order, as soon as the outcomes before it are known (the CLI prints a failure's line then) */
  each?: (outcome: RekapOutcome, index: number) => void;
  /**
   * worker threads. Default: built, 1 when the machine has a whole core to spare while this thread
   * reads (none on a 2-core machine, nor when the cores are busy); from the sources, none
   */
  workers?: number;
  /** this thread reads files too (default); false: only the workers, and this thread what they could not */
  here?: boolean;
  /** the worker's script (tests: one that cannot start, one that dies) */
  worker?: string;
}

/** Every file's outcome, in the files' order, and how many of them the workers read. */
export async function readRekapFiles(
  files: readonly string[],
  tw: Tw,
  opts: ReadOptions = {},
): Promise<{ outcomes: RekapOutcome[]; byWorkers: number }> {
  const each = opts.each ?? (() => undefined);
  const script = opts.worker ?? WORKER;
  const here = opts.here !== false;
  const outcomes: (RekapOutcome | undefined)[] = files.map(() => undefined);
  let reported = 0;
  let byWorkers = 0;
  const report = (): void => {
    for (let o = outcomes[reported]; o !== undefined && reported < files.length; o = outcomes[reported]) each(o, reported++);
  };
  let next = 0;
  const take = (): number | null => (next < files.length ? next++ : null);
  // this thread reads at once, while the worker is decided on and loads exceljs
  const readHere = async (): Promise<void> => {
    for (let i = take(); i !== null; i = take()) {
      outcomes[i] = await rekapFile(files[i]!, tw);
      report();
    }
  };
  const worker = async (): Promise<void> => {
    let i = take();
    if (i === null) return;
    let w: Worker;
    try {
      w = startWorker(script);
    } catch {
      return; // it cannot start: its file is read in this thread after the others (below)
    }
    // an error between two files is seen by the next ask (no unhandled 'error' event)
    w.on('error', () => undefined);
    try {
      for (; i !== null; i = take()) {
        let outcome: RekapOutcome;
        try {
          outcome = await ask(w, { i, file: files[i]!, tw });
        } catch {
          break; // the worker died: the file it was reading is read in this thread below, the others by the other threads
        }
        outcomes[i] = outcome;
        byWorkers++;
        report(); // the caller's errors propagate
      }
    } finally {
      await w.terminate();
    }
  };
  const hereDone = here ? readHere() : Promise.resolve();
  const workers = async (): Promise<void> => {
    let n = opts.workers ?? (WORKER.endsWith('.js') ? Math.min(REKAP_THREADS, os.availableParallelism()) - 1 : 0);
    n = Math.min(n, here ? files.length - 1 : files.length);
    if (n > 0 && opts.workers === undefined) {
      // no waiting for the sample when this thread has already read every file
      const spare = await (here ? Promise.race([spareCores(SAMPLE_MS), hereDone.then(() => 0)]) : spareCores(SAMPLE_MS));
      if (spare === null || spare < SPARE_CORES) n = 0; // unknown: no worker, like a busy machine
    }
    await Promise.all(Array.from({ length: Math.max(0, n) }, worker));
  };
  await Promise.all([hereDone, workers()]);
  for (let i = 0; i < files.length; i++) {
    if (outcomes[i] !== undefined) continue;
    outcomes[i] = await rekapFile(files[i]!, tw);
    report();
  }
  return { outcomes: outcomes as RekapOutcome[], byWorkers };
}
