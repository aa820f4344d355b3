/**
 * Review (session 8, `lateMerges`): the batch carrying the fills of the marked cells and the
 * merged areas still owed refused for its size (the areas denser than the rows read said).
 * Planned again at a quarter, the fills keep their whole share (`reserve`) while the reader
 * still forces a band of 64 rows' areas into the batch as if it were otherwise empty: the same
 * batch is refused until the retries run out, and Validasi fails (`tooLarge`) on a sheet it
 * reads whole when every area comes first.
 */
import type { Grid } from '../../src/core/grid/grid';
import { validateWorkbook } from '../../src/core/workbook';
import type { ReadLimits } from '../../src/excel/read';
import { ExcelSimulator } from '../../src/sim/excelSim';
import { loadGrid } from '../../src/sim/load';
import { codes, denseRows, gatewayWith, kRapk } from './lateMerges';

/** ~480 cells marked (targets typed as text), then 300 rows of 7 areas a row below the table, under a long sheet name. */
function planted(): Grid {
  const g = denseRows(kRapk(3, 'targetMerged', { targetStyle: 'textPercent' }), 300, 7);
  return { ...g, name: 'RAPK Tahun Anggaran 2025 Loka POM' };
}

async function run(g: Grid, limits: ReadLimits): Promise<string[]> {
  const sim = new ExcelSimulator({ platform: 'web', responseLimit: 30_000 });
  loadGrid(sim, g);
  const r = await gatewayWith(sim, limits).validasi('id');
  return codes(r.findings);
}

describe('Validasi, the fills batch with the areas owed refused for its size', () => {
  it('Excel on the web with 30 KB responses: the CLI findings, with the areas owed as with every area first', async () => {
    const g = planted();
    const cli = codes(validateWorkbook([g]).findings);
    expect(cli.length).toBeGreaterThan(0);
    expect(await run(g, { responseBytes: 30_000 })).toEqual(cli);
    expect(await run(g, { responseBytes: 30_000, headMergeRows: 16 })).toEqual(cli);
  });
});
