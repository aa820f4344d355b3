/**
 * A worker thread of `rapk rekap` (src/cli/rekapPool.ts): reads the one file it is sent and
 * answers with that unit's row or failure; the workbook is dropped before the next file.
 */
import { parentPort } from 'worker_threads';
import type { Tw } from '../core/measure/formulas';
import { rekapFile } from './rekapRead';

export interface RekapTask {
  i: number;
  file: string;
  tw: Tw;
}

const port = parentPort;
if (port)
  port.on('message', (task: RekapTask) => {
    void rekapFile(task.file, task.tw).then((outcome) => port.postMessage({ i: task.i, outcome }));
  });
