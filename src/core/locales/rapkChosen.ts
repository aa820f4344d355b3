/**
 * The one sentence said when Realisasi, Ringkasan or the SAKTI import left a RAPK of another
 * year aside (a hidden last-year one): by the CLI (stderr) and the pane (beside each result).
 */
import type { Lang } from './format';
import type { RapkChosen } from '../rapkChosen';

const quoted = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(', ');

const WHY: Record<Lang, Record<RapkChosen['by'], string>> = {
  id: { visible: 'yang terlihat', realisasi: 'yang memiliki sheet Realisasi' },
  en: { visible: 'the visible one', realisasi: 'the one with a Realisasi sheet' },
};

export const RAPK_CHOSEN: Record<Lang, (c: RapkChosen) => string> = {
  id: (c) =>
    `Dipakai RAPK tahun ${c.year ?? '?'} (sheet "${c.sheet}", ${WHY.id[c.by]}); RAPK tahun lain dikesampingkan: ${quoted(c.leftAside)}.`,
  en: (c) =>
    `Using the ${c.year ?? '?'} RAPK (sheet "${c.sheet}", ${WHY.en[c.by]}); RAPKs of other years left aside: ${quoted(c.leftAside)}.`,
};
