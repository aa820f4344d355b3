import type { CodeFinding, ParamValue, ParamsOf, RuleCode, Severity } from '../rules/findings';
import type { Lang } from './format';

export interface Helpers {
  int(v: unknown): string;
  num(v: unknown): string;
  field(v: ParamValue | undefined): string;
  fieldCap(v: ParamValue | undefined): string;
}

/** The sentence of a finding of `code`, typed against that code's parameters (`rules/params.ts`). */
export type Message<C extends RuleCode = RuleCode> = string | ((p: ParamsOf<C>, n: Helpers, f: CodeFinding<C>) => string);

/** One message per code, each typed against its own parameters. */
export type RuleMessages = { [C in RuleCode]: Message<C> };

export interface Catalogue {
  lang: Lang;
  severity: Record<Severity, string>;
  field: Record<string, string>;
  rules: RuleMessages;
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
