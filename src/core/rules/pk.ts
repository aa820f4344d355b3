/**
 * Rules P01/P02: each RAPK indicator's annual target (B12) must equal its Perjanjian Kinerja
 * target (the PK sheet as `reader/pk.ts` reads it). Indicators are matched by name (the PK
 * numbers them its own way).
 */
import { a1 } from '../grid/grid';
import { round2 } from '../grid/numbers';
import { norm } from '../grid/text';
import { allIndikator, kodeOf, type RapkModel } from '../reader/model';
import type { PkRow, PkSheet } from '../reader/pk';
import { type Finding, finding } from './findings';

/** Names compared without case, spaces or punctuation. */
export const nameKey = (s: string): string => norm(s).replace(/[^a-z0-9]/g, '');

/** P01 (annual target ≠ PK target, marked at the RAPK's B12) and P02 (in one and not the other). */
export function checkPk(model: RapkModel, pk: PkSheet): Finding[] {
  const out: Finding[] = [];
  const byKey = new Map<string, PkRow>();
  for (const row of pk.rows) if (!byKey.has(nameKey(row.name))) byKey.set(nameKey(row.name), row);
  const matched = new Set<PkRow>();
  for (const ind of allIndikator(model)) {
    const row = byKey.get(nameKey(ind.name));
    if (!row) {
      out.push(
        finding('P02', model.sheet, [a1(ind.nameCell)], { kind: 'notInPk', kode: kodeOf(ind), indicator: ind.name, pkSheet: pk.name }),
      );
      continue;
    }
    matched.add(row);
    const value = ind.targets[11]?.value ?? null;
    const cell = ind.targets[11]?.cell ?? null;
    if (value === null || row.target === null || !cell) continue; // no annual target: T01 says so
    if (round2(value) !== round2(row.target)) {
      out.push(
        finding('P01', model.sheet, [a1(cell)], {
          kode: kodeOf(ind),
          indicator: ind.name,
          value,
          pk: row.target,
          pkSheet: pk.name,
          pkCell: a1(row.targetCell),
        }),
      );
    }
  }
  for (const row of pk.rows) {
    if (matched.has(row)) continue;
    out.push(finding('P02', pk.name, [a1(row.nameCell)], { kind: 'notInRapk', indicator: row.name, pkSheet: pk.name }));
  }
  return out;
}
