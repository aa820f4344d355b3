/**
 * The Rekap's Web Worker (its own bundle, `rekap-worker.js`, loaded only when the planner runs
 * a Rekap): reads one unit's .xlsx bytes at a time off the UI thread and answers with the
 * unit's row. Nothing leaves the browser.
 */
import ExcelJS from 'exceljs/dist/exceljs.min.js';
import type { ExcelJSModule } from '../xlsx/rekap';
import { gridsOfBytes, rekapBytes } from '../xlsx/rekap';
import type { RekapRequest, RekapReply } from './client';
import { buildRekap, planRekap } from '../core/rekap';

const scope = self as unknown as { onmessage: ((e: MessageEvent<RekapRequest>) => void) | null; postMessage: (m: RekapReply) => void };

scope.onmessage = (e) => {
  const req = e.data;
  if (req.kind === 'plan') {
    const rekap = buildRekap(req.units, req.failed, req.tw);
    scope.postMessage({ id: req.id, built: { rekap, ...planRekap(rekap, req.lang) } });
    return;
  }
  if (req.kind === 'grids') {
    gridsOfBytes(ExcelJS as unknown as ExcelJSModule, req.bytes).then(
      (grids) => scope.postMessage({ id: req.id, grids }),
      () => scope.postMessage({ id: req.id, grids: { ok: false, reason: 'internal' } }),
    );
    return;
  }
  const { id, file, bytes, tw } = req;
  rekapBytes(ExcelJS as unknown as ExcelJSModule, file, bytes, tw).then(
    (outcome) => scope.postMessage({ id, outcome }),
    // rekapBytes answers every fault of the file itself; what is left is an error of ours
    () => scope.postMessage({ id, outcome: { ok: false, failure: { file, reason: 'internal' } } }),
  );
};
