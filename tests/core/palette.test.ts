/** Mark colours stay visible on every fill the add-in writes, and their text stays readable. */
import { contrastRatio, deltaE2000 } from '../../src/core/sheets/colour';
import { ADD_IN_FILLS, DEFAULT_PALETTE, MIN_MARK_DELTA_E, fontOn } from '../../src/core/sheets/palette';
import { planRealisasi } from '../../src/core/sheets/realisasi';
import { readRealisasi } from '../../src/core/reader/realisasi';
import { samplePlan } from '../../src/sample/sample';
import { planValues } from '../../src/core/sheets/plan';
import { summarize } from '../../src/core/measure/summary';
import { planRingkasan } from '../../src/core/sheets/ringkasan';
import { validateSheet } from '../../src/core/rules/validate';

describe('colour arithmetic', () => {
  it('matches published reference values', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 6);
    expect(contrastRatio('#777777', '#FFFFFF')).toBeCloseTo(4.48, 2);
    // identical colours are 0, black/white is 100; a just-noticeable step is about 1
    expect(deltaE2000('#336699', '#336699')).toBe(0);
    expect(deltaE2000('#000000', '#FFFFFF')).toBeCloseTo(100, 0);
    expect(deltaE2000('#808080', '#828282')).toBeLessThan(1);
  });
});

describe('mark colours', () => {
  const marks = Object.entries(DEFAULT_PALETTE.mark);
  // every fill the add-in writes on a sheet Validasi can mark, plus an unfilled cell
  const under = { white: '#FFFFFF', ...ADD_IN_FILLS };

  it.each(marks)('the %s mark (%s) differs clearly from every fill it can sit on', (_sev, mark) => {
    for (const [name, fill] of Object.entries(under)) {
      expect({ name, ok: deltaE2000(mark, fill) >= MIN_MARK_DELTA_E }).toEqual({ name, ok: true });
    }
  });

  it('the three marks differ clearly from each other', () => {
    for (const [a, x] of marks)
      for (const [b, y] of marks) if (a < b) expect({ a, b, ok: deltaE2000(x, y) >= MIN_MARK_DELTA_E }).toEqual({ a, b, ok: true });
  });

  it.each(marks)('text on the %s mark stays readable (WCAG AA, 4.5:1)', (_sev, mark) => {
    expect(contrastRatio(fontOn(mark), mark)).toBeGreaterThanOrEqual(4.5);
  });

  it('the old warning yellow failed against the Realisasi input yellow (the reason for the change)', () => {
    expect(deltaE2000('#FFEB84', ADD_IN_FILLS.input)).toBeLessThan(MIN_MARK_DELTA_E);
  });

  it('ADD_IN_FILLS lists every fill the Realisasi and sample sheets really write', () => {
    const sample = samplePlan(false);
    const model = validateSheet({ name: sample.name, values: planValues(sample), merges: sample.merges }).model!;
    const first = planRealisasi(model, null);
    const existing = readRealisasi({ name: first.name, values: planValues(first) })!;
    // a refresh after the first sasaran left the RAPK: its indicators stay, greyed
    const refreshed = planRealisasi({ ...model, sasaran: model.sasaran.slice(1) }, existing);
    const written = new Set([...first.cells, ...refreshed.cells, ...sample.cells].flatMap((c) => (c.fill ? [c.fill.toUpperCase()] : [])));
    expect([...written].sort()).toEqual([...new Set(Object.values(ADD_IN_FILLS))].sort());
    // the Ringkasan sheet is never marked (Validasi refuses it), its band colours need no check here
    const ring = planRingkasan(summarize(model, null, 2));
    expect(ring.cells.some((c) => c.fill === ADD_IN_FILLS.header)).toBe(true);
  });
});
