/**
 * Review (session 8, `lateMerges`): the provisional findings decide nothing but which cells are
 * loaded, yet a provisional grid that reads as no RAPK stops Validasi ("no RAPK table"). A band
 * of the first 64 rows holding more than 512 merged areas fails the first batch, which runs
 * again without them: the values are read, the areas (every one: the used range's bands) are
 * still owed, and the grid Validasi first reads has none. A sheet whose indicators are typed in
 * a hidden column merged across into the visible one is read only with its areas (the CLI, and
 * Validasi before `lateMerges`, read it).
 */
import type { CellRange, CellValue, Grid } from '../../src/core/grid/grid';
import { validateWorkbook } from '../../src/core/workbook';
import { ExcelSimulator } from '../../src/sim/excelSim';
import { loadGrid } from '../../src/sim/load';
import { kRows } from '../spec/sheets';
import { DESKTOP, WEB, codes, gatewayWith } from './lateMerges';

function sheet(): Grid {
  // a hidden column inserted before INDIKATOR: the header and the indicators' texts typed in it, merged across into INDIKATOR
  const rows: CellValue[][] = kRows().map((r) => {
    const x = [...r];
    while (x.length < 3) x.push(null);
    x.splice(2, 0, null);
    return x;
  });
  const merges: CellRange[] = [];
  rows.forEach((r, i) => {
    if (typeof r[3] === 'string' && i >= 2 && i !== 4 && !r[3].startsWith('NO')) {
      r[2] = r[3];
      r[3] = null;
      merges.push({ r1: i, c1: 2, r2: i, c2: 3 });
    }
  });
  // notes below the table, 12 areas a row: the first band of 64 rows holds more than 512
  while (rows.length < 16) rows.push([]);
  for (let i = 0; i < 70; i++) {
    const r = rows.length;
    rows.push(Array.from({ length: 24 }, (_, c) => (c % 2 ? null : `catatan ${i}.${c}`)));
    for (let k = 0; k < 12; k++) merges.push({ r1: r, c1: 2 * k, r2: r, c2: 2 * k + 1 });
  }
  return { name: 'RAPK 2024', values: rows, merges, hiddenCols: [2] };
}

describe('Validasi: a provisional grid without the areas that make it a RAPK', () => {
  it('the sheet is a RAPK with its areas only', () => {
    const g = sheet();
    expect(validateWorkbook([g]).sheets[0]?.model).toBeTruthy();
    expect(validateWorkbook([{ ...g, merges: [] }]).sheets[0]?.model ?? null).toBeNull();
  });

  it.each([DESKTOP, WEB])('%s: the CLI findings, not "no RAPK table"', async (_, opts, limits) => {
    const g = sheet();
    const cli = codes(validateWorkbook([g]).findings);
    const sim = new ExcelSimulator(opts);
    loadGrid(sim, g);
    const r = await gatewayWith(sim, limits).validasi('id');
    expect(codes(r.findings)).toEqual(cli);
  });
});
