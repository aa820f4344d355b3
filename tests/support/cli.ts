import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';

export interface Run {
  code: number;
  out: string;
  err: string;
}

export async function rapk(...argv: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    out: (s) => (out += s.endsWith('\n') ? s : `${s}\n`),
    err: (s) => (err += s.endsWith('\n') ? s : `${s}\n`),
  });
  return { code, out, err };
}

export function tmpDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'rapk-test-'));
}
