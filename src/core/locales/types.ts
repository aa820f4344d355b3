import type { Finding, ParamValue, RuleCode, Severity } from '../findings';
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
}
