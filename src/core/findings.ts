/**
 * Findings are data: a code, a severity, the cells concerned (first = where the mark goes)
 * and parameters. Sentences live in `locales/`, never here.
 */
export type Severity = 'error' | 'warning' | 'info';

export type RuleCode =
  | 'S01'
  | 'S02'
  | 'S03'
  | 'S04'
  | 'S05'
  | 'T01'
  | 'T02'
  | 'T03'
  | 'T04'
  | 'T05'
  | 'T06'
  | 'T07'
  | 'A01'
  | 'A02'
  | 'A03'
  | 'A04'
  | 'A05'
  | 'A06'
  | 'A07'
  | 'A08'
  | 'R01'
  | 'R02'
  | 'R03';

export interface RuleInfo {
  code: RuleCode;
  severity: Severity;
}

/** The rule table of SPEC section 5: code → severity. */
export const RULES: Readonly<Record<RuleCode, RuleInfo>> = {
  S01: { code: 'S01', severity: 'error' },
  S02: { code: 'S02', severity: 'warning' },
  S03: { code: 'S03', severity: 'info' },
  S04: { code: 'S04', severity: 'warning' },
  S05: { code: 'S05', severity: 'info' },
  T01: { code: 'T01', severity: 'error' },
  T02: { code: 'T02', severity: 'error' },
  T03: { code: 'T03', severity: 'error' },
  T04: { code: 'T04', severity: 'warning' },
  T05: { code: 'T05', severity: 'error' },
  T06: { code: 'T06', severity: 'warning' },
  T07: { code: 'T07', severity: 'warning' },
  A01: { code: 'A01', severity: 'error' },
  A02: { code: 'A02', severity: 'error' },
  A03: { code: 'A03', severity: 'error' },
  A04: { code: 'A04', severity: 'error' },
  A05: { code: 'A05', severity: 'error' },
  A06: { code: 'A06', severity: 'error' },
  A07: { code: 'A07', severity: 'error' },
  A08: { code: 'A08', severity: 'warning' },
  R01: { code: 'R01', severity: 'warning' },
  R02: { code: 'R02', severity: 'warning' },
  R03: { code: 'R03', severity: 'info' },
};

export const RULE_CODES = Object.keys(RULES) as RuleCode[];

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
