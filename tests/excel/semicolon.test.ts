/**
 * The adapter suite again, on a host whose list separator is ";" (Excel for Windows with, e.g.,
 * Indonesian regional settings): every command must work and take the same syncs there.
 */
process.env['RAPK_SIM_LIST_SEPARATOR'] = ';';
/* eslint-disable @typescript-eslint/no-require-imports */
require('./gateway.test');
require('./faults.test');

it('this run is on a ";" host', () => {
  const { LIST_SEPARATOR } = require('../support/sim') as { LIST_SEPARATOR: string };
  expect(LIST_SEPARATOR).toBe(';');
});
