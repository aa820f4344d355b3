/**
 * What the pane says when it cannot start: office.js did not load (blocked CDN, no internet),
 * the page was opened outside Office, or in another Office application. One line, in the
 * planner's language; never a blank page, never "Excel too old" for these.
 */
export type StartupProblem = 'noOfficeJs' | 'notInOffice' | 'notExcel';

/** Before office.js: is the `Office` global there at all? */
export function officeJsLoaded(g: { Office?: { onReady?: unknown } }): boolean {
  return typeof g.Office === 'object' && g.Office !== null && typeof g.Office.onReady === 'function';
}

/** After `Office.onReady`: the host it reports (null or undefined outside Office). */
export function hostProblem<H>(host: H | null | undefined, excel: H): StartupProblem | null {
  if (!host) return 'notInOffice';
  return host === excel ? null : 'notExcel';
}

/** How long to wait for `Office.onReady` before saying the page is not in Office. */
export const READY_TIMEOUT_MS = 10_000;
