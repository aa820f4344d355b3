/**
 * No silent catches (issue 15): a rule that throws is a finding that says so (not a missing
 * finding), and a reader failure says why instead of a bare "no RAPK table".
 */
import type { Grid } from '../../src/core/grid/grid';
import { messageOf } from '../../src/core/locales';
import { readRapk } from '../../src/core/reader/readRapk';
import { type ModelRule, MODEL_RULES } from '../../src/core/rules';
import { faultOf } from '../../src/core/rules/findings';
import { validateSheet } from '../../src/core/rules/validate';
import { validateWorkbook } from '../../src/core/workbook';
import { rendered, smallSpec } from '../support/grids';

/** A grid whose values cannot be read (every row access throws). */
function brokenGrid(name: string): Grid {
  const values = new Proxy([] as unknown[][], {
    get(target, prop) {
      if (prop === 'length') return 3;
      if (typeof prop === 'string' && /^\d+$/.test(prop)) throw new Error('row unreadable');
      return Reflect.get(target, prop);
    },
  });
  return { name, values: values as Grid['values'] };
}

describe('no silent catches', () => {
  test('a rule that throws is a finding with its code that says the check could not be run, and why', () => {
    const grid = rendered(smallSpec());
    const before = validateSheet(grid).findings;
    // a list of its own with T01's check throwing: the shared MODEL_RULES is not touched
    const rules: ModelRule[] = MODEL_RULES.map((r) =>
      r.code === 'T01'
        ? {
            code: r.code,
            check: () => {
              throw new Error('boom');
            },
          }
        : r,
    );
    const v = validateSheet(grid, rules);
    const faults = v.findings.filter((f) => faultOf(f) !== undefined);
    expect(faults).toEqual([expect.objectContaining({ code: 'T01', sheet: grid.name, cells: [], params: { fault: 'boom' } })]);
    expect(messageOf(faults[0]!, 'en')).toMatch(/^Check T01 could not be run on this sheet \(boom\)/);
    expect(messageOf(faults[0]!, 'id')).toMatch(/^Pemeriksaan T01 tidak dapat dijalankan pada sheet ini \(boom\)/);
    // the other rules' findings are all still there
    expect(v.findings.filter((f) => f.code !== 'T01')).toEqual(before.filter((f) => f.code !== 'T01'));
    // and the shared rules still run their own checks
    expect(validateSheet(grid).findings).toEqual(before);
  });

  test('a reader failure is S01 that says why, in both languages, and reaches the workbook findings', () => {
    const r = readRapk(brokenGrid('Broken'));
    expect(r.model).toBeNull();
    expect(r.findings).toEqual([expect.objectContaining({ code: 'S01', params: { fault: 'row unreadable' } })]);
    expect(messageOf(r.findings[0]!, 'en')).toContain('the reader stopped (row unreadable)');
    expect(messageOf(r.findings[0]!, 'id')).toContain('pembaca berhenti (row unreadable)');
    const wb = validateWorkbook([brokenGrid('Broken'), rendered(smallSpec())]);
    expect(wb.sheets).toHaveLength(1);
    expect(wb.findings.filter((f) => f.code === 'S01')).toEqual([
      expect.objectContaining({ sheet: 'Broken', params: { fault: 'row unreadable' } }),
    ]);
    const only = validateWorkbook([brokenGrid('Broken')], 'Broken');
    expect(only.problem).toEqual({ kind: 'noRapk', sheet: 'Broken', stops: [{ sheet: 'Broken', reason: 'row unreadable' }] });
    expect(only.findings).toEqual([expect.objectContaining({ code: 'S01', params: { fault: 'row unreadable' } })]);
  });

  test('a sheet with no table still gets the plain S01', () => {
    const v = validateWorkbook([{ name: 'Empty', values: [['hello']] }], 'Empty');
    expect(v.findings).toEqual([expect.objectContaining({ code: 'S01', params: {} })]);
    expect(messageOf(v.findings[0]!, 'en')).toMatch(/^No RAPK table found/);
  });
});
