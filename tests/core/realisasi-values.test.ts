/** The Realisasi sheet's value cells are parsed once, by its reader, into typed values. */
import type { CellValue, Grid } from '../../src/core/grid/grid';
import { readRealisasi, realisasiValue } from '../../src/core/reader/realisasi';
import { checkRealisasi } from '../../src/core/rules/realisasi';
import { REALISASI_LABELS } from '../../src/core/reader/realisasi';
import { realisasiForWorkbook, summaryForWorkbook, validateWorkbook } from '../../src/core/workbook';
import { planToGrid } from '../../src/sample/generate';
import { fixtureGrids } from '../support/fixtures';
import { withCell } from '../support/grids';
import { param } from '../support/params';

/** A Realisasi sheet of one row, TW I..IV realisasi and anggaran as given, each with a format. */
function sheetOf(realisasi: CellValue[], anggaran: CellValue[], formats: (string | null)[]): Grid {
  const row: CellValue[] = REALISASI_LABELS.map(() => null);
  const fmt: (string | null)[] = REALISASI_LABELS.map(() => null);
  row[0] = '01.01';
  realisasi.forEach((v, k) => {
    row[7 + 2 * k] = v;
    fmt[7 + 2 * k] = formats[k] ?? null;
    row[6 + 2 * k] = 0.5;
    fmt[6 + 2 * k] = formats[k] ?? null;
  });
  anggaran.forEach((v, k) => {
    row[15 + k] = v;
    fmt[15 + k] = formats[k] ?? null;
  });
  return { name: 'Realisasi 2025', values: [['x'], [], [...REALISASI_LABELS], row], formats: [[], [], [], fmt] };
}

describe('reading the Realisasi sheet into typed values', () => {
  it('parses each realisasi, target and anggaran cell once, with its number format', () => {
    const g = sheetOf([0.95, '97,5', '-', 'belum'], ['15.000.000', 0.5, true, null], ['0%', '0%', null, null]);
    const row = readRealisasi(g)!.rows[0]!;
    expect(row.values.realisasi).toEqual([
      { kind: 'number', value: 95 },
      { kind: 'number', value: 97.5 },
      { kind: 'dash', text: '-' },
      { kind: 'text', text: 'belum' },
    ]);
    expect(row.values.targets).toEqual([
      { kind: 'number', value: 50 },
      { kind: 'number', value: 50 },
      { kind: 'number', value: 0.5 },
      { kind: 'number', value: 0.5 },
    ]);
    // an amount is never scaled by a `%` format
    expect(row.values.anggaran).toEqual([
      { kind: 'number', value: 15_000_000 },
      { kind: 'number', value: 0.5 },
      { kind: 'other', text: 'true' },
      { kind: 'empty' },
    ]);
    // the cells as typed stay for the plan, which writes them back unchanged
    expect(row.realisasi).toEqual([0.95, '97,5', '-', 'belum']);
    expect(row.anggaran).toEqual(['15.000.000', 0.5, true, null]);
  });

  it('a value cell alone', () => {
    expect(realisasiValue('  ', 'target')).toEqual({ kind: 'empty' });
    expect(realisasiValue(' – ', 'target')).toEqual({ kind: 'dash', text: ' – ' });
    expect(realisasiValue(Infinity, 'target')).toEqual({ kind: 'other', text: 'Infinity' });
    expect(realisasiValue('35,00 (%)', 'target', '0%')).toEqual({ kind: 'number', value: 35 });
    expect(realisasiValue(0.2375, 'target', '0.00%')).toEqual({ kind: 'number', value: 23.75 });
  });
});

describe('the rules and the summary use the same values', () => {
  async function jember(): Promise<{ grids: Grid[]; sheet: Grid }> {
    const grids = await fixtureGrids('rapk-2025-jember.xlsx');
    const r = realisasiForWorkbook(grids);
    if ('problem' in r) throw new Error('problem');
    return { grids, sheet: planToGrid(r.plan) };
  }

  it('`-` is no R01 and is listed as typed; TRUE is R01 and not listed; text is both', async () => {
    const { grids, sheet } = await jember();
    const g = withCell(withCell(withCell(sheet, 'J4', '-'), 'J6', true), 'J7', 'belum');
    const model = validateWorkbook(grids).sheets[0]!.model;
    const r01 = checkRealisasi(model, readRealisasi(g)!).filter((f) => f.code === 'R01');
    expect(r01.map((f) => [f.cells[0], param(f, 'text')])).toEqual([
      ['J6', 'true'],
      ['J7', 'belum'],
    ]);
    const s = summaryForWorkbook([grids[0]!, g], 2);
    if ('problem' in s) throw new Error('problem');
    const [a, , c, d] = s.summary.indikator;
    expect([a, c, d].map((i) => [i!.kode, i!.realisasi, i!.realisasiText, i!.why])).toEqual([
      ['01.01', null, '-', 'notNumber'],
      ['01.03', null, null, 'noRealisasi'],
      ['01.04', null, 'belum', 'notNumber'],
    ]);
  });
});
