import { planToGrid } from '../../src/sample/generate';
import { settingsPlanForWorkbook } from '../../src/core/workbook';
import { grid, kRows } from './sheets';
it('probe', () => {
  const g = planToGrid(settingsPlanForWorkbook([grid(kRows())]).plan);
  g.values.forEach((r, i) => console.log(i + 1, JSON.stringify(r)));
});
