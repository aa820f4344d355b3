import type { Finding, ParamValue, RuleCode, Severity } from '../rules/findings';
import type { Lang } from './format';

export interface Helpers {
  int(v: unknown): string;
  num(v: unknown): string;
  field(v: ParamValue | undefined): string;
  fieldCap(v: ParamValue | undefined): string;
}

export type Message = string | ((p: Record<string, ParamValue>, n: Helpers, f: Finding) => string);

export interface Catalogue {
  lang: Lang;
  severity: Record<Severity, string>;
  field: Record<string, string>;
  rules: Record<RuleCode, Message>;
  /** a check that failed: said as such, never a missing finding (findings with a `fault` param) */
  fault: {
    /** the reader stopped on the sheet (S01 with the reason) */
    reader: (reason: string) => string;
    /** a rule threw: its findings on this sheet may be missing */
    rule: (code: string, reason: string) => string;
    /** no RAPK table because the reader stopped (said before the sheet and why, when that is not the sheet the planner is on) */
    noReadableRapk: string;
    /** the reader stopped on `n` more sheets */
    otherStops: (n: number) => string;
  };
}
