/** Number formats per language, one home (`core/locales/format.ts`): messages, sheets and the pane's summary card use them. */
import { fmtNum, fmtScore } from '../../src/core/locales/format';

describe('number formats', () => {
  it('amounts, counts and targets: up to 2 decimals, grouped the way of the language', () => {
    expect(fmtNum(70_412_160, 'id')).toBe('70.412.160');
    expect(fmtNum(70_412_160, 'en')).toBe('70,412,160');
    expect(fmtNum(97.5, 'id')).toBe('97,5');
    expect(fmtNum(97.456, 'en')).toBe('97.46');
    expect(fmtNum('x', 'en')).toBe('x');
  });

  it('scores (the summary card): always 2 decimals', () => {
    expect(fmtScore(100, 'id')).toBe('100,00');
    expect(fmtScore(101.25, 'en')).toBe('101.25');
    expect(fmtScore(1234.5, 'id')).toBe('1.234,50');
  });
});
