/** The harness grid shows numbers as Indonesian Excel does, under the cell's number format (issue 22.13). */
import { displayNumber } from '../../src/harness/numberFormat';

describe('Indonesian number display', () => {
  it.each([
    [99.3, '0.00', '99,30'],
    [129000000, '#,##0', '129.000.000'],
    [1234.5, '#,##0.00', '1.234,50'],
    [-1234.5, '#,##0.00', '-1.234,50'],
    [-5, '#,##0;(#,##0)', '(5)'],
    [0.3512, '0.00%', '35,12%'],
    [0.35, '0%', '35%'],
    [99.3, null, '99,3'],
    [129000000, 'General', '129000000'],
    [1 / 3, undefined, '0,3333333333'],
    [1500000, '"Rp "#,##0', 'Rp 1.500.000'],
    [1500000, '#,##0,', '1.500'],
    [12, '0 "bulan"', '12 bulan'],
    [42, '[Red]0', '42'],
  ])('%p under %p: %p', (v, fmt, shown) => {
    expect(displayNumber(v, fmt)).toBe(shown);
  });
});
