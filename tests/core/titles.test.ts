import { RULE_CODES } from '../../src/core/rules/findings';
import { RULE_TITLES, ruleTitle } from '../../src/core/locales/titles';

describe('rule titles', () => {
  it('every rule has a title in both languages, and nothing else does', () => {
    for (const lang of ['id', 'en'] as const) {
      expect(Object.keys(RULE_TITLES[lang]).sort()).toEqual([...RULE_CODES].sort());
      for (const code of RULE_CODES) expect(RULE_TITLES[lang][code]!.length).toBeGreaterThan(5);
    }
  });
  it('an unknown code falls back to the code', () => {
    expect(ruleTitle('A08', 'id')).toBe('Anggaran tanpa baris belanja atau kontribusi');
    expect(ruleTitle('A08', 'en')).toBe('Budget without lines or contribution');
    expect(ruleTitle('Z99', 'id')).toBe('Z99');
  });
});
