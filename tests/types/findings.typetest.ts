/**
 * Type test (compiled by `npx tsc -p tsconfig.test.json --noEmit`, never run): a finding's
 * parameters are typed by its code (`src/core/rules/params.ts`), so a misspelt, missing or
 * wrongly typed parameter, or a kind a code does not have, does not compile; nor does a
 * catalogue message that reads a parameter its code does not have.
 */
import type { Message } from '../../src/core/locales/types';
import { type Finding, type FindingParams, type RuleCode, faultFinding, finding } from '../../src/core/rules/findings';

const ind = { kode: '01.01', indicator: 'Persentase' };

export const good: Finding[] = [
  finding('T01', 'RAPK', ['F7'], { ...ind, month: 'B12' }),
  finding('T02', 'RAPK', ['F7'], { text: '8l,5', month: 'B03' }),
  finding('A05', 'RAPK', ['P9'], { kind: 'grand', row: 9 }, { expected: 2, actual: 1 }),
  finding('S01', 'RAPK', [], {}),
  faultFinding('T01', 'RAPK', 'boom'),
];

export const bad: Finding[] = [
  // @ts-expect-error a misspelt param (`kdoe`)
  finding('T01', 'RAPK', ['F7'], { kdoe: '01.01', indicator: 'Persentase', month: 'B12' }),
  // @ts-expect-error a missing param (`month`)
  finding('T01', 'RAPK', ['F7'], { ...ind }),
  // @ts-expect-error a param of the wrong type (`value` is a number)
  finding('T03', 'RAPK', ['F7'], { ...ind, month: 'B12', value: '120' }),
  // @ts-expect-error a kind A05 does not have
  finding('A05', 'RAPK', ['P9'], { kind: 'indikator', row: 9 }),
  // @ts-expect-error the fields of another kind (a `sasaran` total has a `no`)
  finding('A05', 'RAPK', ['P9'], { kind: 'sasaran', row: 9 }),
  // @ts-expect-error a fault is said through faultFinding, not smuggled in as a param
  finding('T01', 'RAPK', [], { fault: 'boom' }),
];

// @ts-expect-error a message that reads a param its code does not have (T02 has no `kode`)
export const wrongMessage: Message<'T02'> = (p) => `${p.kode}`;
export const rightMessage: Message<'T02'> = (p) => `${p.month} ${p.text}`;

// every code of the rules table has its parameters (a code added without them falls back to the
// loose bag: this line lists it)
type Missing = Exclude<RuleCode, keyof FindingParams>;
export const noneMissing: [Missing] extends [never] ? true : Missing = true;
