/**
 * The model rules of SPEC section 5: one check per model-stage code of the rules table
 * (`table.ts`), split by subject (`targets.ts`, `budget.ts`). Reader-level codes come from the
 * reader, which sees the cells; R01–R03 from the Realisasi sheet check.
 */
import type { Finding } from './findings';
import { type ModelCode, RULE_TABLE } from './table';
import type { ModelRule, RuleContext } from './context';
import { checkT01, checkT03, checkT04, checkT06, checkT07 } from './targets';
import { checkA01, checkA02, checkA03, checkA04, checkA05, checkA06, checkA08, lineKey } from './budget';

export type { ModelRule, RuleContext } from './context';
export { checkT01, checkT03, checkT04, checkT06, checkT07, checkA01, checkA02, checkA03, checkA04, checkA05, checkA06, checkA08, lineKey };

/** The check of every model-stage code of the rules table (the type requires exactly those). */
const CHECKS: Readonly<Record<ModelCode, (ctx: RuleContext) => Finding[]>> = {
  T01: checkT01,
  T03: checkT03,
  T04: checkT04,
  T06: checkT06,
  T07: checkT07,
  A01: checkA01,
  A02: checkA02,
  A03: checkA03,
  A04: checkA04,
  A05: checkA05,
  A06: checkA06,
  A08: checkA08,
};

/** The model rules, in the order of the rules table. */
export const MODEL_RULES: readonly ModelRule[] = RULE_TABLE.flatMap((r) =>
  r.stage === 'model' ? [{ code: r.code as ModelCode, check: CHECKS[r.code as ModelCode] }] : [],
);
