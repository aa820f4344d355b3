/**
 * The pane's Rekap, without React: the chosen files are read and analysed one at a time (in the
 * worker), progress is reported after each, and a cancel stops before the next file. Only each
 * unit's row is kept; the Rekap and its sheet plan are built from the rows at the end (in the
 * worker when the analyser can, else here).
 */
import type { Lang } from '../../core/locales';
import type { Tw } from '../../core/measure/formulas';
import { type Rekap, type RekapFailure, type RekapPlan, type RekapUnit, buildRekap, planRekap } from '../../core/rekap';
import type { RekapAnalyser } from '../../worker/client';

/** A chosen file (a browser `File` has both). */
export interface RekapSource {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
  /** ms since 1970 (a browser `File` has it): of two versions of one unit, the newer is counted */
  lastModified?: number;
}

export class RekapCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'RekapCancelled';
  }
}

export async function collectRekap(
  files: readonly RekapSource[],
  tw: Tw,
  lang: Lang,
  analyser: RekapAnalyser,
  onProgress: (done: number, total: number) => void,
  signal: { cancelled: boolean },
): Promise<{ rekap: Rekap } & RekapPlan> {
  const units: RekapUnit[] = [];
  const failed: RekapFailure[] = [];
  onProgress(0, files.length);
  for (const [i, f] of files.entries()) {
    if (signal.cancelled) throw new RekapCancelled();
    let bytes: ArrayBuffer;
    try {
      bytes = await f.arrayBuffer();
    } catch {
      failed.push({ file: f.name, reason: 'missing' });
      onProgress(i + 1, files.length);
      continue;
    }
    const o = await analyser.analyse(f.name, bytes, tw).catch((e: unknown) => {
      if (signal.cancelled) throw new RekapCancelled();
      throw e;
    });
    if (o.ok) units.push(f.lastModified === undefined ? o.unit : { ...o.unit, modified: f.lastModified });
    else failed.push(o.failure);
    onProgress(i + 1, files.length);
  }
  if (signal.cancelled) throw new RekapCancelled();
  if (analyser.build) {
    const built = await analyser.build(units, failed, tw, lang).catch((e: unknown) => {
      if (signal.cancelled) throw new RekapCancelled();
      throw e;
    });
    if (signal.cancelled) throw new RekapCancelled();
    return built;
  }
  const rekap = buildRekap(units, failed, tw);
  return { rekap, ...planRekap(rekap, lang) };
}
