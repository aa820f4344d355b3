/** The CLI's version: package.json's, read once (never written down twice). */
import * as fs from 'fs';
import * as path from 'path';

/** `package.json` two levels up from this file: the repository root from src/cli and from dist/cli alike. */
export function packageVersion(): string {
  const pkg: unknown = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
  const v = typeof pkg === 'object' && pkg !== null && 'version' in pkg ? pkg.version : undefined;
  return typeof v === 'string' ? v : '0.0.0';
}
