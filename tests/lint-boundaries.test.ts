/**
 * The lint rules that keep the rooms apart are there and bite (eslint.config.mjs): src/excel takes
 * from the core only the commands' entry points (and A1 addresses, the catalogues, the findings'
 * questions; types from anywhere), and the office-js rooms run eslint-plugin-office-addins' rules.
 */
import * as path from 'path';
import { spawnSync } from 'child_process';

const root = path.join(__dirname, '..');

/** ESLint over `code` as if it were `file` (a child process: the flat config is an ES module, which jest's VM does not load). */
async function rulesHit(code: string, file: string): Promise<string[]> {
  const r = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', file, '--format', 'json', '--no-warn-ignored'],
    { cwd: root, input: code, encoding: 'utf8' },
  );
  if (r.status !== 0 && r.status !== 1) throw new Error(r.stderr);
  const [out] = JSON.parse(r.stdout) as { messages: { ruleId: string | null; line: number }[] }[];
  return out!.messages.map((m) => `${m.ruleId}: ${m.line}`);
}

jest.setTimeout(60_000);

describe('src/excel reaches the core through the entry points', () => {
  test('a reader, rule or measure module imported for its values: refused', async () => {
    const code = [
      "import { allIndikator } from '../core/reader/model';",
      "import { rapkErrorsOf } from '../core/rules/unresolved';",
      "import { summarize } from '../core/measure/summary';",
      'export const x = [allIndikator, rapkErrorsOf, summarize];',
      '',
    ].join('\n');
    expect(await rulesHit(code, 'src/excel/probe.ts')).toEqual([
      'no-restricted-imports: 1',
      'no-restricted-imports: 2',
      'no-restricted-imports: 3',
    ]);
  });

  test('the entry points, addresses, catalogues, findings questions and any type: allowed', async () => {
    const code = [
      "import type { RapkModel } from '../core/reader/model';",
      "import { realisasiForWorkbook } from '../core/workbook';",
      "import { compareWorkbooks } from '../core/diff/workbook';",
      "import { a1 } from '../core/grid/grid';",
      "import { DIFF_TEXT } from '../core/locales/diff';",
      "import { hasErrors } from '../core/rules/findings';",
      "import { planMarks } from '../core/sheets/marks';",
      'export const x = (m: RapkModel) => [m, realisasiForWorkbook, compareWorkbooks, a1, DIFF_TEXT, hasErrors, planMarks];',
      '',
    ].join('\n');
    expect(await rulesHit(code, 'src/excel/probe.ts')).toEqual([]);
  });

  test('the same imports elsewhere (the CLI) are not this rule', async () => {
    const code = "import { allIndikator } from '../core/reader/model';\nexport const x = allIndikator;\n";
    expect(await rulesHit(code, 'src/cli/probe.ts')).toEqual([]);
  });
});

describe('office-js usage (eslint-plugin-office-addins)', () => {
  test('an empty load, a sync in a loop, a null test, Office.initialize: refused in the adapter', async () => {
    const code = [
      'export async function f(context: Excel.RequestContext): Promise<void> {',
      "  const ws = context.workbook.worksheets.getItemOrNullObject('a');",
      "  const range = ws.getRange('A1');",
      '  range.load();',
      '  if (ws === null) return;',
      '  for (let i = 0; i < 3; i++) await context.sync();',
      '  Office.initialize = () => undefined;',
      '}',
      '',
    ].join('\n');
    expect(await rulesHit(code, 'src/excel/probe.ts')).toEqual([
      'office-addins/no-empty-load: 4',
      'office-addins/test-for-null-using-isNullObject: 5',
      'office-addins/no-context-sync-in-loop: 6',
      'office-addins/no-office-initialize: 7',
    ]);
  });
});
