/**
 * The `Finding` data lives in `../findings.ts` (below the reader, which reports findings too);
 * here: its order and the questions asked of a list of them.
 */
import type { Finding } from '../findings';
import type { Severity } from './table';

export { type Finding, type ParamValue, finding } from '../findings';
export { type RuleCode, type RuleInfo, type Severity, RULES, RULE_CODES } from './table';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

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

export function hasErrors(list: readonly Finding[]): boolean {
  return list.some((f) => f.severity === 'error');
}
