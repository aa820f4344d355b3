import type { CellValue, Grid } from '../../src/core/grid/grid';
import { a1 } from '../../src/core/grid/grid';
import { allIndikator, kodeOf } from '../../src/core/reader/model';
import { messageOf } from '../../src/core/locales';
import { readPk } from '../../src/core/reader/pk';
import { validateSheet } from '../../src/core/rules/validate';
import { validateWorkbook } from '../../src/core/workbook';
import { fixtureGrids } from '../support/fixtures';
import { gridOf } from '../support/grids';

/** A Perjanjian Kinerja sheet built from the Dumai RAPK's indicators, as the PK table 2.2 of seed 002 states them. */
async function setup(edit: (rows: CellValue[][]) => CellValue[][] = (r) => r) {
  const grids = await fixtureGrids('lakin-tw2-2024-dumai.xlsx');
  const model = validateWorkbook(grids).sheets[0]!.model;
  const rows: CellValue[][] = allIndikator(model).map((ind, n) => [n + 1, '', `${ind.no} - ${ind.name}`, ind.targets[11]?.value ?? null]);
  const pk = gridOf('PK 2024', [
    ['PERJANJIAN KINERJA TAHUN 2024'],
    ['LOKA POM DI KOTA DUMAI'],
    [],
    ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target'],
    ...edit(rows),
  ]);
  return { grids, model, pk };
}

const show = (grids: Grid[]) =>
  validateWorkbook(grids)
    .findings.filter((f) => f.code.startsWith('P'))
    .map((f) => `${f.code}@${f.sheet}!${f.cells[0]}`);

describe('rules P01/P02 against a Perjanjian Kinerja sheet', () => {
  it('a PK sheet is not a RAPK (no target columns) and is read as a PK', async () => {
    const { pk } = await setup();
    expect(validateSheet(pk).kind).toBe('none');
    expect(readPk(pk)!.rows).toHaveLength(25);
    const { grids } = await setup();
    expect(validateWorkbook([...grids, pk]).sheets.map((s) => s.name)).toEqual(['RAPK 2024']);
  });

  it('equal targets: no finding', async () => {
    const { grids, pk } = await setup();
    expect(show([...grids, pk])).toEqual([]);
  });

  it('P01: 95.15 in the PK vs 95.19 in the RAPK (seed 002), marked at the RAPK row’s B12 with both values', async () => {
    // 02.02 is the 6th indicator (01.01-01.04, 02.01, 02.02): PK row 10
    const { grids, model, pk } = await setup((rows) => rows.map((r, n) => (n === 5 ? [...r.slice(0, 3), 95.15] : r)));
    const ind = allIndikator(model)[5]!;
    expect(kodeOf(ind)).toBe('02.02');
    const b12 = a1(ind.targets[11]!.cell!);
    expect(show([...grids, pk])).toEqual([`P01@RAPK 2024!${b12}`]);
    const f = validateWorkbook([...grids, pk]).findings.find((x) => x.code === 'P01')!;
    expect(f.severity).toBe('error');
    expect(f.params).toMatchObject({ kode: '02.02', value: 95.19, pk: 95.15, pkSheet: 'PK 2024' });
    expect(messageOf(f, 'id')).toBe(
      `Target tahunan indikator 02.02 di RAPK (95,19) berbeda dari target Perjanjian Kinerja (95,15, sheet "PK 2024" D10).`,
    );
  });

  it('P02: an indicator only in the PK (marked on the PK sheet), one only in the RAPK (marked at its name)', async () => {
    const { grids, model, pk } = await setup((rows) => [...rows.slice(1), [26, '', 'Indeks Kepuasan Pemangku Kepentingan', 80]]);
    const first = allIndikator(model)[0]!;
    expect(show([...grids, pk])).toEqual([`P02@RAPK 2024!${a1(first.nameCell)}`, 'P02@PK 2024!C29']);
    expect(
      validateWorkbook([...grids, pk])
        .findings.filter((f) => f.code === 'P02')
        .every((f) => f.severity === 'warning'),
    ).toBe(true);
  });

  it('a table of indicators and targets on a sheet whose name does not say PK is left alone', async () => {
    const { grids, pk } = await setup((rows) => rows.slice(2));
    for (const name of ['Rekap', 'Rekap 2024', 'Sheet PKK']) {
      const other = { ...pk, name };
      expect(readPk(other)).toBeNull();
      expect(show([...grids, other])).toEqual([]);
    }
    expect(readPk({ ...pk, name: 'Perjanjian Kinerja' })!.rows).toHaveLength(23);
  });
});
