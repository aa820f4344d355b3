/**
 * The RAPK that Realisasi, Ringkasan and the SAKTI import used when they left a RAPK of another
 * year aside (a hidden last-year one; `pickRapk`): what both hosts say of it, in one sentence
 * (`RAPK_CHOSEN`, src/core/locales/rapkChosen.ts).
 */

/**
 * The chosen RAPK sheet, its year, the RAPK sheets of other years left aside, and why that one:
 * the only visible year (`visible`), or, two years visible, the one with its Realisasi sheet.
 */
export interface RapkChosen {
  sheet: string;
  year: number | null;
  leftAside: string[];
  by: 'visible' | 'realisasi';
}

/** What is said of the choice, or null when nothing was left aside (nothing to say). */
export function rapkChosenOf(sheet: string, year: number | null, leftAside: readonly string[], by: RapkChosen['by']): RapkChosen | null {
  return leftAside.length ? { sheet, year, leftAside: [...leftAside], by } : null;
}
