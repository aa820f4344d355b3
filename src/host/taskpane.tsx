/** Composition root inside Excel: office.js (from Microsoft's CDN) → the office-js gateway → the task pane. */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { ExcelGateway } from '../excel/gateway';
import { DESKTOP_LIMITS, type ReadLimits, WEB_LIMITS } from '../excel/read';
import type { Lang } from '../core/locales';
import { App } from '../taskpane/App';
import { UI } from '../core/locales/pane';
import { rekapWorkerUrl, workerAnalyser } from '../worker/client';
import { READY_TIMEOUT_MS, type StartupProblem, hostProblem, officeJsLoaded } from './startup';

function storedLang(): Lang {
  try {
    const v = window.localStorage.getItem('rapk.lang');
    return v === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

function isDark(): boolean {
  const theme = (Office.context as { officeTheme?: { bodyBackgroundColor?: string } }).officeTheme;
  const bg = theme?.bodyBackgroundColor;
  if (!bg || !/^#?[0-9a-f]{6}$/i.test(bg)) return false;
  const n = parseInt(bg.replace('#', ''), 16);
  return ((n >> 16) & 255) * 0.299 + ((n >> 8) & 255) * 0.587 + (n & 255) * 0.114 < 128;
}

/**
 * Payload limits by platform: only Excel on the web caps requests and responses (5 MB);
 * anything not known to be Windows or Mac is treated as the web, the stricter case.
 */
function limitsFor(platform: Office.PlatformType | null | undefined): ReadLimits {
  return platform === Office.PlatformType.PC || platform === Office.PlatformType.Mac ? DESKTOP_LIMITS : WEB_LIMITS;
}

const root = createRoot(document.getElementById('root')!);

function sayProblem(p: StartupProblem): void {
  const lang = storedLang();
  document.documentElement.lang = lang;
  root.render(
    <p role="alert" data-testid="startup" style={{ padding: 16, fontFamily: 'Segoe UI, system-ui, sans-serif', fontSize: 14 }}>
      {UI[lang].startup[p]}
    </p>,
  );
}

function start(info: { host: Office.HostType | null; platform: Office.PlatformType | null }): void {
  const problem = hostProblem(info.host, Office.HostType.Excel);
  if (problem) return sayProblem(problem);
  const gateway = new ExcelGateway(
    (batch) => Excel.run(batch),
    (name, version) => Office.context.requirements.isSetSupported(name, version),
    limitsFor(info.platform),
  );
  root.render(
    <App
      gateway={gateway}
      rekapAnalyser={() => workerAnalyser(rekapWorkerUrl())}
      initialLang={storedLang()}
      dark={isDark()}
      onLangChange={(l) => {
        try {
          window.localStorage.setItem('rapk.lang', l);
        } catch {
          /* storage may be blocked; the choice lasts for this session */
        }
      }}
    />,
  );
}

if (!officeJsLoaded(window as unknown as { Office?: { onReady?: unknown } })) {
  // the office.js script tag failed (blocked CDN, no internet)
  sayProblem('noOfficeJs');
} else {
  // outside Office, office.js answers onReady with no host; if it never answers, say so too
  let ready = false;
  const timer = window.setTimeout(() => ready || sayProblem('notInOffice'), READY_TIMEOUT_MS);
  void Office.onReady((info) => {
    ready = true;
    window.clearTimeout(timer);
    start(info);
  });
}
