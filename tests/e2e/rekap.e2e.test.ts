/**
 * End-to-end Rekap in the harness (Chromium): 76 unit workbooks and a central one, generated
 * like the benchmark's, chosen in the pane's file picker, read in the Web Worker, written as
 * the Rekap sheet. The longest UI freeze during the run is measured (a timer that should fire
 * every few ms, and Chromium's long tasks) and must stay ≤ 200 ms. The sheet is compared with
 * `rapk rekap` over the same files.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { randomSpec } from '../../src/sample/generate';
import { specForRows, workbook } from '../../bench/generate';
import { rapk } from '../support/cli';
import { writeGrids } from '../support/rekapFiles';
import { claimingHuge, understating } from '../support/zips';
import { WEB, ensureWebBuild } from './build';
import { serve } from './server';
import { findBrowser, openHarness } from './browser';

jest.setTimeout(240_000);

const OUT = path.resolve(__dirname, '../../test-output/e2e');

/**
 * Resident memory (MB) of the Chromium renderer processes this test launched (the pane and its
 * worker run there), from /proc; null where there is none.
 */
function rendererMB(): number | null {
  if (!fs.existsSync('/proc/self/stat')) return null;
  const parent = (pid: string): string | null => {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] ?? null;
    } catch {
      return null;
    }
  };
  const ours = (pid: string): boolean => {
    for (let p: string | null = pid, i = 0; p && p !== '0' && i < 30; p = parent(p), i++) if (p === String(process.pid)) return true;
    return false;
  };
  let kb = 0;
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (!fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer') || !ours(pid)) continue;
      kb += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // the process ended meanwhile
    }
  }
  return kb / 1024;
}

const FREEZE_BUDGET_MS = 200;

let browser: Browser;
let page: Page;
let server: { url: string; close: () => Promise<void> };
let dir: string;
let files: string[];
const errors: string[] = [];

beforeAll(async () => {
  findBrowser(); // fails in one line, before any work, when no browser can be had
  ensureWebBuild();
  fs.mkdirSync(OUT, { recursive: true });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapk-rekap-e2e-'));
  for (let i = 0; i < 76; i++) {
    const layout = (['K', 'D', 'R'] as const)[i % 3]!;
    const spec = randomSpec(2000 + i, { sasaran: 10, indicatorsPerSasaran: 3, linesPerIndicator: 4, unit: `Balai POM Unit ${i + 1}` });
    await writeGrids(workbook(spec, layout, 2000 + i), path.join(dir, `unit-${String(i + 1).padStart(2, '0')}.xlsx`));
  }
  await writeGrids(workbook(specForRows(2000, 77, 'R'), 'R', 77), path.join(dir, 'pusat.xlsx'));
  fs.writeFileSync(path.join(dir, 'rusak.xlsx'), 'bukan zip');
  files = fs
    .readdirSync(dir)
    .sort()
    .map((f) => path.join(dir, f));
  server = await serve(WEB);
  ({ browser, page } = await openHarness(chromium, server.url, { width: 1440, height: 900 }, errors));
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

interface Probe {
  /** [end, length] of every timer gap over 20 ms */
  gaps: [number, number][];
  /** [start, duration] of Chromium's long tasks */
  tasks: [number, number][];
  stop: boolean;
}

/** Starts the freeze probes in the page: a timer that should fire every few ms, and long tasks. */
async function startProbe(): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __probe: Probe };
    w.__probe = { gaps: [], tasks: [], stop: false };
    performance.clearMarks();
    let last = performance.now();
    const tick = (): void => {
      const now = performance.now();
      if (now - last > 20) w.__probe.gaps.push([now, now - last]);
      last = now;
      if (!w.__probe.stop) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__probe.tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask' });
  });
}

/**
 * The longest freezes before the pane hands the sheet to the gateway (reading the files in the
 * worker, progress, building the plan: the pane's own work), and after (in the harness the
 * simulator plays Excel on the page's thread and the harness grid redraws the new sheet; in
 * Excel that work happens in Excel, not in the pane).
 */
