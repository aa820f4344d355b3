/**
 * The Rekap from the CLI and from the pane are the same: the same files go through `rapk rekap`
 * (exceljs in Node, a new .xlsx) and through the pane's path (bytes → the worker's reader →
 * `collectRekap` → the gateway writing into the Excel simulator); the sheets' values, number
 * formats and fills are compared cell by cell, and both carry the NPSS chart.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { ExcelSimulator } from '../../src/sim/excelSim';
import { chartsOf } from '../../src/sim/charts';
import { loadPlan } from '../../src/sim/load';
import { samplePlan } from '../../src/sample/sample';
import { rekapBytes } from '../../src/xlsx/rekap';
import type { RekapAnalyser } from '../../src/worker/client';
import { collectRekap, RekapCancelled } from '../../src/taskpane/rekap/collect';
import { colName } from '../../src/core/grid/grid';
import { rapk, tmpDir } from '../support/cli';
import { gatewayOn } from '../support/sim';
import { GOLDEN } from '../support/rekap';
import { writeUnit } from '../support/rekapFiles';

const nodeAnalyser = (): RekapAnalyser => ({ analyse: (f, b, tw) => rekapBytes(ExcelJS, f, b, tw), dispose: () => undefined });

let dir: string;
let files: string[];
beforeAll(async () => {
  dir = tmpDir();
  for (const [i, d] of GOLDEN.entries()) await writeUnit(d, path.join(dir, `unit-${i + 1}.xlsx`));
  fs.writeFileSync(path.join(dir, 'rusak.xlsx'), 'bukan zip');
  files = fs
    .readdirSync(dir)
    .sort()
    .map((f) => path.join(dir, f));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const source = (f: string) => ({
  name: path.basename(f),
  arrayBuffer: async () => {
    const b = fs.readFileSync(f);
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
  },
});

test('CLI and pane write the same Rekap sheet', async () => {
  const out = path.join(dir, '..', `rekap-parity-${process.pid}.xlsx`);
  expect((await rapk('rekap', ...files, '--tw', '2', '-o', out)).code).toBe(2);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.worksheets[0]!;
  const cli = new Map<string, { v: unknown; fmt: string | null; fill: string | null }>();
  ws.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      const fill = (cell.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
      // a merged area's value lives in its top-left cell (exceljs repeats it in the others)
      if (cell.isMerged && cell.master.address !== cell.address) return;
      if (cell.value !== null)
        cli.set(`${colName(c - 1)}${r}`, { v: cell.value, fmt: cell.numFmt ?? null, fill: fill ? `#${fill.slice(2)}` : null });
    }),
  );

  const sim = new ExcelSimulator();
  loadPlan(sim, samplePlan(false));
  const progress: [number, number][] = [];
  const r = await collectRekap(files.map(source), 2, 'id', nodeAnalyser(), (d, t) => progress.push([d, t]), { cancelled: false });
  const w = await gatewayOn(sim).writeRekap(r.plan, 'id');
  expect(w.sheet).toBe('Rekap TW II 2025');
  expect(progress).toEqual([0, 1, 2, 3, 4, 5, 6].map((d) => [d, 6]));
  const s = sim.store.sheets.find((x) => x.name === 'Rekap TW II 2025')!;
  expect(sim.store.sheets.map((x) => x.name)).toEqual(['RAPK 2025', 'Rekap TW II 2025']);
  const pane = new Map<string, { v: unknown; fmt: string | null; fill: string | null }>();
  for (const [k, cell] of s.cells) {
    if (cell.value === null || cell.value === '') continue;
    const [row, col] = k.split(',').map(Number) as [number, number];
    const fmt = typeof cell.value === 'string' ? null : (cell.numberFormat ?? null);
    pane.set(`${colName(col)}${row + 1}`, { v: cell.value, fmt, fill: cell.fill?.color ?? null });
  }
  // text cells carry the Text format in Excel (nothing typed becomes a formula); compare numbers' formats
  for (const v of cli.values()) if (typeof v.v === 'string') v.fmt = null;
  expect(pane.size).toBeGreaterThan(150);
  expect([...pane.entries()].sort()).toEqual([...cli.entries()].sort());
  expect(pane.get('C6')).toEqual({ v: 106.25, fmt: '0.00', fill: null });

  // the chart: the same series in both
  // (the plan's chart, drawn by the same code as the Ringkasan's: one column series named by the
  // NPSS header C5, values the ranked units' NPSS C6:C8, categories their names B6:B8)
  expect([5, 6, 7, 8].map((row) => s.cells.get(`${row - 1},2`)?.value)).toEqual([
    'NPSS',
    106.25,
    expect.closeTo(101.67, 2),
    expect.closeTo(84.17, 2),
  ]);
  expect([6, 7, 8].map((row) => s.cells.get(`${row - 1},1`)?.value)).toEqual([
    'LOKA POM DI DUMAI',
    'BALAI POM DI AMBON',
    'BALAI POM DI JEMBER',
  ]);
  expect(chartsOf(s)).toEqual([
    {
      name: 'Grafik NPSS',
      type: 'ColumnClustered',
      // created over the series' values alone; the name, values and categories are set explicitly
      source: 'C6:C8',
      title: 'NPSS per Unit, TW II 2025',
      categoryTitle: 'Unit',
      valueTitle: 'NPSS',
      legend: 'Bottom',
      position: { start: 'A14', end: 'M33' },
      series: [{ name: 'NPSS', chartType: 'ColumnClustered', values: 'C6:C8', xValues: 'B6:B8', color: '#4472C4', pointFills: new Map() }],
    },
  ]);
  const zip = await JSZip.loadAsync(fs.readFileSync(out));
  const chartXml = await zip.file('xl/charts/chart1.xml')!.async('string');
  // the CLI's drawing covers the same cells, A14:M33 (0-based rows 13..32, to the start of row 34)
  const drawing = await zip.file('xl/drawings/drawing1.xml')!.async('string');
  expect(drawing).toContain('<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>13</xdr:row>');
  expect(drawing).toContain('<xdr:to><xdr:col>13</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>33</xdr:row>');
  expect(chartXml).toContain("<c:f>'Rekap TW II 2025'!$B$6:$B$8</c:f>");
  expect(chartXml).toContain("<c:f>'Rekap TW II 2025'!$C$6:$C$8</c:f>");
  fs.rmSync(out);
});

test('running it again replaces the sheet; a protected Rekap sheet is refused', async () => {
  const sim = new ExcelSimulator();
  loadPlan(sim, samplePlan(false));
  const gw = gatewayOn(sim);
  const r = await collectRekap(files.map(source), 2, 'en', nodeAnalyser(), () => undefined, { cancelled: false });
  await gw.writeRekap(r.plan, 'en');
  await gw.writeRekap(r.plan, 'en');
  expect(sim.store.sheets.map((x) => x.name)).toEqual(['RAPK 2025', 'Rekap TW II 2025']);
  expect(chartsOf(sim.store.sheets[1]!)).toHaveLength(1);
  sim.store.sheets[1]!.protected = true;
  await expect(gw.writeRekap(r.plan, 'en')).rejects.toMatchObject({ kind: 'protected', done: 'nothing' });
});

test('a cancel stops before the next file and nothing is written', async () => {
  const signal = { cancelled: false };
  const seen: number[] = [];
  await expect(
    collectRekap(
      files.map(source),
      2,
      'id',
      nodeAnalyser(),
      (d) => {
        seen.push(d);
        if (d === 2) signal.cancelled = true;
      },
      signal,
    ),
  ).rejects.toBeInstanceOf(RekapCancelled);
  expect(seen).toEqual([0, 1, 2]);
});
