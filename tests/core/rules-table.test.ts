/**
 * One home per finding code: the rules table (src/core/rules/table.ts). The catalogues, the
 * model checks, README's finding-code table and the SPEC's (docs/SPEC.md, a copy of the
 * project's spec) must list the same codes with the same severities.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CATALOGUES } from '../../src/core/locales';
import { MODEL_RULES } from '../../src/core/rules';
import { RULE_TABLE } from '../../src/core/rules/table';

const ROOT = path.join(__dirname, '..', '..');

/** `| S01 | error | ... |` rows of a Markdown file's tables. */
function codeRows(file: string): [string, string][] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  return [...text.matchAll(/^\|\s*([SATRPM]\d\d)\s*\|\s*(error|warning|info)\s*\|/gm)].map((m) => [m[1]!, m[2]!]);
}

const table = RULE_TABLE.map((r) => [r.code, r.severity] as [string, string]);
/** codes the SPEC already has whose rules come with another branch (none left: issue 13 brought P01/P02) */
const PENDING: string[] = [];
/** issue 13's settings sheet (docs/adr/013-methodology-settings.md) */
const SETTINGS_CODES = ['M01', 'M02', 'M03', 'M04', 'M05', 'M06'];
/** issue 24's SAKTI import (docs/adr/021-sakti-realisasi.md) */
const SAKTI_CODES = ['A09', 'A10', 'A11', 'A12', 'A13'];
/** codes the SPEC's section 5 does not list */
const NOT_IN_SPEC = [...SAKTI_CODES, ...SETTINGS_CODES];

describe('the rules table', () => {
  it('has each code once', () => {
    const codes = RULE_TABLE.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('README lists exactly its codes and severities', () => {
    expect(codeRows('README.md')).toEqual(table);
  });

  it('docs/SPEC.md section 5 lists its codes with the same severities (the settings sheet codes aside)', () => {
    const spec = codeRows('docs/SPEC.md');
    expect(spec.filter(([c]) => !PENDING.includes(c)).sort()).toEqual(table.filter(([c]) => !NOT_IN_SPEC.includes(c)).sort());
    expect(spec.map(([c]) => c).filter((c) => !table.some(([t]) => t === c))).toEqual(PENDING);
    expect(table.map(([c]) => c).filter((c) => !spec.some(([s]) => s === c))).toEqual(NOT_IN_SPEC);
  });

  it('the settings and PK codes are the ones issue 13 defines, with their stages', () => {
    expect(RULE_TABLE.filter((r) => r.stage === 'pk').map((r) => [r.code, r.severity])).toEqual([
      ['P01', 'error'],
      ['P02', 'warning'],
    ]);
    expect(RULE_TABLE.filter((r) => r.stage === 'settings').map((r) => [r.code, r.severity])).toEqual(
      SETTINGS_CODES.map((c) => [c, 'error']),
    );
    expect(RULE_TABLE.filter((r) => r.stage === 'sakti').map((r) => r.code)).toEqual(SAKTI_CODES);
  });

  it('every catalogue has a message for each code and no other', () => {
    for (const cat of Object.values(CATALOGUES)) expect(Object.keys(cat.rules).sort()).toEqual(table.map(([c]) => c).sort());
  });

  it('the model rules are the model-stage codes, one check each', () => {
    expect(MODEL_RULES.map((r) => r.code)).toEqual(RULE_TABLE.filter((r) => r.stage === 'model').map((r) => r.code));
    for (const r of MODEL_RULES) expect(typeof r.check).toBe('function');
  });
});
