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
  const unreadable = new Set(read.findings.filter((f) => UNREADABLE_CODES.has(f.code)).map((f) => f.cells[0]!));
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
  return { kind: 'rapk', model: read.model, findings: sortFindings(dedupe(found)) };
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
