/**
 * Merged areas through Microsoft's office.js client (its serialized `GetMergedAreasOrNullObject`,
 * executed by the simulator): `Range.getMergedAreasOrNullObject()` as the reference describes it
 * (ExcelApi 1.13; the areas whose top-left cell is in the range, a null object when there is
 * none, a failure above 512 areas), and the adapter's reading of them (`src/excel/merges.ts`):
 * in bands of 64 whole rows with the rows read, in bands of 512 cells after a band failed, none
 * below ExcelApi 1.13.
 */
import type { CellRange, Grid } from '../../src/core/grid/grid';
import { DESKTOP_LIMITS, type ReadLimits, SheetReader, WEB_LIMITS } from '../../src/excel/read';
import { parseMergedAddress } from '../../src/excel/merges';
import { ExcelSimulator, type SimOptions } from '../../src/sim/excelSim';
import { loadGrid } from '../../src/sim/load';
import { renderHabit } from '../../src/sample/habits';
import { OfficeJsBridge, officeJsRun } from '../support/officejs';
import { gatewayOn } from '../support/sim';
import { ExcelGateway } from '../../src/excel/gateway';
import { planToGrid, randomSpec, renderRapk } from '../../src/sample/generate';
import { validateWorkbook } from '../../src/core/workbook';

/** A sheet of `rows` rows: A NO, B RO (merged down in pairs when `pairs`), C an amount. */
function sheet(rows: number, pairs: number): Grid {
  const values = Array.from({ length: rows }, (_, r) => (r % 2 && r < 2 * pairs ? [r + 1, null, 1000] : [r + 1, `RO ${r}`, 1000]));
  const merges: CellRange[] = Array.from({ length: pairs }, (_, i) => ({ r1: 2 * i, c1: 1, r2: 2 * i + 1, c2: 1 }));
  return { name: 'RAPK 2025', values, merges };
}

function bridged(g: Grid, opts: SimOptions = {}): { sim: ExcelSimulator; bridge: OfficeJsBridge } {
  const sim = new ExcelSimulator(opts);
  loadGrid(sim, g);
  return { sim, bridge: new OfficeJsBridge(sim) };
}

async function readVia(g: Grid, opts: SimOptions, limits: ReadLimits): Promise<{ grid: Grid; bridge: OfficeJsBridge }> {
  const { bridge } = bridged(g, opts);
  const grid = await officeJsRun(bridge)(async (ctx) => {
    const reader = new SheetReader(ctx, limits);
    const read = reader.add(ctx.workbook.worksheets.getItem(g.name), g.name);
    await reader.finish();
    return read.grid!;
  });
  return { grid, bridge };
}

/** A sheet of `rows` rows whose every row holds 9 areas (A:B, C:D, … Q:R merged across): 576 in 64 rows. */
function dense(rows: number): Grid {
  const values = Array.from({ length: rows }, (_, r) => Array.from({ length: 18 }, (_, c) => (c % 2 ? null : `t${r}.${c}`)));
  const merges: CellRange[] = values.flatMap((_, r) => Array.from({ length: 9 }, (_, i) => ({ r1: r, c1: 2 * i, r2: r, c2: 2 * i + 1 })));
  return { name: 'RAPK 2025', values, merges };
}

const sorted = (m: readonly CellRange[] | undefined): CellRange[] => [...(m ?? [])].sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1);

