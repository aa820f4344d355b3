/** Shared by the CLI commands: output sink, the CLI's own error, output-path checks. */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Lang } from '../core/locales';
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
