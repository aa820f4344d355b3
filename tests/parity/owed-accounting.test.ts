/**
 * Issue 21 item 10, the owed formats' sizes: Validasi on Excel on the web loads the formats of
 * the cells holding numbers below a long sheet's first rows later, and those formats can weigh
 * far more than the ten bytes of `"General",`: an accounting format
 * (`_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-`) is ~45 bytes in the response. A money sheet of 30,000
 * rows then owes ~4 MB of formats in one probe; before, that load went whole into the fills'
 * batch and Excel refused it (ResponsePayloadSizeLimitExceeded): Validasi failed. Scaled down
 * here (the first 20 rows read with every format, responses of 16–40 KB): the estimate comes
 * from the sheet's first rows, a probe too large for a response is probed again in parts, and
 * a batch refused anyway (the first rows' formats lighter than the rest's) is planned again
 * smaller. Typed percentages far below (2 shown `200%`) make the findings depend on formats
 * that come late.
 */
import type { Grid } from '../../src/core/grid/grid';
import { DESKTOP_LIMITS, type ReadLimits } from '../../src/excel/read';
import { ExcelSimulator, type SimOptions } from '../../src/sim/excelSim';
import { loadGrid } from '../../src/sim/load';
import { planToGrid, randomSpec, renderRapk } from '../../src/sample/generate';
import { ExcelGateway } from '../../src/excel/gateway';

const ACCOUNTING = '_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-';
const FULL_ROWS = 20;

/** A K-layout RAPK whose numbers are all in `ACCOUNTING` (those of the first rows in `head`), with findings far below. */
function sheet(head: string): Grid {
  const g = planToGrid(renderRapk(randomSpec(777, { sasaran: 8, indicatorsPerSasaran: 6, linesPerIndicator: 3 }), { layout: 'K' }));
  const values = g.values.map((row) => [...row]);
  // contributions over their line's anggaran (columns M, N), far below the first rows
  const lines = values.flatMap((row, r) => (typeof row[12] === 'number' && typeof row[13] === 'number' ? [r] : []));
  for (const i of [lines.length - 2, lines.length - 20, lines.length - 40]) values[lines[i]!]![13] = (values[lines[i]!]![12] as number) * 3;
  // the last indicators' January target typed as 2 shown 200%: read as 200 only with its format
  const inds = values.flatMap((row, r) => (row.slice(3, 15).every((v) => typeof v === 'number') ? [r] : []));
  const typed = inds.slice(-3);
  for (const r of typed) values[r]![3] = 2;
  const formats = values.map((row, r) =>
    row.map((v, c) =>
      typeof v !== 'number' ? (g.formats?.[r]?.[c] ?? null) : typed.includes(r) && c === 3 ? '0%' : r < FULL_ROWS ? head : ACCOUNTING,
    ),
  );
  return { ...g, values, formats };
}

async function validasi(g: Grid, opts: SimOptions, limits: ReadLimits) {
  const sim = new ExcelSimulator(opts);
  loadGrid(sim, g);
  const run = (b: (ctx: Excel.RequestContext) => Promise<unknown>) => sim.run((ctx) => b(ctx as unknown as Excel.RequestContext));
  const gw = new ExcelGateway(run as never, (n, v) => sim.isSetSupported(n, v), limits);
  const before = sim.totalSyncs;
  const r = await gw.validasi('id');
  const records = sim.records.slice(before);
  return {
    findings: r.findings,
    marked: r.marked,
    syncs: sim.totalSyncs - before,
    refused: records.filter((x) => x.refused).length,
    largest: Math.max(...records.filter((x) => !x.refused).map((x) => x.responseBytes)),
  };
}

/**
 * [case, response limit, format of the first rows' numbers, syncs, batches refused]. The merged
 * areas come with the rows they start in (no batch of their own): the desktop takes 3 syncs.
 */
const CASES: [string, number, string, number, number][] = [
  ['accounting formats throughout, 40 KB responses: sized from the first rows, none refused', 40_000, ACCOUNTING, 6, 0],
  ['accounting formats throughout, 16 KB responses: a probe too large is probed again in parts', 16_000, ACCOUNTING, 12, 0],
  ['first rows in `0`, the rest accounting, 40 KB responses: the refused batch planned again', 40_000, '0', 7, 1],
  [
    'first rows in `0`, the rest accounting, 36 KB responses: the fills batch refused, again without the formats, they after',
    36_000,
    '0',
    8,
    1,
  ],
  ['first rows in `0`, the rest accounting, 16 KB responses: the formats learnt from the loads, none refused', 16_000, '0', 11, 0],
  ['first rows in `0`, the rest accounting, 5 MB responses: every format with the fills', 5_000_000, '0', 4, 0],
];

describe('owed formats heavier than `General` (issue 21 item 10): Validasi on the web still succeeds', () => {
  it('the typed percentages far below change the findings (the late formats matter)', async () => {
    const g = sheet(ACCOUNTING);
    const desktop = await validasi(g, { platform: 'desktop' }, DESKTOP_LIMITS);
    const bare = await validasi({ ...g, formats: [] }, { platform: 'desktop' }, DESKTOP_LIMITS);
    expect(desktop.findings.length).toBeGreaterThan(bare.findings.length);
    expect(bare.findings.length).toBeGreaterThan(0);
  });

  it.each(CASES)('%s: the findings and marks of the desktop', async (_, limit, head, syncs, refused) => {
    const g = sheet(head);
    const desktop = await validasi(g, { platform: 'desktop' }, DESKTOP_LIMITS);
    const web = await validasi(g, { platform: 'web', responseLimit: limit }, { responseBytes: limit, fullFormatRows: FULL_ROWS });
    expect(web.findings).toEqual(desktop.findings);
    expect(web.marked).toBe(desktop.marked);
    expect(web.largest).toBeLessThanOrEqual(limit);
    expect(web.refused).toBe(refused);
    expect(web.syncs).toBe(syncs);
    expect(desktop.syncs).toBe(3);
  });
});