describe("Range.getMergedAreasOrNullObject through Microsoft's client", () => {
  it('the areas whose top-left cell is in the range, in one address; a null object where there is none', async () => {
    const { bridge } = bridged(sheet(10, 3));
    const got = await officeJsRun(bridge)(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('RAPK 2025');
      const all = ws.getRange().getMergedAreasOrNullObject().load('address,areaCount');
      // B2:B4 holds the top-left of the second and third merges only (B1:B2 reaches in from above)
      const part = ws.getRange('B2:B4').getMergedAreasOrNullObject().load('address,areaCount');
      const none = ws.getRange('C1:C10').getMergedAreasOrNullObject().load('address');
      await ctx.sync();
      return { all: [all.address, all.areaCount], part: [part.address, part.areaCount], none: none.isNullObject };
    });
    expect(got).toEqual({
      all: ["'RAPK 2025'!B1:B2, 'RAPK 2025'!B3:B4, 'RAPK 2025'!B5:B6", 3],
      part: ["'RAPK 2025'!B3:B4", 1],
      none: true,
    });
  });

  it('more than 512 areas: the batch fails, the error located at the call (no code is documented)', async () => {
    const { bridge } = bridged(sheet(1100, 513));
    const err = await officeJsRun(bridge)(async (ctx) => {
      ctx.workbook.worksheets.getItem('RAPK 2025').getRange().getMergedAreasOrNullObject().load('address');
      return ctx.sync().then(
        () => null,
        (e: { code?: string; debugInfo?: { errorLocation?: string } }) => [e.code, e.debugInfo?.errorLocation],
      );
    });
    expect(err).toEqual(['GeneralException', 'Range.getMergedAreasOrNullObject']);
    // 512 is still answered
    const ok = bridged(sheet(1100, 512));
    const n = await officeJsRun(ok.bridge)(async (ctx) => {
      const a = ctx.workbook.worksheets.getItem('RAPK 2025').getRange().getMergedAreasOrNullObject().load('areaCount');
      await ctx.sync();
      return a.areaCount;
    });
    expect(n).toBe(512);
  });

  it('only from ExcelApi 1.13: an older host does not have it', async () => {
    const { bridge, sim } = bridged(sheet(10, 3), { apiVersion: 12 });
    expect(sim.isSetSupported('ExcelApi', '1.13')).toBe(false);
    const code = await officeJsRun(bridge)(async (ctx) => {
      ctx.workbook.worksheets.getItem('RAPK 2025').getRange().getMergedAreasOrNullObject().load('address');
      return ctx.sync().then(
        () => null,
        (e: { code?: string }) => e.code,
      );
    });
    expect(code).toBe('ApiNotFound');
  });
});

