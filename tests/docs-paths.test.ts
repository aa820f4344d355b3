/**
 * The docs name today's paths (issue 25): every backticked repository path in
 * docs/ARCHITECTURE.md, docs/adr/*.md and README.md exists, and ARCHITECTURE.md's folder table
 * names every folder under src/ and src/core/.
 *
 * What counts as a path: a backticked text that starts with `src/`, `tests/`, `scripts/`, `docs/`,
 * `bench/`, `bin/` or `assets/`, or with a folder of src/ (`excel/…`, `core/…`) or of src/core/
 * (`rules/…`, `sheets/…`), which are read below src/ and src/core/ respectively. The path ends at
 * the first character that cannot be in one (`src/cli/main.ts:42` is `src/cli/main.ts`).
 * Allowed, explicitly:
 * - `*` and a `<placeholder>` (`src/sim/<family>.ts`) are globs: at least one file must match;
 * - a path followed by ` (removed` names what a decision removed (ADR history);
 * - a path right after `owner/repo's ` is another repository's.
 */
import * as fs from 'fs';
import * as path from 'path';

const root = path.join(__dirname, '..');
const ROOTS = ['src', 'tests', 'scripts', 'docs', 'bench', 'bin', 'assets'];
const dirsOf = (dir: string): string[] =>
  fs
    .readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
const SRC_DIRS = dirsOf('src');
const CORE_DIRS = dirsOf('src/core');

function docs(): string[] {
  const adr = fs
    .readdirSync(path.join(root, 'docs/adr'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/adr/${f}`);
  return ['docs/ARCHITECTURE.md', 'README.md', ...adr];
}

/** A path with `*` as a glob: does any file or folder match it? */
function matches(pattern: string): boolean {
  const parts = pattern.split('/').filter((p) => p !== '');
  const walk = (dir: string, i: number): boolean => {
    if (i === parts.length) return true;
    const part = parts[i]!;
    if (!part.includes('*')) return fs.existsSync(path.join(root, dir, part)) && walk(path.join(dir, part), i + 1);
    const re = new RegExp(`^${part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    const full = path.join(root, dir);
    if (!fs.existsSync(full) || !fs.statSync(full).isDirectory()) return false;
    return fs.readdirSync(full).some((name) => re.test(name) && walk(path.join(dir, name), i + 1));
  };
  return walk('', 0);
}

/** The repository path a backticked text names, or null when it names none. */
function repoPath(token: string): string | null {
  const m = /^(?:\.\/)?([A-Za-z0-9_.<>*-]+(?:\/[A-Za-z0-9_.<>*-]*)+)/.exec(token.trim());
  if (!m) return null;
  const p = m[1]!;
  const first = p.split('/')[0]!;
  if (ROOTS.includes(first)) return p;
  if (SRC_DIRS.includes(first)) return `src/${p}`;
  if (CORE_DIRS.includes(first)) return `src/core/${p}`;
  return null;
}

interface Named {
  doc: string;
  line: number;
  token: string;
  path: string;
}

function namedPaths(doc: string): Named[] {
  const text = fs.readFileSync(path.join(root, doc), 'utf8');
  const out: Named[] = [];
  for (const m of text.matchAll(/`([^`\n]+)`/g)) {
    const p = repoPath(m[1]!);
    if (p === null) continue;
    const before = text.slice(Math.max(0, m.index! - 80), m.index!);
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 12);
    if (/^\s*\(removed/.test(after)) continue;
    if (/[\w.-]+\/[\w.-]+'s\s+$/.test(before)) continue;
    out.push({ doc, line: text.slice(0, m.index!).split('\n').length, token: m[1]!, path: p });
  }
  return out;
}

const exists = (p: string): boolean => {
  const glob = p.replace(/<[^>]+>/g, '*');
  return glob.includes('*') ? matches(glob) : fs.existsSync(path.join(root, glob));
};

describe('the docs name paths that exist', () => {
  test.each(docs())('%s', (doc) => {
    const missing = namedPaths(doc)
      .filter((n) => !exists(n.path))
      .map((n) => `${n.doc}:${n.line} \`${n.token}\` (${n.path})`);
    expect(missing).toEqual([]);
  });

  test('the reading of a backticked text', () => {
    expect(repoPath('src/cli/main.ts:42')).toBe('src/cli/main.ts');
    expect(repoPath('excel/validasi.ts')).toBe('src/excel/validasi.ts');
    expect(repoPath('rules/targets.ts')).toBe('src/core/rules/targets.ts');
    expect(repoPath('src/sim/<family>.ts')).toBe('src/sim/<family>.ts');
    expect(repoPath('rapk check RAPK.xlsx')).toBeNull();
    expect(repoPath('Realisasi TW I/II')).toBeNull();
    expect(exists('src/sim/<family>.ts')).toBe(true);
    expect(exists('src/core/nothing-here.ts')).toBe(false);
    expect(exists('docs/adr/*-reader.md')).toBe(true);
  });

  test("ARCHITECTURE.md's folder table names every folder under src/ and src/core/", () => {
    const text = fs.readFileSync(path.join(root, 'docs/ARCHITECTURE.md'), 'utf8');
    const rows = text.split('\n').filter((l) => l.startsWith('|'));
    const named = new Set(rows.flatMap((l) => [...l.matchAll(/`(src\/[^`]*?)\/?`/g)].map((m) => m[1]!)));
    const folders = [...SRC_DIRS.map((d) => `src/${d}`), ...CORE_DIRS.map((d) => `src/core/${d}`)];
    expect(folders.filter((f) => !named.has(f))).toEqual([]);
  });
});
