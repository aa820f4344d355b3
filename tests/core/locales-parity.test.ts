/**
 * One home per sentence (issue 15): every catalogue in src/core/locales says the same things in
 * Indonesian and English, and no user-visible sentence is written anywhere else.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { GatewayError } from '../../src/gateway/contract';
import type { UiStrings } from '../../src/core/locales/pane';
import { sentencesIn } from '../support/sentences';

const root = path.join(__dirname, '..', '..');
const localesDir = path.join(root, 'src', 'core', 'locales');

// ---------------------------------------------------------------- parity

/** Files of src/core/locales that hold no `{ id, en }` catalogue of their own, and why. */
const NOT_CATALOGUES: Record<string, string> = {
  'format.ts': 'number formatting per language',
  'types.ts': 'the findings catalogue type',
  'id.ts': 'the Indonesian findings catalogue, checked through CATALOGUES (index.ts)',
  'en.ts': 'the English findings catalogue, checked through CATALOGUES (index.ts)',
};

function isCatalogue(v: unknown): v is { id: unknown; en: unknown } {
  return typeof v === 'object' && v !== null && Object.keys(v).sort().join() === 'en,id';
}

/** Where `a` (Indonesian) and `b` (English) differ in shape, or hold an empty string. */
function shapeDiffs(a: unknown, b: unknown, at = ''): string[] {
  const kind = (v: unknown): string => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);
  if (kind(a) !== kind(b)) return [`${at}: ${kind(a)} in id, ${kind(b)} in en`];
  if (typeof a === 'string') return a.trim() && (b as string).trim() ? [] : [`${at}: empty string`];
  if (typeof a === 'function') {
    const n = (b as (...x: unknown[]) => unknown).length;
    return a.length === n ? [] : [`${at}: takes ${a.length} arguments in id, ${n} in en`];
  }
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) return [`${at}: ${a.length} items in id, ${bb.length} in en`];
    return a.flatMap((x, i) => shapeDiffs(x, bb[i], `${at}[${i}]`));
  }
  if (typeof a === 'object' && a !== null) {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b as object).sort();
    const only = [
      ...ka.filter((k) => !kb.includes(k)).map((k) => `${at}.${k}: only in id`),
      ...kb.filter((k) => !ka.includes(k)).map((k) => `${at}.${k}: only in en`),
    ];
    return [
      ...only,
      ...ka
        .filter((k) => kb.includes(k))
        .flatMap((k) => shapeDiffs((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`)),
    ];
  }
  return [];
}

describe('locale catalogues', () => {
  const files = fs.readdirSync(localesDir).filter((f) => f.endsWith('.ts'));
  const catalogues = files.flatMap((f) =>
    Object.entries(jest.requireActual<Record<string, unknown>>(path.join(localesDir, f)))
      .filter(([, v]) => isCatalogue(v))
      .map(([name, v]) => ({ file: f, name, cat: v as { id: unknown; en: unknown } })),
  );

  test('every file of src/core/locales exports an { id, en } catalogue (or says why not)', () => {
    const without = files.filter((f) => !NOT_CATALOGUES[f] && !catalogues.some((c) => c.file === f));
    expect(without).toEqual([]);
    expect(catalogues.map((c) => `${c.file}:${c.name}`).sort()).toEqual([
      'cli.ts:CLI_STRINGS',
      'cliHelp.ts:CLI_HELP',
      'diff.ts:DIFF_TEXT',
      'guide.ts:GUIDE_TEXT',
      'harness.ts:HARNESS',
      'index.ts:CATALOGUES',
      'pane.ts:LANG_NAMES',
      'pane.ts:UI',
      'paneDiff.ts:DIFF_UI',
      'paneRekap.ts:REKAP_UI',
      'paneSakti.ts:SAKTI_UI',
      'rapkChosen.ts:RAPK_CHOSEN',
      'realisasiSheet.ts:REALISASI_SHEET_TEXT',
      'rekap.ts:REKAP_TEXT',
      'ringkasan.ts:RINGKASAN_TEXT',
      'sakti.ts:SAKTI_TEXT',
      'settingsSheet.ts:SETTINGS_SHEET_TEXT',
      'titles.ts:RULE_TITLES',
    ]);
  });

  test('id and en have the same keys at every depth, the same kinds and arities, and no empty string', () => {
    const diffs = catalogues.flatMap((c) => shapeDiffs(c.cat.id, c.cat.en, `${c.file}:${c.name}`));
    expect(diffs).toEqual([]);
  });

  test('the parity check finds a missing key, a kind, an arity, an array length and an empty string', () => {
    const id = { a: 'x', b: { c: (n: number) => `${n}`, d: ['p', 'q'] }, e: 'y', f: 'z', g: (x: string) => x };
    const en = { a: '', b: { c: () => 'c', d: ['p'] }, e: () => 'y', g: (x: string) => x, h: 'w' };
    expect(shapeDiffs(id, en, 'T')).toEqual([
      'T.f: only in id',
      'T.h: only in en',
      'T.a: empty string',
      'T.b.c: takes 1 arguments in id, 0 in en',
      'T.b.d: 2 items in id, 1 in en',
      'T.e: string in id, function in en',
    ]);
  });

  // the note modes are one type (core/sheets/marksState.ts, re-exported by the gateway contract): nothing to keep equal
  test("the pane explains exactly the gateway's failures", () => {
    type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
    const kinds: Same<keyof UiStrings['errors'], GatewayError['kind']> = true;
    expect(kinds).toBe(true);
  });
});

// ---------------------------------------------------------------- no sentence outside core/locales

/**
 * The folders whose user-visible words must come from src/core/locales: the pane, harness, host,
 * CLI, Excel adapter, worker, xlsx writer, and the core's sheet plans and settings sheet.
 */
const SCANNED = [
  'src/taskpane',
  'src/harness',
  'src/host',
  'src/cli',
  'src/excel',
  'src/worker',
  'src/xlsx',
  'src/gateway',
  'src/commands',
  'src/core/sheets',
  'src/core/settings',
];

/** Literals that read like sentences but nobody reads as one (`file: text`), grouped by why. */
const ALLOWED: { why: string; literals: string[] }[] = [
  {
    why: "technical details: shown, if ever, after the localised 'Excel refused' sentence, like office-js's own messages",
    literals: [
      'src/taskpane/fileBytes.ts: read failed',
      'src/worker/client.ts: worker error',
      'src/worker/client.ts: unexpected worker reply',
    ],
  },
  {
    why: 'internal errors for developers (a damaged package, a bug); the user sees a localised reason instead',
    literals: [
      'src/xlsx/package.ts: no workbook part (${})',
      'src/xlsx/writer.ts: no sheet ${}',
      'src/xlsx/grid.ts: no result',
      'src/core/sheets/colour.ts: not a #RRGGBB colour: ${}',
      'src/cli/rekapPool.ts: rekap worker answered file ${} for ${}',
      'src/cli/rekapPool.ts: rekap worker exited (${})',
    ],
  },
  {
    why: "exceljs's own error for overlapping merges, kept word for word so the replacement check fails the same way (the file is then listed as damaged)",
    literals: ['src/cli/fastMerges.ts: Cannot merge already merged cells'],
  },
  {
    why: 'names by which the add-in finds its own objects again (identifiers, like sheet names); SPEC names the sheets',
    literals: [
      'src/excel/charts.ts: Grafik Capaian',
      'src/excel/sheetSwap.ts: RAPK baru ',
      'src/core/sheets/rekap.ts: Grafik NPSS',
      'src/core/sheets/rekap.ts: Rekap TW ${}${}',
      'src/core/sheets/ringkasan.ts: Ringkasan TW ${}${}',
      'src/core/settings/sheet.ts: Pengaturan RAPK',
      'src/core/sheets/riwayat.ts: Riwayat Revisi',
    ],
  },
  {
    why: "SPEC's words, read back from the sheets: column labels, section titles, band labels and perspectives, the same in both languages",
    literals: [
      'src/core/sheets/rekap.ts: Internal Process',
      'src/core/sheets/rekap.ts: Learning & Growth',
      ...['Sangat Baik', 'Tidak Dapat Disimpulkan', 'Sangat Kurang', 'Butuh Perbaikan', 'Tidak Efisien'].map(
        (l) => `src/core/settings/bands.ts: ${l}`,
      ),
      ...[86, 84, 80, 78, 75].map((n) => `src/core/settings/bands.ts: ${n}% (tidak efisien)`),
      ...[
        'Kriteria Indikator',
        'Predikat NPS/NPSS',
        'Efisiensi Anggaran (TE)',
        'Bobot Indikator',
        'Batas Bawah',
        'Bawah Termasuk',
        'Batas Atas',
        'Atas Termasuk',
        'Batas NPI',
        'Batas Akan Tercapai (%)',
        'Bobot IKU',
      ].map((l) => `src/core/settings/sheet.ts: ${l}`),
    ],
  },
];
const allowed = new Set(ALLOWED.flatMap((g) => g.literals));

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

describe('no user-visible sentence outside src/core/locales', () => {
  const found = SCANNED.flatMap((d) => sources(path.join(root, d))).flatMap((f) => {
    const rel = path.relative(root, f).split(path.sep).join('/');
    return sentencesIn(f, fs.readFileSync(f, 'utf8')).map((s) => ({ key: `${rel}: ${s.text}`, at: `${rel}:${s.line}: ${s.text}` }));
  });

  test('the pane, harness, host, CLI, Excel adapter, worker, xlsx writer and sheet plans write none of their own', () => {
    expect(found.filter((s) => !allowed.has(s.key)).map((s) => s.at)).toEqual([]);
  });

  test('every allow-listed literal is still there (the list does not go stale)', () => {
    expect([...allowed].filter((k) => !found.some((s) => s.key === k))).toEqual([]);
  });

  test('the guard finds JSX text, labels, thrown messages and templates, and leaves styles, markup, flags and worker source alone', () => {
    const source = [
      "import { x } from 'some module';",
      "type Kind = 'two words';",
      'export const P = () => (',
      '  <p className="tab active" style={{ border: \'1px solid red\' }} aria-label="Close the pane">',
      '    Hello there',
      '    {x}',
      '  </p>',
      ');',
      "const css = { outline: '2px solid #107C41' };",
      'const xml = `<c:pt idx="${1}"><c:v>${2}</c:v></c:pt>`;',
      "program.option('-o, --output <file>', x);",
      "throw new Error('the file is broken');",
      'const done = (s: string) => `Sheet ${s} was written`;',
      "const word = 'Validasi';",
      "const boot = `\\nconst { workerData } = require('worker_threads');\\nrequire(workerData.entry);\\n`;",
      "const notCode = 'please require(x) it now';",
    ].join('\n');
    expect(sentencesIn('mem.tsx', source)).toEqual([
      { line: 4, text: 'Close the pane' },
      { line: 5, text: 'Hello there' },
      { line: 12, text: 'the file is broken' },
      { line: 13, text: 'Sheet ${} was written' },
      { line: 16, text: 'please require(x) it now' },
    ]);
  });
});
