import { summaryForWorkbook, validateWorkbook } from '../../src/core/workbook';
import { summaryJson } from '../../src/core/measure/summary';
import { grid, kRows, realisasiRows, set } from './sheets';
it('probe', () => {
  let real = realisasiRows(kRows());
  real = set(set(real, 'Q4', 'dua puluh juta'), 'J4', 90);
  const v = validateWorkbook([grid(kRows()), grid(real, 'Realisasi 2024')]);
  console.log(v.findings.map((f) => `${f.code}@${f.sheet}!${f.cells[0]}`));
  const s = summaryForWorkbook([grid(kRows()), grid(real, 'Realisasi 2024')], 2);
  if ('problem' in s) throw new Error();
  console.log(JSON.stringify(summaryJson(s.summary).sasaran[0]));
  real = set(realisasiRows(kRows()), 'J4', '95,5');
  console.log(validateWorkbook([grid(kRows()), grid(real, 'Realisasi 2024')]).findings.map((f) => `${f.code}@${f.sheet}!${f.cells[0]}`));
  real = set(realisasiRows(kRows()), 'Q4', -5);
  console.log(validateWorkbook([grid(kRows()), grid(real, 'Realisasi 2024')]).findings.map((f) => `${f.code}@${f.sheet}!${f.cells[0]}`));
});
