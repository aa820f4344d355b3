/** A finding's parameter by name, for assertions over findings of several codes (the rules and catalogues use the typed params). */
import type { Finding } from '../../src/core/rules/findings';

export function param(f: Finding, name: string): unknown {
  const p: Readonly<Record<string, unknown>> = { ...f.params };
  return p[name];
}
