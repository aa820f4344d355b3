/** The changes grouped by indicator, as the CLI, the pane and the sheet list them. */
import type { RapkModel } from '../reader/model';
import { allIndikator, kodeOf } from '../reader/model';
import { type DiffChange, type RapkDiff, changeKode } from './types';

export interface DiffGroup {
  /** the indicator's Kode (in the new version; the old one for a removed indicator); null = the lines' own anggaran */
  kode: string | null;
  name: string;
  changes: DiffChange[];
}

/** Consecutive changes of one indicator form a group (`diffRapk` orders them so). */
export function groupChanges(diff: RapkDiff, newModel: RapkModel): DiffGroup[] {
  const names = new Map<string, string>(allIndikator(newModel).map((i) => [kodeOf(i), i.name]));
  const groups: DiffGroup[] = [];
  let key: string | undefined;
  for (const c of diff.changes) {
    const kode = changeKode(c);
    const k = c.kind === 'indicatorRemoved' ? `-${c.kode}` : (kode ?? '');
    if (k !== key || !groups.length) {
      key = k;
      const name = c.kind === 'indicatorRemoved' ? c.name : kode === null ? '' : (names.get(kode) ?? '');
      groups.push({ kode, name, changes: [] });
    }
    groups[groups.length - 1]!.changes.push(c);
  }
  return groups;
}
