/**
 * Errors of the RAPK that are still there when Realisasi or Ringkasan run: the pane and the CLI
 * say "RAPK masih memiliki n kesalahan" instead of computing silently over them.
 */
import type { Finding } from './findings';
import type { WorkbookValidation } from '../workbook';

/** The error findings of `sheet` (default: the RAPK sheet Realisasi/Ringkasan use, the first). */
export function rapkErrorsOf(v: WorkbookValidation, sheet?: string): Finding[] {
  const name = sheet ?? v.sheets[0]?.name;
  return name === undefined ? [] : v.findings.filter((f) => f.severity === 'error' && f.sheet === name);
}
