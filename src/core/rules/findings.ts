/**
 * The `Finding` data lives in `../findings.ts` (below the reader, which reports findings too);
 * here: its order and the questions asked of a list of them.
 */
import type { Finding } from '../findings';
import { type Severity, SEVERITY_ORDER } from './table';

export { type CodeFinding, type FaultFinding, type Finding, type ParamValue, faultFinding, faultOf, finding } from '../findings';
export { type RuleCode, type RuleInfo, type Severity, RULES, RULE_CODES, SEVERITY_ORDER } from './table';
export type { FindingParams, ParamsOf, FaultParams } from './params';

/** Stable order: by severity, then code, then position of the first cell. */
export function sortFindings(list: readonly Finding[]): Finding[] {
  return [...list].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.code.localeCompare(b.code) ||
      a.sheet.localeCompare(b.sheet) ||
      cellOrder(a.cells[0]) - cellOrder(b.cells[0]),
  );
}

function cellOrder(address: string | undefined): number {
  if (!address) return -1;
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) return 0;
  let c = 0;
  for (const ch of m[1]!) c = c * 26 + ch.charCodeAt(0) - 64;
  return Number(m[2]) * 20000 + c;
}

/** How many findings of each severity (the CLI's, the pane's and the Rekap's counts). */
export function countBySeverity(list: readonly Finding[]): Record<Severity, number> {
  const n: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of list) n[f.severity]++;
  return n;
}

/** The most severe severity in the list (null when the list is empty): a mark's colour, a result's intent. */
export function worstSeverity(list: readonly Finding[]): Severity | null {
  let worst: Severity | null = null;
  for (const f of list) if (worst === null || SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[worst]) worst = f.severity;
  return worst;
}

export function hasErrors(list: readonly Finding[]): boolean {
  return list.some((f) => f.severity === 'error');
}
