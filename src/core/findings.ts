/**
 * Findings are data: a code, a severity, the cells concerned (first = where the mark goes)
 * and parameters, one type per code (`rules/params.ts`). Sentences live in `locales/`, never
 * here. This module sits below the stages that find them (the reader, the rules, the settings
 * sheet); it imports only the rules table (a data leaf) and the params' types.
 */
import type { FaultParams, ParamsOf } from './rules/params';
import { type RuleCode, type Severity, RULES } from './rules/table';

export type ParamValue = string | number | null;

interface FindingBase<C extends RuleCode> {
  code: C;
  severity: Severity;
  sheet: string;
  /** A1 addresses; cells[0] carries the mark. Empty only for S01 and a rule that could not run. */
  cells: string[];
  expected?: number;
  actual?: number;
}

/** A finding of `code`, with that code's parameters (`rules/params.ts`). */
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
