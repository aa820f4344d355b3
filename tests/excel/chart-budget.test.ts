/**
 * A chart's bars count against the request budget (found by the bench through Microsoft's
 * client: a Ringkasan of 10,000 indicators sent its 10,000 bar colours in one 6.5 MB request,
 * which Excel on the web refuses). Each bar's colour is a request item of its own.
 */
import { ExcelSimulator } from '../../src/sim/excelSim';
import { Budget } from '../../src/excel/batch';
import { BYTES_PER_CHART_POINT, queueCharts } from '../../src/excel/charts';
import { chartOfSummary } from '../../src/core/sheets/chart';
import type { SheetPlan } from '../../src/core/sheets/plan';
import { chartsOf } from '../../src/sim/charts';

function planWithBars(n: number): SheetPlan {
  const chart = chartOfSummary({
    title: 'Capaian',
    headerRow: 0,
    firstRow: 1,
    count: n,
    fills: Array<string>(n).fill('#92D050'),
    anchorCol: 5,
  })!;
  const cells: SheetPlan['cells'] = [];
  for (let r = 1; r <= n; r++) cells.push({ r, c: 0, value: `K${r}` }, { r, c: 1, value: 100 }, { r, c: 2, value: 100 });
  return { name: 'R', rows: n + 1, cols: 3, cells, merges: [], widths: [], charts: [chart] };
}

test('a chart of 12,000 bars is sent over several syncs under the budget, every bar coloured', async () => {
  const sim = new ExcelSimulator();
  sim.store.addSheet('R');
  const n = 12_000;
  const plan = planWithBars(n);
  const flushes: number[] = [];
  await sim.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('R') as unknown as Excel.Worksheet;
    // the bytes counted since the last sync, recorded when the budget syncs
    let since = 0;
    const budget = new Budget(async () => {
      flushes.push(since);
      since = 0;
      await ctx.sync();
    });
    const take = budget.take.bind(budget);
    budget.take = async (bytes: number): Promise<void> => {
      await take(bytes);
      since += bytes;
    };
    await queueCharts(ws, plan, { x: 'Kode', y: '%' }, budget);
    // what is queued at the end goes with the command's own last sync
    flushes.push(since);
    await ctx.sync();
  });
  // 12,000 bars × 700 B = 8.4 MB: at least three requests of at most 3.5 MB each
  expect(flushes.length).toBeGreaterThanOrEqual(3);
  for (const b of flushes) expect(b).toBeLessThanOrEqual(3_500_000);
  expect(flushes.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(n * BYTES_PER_CHART_POINT);
  const [c] = chartsOf(sim.store.sheet('R')!);
  expect(c!.series[0]!.pointFills.size).toBe(n);
});
