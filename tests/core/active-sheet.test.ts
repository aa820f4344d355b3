/**
 * Which checks Validasi runs on the active sheet is the core's decision (issue 25 item 3):
 * `planActiveSheet` names the sheets it needs, `finishActiveSheet` decides; the Excel adapter only
 * reads and paints, and gives the same findings as the core with every sheet at hand.
 */
import { finishActiveSheet, planActiveSheet, validateActiveSheet, validateWorkbook } from '../../src/core/workbook';
import type { Grid } from '../../src/core/grid/grid';
import { fixtureGrids } from '../support/fixtures';
import { simWith } from '../support/sim';

describe('planActiveSheet', () => {
  it('a RAPK without a PK sheet is checked alone', async () => {
    const [rapk] = await fixtureGrids('rapk-2024-rejang-lebong-errors.xlsx');
    const c = planActiveSheet(rapk!, [rapk!.name, 'Lain']);
    expect(c.kind).toBe('done');
    if (c.kind === 'done') expect(c.v.findings).toEqual(validateWorkbook([rapk!]).findings);
  });

  it('a Realisasi sheet needs the other sheets and is checked against the RAPK (R01–R03)', async () => {
    const grids = await fixtureGrids('lakin-tw2-2024-dumai.xlsx');
    const real = grids.find((g) => g.name === 'Realisasi 2024')!;
    const c = planActiveSheet(
      real,
      grids.map((g) => g.name),
    );
    expect(c).toMatchObject({ kind: 'needs', against: 'realisasi', needs: ['RAPK 2024'] });
    if (c.kind !== 'needs') return;
    const v = finishActiveSheet(
      c,
      real,
      grids.filter((g) => g.name !== real.name),
    );
    expect(v.kind).toBe('realisasi');
    expect(v.model).not.toBeNull();
    expect(v.findings.every((f) => f.sheet === real.name)).toBe(true);
  });

  it('the Pengaturan RAPK sheet needs the workbook and has no model without a RAPK', () => {
    const settings: Grid = { name: 'Pengaturan RAPK', values: [['Pengaturan RAPK']] };
    const c = planActiveSheet(settings, ['Pengaturan RAPK', 'Catatan']);
    expect(c).toMatchObject({ kind: 'needs', against: 'settings', needs: ['Catatan'] });
    if (c.kind !== 'needs') return;
    expect(finishActiveSheet(c, settings, [{ name: 'Catatan', values: [['x']] }]).model).toBeNull();
  });

  it('a RAPK with a PK sheet needs only the PK sheets', async () => {
    const [rapk] = await fixtureGrids('rapk-2024-rejang-lebong.xlsx');
    const c = planActiveSheet(rapk!, [rapk!.name, 'PK 2024', 'Lain']);
    expect(c).toMatchObject({ kind: 'needs', against: 'pk', needs: ['PK 2024'] });
  });
});

describe('the adapter follows the core', () => {
  it('Validasi on the Realisasi sheet lists exactly the core’s findings (with every sheet at hand)', async () => {
    const grids = await fixtureGrids('lakin-tw2-2024-dumai.xlsx');
    const { sim, gw } = await simWith('lakin-tw2-2024-dumai.xlsx', { platform: 'desktop' });
    sim.store.activeId = sim.store.sheet('Realisasi 2024')!.id;
    const r = await gw.validasi('id');
    const core = validateActiveSheet(grids.find((g) => g.name === 'Realisasi 2024')!, grids)!;
    expect(r.findings).toEqual(core.findings);
  });
});