describe('the adapter reads the merged areas with the values', () => {
  it.each([
    ['Windows and Mac', { platform: 'desktop' }, DESKTOP_LIMITS],
    ['Excel on the web', { platform: 'web' }, WEB_LIMITS],
  ] as [string, SimOptions, ReadLimits][])('%s: in the batch that reads the sheet (1 sync)', async (_, opts, limits) => {
    const g = renderHabit(9100, 'mergedDown').habit;
    const { grid, bridge } = await readVia(g, opts, limits);
    expect(sorted(grid.merges)).toEqual(sorted(g.merges));
    expect(grid.mergesUnknown).toBeUndefined();
    // as many syncs as the same sheet without merges (Excel.run's own closing sync included)
    const plain = await readVia({ ...g, merges: [] }, opts, limits);
    expect(bridge.syncs.map((s) => s.error ?? 'ok')).toEqual(plain.bridge.syncs.map(() => 'ok'));
  });

  it.each([
    ['Windows and Mac', { platform: 'desktop' }, DESKTOP_LIMITS],
    ['Excel on the web', { platform: 'web' }, WEB_LIMITS],
  ] as [string, SimOptions, ReadLimits][])(
    '%s: more than 512 areas in the sheet are read in bands of rows with the values: no sync of their own, none failed',
    async (_, opts, limits) => {
      for (const rows of [1_200, 6_000]) {
        const g = sheet(rows, 600);
        const { grid, bridge } = await readVia(g, opts, limits);
        expect(sorted(grid.merges)).toEqual(sorted(g.merges));
        expect(grid.mergesUnknown).toBeUndefined();
        expect(bridge.syncs.filter((s) => s.error)).toEqual([]);
        const plain = await readVia({ ...g, merges: [] }, opts, limits);
        expect(bridge.syncs.length).toBe(plain.bridge.syncs.length);
      }
    },
  );

  it.each([
    ['Windows and Mac', { platform: 'desktop' }, DESKTOP_LIMITS],
    ['Excel on the web', { platform: 'web' }, WEB_LIMITS],
  ] as [string, SimOptions, ReadLimits][])(
    '%s: a band of rows over 512 areas (9 a row) fails its batch: again without merges, then bands of 512 cells: 2 more syncs',
    async (_, opts, limits) => {
      for (const rows of [100, 3_000]) {
        const g = dense(rows);
        const { grid, bridge } = await readVia(g, opts, limits);
        expect(sorted(grid.merges)).toEqual(sorted(g.merges));
        expect(grid.mergesUnknown).toBeUndefined();
        expect(bridge.syncs.filter((s) => s.error).map((s) => s.error)).toEqual(['GeneralException']);
        const plain = await readVia({ ...g, merges: [] }, opts, limits);
        expect(bridge.syncs.length).toBe(plain.bridge.syncs.length + 2);
      }
    },
  );

  it('Excel on the web, a band failing after the first rows were read with theirs: every area once, from bands of 512 cells', async () => {
    // 300 rows of a few areas, then 100 rows of 9 a row, read in 24 KB responses
    const top = sheet(300, 100);
    const low = dense(100);
    const g: Grid = {
      name: 'RAPK 2025',
      values: [...top.values.map((r) => [...r, ...Array<null>(15).fill(null)]), ...low.values],
      merges: [...top.merges!, ...low.merges!.map((m) => ({ ...m, r1: m.r1 + 300, r2: m.r2 + 300 }))],
    };
    const { grid, bridge } = await readVia(g, { platform: 'web', responseLimit: 24_000 }, { responseBytes: 24_000 });
    expect(bridge.syncs[0]!.error).toBeUndefined();
    // the band over the dense rows fails its batch; the bands of 512 cells are planned at 8 areas
    // a row at least, then never lighter than the densest read: none refused for its size
    expect(bridge.syncs.filter((s) => s.error).map((s) => s.error)).toEqual(['GeneralException']);
    expect(grid.merges!.length).toBe(g.merges!.length);
    expect(sorted(grid.merges)).toEqual(sorted(g.merges));
  });

  it('Excel on the web with 24 KB responses: the merged areas take their share of the responses, none refused', async () => {
    const limits = { responseBytes: 24_000 };
    const g = sheet(1_200, 600);
    const { grid, bridge } = await readVia(g, { platform: 'web', responseLimit: 24_000 }, limits);
    expect(sorted(grid.merges)).toEqual(sorted(g.merges));
    expect(bridge.syncs.filter((s) => s.error)).toEqual([]);
    const plain = await readVia({ ...g, merges: [] }, { platform: 'web', responseLimit: 24_000 }, limits);
    // 600 areas of ~25 bytes in responses of 80 % of 24 KB
    const bytes = g.merges!.length * 25;
    expect(bridge.syncs.length).toBeLessThanOrEqual(plain.bridge.syncs.length + Math.ceil(bytes / 19_200));
  });

  it.each([
    ['Windows and Mac', { platform: 'desktop' }, DESKTOP_LIMITS],
    ['Excel on the web', { platform: 'web' }, WEB_LIMITS],
  ] as [string, SimOptions, ReadLimits][])(
    '%s: the first rows over the cell limit (values null, read again in chunks from the top): every area once',
    async (_, opts, limits) => {
      // 1,500 areas; 2,000 cells a read: the head's values come back null, its areas do not
      const g = sheet(3_000, 1_500);
      const { grid, bridge } = await readVia(g, { ...opts, cellReadLimit: 2_000 }, limits);
      expect(grid.values).toEqual(g.values.map((r) => r.map((v) => v ?? null)));
      expect(grid.merges!.length).toBe(g.merges!.length);
      expect(sorted(grid.merges)).toEqual(sorted(g.merges));
      expect(bridge.syncs.filter((s) => s.error)).toEqual([]);
    },
  );

  it('Excel on the web, a band failing past the rows the first batch asks for (4,096): every area once, from bands of 512 cells', async () => {
    // pairs merged down every 5 rows, then 100 rows of 9 areas a row from row 5,001
    const base = sheet(6_000, 0);
    const values = base.values.map((r, i) => [
      ...r,
      ...Array.from({ length: 18 }, (_, c) => (i >= 5_000 && i < 5_100 && c % 2 === 0 ? `d${i}.${c}` : null)),
    ]);
    const merges: CellRange[] = [];
    for (let r = 0; r + 1 < 6_000; r += 5) merges.push({ r1: r, c1: 1, r2: r + 1, c2: 1 });
    for (let r = 5_000; r < 5_100; r++) for (let i = 0; i < 9; i++) merges.push({ r1: r, c1: 3 + 2 * i, r2: r, c2: 4 + 2 * i });
    for (let r = 1; r < 6_000; r += 5) values[r]![1] = null;
    const g: Grid = { name: 'RAPK 2025', values, merges };
    const { grid, bridge } = await readVia(g, { platform: 'web' }, WEB_LIMITS);
    expect(bridge.syncs.filter((s) => s.error).map((s) => s.error)).toEqual(['GeneralException']);
    expect(grid.mergesUnknown).toBeUndefined();
    expect(grid.merges!.length).toBe(g.merges!.length);
    expect(sorted(grid.merges)).toEqual(sorted(g.merges));
  });

  it('below ExcelApi 1.13: no merges asked, the grid says they are unknown', async () => {
    const g = renderHabit(9100, 'mergedDown').habit;
    const { grid, bridge } = await readVia(g, { apiVersion: 12, platform: 'desktop' }, { ...DESKTOP_LIMITS, merges: false });
    expect(grid.merges).toBeUndefined();
    expect(grid.mergesUnknown).toBe(true);
    expect(bridge.syncs.map((s) => s.error ?? 'ok')).toEqual(['ok', 'ok']);
  });

  it('the gateway asks for merges only where the host reports ExcelApi 1.13; Validasi takes the syncs it took without merges', async () => {
    const habit = renderHabit(9100, 'mergedDown');
    // 1.12 and 1.13 write comments (one more sync than notes, as before); 1.20 notes: 3 syncs
    const cases: [number, number][] = [
      [12, 4],
      [13, 4],
      [20, 3],
    ];
    for (const [apiVersion, syncs] of cases) {
      for (const g of [habit.habit, habit.plain.grid]) {
        const sim = new ExcelSimulator({ apiVersion, platform: 'desktop' });
        loadGrid(sim, g);
        const r = await gatewayOn(sim).validasi('id');
        expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
        expect({ apiVersion, syncs: sim.records.length }).toEqual({ apiVersion, syncs });
      }
    }
  });
});

