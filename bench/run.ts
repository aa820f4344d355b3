/**
 * `npm run bench`: engine time per size, syncs per command and request bytes (Excel simulator
 * running the real adapter), task-pane bundle size, CLI time over 76 unit workbooks.
 * `npm run bench -- --json` prints one JSON object on its last line; `--engine` times the engine
 * and its floor only (no simulator, bundle or CLI runs); `--syncs` runs only the syncs and bytes
 * of layout K (web, desktop, Microsoft's client) and prints where the 50k-row sheets' bytes go.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import ExcelJS from 'exceljs';
import type { Grid } from '../src/core/grid/grid';
import { planMarks } from '../src/core/sheets/marks';
import { summaryForWorkbook, realisasiForWorkbook, validateWorkbook } from '../src/core/workbook';
import { ExcelSimulator } from '../src/sim/excelSim';
import { loadGrid } from '../src/sim/load';
import { ExcelGateway } from '../src/excel/gateway';
import { DESKTOP_LIMITS, WEB_LIMITS } from '../src/excel/read';
import { writeSheetPlan } from '../src/cli/write';
import { specForRows, workbook } from './generate';
import { timeRekap, writeRekap77 } from './rekap';
import { timeDiff } from './diff';
import { randomSpec, renderRapk } from '../src/sample/generate';
import { OfficeJsBridge, officeJsRun } from '../tests/support/officejs';
import { parseNumber } from '../src/core/grid/numbers';
import { formatBytesLines } from './formatBytes';

// compiled to build/bench/bench/run.js
const ROOT = path.resolve(__dirname, '../../..');
const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const engineOnly = process.argv.includes('--engine');
const syncsOnly = process.argv.includes('--syncs');

/** The whole pipeline once: read + validate (RAPK and Realisasi), marks, Realisasi plan, Ringkasan. */
function engine(input: Grid[]): void {
  // fresh grid objects each run, so nothing cached by the previous run is reused
  const grids = input.map((g) => ({ ...g }));
  const validation = validateWorkbook(grids);
  planMarks(grids[0]!.name, validation.findings);
  const r = realisasiForWorkbook(grids, { validation });
  const s = summaryForWorkbook(grids, 2, { validation });
  if ('problem' in r || 'problem' in s) throw new Error('bench workbook is not usable');
}

/**
 * The floor: one pass that only touches every cell of the same grids and parses its numbers
 * (what any reader must at least do), so the engine's cost reads as a multiple of it.
 */
function floor(input: Grid[]): number {
  let n = 0;
  for (const g of input) {
    for (const row of g.values) {
      for (const v of row) {
        if (typeof v === 'number') n += Number.isFinite(v) ? 1 : 0;
        else if (typeof v === 'string') n += parseNumber(v, 'money').kind === 'number' ? 1 : 0;
      }
    }
  }
  return n;
}

