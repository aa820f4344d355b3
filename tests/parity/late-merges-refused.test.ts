/**
 * Review (session 8, `lateMerges`): the batch carrying the fills of the marked cells and the
 * merged areas still owed refused for its size (the areas denser than the rows read said).
 * Planned again at a quarter, the fills keep their whole share (`reserve`) while the reader
 * still forces a band of 64 rows' areas into the batch as if it were otherwise empty: the same
 * batch is refused until the retries run out, and Validasi fails (`tooLarge`) on a sheet it
 * reads whole when every area comes first.
 */
import type { CellValue, Grid } from '../../src/core/grid/grid';
import { validateWorkbook } from '../../src/core/workbook';
import { ExcelGateway } from '../../src/excel/gateway';
import type { ReadLimits } from '../../src/excel/read';
import { ExcelSimulator } from '../../src/sim/excelSim';
import { loadGrid } from '../../src/sim/load';
import { targetMerged } from '../../src/sample/habitsMerged';
import { renderPresentation } from '../../src/sample/present';
import { randomSpec } from '../../src/sample/random';

/** ~760 cells marked (targets typed as text), then 300 rows of 7 areas a row below the table, under a long sheet name. */
function planted(): Grid {
  const spec = randomSpec(3, { sasaran: 8, indicatorsPerSasaran: 5, linesPerIndicator: 3, year: 2025 });
  const plain = renderPresentation(
    3,
    {
      layout: 'K',
      plant: 'none',
      moneyStyle: 'number',
      monthStyle: 'B01',
      quarterOnly: false,
      blankCols: [],
      extraCols: [],
      targetStyle: 'textPercent',
    },
    spec,
  );
  const g = targetMerged(plain).habit;
  const values: CellValue[][] = g.values.map((r) => [...r]);
  const merges = [...(g.merges ?? [])];
  values.push([], []);
  for (let i = 0; i < 300; i++) {
    const r = values.length;
    values.push(Array.from({ length: 14 }, (_, c) => (c % 2 ? null : `catatan ${i}.${c}`)));
    for (let k = 0; k < 7; k++) merges.push({ r1: r, c1: 2 * k, r2: r, c2: 2 * k + 1 });
  }
  return { ...g, name: 'RAPK Tahun Anggaran 2025 Loka POM', values, merges };
}

async function run(g: Grid, limits: ReadLimits): Promise<string[]> {
  const sim = new ExcelSimulator({ platform: 'web', responseLimit: 30_000 });
  loadGrid(sim, g);
  const gw = new ExcelGateway(
    (batch) => sim.run((ctx) => batch(ctx as unknown as Excel.RequestContext)),
    (n, v) => sim.isSetSupported(n, v),
    limits,
  );
  const r = await gw.validasi('id');
  return r.findings.map((f) => `${f.code}@${f.cells.join(' ')}`);
}

describe('Validasi, the fills batch with the areas owed refused for its size', () => {
  it('Excel on the web with 30 KB responses: the CLI findings, with the areas owed as with every area first', async () => {
    const g = planted();
    const cli = validateWorkbook([g]).findings.map((f) => `${f.code}@${f.cells.join(' ')}`);
    expect(cli.length).toBeGreaterThan(0);
    expect(await run(g, { responseBytes: 30_000 })).toEqual(cli);
    expect(await run(g, { responseBytes: 30_000, headMergeRows: 16 })).toEqual(cli);
  });
});
