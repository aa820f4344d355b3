/**
 * Findings are data: a code, a severity, the cells concerned (first = where the mark goes)
 * and parameters. Sentences live in `locales/`, never here. This module sits below the stages
 * that find them (the reader, the rules, the settings sheet); its only import is the rules
 * table, a data leaf (code → severity) that imports nothing.
 */
import { type RuleCode, type Severity, RULES } from './rules/table';

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
