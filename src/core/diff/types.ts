/**
 * What changed between two versions of a RAPK (issue 23), in the planner's terms: indicators,
 * months and budget lines — not cells. Every change names the cells on both sides (A1
 * addresses on the old and on the new sheet) so a host can go to them or mark them.
 */

/** The cells a change concerns on each side (absent where the thing does not exist). */
export interface DiffCells {
  old: string | null;
  new: string | null;
}

/** A budget line as the diff names it: RO / Komponen / Sub Komponen as the new (or old) version spells them. */
export interface DiffLine {
  ro: string;
  komponen: string;
  subKomponen: string;
}

interface Base {
  cells: DiffCells;
}

export type DiffChange =
  | (Base & { kind: 'indicatorAdded'; kode: string; name: string; anggaran: number | null })
  | (Base & { kind: 'indicatorRemoved'; kode: string; name: string; anggaran: number | null })
  | (Base & { kind: 'renamed'; kode: string; old: string; new: string })
  | (Base & { kind: 'renumbered'; oldKode: string; newKode: string; name: string })
  | (Base & { kind: 'sasaranChanged'; kode: string; old: string; new: string })
  | (Base & { kind: 'target'; kode: string; month: number; old: number | null; new: number | null })
  | (Base & { kind: 'anggaran'; kode: string; old: number | null; new: number | null })
  | (Base & { kind: 'lineAdded'; kode: string; line: DiffLine; kontribusi: number | null })
  | (Base & { kind: 'lineRemoved'; kode: string; line: DiffLine; kontribusi: number | null })
  | (Base & { kind: 'kontribusi'; kode: string; line: DiffLine; old: number | null; new: number | null })
  | (Base & { kind: 'lineAnggaran'; line: DiffLine; old: number | null; new: number | null })
  | (Base & { kind: 'moved'; line: DiffLine; from: string; to: string; amount: number });

export type DiffKind = DiffChange['kind'];

/** Every kind, in the order a report lists them within an indicator. */
export const DIFF_KINDS: readonly DiffKind[] = [
  'indicatorAdded',
  'indicatorRemoved',
  'renamed',
  'renumbered',
  'sasaranChanged',
  'target',
  'anggaran',
  'lineAdded',
  'lineRemoved',
  'kontribusi',
  'moved',
  'lineAnggaran',
];

export interface DiffTotals {
  /** anggaran per sasaran, matched by name then number; null where the sasaran is absent on a side */
  sasaran: { no: string; name: string; old: number | null; new: number | null }[];
  overall: { old: number; new: number };
}

export interface RapkDiff {
  changes: DiffChange[];
  totals: DiffTotals;
}

/** The indicator a change belongs to (the new Kode where both exist); null for a line's own anggaran. */
export function changeKode(c: DiffChange): string | null {
  switch (c.kind) {
    case 'renumbered':
      return c.newKode;
    case 'lineAnggaran':
      return null;
    case 'moved':
      return c.from;
    default:
      return c.kode;
  }
}