describe('parseMergedAddress', () => {
  it('quoted and plain sheet names, with or without a space after the comma, whole rows and columns', () => {
    expect(parseMergedAddress("'RAPK, 2025'!B1:B2,'RAPK, 2025'!$C$3:$D$3", 2)).toEqual([
      { r1: 0, c1: 1, r2: 1, c2: 1 },
      { r1: 2, c1: 2, r2: 2, c2: 3 },
    ]);
    expect(parseMergedAddress('Sheet1!A1:B4, Sheet1!3:4, Sheet1!E:F', 3)).toEqual([
      { r1: 0, c1: 0, r2: 3, c2: 1 },
      { r1: 2, c1: 0, r2: 3, c2: 16383 },
      { r1: 0, c1: 4, r2: 1048575, c2: 5 },
    ]);
  });
  it('what cannot be read whole gives no merges rather than wrong ones: a single cell (office-js#1590), a count that differs', () => {
    expect(parseMergedAddress('Sheet1!T4, Sheet1!A1:B1', 2)).toBeNull();
    expect(parseMergedAddress('Sheet1!A1:B1', 2)).toBeNull();
    expect(parseMergedAddress('A1:B1', 1)).toBeNull();
  });
});

describe("Validasi through Microsoft's client on a sheet with more areas than one request returns", () => {
  it.each([
    ['Windows and Mac', { platform: 'desktop' }, DESKTOP_LIMITS],
    ['Excel on the web', { platform: 'web' }, WEB_LIMITS],
  ] as [string, SimOptions, ReadLimits][])(
    "%s: a RAPK with ~1,200 merged areas: the CLI's findings, in the syncs of the same RAPK without merges",
    async (_, opts, limits) => {
      const spec = randomSpec(300, { sasaran: 20, indicatorsPerSasaran: 5, linesPerIndicator: 3 });
      const g = planToGrid(renderRapk(spec));
      expect(g.merges!.length).toBeGreaterThan(512);
      const vals = g.values.map((r) => [...r]);
      // one wrong anggaran in every fifth indicator, so Validasi has findings to mark
      let n = 0;
      for (const row of vals) if (typeof row[15] === 'number' && n++ % 5 === 0) row[15] = row[15] + 1;
      const grid = { ...g, values: vals };
      // ExcelApi 1.17 (threaded comments: this client build has no Worksheet.notes)
      const run = async (x: Grid): Promise<{ codes: string[]; bridge: OfficeJsBridge }> => {
        const { sim, bridge } = bridged(x, { ...opts, apiVersion: 17 });
        const gw = new ExcelGateway(officeJsRun(bridge), (n, v) => sim.isSetSupported(n, v), limits);
        const r = await gw.validasi('id');
        return { codes: r.findings.map((f) => `${f.code}@${f.cells[0]}`), bridge };
      };
      const merged = await run(grid);
      const cli = validateWorkbook([grid]).findings.map((f) => `${f.code}@${f.cells[0]}`);
      expect(merged.codes).toEqual(cli);
      expect(cli.length).toBeGreaterThan(0);
      expect(merged.bridge.syncs.filter((x) => x.error)).toEqual([]);
      const plain = await run({ ...grid, merges: [] });
      expect(plain.codes).toEqual(cli);
      expect(merged.bridge.syncs.length).toBe(plain.bridge.syncs.length);
    },
  );
});
