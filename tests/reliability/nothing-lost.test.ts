/** Nothing lost: 100 random edit/refresh cycles of the Realisasi sheet keep every typed value. */
import fc from 'fast-check';
import type { CellValue, Grid } from '../../src/core/grid/grid';
import { planToGrid } from '../../src/sample/generate';
import { planRealisasi } from '../../src/core/sheets/realisasi';
import { COL, anggaranCol, realisasiCol } from '../../src/core/reader/realisasi';
import { readRealisasi } from '../../src/core/reader/realisasi';
import { validateWorkbook } from '../../src/core/workbook';
import { findRealisasi } from '../../src/core/workbook';
import { fixtureGrids } from '../support/fixtures';

const typedCols = [COL.Perspektif, COL.Polaritas, COL.Penilaian, ...[0, 1, 2, 3].map(realisasiCol), ...[0, 1, 2, 3].map(anggaranCol)];

const typed: fc.Arbitrary<CellValue> = fc.oneof(
  fc.double({ min: 0, max: 1000, noNaN: true }),
  fc.integer({ min: 0, max: 5e9 }),
  fc.constantFrom(
    'Minimize',
    'Maximize',
    'Akhir Tahun',
    'Triwulan',
    'Stakeholder',
    'Learning & Growth',
    '97,5',
    '=SUM(A1)',
    '-',
    'belum',
    '@x',
  ),
);

describe('Realisasi refresh', () => {
  it('keeps every typed value across 100 random edit/refresh cycles', async () => {
    const grids = await fixtureGrids('lakin-tw2-2024-dumai.xlsx');
    const rapk = grids[0]!;
    const model = validateWorkbook([rapk]).sheets[0]!.model;
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.record({ row: fc.nat(24), col: fc.constantFrom(...typedCols), v: typed }), { maxLength: 8 }), {
          minLength: 100,
          maxLength: 100,
        }),
        (cycles) => {
          let sheet: Grid = planToGrid(planRealisasi(model, findRealisasi(grids, model)));
          const expected = new Map<string, CellValue>();
          for (const edits of cycles) {
            const values = sheet.values.map((r) => [...r]);
            for (const e of edits) {
              const row = values[3 + e.row]!;
              while (row.length <= e.col) row.push(null);
              row[e.col] = e.v;
              expected.set(`${row[0]}|${e.col}`, e.v);
            }
            sheet = planToGrid(planRealisasi(model, readRealisasi({ ...sheet, values })));
          }
          for (const [k, v] of expected) {
            const [kode, col] = k.split('|');
            const row = sheet.values.find((r) => r[0] === kode)!;
            expect({ k, v: row[Number(col)] }).toEqual({ k, v });
          }
        },
      ),
      { seed: 31415, numRuns: 5 },
    );
  });
});
