import { specForRows, workbook } from './generate';
const g = workbook(specForRows(50000, 50000, 'K'), 'K', 50000);
for (const grid of g) {
  console.log(grid.name, grid.values.length, JSON.stringify(grid.values).length, grid.formats ? JSON.stringify(grid.formats).length : 'noformats');
  for (let r = 0; r < 8; r++) console.log(JSON.stringify(grid.values[r]), JSON.stringify(grid.formats?.[r]));
}
