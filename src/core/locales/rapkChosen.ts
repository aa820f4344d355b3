/**
 * The RAPK that Realisasi, Ringkasan and the SAKTI import used when they left a RAPK of another
 * year aside (a hidden last-year one; `pickRapk`): one sentence, said by the CLI (stderr) and the
 * pane (beside each result) alike.
 */
import type { Lang } from './format';

/** The chosen RAPK sheet, its year, and the RAPK sheets of other years left aside. */
export interface RapkChosen {
  sheet: string;
  year: number | null;
  leftAside: string[];
}

/** What is said of the choice, or null when nothing was left aside (nothing to say). */
export function rapkChosenOf(sheet: string, year: number | null, leftAside: readonly string[]): RapkChosen | null {
  return leftAside.length ? { sheet, year, leftAside: [...leftAside] } : null;
}

const quoted = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(', ');

export const RAPK_CHOSEN: Record<Lang, (c: RapkChosen) => string> = {
  id: (c) =>
    `Dipakai RAPK tahun ${c.year ?? '?'} (sheet "${c.sheet}", yang terlihat); RAPK tahun lain dikesampingkan: ${quoted(c.leftAside)}.`,
  en: (c) =>
    `Using the ${c.year ?? '?'} RAPK (sheet "${c.sheet}", the visible one); RAPKs of other years left aside: ${quoted(c.leftAside)}.`,
};
