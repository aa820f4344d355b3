/**
 * One spelling per domain noun (issue 25): in identifiers the project writes the planners' word,
 * `Indikator` (as `Sasaran`, `Realisasi`, `Anggaran`); English stays in comments and in the
 * English sentences of `src/core/locales`. Names others read are kept as published: the diff's
 * change kinds (`indicatorAdded`, `indicatorRemoved`: `rapk diff --json`), result fields and JSON
 * keys (`indicators`, a finding's `indicator` param), which are plain words, not compounds.
 * KNOWN lists the compounds still spelt in English, each with where it lives: the list may only
 * shrink (a new one fails; a renamed one must leave the list).
 */
import * as fs from 'fs';
import * as path from 'path';

const root = path.join(__dirname, '..');

const PUBLISHED = new Set(['indicatorAdded', 'indicatorRemoved']);

/** The reader's own names (renamed with the reader's next change) and the test-data generators' options. */
const KNOWN: Record<string, string> = {
  completesWrappedIndicator: 'src/core/reader',
  indicatorText: 'src/core/reader',
  isIndicatorRow: 'src/core/reader',
  onIndicator: 'src/core/reader',
  readIndicatorCells: 'src/core/reader',
  splitIndicator: 'src/core/reader',
  indicatorLabel: 'src/sample',
  indicatorsPerSasaran: 'src/sample',
  linesPerIndicator: 'src/sample',
  wrapIndicator: 'src/sample',
};

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'locales' ? [] : sources(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** The code without its comments and string literals (a rough cut, enough for names). */
function codeOf(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\/\/.*$/gm, ' ')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
}

/** Compound identifiers that spell the noun in English: `isIndicatorRow`, `indicatorText`. */
function englishCompounds(code: string): string[] {
  const names = code.match(/\b(?:[A-Za-z_$][\w$]*Indicators?[\w$]*|indicators?[A-Z][\w$]*)\b/g) ?? [];
  return [...new Set(names)].filter((n) => !PUBLISHED.has(n));
}

describe('one spelling per domain noun', () => {
  const found = new Map<string, string>();
  for (const f of sources(path.join(root, 'src')))
    for (const n of englishCompounds(codeOf(fs.readFileSync(f, 'utf8')))) found.set(n, path.relative(root, f));

  test('no new identifier spells Indikator in English', () => {
    expect([...found.keys()].filter((n) => !(n in KNOWN)).map((n) => `${n} (${found.get(n)})`)).toEqual([]);
  });

  test('the known list only shrinks: each name on it is still there', () => {
    expect(Object.keys(KNOWN).filter((n) => !found.has(n))).toEqual([]);
  });

  test('what counts as such a name', () => {
    expect(
      englishCompounds(codeOf("const x = isIndicatorRow(r); // onIndicator\nf(indicatorText, indicators, 'splitIndicator');")),
    ).toEqual(['isIndicatorRow', 'indicatorText']);
    expect(englishCompounds(codeOf("const a = allIndikator(m); /* matchIndicators */ const s = 'ImportedIndicator';"))).toEqual([]);
  });
});
