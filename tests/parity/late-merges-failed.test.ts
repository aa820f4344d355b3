/**
 * Review (session 8, `lateMerges`): a band of rows over 512 merged areas among the areas owed,
 * so the batch that fails on it is the one carrying the fills of the cells the provisional
 * findings mark. It is run again without the bands (the fills queued again), the areas come in
 * bands of the used range, and the marks are still those of the CLI.
 */
import type { CellValue, Grid } from '../../src/core/grid/grid';
import { validateWorkbook } from '../../src/core/workbook';
import { DESKTOP_LIMITS, type ReadLimits, WEB_LIMITS } from '../../src/excel/read';
import { ExcelGateway } from '../../src/excel/gateway';
import { ExcelSimulator, type SimOptions } from '../../src/sim/excelSim';
import { loadGrid } from '../../src/sim/load';
import { targetMerged } from '../../src/sample/habitsMerged';
import { renderPresentation } from '../../src/sample/present';
import { randomSpec } from '../../src/sample/random';

const PROFILES: [string, SimOptions, ReadLimits][] = [
  ['Windows and Mac', { platform: 'desktop' }, DESKTOP_LIMITS],
  ['Excel on the web', { platform: 'web' }, WEB_LIMITS],
];

/** The targets merged across the months (a wrong one in every third), then 140 rows of 9 areas a row below the table. */
function planted(seed: number): Grid {
  const spec = randomSpec(seed, { sasaran: 8, indicatorsPerSasaran: 5, linesPerIndicator: 3, year: 2025 });
  const plain = renderPresentation(
    seed,
    {
      layout: 'K',
      plant: 'none',
      moneyStyle: 'number',
      monthStyle: 'B01',
      quarterOnly: false,
      blankCols: [],
      extraCols: [],
      targetStyle: 'percentFormat',
    },
    spec,
  );
  const g = targetMerged(plain).habit;
  const values: CellValue[][] = g.values.map((r) => [...r]);
  const merges = [...(g.merges ?? [])];
  for (const m of g.merges ?? []) if (m.r1 > 16 && m.r1 === m.r2 && m.c2 - m.c1 === 11) values[m.r1]![m.c1] = 150;
  values.push([], []);
  for (let i = 0; i < 140; i++) {
    const r = values.length;
    values.push(Array.from({ length: 18 }, (_, c) => (c % 2 ? null : `catatan ${i}.${c}`)));
    for (let k = 0; k < 9; k++) merges.push({ r1: r, c1: 2 * k, r2: r, c2: 2 * k + 1 });
  }
  return { ...g, values, merges };
}

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
  return {
    findings: r.findings.map((f) => `${f.code}@${f.cells.join(' ')}`),
    fills: [...sim.store.sheets[0]!.cells]
      .filter(([, c]) => c.fill)
      .map(([k, c]) => `${k}=${JSON.stringify(c.fill)}`)
      .sort(),
    notes: [...sim.store.sheets[0]!.notes].map(([k, v]) => `${k}=${v}`).sort(),
    failed,
  };
}

describe('Validasi: a band of merged areas fails in the batch of the fills', () => {
  it.each(PROFILES)('%s', async (_, opts, limits) => {
    for (const seed of [3, 17]) {
      const g = planted(seed);
      const cli = validateWorkbook([g]).findings.map((f) => `${f.code}@${f.cells.join(' ')}`);
      expect(cli.length).toBeGreaterThan(0);
      const first = await run(g, opts, limits);
      const late = await run(g, opts, { ...limits, headMergeRows: 16 });
      expect(first.findings).toEqual(cli);
      expect({ seed, findings: late.findings }).toEqual({ seed, findings: cli });
      expect(late.fills).toEqual(first.fills);
      expect(late.notes).toEqual(first.notes);
      // the failure is in the batch after the values were read (the fills' batch), not the first
      expect(first.failed).toEqual([0]);
      expect(late.failed.length).toBe(1);
      expect(late.failed[0]).toBeGreaterThan(0);
    }
  });
});
