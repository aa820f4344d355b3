import { UI } from '../../src/core/locales/pane';
import { HARNESS } from '../../src/core/locales/harness';

describe('task pane strings', () => {
  it('exist in Indonesian and English with the same keys (parity)', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o)
        .flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]))
        .sort();
    expect(keys(UI.en)).toEqual(keys(UI.id));
  });
});

describe('harness strings', () => {
  it('exist in Indonesian and English with the same keys', () => {
    expect(Object.keys(HARNESS.en).sort()).toEqual(Object.keys(HARNESS.id).sort());
  });
});
