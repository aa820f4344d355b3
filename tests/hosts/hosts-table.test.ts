/**
 * `npm run hosts` (issue 21): every command on every Excel profile and every cross-version pair,
 * asserted cell by cell. Syncs are exact; the largest request stays far under the 4 MB we keep
 * every request to.
 */
import * as path from 'path';
import { CONDITIONS } from '../../bench/hostConditions';
import { COMMANDS, type HostTable, hostTable } from '../../bench/hostTable';
import { HOST_PROFILES } from '../../src/sim/profiles';

const NO_RIBBON = '; run from the task pane (Home → Add-ins: no ribbon button on this host)';
const OTHERS = (ribbon: boolean): [string, string, number][] => {
  const r = ribbon ? '' : NO_RIBBON;
  return [
    ['ok', `12 cells restored${r}`, 3],
    // the Dumai LAKIN's Realisasi sheet already says what its RAPK says: nothing written, said so (was "refreshed in place")
    ['ok', `"Realisasi 2024" already up to date (nothing written), 25 rows${r}`, 3],
    ['ok', `summary sheet "Ringkasan TW II 2024"${r}`, 3],
    ['ok', `settings sheet created "Pengaturan RAPK"${r}`, 3],
    ['ok', `units: 1 "Rekap TW II 2024"${r}`, 2],
  ];
};
const MARKED = '12 cells marked, 12 findings listed in the pane';
const EXPECTED: Record<string, [string, string, number][]> = {
  'Excel 2021 LTSC': [
    // the first command of a session on this host finds threaded comments unavailable: one sync more, once
    ["degraded: fills and the pane's list (threaded comments unavailable here, no notes API)", MARKED, 4],
    ...OTHERS(true),
  ],
  'Excel 2024 LTSC': [
    // comments in their own last batch: the planner's note on P26 refuses one
    ['degraded: fills and threaded comments (no notes API); a cell holding a note gets the fill only, its message in the pane', MARKED, 4],
    ...OTHERS(true),
  ],
  'Microsoft 365 (Windows/Mac)': [['ok', `${MARKED}; fills and notes`, 3], ...OTHERS(true)],
  'Excel on the web': [['ok', `${MARKED}; fills and notes`, 3], ...OTHERS(true)],
  'Excel on iPad': [['ok', `${MARKED}; fills and notes${NO_RIBBON}`, 3], ...OTHERS(false)],
};

const NOTES_LEFT =
  'degraded: 12 of the add-in’s notes cannot be removed by this version of Excel; their cells’ colours are back. Run Hapus tanda in Microsoft 365 or Excel on the web to remove them.';
const NOTES_HOSTS = new Set(['Microsoft 365 (Windows/Mac)', 'Excel on the web', 'Excel on iPad']);
const LTSC = new Set(['Excel 2021 LTSC', 'Excel 2024 LTSC']);

let table: HostTable;
beforeAll(async () => {
  table = await hostTable(path.join(__dirname, '../fixtures'));
}, 240_000);

describe('npm run hosts', () => {
  it('lists every profile with its API set and every command', () => {
    expect(table.profiles.map((p) => [p.name, p.api])).toEqual(HOST_PROFILES.map((p) => [p.name, p.api]));
    for (const p of table.profiles) expect(p.results.map((r) => r.command)).toEqual([...COMMANDS]);
  });

  it('every cell: outcome, detail and syncs as expected, no failed anywhere, requests under 4 MB', () => {
    for (const p of table.profiles) {
      const got = p.results.map((r) => [r.outcome, r.detail, r.syncs]);
      expect([p.name, got]).toEqual([p.name, EXPECTED[p.name]]);
      for (const r of p.results) {
        expect(r.outcome).not.toMatch(/^failed/);
        expect(r.maxRequestBytes).toBeGreaterThan(0);
        expect(r.maxRequestBytes).toBeLessThan(4_000_000);
      }
    }
  });

  it('cross-version: every pair is ok except notes made where notes exist and cleared where Excel has no notes API (kept, said)', () => {
    expect(table.crossVersion).toHaveLength(20);
    for (const c of table.crossVersion) {
      const expected = NOTES_HOSTS.has(c.markedOn) && LTSC.has(c.clearedOn) ? NOTES_LEFT : 'ok';
      expect([c.markedOn, c.clearedOn, c.outcome]).toEqual([c.markedOn, c.clearedOn, expected]);
      expect(c.detail).toMatch(/^12 marks \((notes|comments|none)\), 12 cells restored$/);
    }
  });

  it('conditions: every command on every profile, on a read-only file and on a protected structure — its message, nothing changed', () => {
    const READ_ONLY =
      'refused: "This workbook is open read-only (or view-only), so the add-in cannot change it. Click Edit Workbook (on the web) or save an editable copy, then try again."; nothing changed';
    const STRUCTURE =
      'refused: "The workbook\'s structure is protected, so sheets cannot be added, deleted or renamed. Unprotect it first (Review → Protect Workbook), then try again."; nothing changed';
    const RAN = 'ran as on an unprotected workbook';
    const expected = CONDITIONS.flatMap((condition) =>
      HOST_PROFILES.flatMap((p) =>
        COMMANDS.map((command) => {
          const addsSheet = command === 'Ringkasan' || command === 'Pengaturan' || command === 'Rekap';
          const detail = condition === 'read-only file' ? READ_ONLY : addsSheet ? STRUCTURE : RAN;
          return { condition, profile: p.name, command, outcome: 'ok', detail };
        }),
      ),
    );
    expect(table.conditions).toHaveLength(2 * 5 * 6);
    expect(table.conditions).toEqual(expected);
  });
});
