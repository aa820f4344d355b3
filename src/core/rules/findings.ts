/**
 * Findings are data: a code, a severity, the cells concerned (first = where the mark goes)
 * and parameters. Sentences live in `locales/`, never here.
 */
import { type RuleCode, type Severity, RULES } from './table';

export { type RuleCode, type RuleInfo, type Severity, RULES, RULE_CODES } from './table';

export type ParamValue = string | number | null;

export interface Finding {
  code: RuleCode;
  severity: Severity;
  sheet: string;
  /** A1 addresses; cells[0] carries the mark. Empty only for S01. */
  cells: string[];
  /** Values the message needs (indicator code, month, text, ...). */
  params: Record<string, ParamValue>;
  expected?: number;
  actual?: number;
}

export function finding(
  code: RuleCode,
  sheet: string,
  cells: string[],
  params: Record<string, ParamValue> = {},
  sums?: { expected: number; actual: number },
): Finding {
  const f: Finding = { code, severity: RULES[code].severity, sheet, cells, params };
  if (sums) {
    f.expected = sums.expected;
    f.actual = sums.actual;
  }
  return f;
}

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
