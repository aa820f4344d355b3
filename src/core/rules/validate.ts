/** Read + validate one sheet: the Validasi command of the core. */
import type { Grid } from '../grid/grid';
import { type Finding, faultFinding, sortFindings } from './findings';
import type { RapkModel } from '../reader/model';
import { type SheetKind, faultText, readRapk } from '../reader/readRapk';
import { type ModelRule, MODEL_RULES } from './index';
import { UNREADABLE_CODES } from './table';

export interface SheetValidation {
  kind: SheetKind;
  model: RapkModel | null;
  findings: Finding[];
}

/** `rules`: the model rules to run (all of them; a test passes its own list rather than patch the shared one). */
export function validateSheet(grid: Grid, rules: readonly ModelRule[] = MODEL_RULES): SheetValidation {
  const read = readRapk(grid);
  if (!read.model) return { kind: read.kind, model: null, findings: sortFindings(read.findings) };
  // cells the reader could not read: text that is no number (the table's `unreadable` codes), and formulas saved without a value
  const unreadable = new Set(
    read.findings
      .filter((f) => UNREADABLE_CODES.has(f.code) || (f.code === 'S05' && 'kind' in f.params && f.params.kind === 'formula'))
      .map((f) => f.cells[0]!),
  );
  const ctx = { model: read.model, unreadable };
  const found = [...read.findings];
  for (const rule of rules) {
    try {
      found.push(...rule.check(ctx));
    } catch (e) {
      // a rule fault must not hide the other rules' findings, nor itself: a finding with the
      // rule's code says the check could not be run, and why (the property tests keep this empty)
      found.push(faultFinding(rule.code, grid.name, faultText(e)));
    }
  }
  // S06: the budget lines were not read, so "anggaran without budget lines" (A08) is not said
  const unread = read.findings.some((f) => f.code === 'S06');
  const kept = unread ? found.filter((f) => !(f.code === 'A08' && 'kind' in f.params && f.params.kind === 'noLines')) : found;
  return { kind: 'rapk', model: read.model, findings: sortFindings(dedupe(kept)) };
}

function dedupe(list: Finding[]): Finding[] {
  const seen = new Set<string>();
  return list.filter((f) => {
    const p: Readonly<Record<string, unknown>> = { ...f.params };
    const key = `${f.code}|${f.cells[0] ?? ''}|${String(p.kind ?? '')}|${String(p.field ?? '')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
