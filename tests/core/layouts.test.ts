import { validateSheet } from '../../src/core/rules/validate';
import { allIndikator, valuesOf } from '../../src/core/reader/model';
import { rendered, smallSpec } from '../support/grids';

describe.each(['K', 'D', 'R'] as const)('layout %s rendered from a consistent model', (layout) => {
  const spec = smallSpec(7);
  const v = validateSheet(rendered(spec, { layout }));

  it('is recognised as its layout', () => {
    expect(v.kind).toBe('rapk');
    expect(v.model!.layout).toBe(layout);
    expect(v.model!.year).toBe(2025);
  });

  it('reads every indicator with targets and anggaran', () => {
    const inds = allIndikator(v.model!);
    const want = spec.sasaran.flatMap((s) => s.indikator);
    expect(inds.map((i) => i.name)).toEqual(want.map((i) => i.name));
    expect(inds.map((i) => valuesOf(i.targets))).toEqual(want.map((i) => i.targets));
    expect(inds.map((i) => i.anggaran.value)).toEqual(want.map((i) => i.anggaran));
    expect(inds.map((i) => i.lines.map((l) => l.kontribusi.value))).toEqual(want.map((i) => i.lines.map((l) => l.kontribusi)));
  });

  it('gives no findings', () => {
    expect(v.findings).toEqual([]);
  });
});
