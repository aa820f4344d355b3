/**
 * The commands' entry points (core/workbook.ts) say what the Excel adapter and the CLI print beside
 * the result: the chosen RAPK's errors, the Realisasi's rows, Validasi's "no RAPK" with its stops.
 */
import { grid, kRows, realisasiRows, set } from '../spec/sheets';
import type { Grid } from '../../src/core/grid/grid';
import { validateSheet } from '../../src/core/rules/validate';
import {
  activeSheetOutcome,
  realisasiForWorkbook,
  settingsPlanForWorkbook,
  summaryForWorkbook,
  validateWorkbook,
} from '../../src/core/workbook';

/** last year's RAPK, hidden, with an error (its indicator's budget is not its lines' sum) */
const last = (): Grid =>
  grid(set(set(kRows(), 'A1', 'RENCANA AKSI PERJANJIAN KINERJA TAHUN 2023'), 'P4', 1), 'RAPK 2023', { hidden: true });
const current = (rows = kRows()): Grid => grid(rows, 'RAPK 2024');
/** the Realisasi sheet with one quarter typed for 01.01 (H4: Realisasi TW I) */
const realisasi = (): Grid => grid(set(realisasiRows(kRows()), 'H4', 88), 'Realisasi 2024');

describe('the RAPK errors said beside Realisasi and Ringkasan are those of the RAPK they used', () => {
  test('a hidden last-year RAPK with errors before a clean current one: none', () => {
    const sheets = [last(), current(), realisasi()];
    expect(
      validateWorkbook(sheets)
        .findings.filter((f) => f.severity === 'error')
        .map((f) => f.sheet),
    ).toContain('RAPK 2023');
    const r = realisasiForWorkbook(sheets);
    const s = summaryForWorkbook(sheets, 1);
    if ('problem' in r || 'problem' in s) throw new Error('a problem');
    expect([r.model.sheet, r.leftAside, r.rapkErrors]).toEqual(['RAPK 2024', ['RAPK 2023'], []]);
    expect([s.rapkSheet, s.rapkErrors]).toEqual(['RAPK 2024', []]);
  });

  test('errors in the RAPK used: counted, all of that sheet', () => {
    const sheets = [last(), current(set(kRows(), 'P4', 1)), realisasi()];
    const r = realisasiForWorkbook(sheets);
    const s = summaryForWorkbook(sheets, 1);
    if ('problem' in r || 'problem' in s) throw new Error('a problem');
    expect(r.rapkErrors.length).toBeGreaterThan(0);
    expect(new Set(r.rapkErrors.map((f) => [f.sheet, f.severity].join()))).toEqual(new Set(['RAPK 2024,error']));
    expect(s.rapkErrors).toEqual(r.rapkErrors);
  });

  test("the Realisasi's rows are the RAPK's indicators; typed rows are counted on an existing sheet only", () => {
    const fresh = realisasiForWorkbook([current()]);
    const again = realisasiForWorkbook([current(), realisasi()]);
    if ('problem' in fresh || 'problem' in again) throw new Error('a problem');
    expect([fresh.rows, fresh.typed, fresh.existing]).toEqual([3, 0, null]);
    expect([again.rows, again.typed]).toEqual([3, 1]);
  });
});

describe('Validasi and Pengaturan', () => {
  test('a sheet the reader stopped on: the noRapk problem with its stops; a RAPK: its model and counts', () => {
    const stopped = activeSheetOutcome(validateSheet(grid([['RENCANA AKSI 2024'], ['tidak ada tabel']], 'Lembar')), 'Lembar');
    expect('problem' in stopped && stopped.problem.kind).toBe('noRapk');
    expect('problem' in stopped && stopped.problem.sheet).toBe('Lembar');
    const ok = activeSheetOutcome(validateSheet(current()), 'RAPK 2024');
    expect('model' in ok && [ok.model.sheet, ok.indicators]).toEqual(['RAPK 2024', 3]);
    expect(activeSheetOutcome(null, 'Ringkasan TW I 2024')).toEqual({
      problem: { kind: 'noRapk', sheet: 'Ringkasan TW I 2024', stops: [] },
    });
  });

  test('the existing settings sheet is named by the core (never overwritten by the adapter)', () => {
    expect(settingsPlanForWorkbook([current()]).existing).toBeNull();
    const plan = settingsPlanForWorkbook([current()]).plan;
    const withIt = settingsPlanForWorkbook([current(), { name: plan.name, values: [['Pengaturan RAPK']] }]);
    expect([withIt.exists, withIt.existing]).toEqual([true, plan.name]);
  });
});
