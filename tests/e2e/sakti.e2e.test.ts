/**
 * Impor realisasi anggaran in the harness (Chromium), issue 24: a planner's own export (not a
 * SAKTI report) is chosen, the pane offers the column picker over its columns, the import runs
 * by the columns picked, the figures are written and the columns remembered in a new
 * `Pengaturan RAPK` sheet; nothing leaves the page and nothing is logged as an error.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { validateSheet } from '../../src/core/rules/validate';
import { planRealisasi } from '../../src/core/sheets/realisasi';
import { planToGrid } from '../../src/sample/generate';
import { renderPresentation, specOf } from '../../src/sample/present';
import { renderSakti, saktiOptions } from '../../src/sample/sakti';
import { writeGrids } from '../support/rekapFiles';
import { ownTableOf } from '../support/saktiOwn';
import { WEB, ensureWebBuild } from './build';
import { serve } from './server';
import { findBrowser, openHarness } from './browser';

jest.setTimeout(240_000);

const OUT = path.join(__dirname, '..', '..', 'test-output', 'e2e');

const SEED = 10;
const spec = specOf(SEED);
const rapkGrid = renderPresentation(SEED, { layout: 'K', plant: 'none' }, spec).grid;
const model = validateSheet(rapkGrid).model!;
const realisasiGrid = planToGrid(planRealisasi(model));
const sakti = renderSakti(spec, SEED, saktiOptions(SEED, { year: spec.year, month: 6 }));

let browser: Browser;
let page: Page;
let server: { url: string; close: () => Promise<void> };
let dir: string;
const errors: string[] = [];

beforeAll(async () => {
  findBrowser();
  ensureWebBuild();
  fs.mkdirSync(OUT, { recursive: true });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapk-sakti-e2e-'));
  await writeGrids([rapkGrid, realisasiGrid], path.join(dir, 'rapk.xlsx'));
  await writeGrids([ownTableOf(spec, sakti)], path.join(dir, 'omspan.xlsx'));
  server = await serve(WEB);
  ({ browser, page } = await openHarness(chromium, server.url, { width: 1366, height: 900 }, errors));
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('Impor realisasi anggaran (SAKTI) in the harness', () => {
  it('an export that is not recognized: the columns picked, the figures written, the columns kept in Pengaturan RAPK', async () => {
    await page.getByTestId('open').setInputFiles(path.join(dir, 'rapk.xlsx'));
    await page.getByRole('tab', { name: realisasiGrid.name }).waitFor();
    await page.getByRole('button', { name: 'Impor realisasi anggaran (SAKTI)' }).click();
    await page.getByTestId('sakti-tw').selectOption('2');
    await page.getByTestId('sakti-file').setInputFiles(path.join(dir, 'omspan.xlsx'));
    const picker = page.getByRole('region', { name: 'Kolom ekspor' });
    await picker.waitFor();
    await expect(page.getByTestId('sakti-outcome').innerText()).resolves.toMatch(/omspan\.xlsx bukan laporan realisasi SAKTI/);
    await expect(page.getByTestId('sakti-pick-kode').innerText()).resolves.toBe('C — Kode');
    await picker.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(OUT, 'sakti-01-picker.png') });
    await page.getByTestId('sakti-pick-apply').click();
    await page.getByTestId('sakti-indicators').waitFor();
    await expect(page.getByTestId('sakti-columns').innerText()).resolves.toMatch(/kode=C,uraian=A,pagu=E,realisasi=F/);
    await page.getByTestId('sakti-write').click();
    await expect(page.getByTestId('sakti-remembered').innerText()).resolves.toMatch(/disimpan di sheet "Pengaturan RAPK"/);
    await expect(page.getByTestId('sakti-status').innerText()).resolves.toMatch(/6 sel Realisasi Anggaran ditulis/);
    await page.getByRole('tab', { name: 'Pengaturan RAPK' }).waitFor();
    await page.getByTestId('sakti-status').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(OUT, 'sakti-02-written.png') });
    expect(errors).toEqual([]);
  });
});
