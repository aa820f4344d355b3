/** Shared by the CLI commands: output sink, the CLI's own error, output-path checks. */
import { promises as fs } from 'fs';
import * as path from 'path';
import { type Lang, messageOf, readerStopMessage, severityLabel } from '../core/locales';
import type { WorkbookProblem } from '../core/problems';
import type { Finding } from '../core/rules/findings';
import { CLI_STRINGS } from '../core/locales/cli';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

export async function checkOutputPath(input: string, output: string, lang: Lang): Promise<void> {
  const s = CLI_STRINGS[lang];
  if (path.resolve(input) === path.resolve(output)) throw new CliError(s.sameOutput);
  try {
    const st = await fs.stat(output);
    if (st.isDirectory()) throw new CliError(s.outputExists);
  } catch (e) {
    if (e instanceof CliError) throw e;
  }
}

/**
 * Why a workbook cannot be used, as the CLI says it (`check`, `annotate`, `realisasi`, `summary`):
 * "no RAPK table" with each sheet the reader stopped on and why under it, the settings errors
 * listed, the sheets named.
 */
export function problemText(p: WorkbookProblem, lang: Lang): string {
  const s = CLI_STRINGS[lang];
  switch (p.kind) {
    case 'noRapk':
      return [s.noRapk, ...p.stops.map((stop) => readerStopMessage(stop, lang))].join('\n');
    case 'noRealisasi':
      return s.noRealisasi;
    case 'invalidSettings':
      return [s.invalidSettings(p.sheet, p.findings.length), ...p.findings.map((f) => findingLine(f, lang, false))].join('\n');
    case 'ambiguousRapk':
      return s.ambiguousRapk(p.sheets);
    case 'sheetNotFound':
      return s.sheetNotFound(p.sheet, p.sheets);
  }
}

/** A finding as the CLI prints it: `  KESALAHAN  T01  F7     <message>` (without the severity under a heading that says it). */
export function findingLine(f: Finding, lang: Lang, withSeverity = true): string {
  const sev = withSeverity ? `${severityLabel(f.severity, lang).toUpperCase().padEnd(10)} ` : '';
  return `  ${sev}${f.code}  ${(f.cells[0] ?? '').padEnd(6)} ${messageOf(f, lang)}`;
}
