/**
 * End-to-end: the real task pane in the harness page, in Chromium (playwright-core; the browser
 * is found by `./browser.ts`).
 * Screenshots of every step go to test-output/e2e/.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { fixturePath, expectedFindings } from '../support/fixtures';
import { findBrowser, openHarness } from './browser';
import { WEB, ensureWebBuild } from './build';
import { serve } from './server';

jest.setTimeout(120_000);

const OUT = path.resolve(__dirname, '../../test-output/e2e');

let browser: Browser;
let page: Page;
let server: { url: string; close: () => Promise<void> };
const errors: string[] = [];

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: false });
}

async function fills(): Promise<Record<string, string>> {
  return page.$$eval('td[data-cell]', (tds) =>
    Object.fromEntries(tds.map((td) => [td.getAttribute('data-cell')!, td.getAttribute('data-fill') ?? ''])),
  );
}

async function notes(): Promise<Record<string, string>> {
  return page.$$eval('td[data-cell][title]', (tds) =>
    Object.fromEntries(tds.map((td) => [td.getAttribute('data-cell')!, td.getAttribute('title') ?? ''])),
  );
}

async function typeInto(cell: string, value: string): Promise<void> {
  await page.click(`td[data-cell="${cell}"]`);
  await page.fill('[data-testid=cell-input]', value);
  await page.press('[data-testid=cell-input]', 'Enter');
}

beforeAll(async () => {
  findBrowser(); // fails in one line, before any work, when no browser can be had
  ensureWebBuild();
  fs.mkdirSync(OUT, { recursive: true });
  server = await serve(WEB);
  ({ browser, page } = await openHarness(chromium, server.url, { width: 1440, height: 900 }, errors));
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('harness in Chromium', () => {
  it('opens the project sample and validates it clean', async () => {
    await page.getByRole('button', { name: 'Validasi', exact: true }).click();
    await page.getByTestId('outcome').waitFor();
    expect(await page.getByTestId('outcome').innerText()).toMatch(
      /Tidak ditemukan masalah\.\s*Validasi sheet "RAPK 2025" selesai: 9 indikator diperiksa, 0 sel ditandai\./,
    );
    await shot('01-sample-validasi');
  });

  it('Validasi on the Rejang Lebong workbook with 8 planted errors: listed and marked in the grid', async () => {
    await page.getByTestId('open').setInputFiles(fixturePath('rapk-2024-rejang-lebong-errors.xlsx'));
    await page.getByText('rapk-2024-rejang-lebong-errors.xlsx dibuka').waitFor();
    const before = { fills: await fills(), notes: await notes() };
    (globalThis as Record<string, unknown>)['__before'] = before;
    await page.getByRole('button', { name: 'Validasi', exact: true }).click();
    await page.getByText('12 sel ditandai', { exact: false }).waitFor();
    const planted = expectedFindings('rapk-2024-rejang-lebong-errors.expected.json');
    const f = await fills();
    const n = await notes();
    for (const p of planted) {
      const cell = p.cells[0]!;
      expect({ cell, fill: f[cell] }).toEqual({ cell, fill: p.severity === 'error' ? '#FF7C80' : '#FFC000' });
      expect(n[cell]).toMatch(new RegExp(`^RAPK ${p.code} `));
      await expect(page.locator(`button[data-cell="${cell}"]`).count()).resolves.toBe(1);
    }
    await expect(page.getByRole('region', { name: 'Temuan' }).getByTestId('findings-summary').innerText()).resolves.toBe(
      '7 kesalahan, 1 peringatan, 4 info',
    );
    await shot('02-validasi-rejang-lebong');
  });

  it('clicking a finding selects its cell', async () => {
    await page.locator('button[data-cell="P26"]').click();
    await expect(page.getByTestId('selected').innerText()).resolves.toBe('P26');
    await shot('03-finding-selected');
  });

  it('Hapus tanda brings back the fills and notes as they were', async () => {
    await page.getByRole('button', { name: 'Hapus tanda' }).click();
    await page.getByText('Tanda dihapus dari 12 sel', { exact: false }).waitFor();
    const before = (globalThis as Record<string, unknown>)['__before'] as { fills: Record<string, string>; notes: Record<string, string> };
    expect(await fills()).toEqual(before.fills);
    expect(await notes()).toEqual(before.notes);
    await shot('04-hapus-tanda');
  });

  it('Realisasi creates the sheet; typed realisasi; Ringkasan TW II writes the coloured summary', async () => {
    await page.getByRole('button', { name: 'Realisasi', exact: true }).click();
    await page.getByText('Sheet "Realisasi 2024" dibuat', { exact: false }).waitFor();
    await expect(page.getByRole('tab', { name: 'Realisasi 2024' }).getAttribute('aria-selected')).resolves.toBe('true');
    expect(await page.locator('td[data-cell="C3"]').innerText()).toBe('Indikator');
    // TW II realisasi (column J) for the first three indicators
    await typeInto('J4', '99.3');
    await typeInto('J5', '60');
    await typeInto('J6', '120');
    await shot('05-realisasi-typed');
    await page.getByTestId('tw').selectOption('2');
    await page.getByRole('button', { name: 'Ringkasan TW' }).click();
    await page
      .getByText('Sheet "Ringkasan TW II 2024" dibuat. Perubahan ini tidak dapat dibatalkan dengan Ctrl+Z.', { exact: false })
      .waitFor();
    const text = await page.locator('table.grid').innerText();
    expect(text).toContain('BADAN PENGAWAS OBAT DAN MAKANAN');
    expect(text).toContain('RINGKASAN CAPAIAN KINERJA TRIWULAN II TAHUN 2024');
    const baik = page.locator('td', { hasText: /^Baik$/ }).first();
    await expect(baik.getAttribute('data-fill')).resolves.toBe('#92D050');
    const kurang = page.locator('td', { hasText: /^Kurang$/ }).first();
    await expect(kurang.getAttribute('data-fill')).resolves.toBe('#FF7C80');
    await expect(page.getByTestId('npss').innerText()).resolves.toMatch(/\d+,\d\d/);
    await shot('06-ringkasan-tw2');
  });

  it('switches to English', async () => {
    await page.getByTestId('lang').selectOption('en');
    await page.getByRole('button', { name: 'Validate', exact: true }).waitFor();
    await expect(page.getByRole('button', { name: 'Quarterly summary' }).count()).resolves.toBe(1);
    await shot('07-english');
  });

  it('downloads the workbook with the new sheets', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
    const file = path.join(OUT, 'rapk-hasil.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['RAPK 2024', 'Realisasi 2024', 'Ringkasan TW II 2024']);
    expect(wb.getWorksheet('Realisasi 2024')!.getCell('J4').value).toBe(99.3);
  });

  it('the Ringkasan carries the capaian chart: a bar per measured indicator in its kriteria colour, a 100 % line', async () => {
    await page.getByTestId('lang').selectOption('id');
    await page.getByRole('tab', { name: 'Ringkasan TW II 2024' }).click();
    const chart = page.getByTestId('chart');
    await chart.waitFor();
    // the three indicators given a TW II realisasi above
    const bars = await chart
      .locator('rect[data-kode]')
      .evaluateAll((rs) => rs.map((r) => [r.getAttribute('data-kode'), r.getAttribute('data-fill')]));
    expect(bars).toHaveLength(3);
    expect(bars.map((b) => b[1]).every((f) => /^#[0-9A-F]{6}$/.test(f ?? ''))).toBe(true);
    await expect(chart.locator('polyline[data-series="line"]').count()).resolves.toBe(1);
    await chart.scrollIntoViewIfNeeded();
    await shot('08-ringkasan-chart');
  });

  it('Pengaturan metode: the Sekretariat Utama preset sheet; Ringkasan states and uses it; a gap blocks scoring and is marked', async () => {
    await page.getByTestId('preset').selectOption('sekretariat-utama');
    await page.getByRole('button', { name: 'Pengaturan metode' }).click();
    await page.getByText('Sheet "Pengaturan RAPK" dibuat', { exact: false }).waitFor();
    await expect(page.getByRole('tab', { name: 'Pengaturan RAPK' }).getAttribute('aria-selected')).resolves.toBe('true');
    expect(await page.locator('td[data-cell="E9"]').innerText()).toBe('Cukup');
    await shot('09-pengaturan-rapk');
    await page.getByRole('button', { name: 'Ringkasan TW' }).click();
    // a second run replaces the add-in's sheet and says so
    await page.getByText('Sheet "Ringkasan TW II 2024" dibuat ulang menggantikan sheet lama', { exact: false }).waitFor();
    const text = await page.locator('table.grid').innerText();
    expect(text).toContain('1. Metode penilaian: sesuai pengaturan pada sheet "Pengaturan RAPK" di workbook ini.');
    expect(text).toContain('lebih dari 90 sampai dengan 110');
    await shot('10-ringkasan-metode');
    // the planner opens a gap: Cukup from 75
    await page.getByRole('tab', { name: 'Pengaturan RAPK' }).click();
    // the planner comes back to the pane (it checks the active sheet on focus)
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await page.getByText('Sheet aktif: Pengaturan RAPK').waitFor();
    await typeInto('A9', '75');
    await page.getByRole('button', { name: 'Ringkasan TW' }).click();
    await page.getByText('memiliki 1 kesalahan pengaturan sehingga tidak ada yang dihitung', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Validasi', exact: true }).click();
    await page.getByText('1 sel ditandai', { exact: false }).waitFor();
    expect((await fills())['A9']).toBe('#FF7C80');
    expect((await notes())['A9']).toMatch(/^RAPK M02 /);
    await shot('11-pengaturan-gap-marked');
  });

  it('made no external request and logged no error', () => {
    expect(errors).toEqual([]);
  });
});
