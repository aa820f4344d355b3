/**
 * Findings are data: a code, a severity, the cells concerned (first = where the mark goes)
 * and parameters. Sentences live in `locales/`, never here.
 */
import type { FaultParams, ParamsOf } from './params';
import { type RuleCode, type Severity, RULES, SEVERITY_ORDER } from './table';

export { type RuleCode, type RuleInfo, type Severity, RULES, RULE_CODES, SEVERITY_ORDER } from './table';

export type ParamValue = string | number | null;
export type { FindingParams, ParamsOf, FaultParams } from './params';

interface FindingBase<C extends RuleCode> {
  code: C;
  severity: Severity;
  sheet: string;
  /** A1 addresses; cells[0] carries the mark. Empty only for S01 and a rule that could not run. */
  cells: string[];
  expected?: number;
  actual?: number;
}

/** A finding of `code`, with that code's parameters (`params.ts`). */
export interface CodeFinding<C extends RuleCode = RuleCode> extends FindingBase<C> {
  /** Values the message needs (indicator code, month, text, ...). */
  params: ParamsOf<C>;
}

/** A check that could not run: the reader stopped (S01) or a model rule threw (its own code). */
export interface FaultFinding extends FindingBase<RuleCode> {
  params: FaultParams;
}

/** One finding: a union keyed by code, each with its own parameters, or a check that failed. */
export type Finding = { [C in RuleCode]: CodeFinding<C> }[RuleCode] | FaultFinding;

export function finding<C extends RuleCode>(
  code: C,
  sheet: string,
  cells: string[],
  params: ParamsOf<C>,
  sums?: { expected: number; actual: number },
): CodeFinding<C> {
  const f: CodeFinding<C> = { code, severity: RULES[code].severity, sheet, cells, params };
  if (sums) {
    f.expected = sums.expected;
    f.actual = sums.actual;
  }
  return f;
}

/** A check that could not be run on `sheet`, and why: said as such, never a missing finding. */
export function faultFinding(code: RuleCode, sheet: string, reason: string): FaultFinding {
  return { code, severity: RULES[code].severity, sheet, cells: [], params: { fault: reason } };
}

/** The fault of a check that could not run, or undefined for a finding. */
export function faultOf(f: Finding): string | undefined {
  return 'fault' in f.params && typeof f.params.fault === 'string' ? f.params.fault : undefined;
}

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

export function hasErrors(list: readonly Finding[]): boolean {
  return list.some((f) => f.severity === 'error');
}
