/** An older version's grids through the Rekap's worker (its own short-lived instance). */
import type { GridsOutcome, RekapAnalyser } from '../../worker/client';

export async function readGridsWith(make: () => RekapAnalyser, bytes: ArrayBuffer): Promise<GridsOutcome> {
  const a = make();
  try {
    return a.grids ? await a.grids(bytes) : { ok: false, reason: 'internal' };
  } finally {
    a.dispose();
  }
}