async function stopProbe(): Promise<{ reading: { gap: number; longTask: number }; writing: { gap: number; longTask: number } }> {
  return page.evaluate(() => {
    const w = window as unknown as { __probe: Probe };
    w.__probe.stop = true;
    const at = performance.getEntriesByName('rapk-rekap-write')[0]?.startTime ?? Infinity;
    const max = (xs: number[]): number => Math.round(Math.max(0, ...xs));
    const { gaps, tasks } = w.__probe;
    return {
      reading: {
        gap: max(gaps.filter(([end]) => end <= at).map(([, n]) => n)),
        longTask: max(tasks.filter(([s, d]) => s + d <= at).map(([, d]) => d)),
      },
      writing: {
        gap: max(gaps.filter(([end]) => end > at).map(([, n]) => n)),
        longTask: max(tasks.filter(([s, d]) => s + d > at).map(([, d]) => d)),
      },
    };
  });
}

describe('Rekap in the harness', () => {
  it('cancel stops the run and leaves the workbook as it was', async () => {
    // the Rekap's own section (collapsed until opened) and its own quarter
    await page.getByRole('button', { name: 'Rekap nasional' }).click();
    await page.getByTestId('rekap-tw').selectOption('2');
    await page.getByTestId('rekap-files').setInputFiles(files);
    await page.getByText('78 berkas dipilih').waitFor();
    // the pane has read the workbook (its commands are enabled) before the Rekap is started: on a
    // loaded machine the click could otherwise land on a button still disabled
    await page.getByTestId('active-sheet').getByText('Sheet aktif: RAPK 2025').waitFor();
    await page.locator('button:not([aria-disabled="true"])', { hasText: /^Rekap$/ }).click();
    await page.getByRole('button', { name: 'Batal' }).click();
    await page.getByText('Rekap dibatalkan; workbook tidak diubah.').waitFor();
    expect(await page.getByRole('tab').allInnerTexts()).toEqual(['RAPK 2025']);
  });

  it('77 workbooks: progress, the sheet written, the UI never frozen more than 200 ms', async () => {
    await startProbe();
    const t0 = Date.now();
    await page.getByRole('button', { name: 'Rekap', exact: true }).click();
    await page.getByTestId('rekap-progress').waitFor();
    await page.getByTestId('rekap-outcome').waitFor({ timeout: 180_000 });
    const seconds = (Date.now() - t0) / 1000;
    const freeze = await stopProbe();
    fs.writeFileSync(path.join(OUT, 'rekap-freeze.json'), JSON.stringify({ files: files.length, seconds, ...freeze }, null, 2));
    expect(await page.getByTestId('rekap-outcome').innerText()).toMatch(
      /Sheet "Rekap TW II 2025" dibuat: 77 unit, 1 berkas tidak dapat dipakai\.\s*rusak\.xlsx: bukan berkas \.xlsx/,
    );
    // The freeze is Chromium's own measure of a task blocking the page's thread (long tasks). The
    // timer gap is recorded too; on this shared 2-core machine it also counts the time the OS
    // does not run the browser at all, so it is reported (test-output/e2e/rekap-freeze.json).
    expect(freeze.reading.longTask).toBeLessThanOrEqual(FREEZE_BUDGET_MS);
    await expect(page.getByRole('tab', { name: 'Rekap TW II 2025' }).getAttribute('aria-selected')).resolves.toBe('true');
    await page.screenshot({ path: path.join(OUT, 'rekap-harness.png') });
  });

  it('the sheet is the one rapk rekap writes for the same files', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
    const mine = path.join(OUT, 'rekap-harness.xlsx');
    await download.saveAs(mine);
    const cli = path.join(OUT, 'rekap-cli.xlsx');
    expect((await rapk('rekap', ...files, '--tw', '2', '-o', cli)).code).toBe(2);
    const values = async (file: string, name: string): Promise<unknown[][]> => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ws = wb.getWorksheet(name)!;
      const out: unknown[][] = [];
      ws.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          if (cell.isMerged && cell.master.address !== cell.address) return;
          if (cell.value !== null && cell.value !== '') out.push([r, c, cell.value]);
        }),
      );
      return out;
    };
    const a = await values(mine, 'Rekap TW II 2025');
    expect(a.length).toBeGreaterThan(77 * 19);
    expect(a).toEqual(await values(cli, 'Rekap TW II 2025'));
  });

  it('a file that claims to inflate to gigabytes is listed as failed, with the reason, within a second', async () => {
    // the worker's pre-flight check reads the zip's directory only (issue 21 item 11): without
    // it exceljs would start inflating the 4 GB the file claims
    const bombDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapk-rekap-bomb-'));
    const bomb = path.join(bombDir, 'bom.xlsx');
    const unit = path.join(bombDir, 'unit-01.xlsx');
    fs.writeFileSync(bomb, claimingHuge());
    fs.copyFileSync(files.find((f) => f.endsWith('unit-01.xlsx'))!, unit);
    await page.getByTestId('rekap-files').setInputFiles([bomb, unit]);
    await page.getByText('2 berkas dipilih').waitFor();
    const base = rendererMB();
    let peak = base ?? 0;
    const t0 = Date.now();
    await page.getByRole('button', { name: 'Rekap', exact: true }).click();
    // the bomb is read first: its verdict is in when the progress says one file is done (the
    // page's text is polled: the pane's progress line is not a visible-element match for getByText)
    const textAfter = async (re: RegExp, limit: number): Promise<{ text: string; ms: number }> => {
      for (;;) {
        peak = Math.max(peak, rendererMB() ?? 0);
        const text = await page.locator('body').innerText();
        const ms = Date.now() - t0;
        if (re.test(text) || ms > limit) return { text, ms };
        await page.waitForTimeout(20);
      }
    };
    const { ms } = await textAfter(/[12] dari 2 berkas dibaca|bom\.xlsx:/, 10_000);
    const { text } = await textAfter(/bom\.xlsx: berkas terlalu besar setelah dibuka/, 60_000);
    const grewMB = base === null ? null : Math.round(peak - base);
    fs.writeFileSync(path.join(OUT, 'rekap-bomb.json'), JSON.stringify({ ms, rendererMB: base && Math.round(base), grewMB }, null, 2));
    if (grewMB !== null) expect(grewMB).toBeLessThan(150);
    expect(text).toMatch(/1 unit, 1 berkas tidak dapat dipakai\.\s*bom\.xlsx: berkas terlalu besar setelah dibuka/);
    expect(ms).toBeLessThan(1000);
    fs.rmSync(bombDir, { recursive: true, force: true });
  });

  it('a file whose zip directory understates what a sheet inflates to is listed as failed too, within three seconds, the renderer growing < 150 MB', async () => {
    // the directory passes (it claims 1,000 bytes); the worker's inflate check counts the 256 MB
    // the part really holds and stops at its declared size (src/xlsx/inflateCheck.ts): without it
    // JSZip would inflate all 256 MB for exceljs inside the pane's renderer
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapk-rekap-liar-'));
    const liar = path.join(dir, 'bohong.xlsx');
    const unit = path.join(dir, 'unit-01.xlsx');
    fs.writeFileSync(liar, await understating(false, 256 * 1024 * 1024));
    fs.copyFileSync(files.find((f) => f.endsWith('unit-01.xlsx'))!, unit);
    await page.getByTestId('rekap-files').setInputFiles([liar, unit]);
    await page.getByText('2 berkas dipilih').waitFor();
    const base = rendererMB();
    let peak = base ?? 0;
    const t0 = Date.now();
    await page.getByRole('button', { name: 'Rekap', exact: true }).click();
    for (;;) {
      peak = Math.max(peak, rendererMB() ?? 0);
      const text = await page.locator('body').innerText();
      if (/bohong\.xlsx: berkas terlalu besar setelah dibuka/.test(text) || Date.now() - t0 > 60_000) break;
      await page.waitForTimeout(20);
    }
    const ms = Date.now() - t0;
    const grewMB = base === null ? null : Math.round(peak - base);
    fs.writeFileSync(path.join(OUT, 'rekap-liar.json'), JSON.stringify({ ms, rendererMB: base && Math.round(base), grewMB }, null, 2));
    if (grewMB !== null) expect(grewMB).toBeLessThan(150);
    expect(await page.locator('body').innerText()).toMatch(
      /1 unit, 1 berkas tidak dapat dipakai\.\s*bohong\.xlsx: berkas terlalu besar setelah dibuka/,
    );
    expect(ms).toBeLessThan(3000);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('made no external request and logged no error', () => {
    expect(errors).toEqual([]);
  });
});
