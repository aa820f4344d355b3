/** The layout of the code (issue 15, docs/ARCHITECTURE.md): small files, one stage per folder. */
import * as fs from 'fs';
import * as path from 'path';

const root = path.join(__dirname, '..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

describe('architecture', () => {
  test('no source file in src is over 400 lines', () => {
    const long = sources(path.join(root, 'src'))
      .map((f) => ({ f: path.relative(root, f), lines: fs.readFileSync(f, 'utf8').split('\n').length - 1 }))
      .filter((x) => x.lines > 400)
      .map((x) => `${x.f}: ${x.lines}`);
    expect(long).toEqual([]);
  });
});
