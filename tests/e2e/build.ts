/** Builds the web bundle once when dist/web is missing or older than the sources. */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');
export const WEB = path.join(ROOT, 'dist/web');

function newest(dir: string): number {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

export function ensureWebBuild(): void {
  const marker = path.join(WEB, 'harness.html');
  if (fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= newest(path.join(ROOT, 'src'))) return;
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production', '--env', 'WEBPACK_BUILD'],
    { cwd: ROOT, stdio: 'inherit' },
  );
}
