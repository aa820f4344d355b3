/**
 * The `Pengaturan RAPK` sheet's words: its name, section titles and column headers, which its
 * plan (`sheets/settings.ts`) writes and its reader (`reader/settings.ts`) finds again, case-
 * and space-insensitively, so a planner may move them. M01–M05 are in `rules/settings.ts`.
 */
import type { Grid } from '../grid/grid';
import { norm } from '../grid/text';

export const SETTINGS_SHEET = 'Pengaturan RAPK';

export type BandSection = 'kriteria' | 'predikat' | 'efisiensi';

/** Section titles as written (the reader compares them case- and space-insensitively). */
export const SECTION_TITLES: Record<BandSection | 'parameter' | 'bobot', string> = {
  kriteria: 'Kriteria Indikator',
  predikat: 'Predikat NPS/NPSS',
  efisiensi: 'Efisiensi Anggaran (TE)',
  parameter: 'Parameter',
  bobot: 'Bobot Indikator',
};

export const BAND_HEADER = ['Batas Bawah', 'Bawah Termasuk', 'Batas Atas', 'Atas Termasuk', 'Label', 'Warna'] as const;
export const PARAM_HEADER = ['Parameter', 'Nilai'] as const;
export const BOBOT_HEADER = ['Kode', 'Indikator', 'Jenis', 'Bobot'] as const;
export const PARAM_NAMES = { npiCap: 'Batas NPI', annualCutoff: 'Batas Akan Tercapai (%)', bobotIku: 'Bobot IKU' } as const;

export function isSettingsSheetName(name: string): boolean {
  return norm(name) === norm(SETTINGS_SHEET);
}

/** The settings sheet of a workbook, if any (by name). */
export function findSettingsGrid(grids: readonly Grid[]): Grid | null {
  return grids.find((g) => isSettingsSheetName(g.name)) ?? null;
}
