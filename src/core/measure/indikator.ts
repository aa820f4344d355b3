/** One indicator's settings and quarter target as the measures use them (SPEC section 7). */
import type { Indikator } from '../reader/model';
import type { RealisasiRow } from '../reader/realisasi';
import { type Penilaian, type Perspektif, type Polaritas, parsePenilaian, parsePerspektif, parsePolaritas, perspektifOf } from './formulas';

/** The settings of one indicator as the planner left them (defaults where blank or unknown). */
export interface IndikatorSettings {
  perspektif: Perspektif;
  polaritas: Polaritas;
  penilaian: Penilaian;
}

export function settingsOf(
  ind: Indikator,
  sasaranName: string,
  row: Pick<RealisasiRow, 'perspektifRaw' | 'polaritasRaw' | 'penilaianRaw'> | undefined,
): IndikatorSettings {
  return {
    perspektif: parsePerspektif(row?.perspektifRaw) ?? perspektifOf(sasaranName),
    polaritas: parsePolaritas(row?.polaritasRaw) ?? 'Maximize',
    penilaian: parsePenilaian(row?.penilaianRaw) ?? 'Triwulan',
  };
}

/** The TW k target (0-based k) of an indicator: the target of month 3k+3. */
export function twTarget(ind: Indikator, k: number): number | null {
  return ind.targets[3 * k + 2]?.value ?? null;
}