function timeFloor(grids: Grid[], runs: number): number {
  floor(grids);
  floor(grids); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    floor(grids);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(times);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function timeEngine(grids: Grid[], runs: number): number {
  engine(grids);
  engine(grids); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    engine(grids);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(times);
}

type Platform = 'web' | 'desktop';

/**
 * The four commands in a row, on the Excel simulator of `platform`, running the real adapter;
 * with `officeJs`, through Microsoft's office.js client (its batches executed by the simulator,
 * its request and response bytes measured; ExcelApi 1.17, as this client has no notes).
 */
async function syncs(
  grids: Grid[],
  platform: Platform,
  officeJs = false,
): Promise<{ counts: Record<string, number>; maxRequest: number; maxResponse: number; marked: number; failed: string[] }> {
  const sim = new ExcelSimulator({ platform, ...(officeJs ? { apiVersion: 17 } : {}) });
  const bridge = officeJs ? new OfficeJsBridge(sim) : null;
  for (const g of grids) loadGrid(sim, g);
  // plant a broken contribution in every 20th budget line so Validasi has marks to write
  const s = sim.store.sheets[0]!;
  let n = 0;
  for (const [k, c] of s.cells) {
    if (k.endsWith(',13') && typeof c.value === 'number' && n++ % 20 === 0) c.value += 1;
  }
  const gw = new ExcelGateway(
    bridge ? officeJsRun(bridge) : (b) => sim.run((ctx) => b(ctx as unknown as Excel.RequestContext)),
    (a, v) => sim.isSetSupported(a, v),
    platform === 'web' ? WEB_LIMITS : DESKTOP_LIMITS,
  );
  const counts: Record<string, number> = {};
  // a command the host refuses is reported (with its error), not a crash of the whole bench
  const failed: string[] = [];
  const step = async <T>(name: string, fn: () => Promise<T>): Promise<T | null> => {
    const before = sim.totalSyncs;
    try {
      return await fn();
    } catch (e) {
      failed.push(`${name}: ${e instanceof Error ? e.message : String(e)}`);
      return null;
    } finally {
      counts[name] = sim.totalSyncs - before;
    }
  };
  const v = (await step('validasi', () => gw.validasi('id'))) ?? { marked: 0 };
  await step('hapusTanda', () => gw.hapusTanda());
  await step('realisasi', () => gw.realisasi('id'));
  await step('ringkasan', () => gw.ringkasan(2, 'id'));
  if (bridge) {
    const ok = bridge.syncs.filter((x) => !x.error);
    const max = (f: (x: (typeof ok)[0]) => number): number => ok.reduce((m, x) => Math.max(m, f(x)), 0);
    return { counts, maxRequest: max((x) => x.requestBytes), maxResponse: max((x) => x.responseBytes), marked: v.marked, failed };
  }
  return { counts, maxRequest: sim.maxRequestBytes, maxResponse: sim.maxResponseBytes, marked: v.marked, failed };
}

function bundleGzip(): { bytes: number; file: string } {
  const web = path.join(ROOT, 'dist/web');
  if (!fs.existsSync(path.join(web, 'taskpane.html'))) {
    execFileSync(
      process.execPath,
      [path.join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production', '--env', 'WEBPACK_BUILD'],
      { cwd: ROOT, stdio: 'ignore' },
    );
  }
  const html = fs.readFileSync(path.join(web, 'taskpane.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="?([^" >]+\.js)/g)].map((m) => m[1]!).filter((s) => !s.startsWith('http'));
  let bytes = 0;
  for (const s of scripts) bytes += zlib.gzipSync(fs.readFileSync(path.join(web, s)), { level: 9 }).length;
  return { bytes, file: scripts.join(', ') };
}

async function cli76(): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapk-76-'));
  for (let i = 0; i < 76; i++) {
    const spec = randomSpec(1000 + i, { sasaran: 10, indicatorsPerSasaran: 3, linesPerIndicator: 4, unit: `Balai POM Unit ${i + 1}` });
    const wb = new ExcelJS.Workbook();
    writeSheetPlan(wb, renderRapk(spec, { layout: (['K', 'D', 'R'] as const)[i % 3]! }));
    await wb.xlsx.writeFile(path.join(dir, `unit-${String(i + 1).padStart(2, '0')}.xlsx`));
  }
  const t = process.hrtime.bigint();
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'bin/rapk.js'), 'check', dir], { stdio: 'ignore' });
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (status !== 1) throw e; // 1 = findings with errors, still a full run
  }
  const s = Number(process.hrtime.bigint() - t) / 1e9;
  fs.rmSync(dir, { recursive: true, force: true });
  return s;
}

/** `rapk rekap` over 76 unit workbooks + a central one (bench/rekap.ts: the same on its own). */
async function rekap77(): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapk-rekap-'));
  await writeRekap77(dir);
  const s = timeRekap(dir);
  fs.rmSync(dir, { recursive: true, force: true });
  return s;
}

