/**
 * Finds a Chromium-family browser for the end-to-end tests, in this order:
 * 1. `CHROMIUM_PATH` (must exist when set);
 * 2. a system Chromium, Chrome or Edge at the usual places (Linux, macOS, Windows);
 * 3. `@sparticuz/chromium` from the npm registry (a devDependency; Linux x64/arm64), unpacked
 *    once to the system's temp folder.
 * When none is found the e2e suite fails with one line saying how to get one; it never skips.
 * `RAPK_E2E_NO_SYSTEM_BROWSER=1` skips step 2 (to check that a fresh machine without a system
 * browser still runs the suite).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, BrowserType, Page } from 'playwright-core';

export const NO_BROWSER =
  'No browser for the end-to-end tests: set CHROMIUM_PATH to a Chromium/Chrome/Edge executable, install one (e.g. apt-get install chromium), or run npm ci on Linux so @sparticuz/chromium is available.';

export function systemCandidates(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  if (platform === 'darwin')
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter((x): x is string => !!x);
    return roots.flatMap((r) => [
      path.join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      path.join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      path.join(r, 'Chromium', 'Application', 'chrome.exe'),
    ]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
    '/snap/bin/chromium',
  ];
}

export interface FoundBrowser {
  path: string;
  source: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
}

/** @sparticuz/chromium is an ES module: ask a child node for the unpacked path. */
function sparticuz(root: string): string | null {
  if (process.platform !== 'linux') return null;
  try {
    const out = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const m = await import('@sparticuz/chromium'); process.stdout.write(await m.default.executablePath());",
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'ignore'], timeout: 120_000 },
    )
      .toString()
      .trim();
    return out && fs.existsSync(out) ? out : null;
  } catch {
    return null;
  }
}

export function findBrowser(env: NodeJS.ProcessEnv = process.env, root = path.resolve(__dirname, '../..')): FoundBrowser {
  const given = env['CHROMIUM_PATH'];
  if (given) {
    if (!fs.existsSync(given)) throw new Error(`CHROMIUM_PATH=${given} does not exist. ${NO_BROWSER}`);
    return { path: given, source: 'CHROMIUM_PATH' };
  }
  if (!env['RAPK_E2E_NO_SYSTEM_BROWSER']) {
    const sys = systemCandidates().find((p) => fs.existsSync(p));
    if (sys) return { path: sys, source: 'system' };
  }
  const npm = sparticuz(root);
  if (npm) return { path: npm, source: '@sparticuz/chromium' };
  throw new Error(NO_BROWSER);
}

/** Arguments for a headless run; @sparticuz/chromium's build is a headless shell. */
export const BROWSER_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/**
 * Launches the found browser and opens the harness page served at `url`: page errors, console
 * errors and any request leaving the page's own server (aborted) are collected in `errors`.
 */
export async function openHarness(
  chromium: BrowserType,
  url: string,
  viewport: { width: number; height: number },
  errors: string[],
): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({ executablePath: findBrowser().path, args: BROWSER_ARGS });
  const page = await browser.newPage({ viewport });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  // nothing may be fetched from outside the page's own server
  await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => {
    errors.push(`external request: ${route.request().url()}`);
    return route.abort();
  });
  await page.goto(`${url}/harness.html`);
  await page.getByRole('button', { name: 'Validasi', exact: true }).waitFor();
  return { browser, page };
}
