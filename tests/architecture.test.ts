/** The layout of the code (issue 15, docs/ARCHITECTURE.md): small files, one stage per folder. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';

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

  test('the gateway contract imports no locale file (the locales import their types from the core, not the other way)', () => {
    const text = fs.readFileSync(path.join(root, 'src/gateway/contract.ts'), 'utf8');
    expect(text.match(/from '[^']*core\/locales[^']*'/g) ?? []).toEqual([]);
  });

  const checkImports = (dir: string) =>
    spawnSync(process.execPath, [path.join(root, 'scripts/check-imports.js'), dir], { encoding: 'utf8' });

  test('src has no import cycles (scripts/check-imports.js, run by npm run lint)', () => {
    const r = checkImports(root);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  test('check-imports fails on a cycle and names its path; type-only imports do not count', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapk-cycle-'));
    try {
      fs.mkdirSync(path.join(dir, 'src', 'core'), { recursive: true });
      const write = (f: string, text: string) => fs.writeFileSync(path.join(dir, 'src', f), text);
      write('core/a.ts', "import { b } from './b';\nexport const a = () => b;\n");
      write('core/b.ts', "import type { T } from '../types';\nexport { c as b } from '../c';\nexport type U = T;\n");
      write('c.ts', "import { a } from './core/a';\nexport const c = a;\n");
      write('types.ts', "import { a } from './core/a';\nexport type T = typeof a;\n");
      const r = checkImports(dir);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('import cycle: src/c.ts → src/core/a.ts → src/core/b.ts → src/c.ts');
      expect(r.stderr).not.toContain('types.ts');
      // types only: no cycle
      write('core/b.ts', "import type { T } from '../types';\nexport type U = T;\nexport const b = 1;\n");
      write('c.ts', "import type { a } from './core/a';\nexport const c = 1;\n");
      expect(checkImports(dir).status).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
