/**
 * The adapter suite again, on a host whose list separator is ";" (Excel for Windows with, e.g.,
 * Indonesian regional settings): every command must work and take the same syncs there
 * (the gateway and fault suites, issue 13's settings/PK/chart and issue 16's in-place
 * Realisasi and marks-by-record adapter tests).
 */
process.env['RAPK_SIM_LIST_SEPARATOR'] = ';';
/* eslint-disable @typescript-eslint/no-require-imports */
require('./gateway.test');
require('./faults.test');
// issue 13 (settings sheet, PK check, capaian chart) and issue 16 (Realisasi in place, marks by record)
require('./settings-chart.test');
require('./realisasi-inplace.test');
require('../marks/identity.test');
// issue 24: the SAKTI import (comments are added with a Range, never an address)
require('./anggaran.test');

it('this run is on a ";" host', () => {
  const { LIST_SEPARATOR } = require('../support/sim') as { LIST_SEPARATOR: string };
  expect(LIST_SEPARATOR).toBe(';');
});
