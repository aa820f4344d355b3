import { hostProblem, officeJsLoaded } from '../../src/host/startup';
import { UI } from '../../src/core/locales/pane';

describe('startup', () => {
  it('knows when office.js did not load', () => {
    expect(officeJsLoaded({})).toBe(false);
    expect(officeJsLoaded({ Office: {} })).toBe(false);
    expect(officeJsLoaded({ Office: { onReady: () => undefined } })).toBe(true);
  });
  it('tells a page outside Office, or another Office application, from Excel', () => {
    expect(hostProblem(null, 'Excel')).toBe('notInOffice');
    expect(hostProblem(undefined, 'Excel')).toBe('notInOffice');
    expect(hostProblem('Word', 'Excel')).toBe('notExcel');
    expect(hostProblem('Excel', 'Excel')).toBeNull();
  });
  it('says each in one line, not "Excel too old"', () => {
    for (const lang of ['id', 'en'] as const)
      for (const text of Object.values(UI[lang].startup)) {
        expect(text).not.toMatch(/\n/);
        expect(text).not.toBe(UI[lang].unsupported);
      }
  });
});