async function main(): Promise<void> {
  const sizes = quick ? [1000, 10000] : [1000, 10000, 50000];
  const label = (n: number): string => `${n / 1000}k`;
  const engineMs: Record<string, Record<string, number>> = {};
  const sheetRows: Record<string, Record<string, number>> = {};
  const commands = ['validasi', 'hapusTanda', 'realisasi', 'ringkasan'];
  const table = (): Record<string, Record<string, number>> => Object.fromEntries(commands.map((c) => [c, {}]));
  const syncTable: Record<Platform, Record<string, Record<string, number>>> = { web: table(), desktop: table() };
  const marked: Record<string, number> = {};
  let maxRequest = 0;
  let maxResponse = 0;
  const refused: string[] = [];
  let maxRequestOfficeJs = 0;
  let maxResponseOfficeJs = 0;
  const floorMs: Record<string, number> = {};
  if (syncsOnly) return syncsReport(sizes, label);
  for (const rows of sizes) {
    for (const layout of ['K', 'D', 'R'] as const) {
      const grids = workbook(specForRows(rows, rows, layout), layout, rows);
      sheetRows[layout] ??= {};
      sheetRows[layout]![label(rows)] = grids[0]!.values.length;
      engineMs[layout] ??= {};
      engineMs[layout]![label(rows)] = timeEngine(grids, rows >= 50000 ? 5 : 9);
      if (layout === 'K') floorMs[label(rows)] = timeFloor(grids, 9);
      if (layout === 'K' && !engineOnly) {
        for (const platform of ['web', 'desktop'] as const) {
          const s = await syncs(grids, platform);
          refused.push(...s.failed.map((f) => `${platform} ${label(rows)} ${f}`));
          for (const [k, v] of Object.entries(s.counts)) syncTable[platform][k]![label(rows)] = v;
          maxRequest = Math.max(maxRequest, s.maxRequest);
          if (platform === 'web') maxResponse = Math.max(maxResponse, s.maxResponse);
          marked[label(rows)] = s.marked;
        }
        // the web profile through Microsoft's client: its own serialization of every batch
        const o = await syncs(grids, 'web', true);
        refused.push(...o.failed.map((f) => `officejs ${label(rows)} ${f}`));
        maxRequestOfficeJs = Math.max(maxRequestOfficeJs, o.maxRequest);
        maxResponseOfficeJs = Math.max(maxResponseOfficeJs, o.maxResponse);
      }
    }
  }
  const round1 = (x: number | undefined): number | null => (x === undefined ? null : Math.round(x * 10) / 10);
  if (engineOnly) {
    const k = engineMs['K']!;
    const text = sizes.map((s) => `  ${label(s)}: engine ${k[label(s)]!.toFixed(1)} ms, floor ${floorMs[label(s)]!.toFixed(1)} ms`);
    console.log(['engine (layout K) and its floor, median ms:', ...text].join('\n'));
    if (json)
      console.log(
        JSON.stringify({
          engine_ms_50k_rows: round1(k['50k']),
          floor_ms_50k_rows: round1(floorMs['50k']),
          engine: engineMs,
          floor_ms: floorMs,
        }),
      );
    return;
  }
  const bundle = bundleGzip();
  const cliS = await cli76();
  const rekapS = await rekap77();
  const diff = timeDiff(quick ? 10000 : 50000);
  const result = {
    engine_ms_50k_rows: engineMs['K']!['50k'] ?? null,
    // one pass touching every cell of the same grids and parsing its numbers
    floor_ms_50k_rows: round1(floorMs['50k']),
    engine_ms_10k_rows: engineMs['K']!['10k']!,
    // Excel on the web (5 MB per response): the stricter platform
    syncs: syncTable.web,
    // Excel on Windows and Mac (no payload cap)
    syncs_desktop: syncTable.desktop,
    max_request_bytes: maxRequest,
    max_response_bytes: maxResponse,
    // the same commands as Microsoft's office.js client serializes them (web profile, ExcelApi 1.17)
    max_request_bytes_officejs: maxRequestOfficeJs,
    // commands the host refused (none expected): "<profile> <size> <command>: <error>"
    refused,
    max_response_bytes_officejs: maxResponseOfficeJs,
    bundle_gzip_bytes: bundle.bytes,
    cli_76_files_s: Math.round(cliS * 100) / 100,
    rekap_77_files_s: Math.round(rekapS * 100) / 100,
    // Riwayat revisi: diffRapk on two RAPKs of that size, beside reading both (issue 23)
    diff_ms_50k_rows: round1(diff.diff_ms),
    diff_read_both_ms_50k_rows: round1(diff.read_ms),
  };
  const syncLines = (p: Platform): string[] =>
    commands.map((c) => `  ${c.padEnd(10)} | ${sizes.map((s) => String(syncTable[p][c]![label(s)]).padStart(3)).join(' | ')}`);
  const lines = [
    'RAPK benchmark (this machine: ' + `${os.cpus().length} cores, node ${process.version})`,
    '',
    'engine (read + validate + marks + Realisasi + Ringkasan plans), median ms [RAPK sheet rows]:',
    `  floor (touch every cell, parse its numbers), layout K: ${sizes.map((s) => `${label(s)} ${(floorMs[label(s)] ?? 0).toFixed(1)}`).join(' | ')}`,
    `  layout | ${sizes.map(label).join(' | ')}`,
    ...Object.entries(engineMs).map(
      ([l, v]) => `  ${l}      | ${sizes.map((s) => `${(v[label(s)] ?? 0).toFixed(1)} [${sheetRows[l]![label(s)]}]`).join(' | ')}`,
    ),
    '',
    `context.sync() calls per command (Excel simulator, real adapter, layout K with a Realisasi sheet; cells marked: ${sizes.map((s) => marked[label(s)]).join(' / ')}):`,
    `  Excel on the web (5 MB per request and response) | ${sizes.map(label).join(' | ')}`,
    ...syncLines('web'),
    `  Excel on Windows / Mac (no payload cap)          | ${sizes.map(label).join(' | ')}`,
    ...syncLines('desktop'),
    '',
    `largest request: ${(maxRequest / 1024).toFixed(0)} KiB (budget 4 MB); largest response on the web: ${(maxResponse / 1024).toFixed(0)} KiB (limit 5 MiB)`,
    `as Microsoft's office.js client serializes them (web, ExcelApi 1.17): largest request ${(maxRequestOfficeJs / 1024).toFixed(0)} KiB, largest response ${(maxResponseOfficeJs / 1024).toFixed(0)} KiB`,
    `refused by the host: ${refused.length ? refused.join('; ') : 'none'}`,
    `task-pane JS (gzip): ${(bundle.bytes / 1024).toFixed(1)} KiB (${bundle.file})`,
    `rapk check over 76 unit workbooks: ${cliS.toFixed(2)} s`,
    `rapk rekap over 76 unit workbooks + a central one (realisasi typed): ${rekapS.toFixed(2)} s (budget 5 s)`,
    `diff of two ${quick ? '10k' : '50k'}-row RAPKs (${diff.changes} changes): ${diff.diff_ms.toFixed(1)} ms; reading both ${diff.read_ms.toFixed(1)} ms`,
  ];
  console.log(lines.join('\n'));
  if (json) console.log(JSON.stringify(result));
}

