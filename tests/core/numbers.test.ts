import { parseNumber, round2 } from '../../src/core/grid/numbers';

describe('parseNumber', () => {
  it.each([
    // [input, role, value]
    ['45.556.750,00', 'money', 45_556_750],
    ['70,412,160', 'money', 70_412_160],
    ['46.270.000, 00', 'money', 46_270_000],
    ['5.874.961,0', 'money', 5_874_961],
    ['Rp 1.000', 'money', 1000],
    ['Rp. 1.500.000', 'money', 1_500_000],
    ['IDR 2,500,000', 'money', 2_500_000],
    ['  180,000,000 ', 'money', 180_000_000],
    ['1000000', 'money', 1_000_000],
    ['4,7', 'money', 4.7],
    ['1.234,56', 'money', 1234.56],
    ['-5.000', 'money', -5000],
    ['(5.000)', 'money', -5000],
    ['97,5', 'target', 97.5],
    ['97.5', 'target', 97.5],
    ['82,5', 'target', 82.5],
    ['100', 'target', 100],
    ['95,5%', 'target', 95.5],
    ['1.000', 'target', 1],
    ['1.234,5', 'target', 1234.5],
    ['1,234.5', 'target', 1234.5],
    ['35,00 (%)', 'percent', 35],
    ['35%', 'percent', 35],
    ['0,35', 'percent', 0.35],
  ] as const)('%j as %s is %d, read from text', (input, role, value) => {
    const p = parseNumber(input, role);
    expect(p).toEqual({ kind: 'number', value, fromText: true, text: input });
  });

  it.each([
    ['-', 'dash'],
    ['–', 'dash'],
    ['', 'empty'],
    ['   ', 'empty'],
  ] as const)('%j is %s', (input, kind) => {
    expect(parseNumber(input, 'target').kind).toBe(kind);
    expect(parseNumber(input, 'money').kind).toBe(kind);
  });

  it('null is empty, numbers are numbers (not text)', () => {
    expect(parseNumber(null, 'money')).toEqual({ kind: 'empty' });
    expect(parseNumber(99.3, 'target')).toEqual({ kind: 'number', value: 99.3, fromText: false });
  });

  it.each(['1OO', 'abc', '12.34.5', '1.2345', '1,23,456', '1.234,567,8', 'Rp', '5.000.00.0', 'TRUE', '1e5x', '.5', '5.'])(
    '%j is not a number in a money column',
    (input) => {
      expect(parseNumber(input, 'money').kind).toBe('invalid');
    },
  );

  it.each(['1OO', 'sembilan', '9 7', '97,5,1'])('%j is not a number in a target column', (input) => {
    expect(parseNumber(input, 'target').kind).toBe('invalid');
  });

  it('NaN, Infinity and booleans are invalid, never numbers', () => {
    expect(parseNumber(NaN, 'money').kind).toBe('invalid');
    expect(parseNumber(Infinity, 'target').kind).toBe('invalid');
    expect(parseNumber(true, 'target').kind).toBe('invalid');
  });

  it('decides a lone separator by column role: thousands for money, decimal for targets', () => {
    expect(parseNumber('44.850', 'money')).toMatchObject({ value: 44_850 });
    expect(parseNumber('44.850', 'target')).toMatchObject({ value: 44.85 });
    expect(parseNumber('44,85', 'money')).toMatchObject({ value: 44.85 });
  });
});

describe('round2 (half away from zero, output only)', () => {
  it.each([
    [1.005, 1.01],
    [69.995, 70],
    [-1.005, -1.01],
    [2.675, 2.68],
    [99.944999, 99.94],
    [0, 0],
    [-0.001, 0],
  ])('%d → %d', (x, y) => {
    expect(round2(x)).toBe(y);
  });
});
