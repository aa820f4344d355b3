/**
 * `rapk rekap` reads its files on two worker threads (ADR 016): each worker reads one file at a
 * time and posts back only that unit's row or failure, so at most two workbooks are in memory.
 * The outcomes come back in the files' order. When a worker cannot start or dies, the files it
 * has not answered are read in this thread, in order; one file is always read here.
 */
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { Tw } from '../core/measure';
import type { RekapOutcome } from '../core/rekap';
import { rekapFile } from './rekapRead';
import type { RekapTask } from './rekapWorker';

/** Two threads: both cores of the central office's machine, and two workbooks in memory at most. */
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

function startWorker(script: string): Worker {
  if (script.endsWith('.ts')) return new Worker(TS_LOADER, { eval: true, workerData: { entry: script } });
  return new Worker(script);
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

export interface ReadOptions {
  /** called in the files' order, as soon as the outcomes before it are known (the CLI prints a failure's line then) */
  each?: (outcome: RekapOutcome, index: number) => void;
  /** worker threads; below 2 (or a single file), this thread reads the files. Default: 2 built, 1 from the sources */
  threads?: number;
  /** the worker's script (tests: one that cannot start) */
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
  const outcomes: (RekapOutcome | undefined)[] = files.map(() => undefined);
  let reported = 0;
  let byWorkers = 0;
  const report = (): void => {
    for (let o = outcomes[reported]; o !== undefined && reported < files.length; o = outcomes[reported]) each(o, reported++);
  };
  const n = Math.min(opts.threads ?? (WORKER.endsWith('.js') ? REKAP_THREADS : 1), files.length);
  if (n >= 2) {
    let next = 0;
    let broken = false;
    const run = async (): Promise<void> => {
      let worker: Worker;
      try {
        worker = startWorker(script);
      } catch {
        broken = true;
        return;
      }
      // an error between two files is seen by the next ask (no unhandled 'error' event)
      worker.on('error', () => undefined);
      try {
        while (!broken && next < files.length) {
          const i = next++;
          outcomes[i] = await ask(worker, { i, file: files[i]!, tw });
          byWorkers++;
          report();
        }
      } catch {
        // this worker's file and the ones not yet sent are read in this thread below
        broken = true;
      } finally {
        await worker.terminate();
      }
    };
    await Promise.all(Array.from({ length: n }, run));
  }
  for (let i = 0; i < files.length; i++) {
    if (outcomes[i] !== undefined) continue;
    outcomes[i] = await rekapFile(files[i]!, tw);
    report();
  }
  return { outcomes: outcomes as RekapOutcome[], byWorkers };
}
