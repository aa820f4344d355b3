/**
 * Review (session 8, `lateMerges`): a band of rows over 512 merged areas among the areas owed,
 * so the batch that fails on it is the one carrying the fills of the cells the provisional
 * findings mark. It is run again without the bands (the fills queued again), the areas come in
 * bands of the used range, and the marks are still those of the CLI.
 */
import type { Grid } from '../../src/core/grid/grid';
import { validateWorkbook } from '../../src/core/workbook';
import { type ReadLimits } from '../../src/excel/read';
import { ExcelGateway } from '../../src/excel/gateway';
import { ExcelSimulator, type SimOptions } from '../../src/sim/excelSim';
import { loadGrid } from '../../src/sim/load';
import { DESKTOP, WEB, codes, denseRows, kRapk, marksOf, expectAsFirst, over100 } from './lateMerges';

const PROFILES = [DESKTOP, WEB];

/** The targets merged across the months (every one below row 16 typed as 150), then 140 rows of 9 areas a row below the table. */
const planted = (seed: number): Grid => denseRows(over100(kRapk(seed)), 140, 9);

async function run(g: Grid, opts: SimOptions, limits: ReadLimits) {
  const sim = new ExcelSimulator(opts);
  loadGrid(sim, g);
  const failed: number[] = [];
  let n = 0;
  const gw = new ExcelGateway(
    (batch) =>
      sim.run((ctx) => {
        const sync = ctx.sync.bind(ctx);
        ctx.sync = async () => {
          const at = n++;
          try {
            return await sync();
          } catch (e) {
            failed.push(at);
            throw e;
          }
        };
        return batch(ctx as unknown as Excel.RequestContext);
      }),
    (name, v) => sim.isSetSupported(name, v),
    limits,
  );
  const r = await gw.validasi('id');
  return { findings: codes(r.findings), ...marksOf(sim), failed };
}

describe('Validasi: a band of merged areas fails in the batch of the fills', () => {
  it.each(PROFILES)('%s', async (_, opts, limits) => {
    for (const seed of [3, 17]) {
      const g = planted(seed);
      const cli = codes(validateWorkbook([g]).findings);
      expect(cli.length).toBeGreaterThan(0);
      const first = await run(g, opts, limits);
      const late = await run(g, opts, { ...limits, headMergeRows: 16 });
      expectAsFirst(seed, cli, first, late);
      // the failure is in the batch after the values were read (the fills' batch), not the first
      expect(first.failed).toEqual([0]);
      expect(late.failed.length).toBe(1);
      expect(late.failed[0]).toBeGreaterThan(0);
    }
  });
});