/** `--syncs`: the sync counts and largest request and response of layout K only, and where the largest workbook's bytes go. */
async function syncsReport(sizes: number[], label: (n: number) => string): Promise<void> {
  const commands = ['validasi', 'hapusTanda', 'realisasi', 'ringkasan'];
  const lines: string[] = [];
  const out: Record<string, unknown> = {};
  for (const profile of ['web', 'desktop', 'officejs'] as const) {
    const counts: Record<string, string[]> = Object.fromEntries(commands.map((c) => [c, []]));
    let maxRequest = 0;
    let maxResponse = 0;
    for (const rows of sizes) {
      const grids = workbook(specForRows(rows, rows, 'K'), 'K', rows);
      const s = await syncs(grids, profile === 'officejs' ? 'web' : profile, profile === 'officejs');
      for (const c of commands) counts[c]!.push(String(s.counts[c]));
      maxRequest = Math.max(maxRequest, s.maxRequest);
      maxResponse = Math.max(maxResponse, s.maxResponse);
      if (s.failed.length) lines.push(`  refused (${profile} ${label(rows)}): ${s.failed.join('; ')}`);
    }
    lines.push(`${profile} (${sizes.map(label).join(' · ')}): ${commands.map((c) => `${c} ${counts[c]!.join('·')}`).join(', ')}`);
    lines.push(`  largest request ${(maxRequest / 1024).toFixed(0)} KiB, largest response ${(maxResponse / 1024).toFixed(0)} KiB`);
    out[profile] = { counts, maxRequest, maxResponse };
  }
  const largest = sizes[sizes.length - 1]!;
  lines.push(
    '',
    `where the bytes go (layout K, ${label(largest)} rows):`,
    ...formatBytesLines(workbook(specForRows(largest, largest, 'K'), 'K', largest)),
  );
  console.log(lines.join('\n'));
  if (json) console.log(JSON.stringify(out));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
