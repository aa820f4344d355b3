/**
 * Review (session 8, `lateMerges`): Validasi on a RAPK whose merged areas are mostly owed once
 * its values are read, in a workbook that also holds a PK sheet (or any sheet the core checks
 * the active sheet against). The provisional findings are made on the active sheet's grid taken
 * before the PK sheet is read; the batch reading the PK sheet also brings the areas still owed,
 * so the reader is done when `owed` is computed, and the final findings must still be made.
 */
import type { Grid } from '../../src/core/grid/grid';
import { validateWorkbook } from '../../src/core/workbook';
import type { ReadLimits } from '../../src/excel/read';
import { ExcelSimulator, type SimOptions } from '../../src/sim/excelSim';
import { loadGrid } from '../../src/sim/load';
import { DESKTOP, WEB, codes, gatewayWith, kRapk } from './lateMerges';

const PROFILES = [DESKTOP, WEB];

const planted = (seed: number): Grid => ({ ...kRapk(seed), active: true });

/** A sheet named as a PK sheet (content irrelevant: its name makes the core read it). */
const PK: Grid = { name: 'PK 2025', values: [['PERJANJIAN KINERJA'], ['no table here']] };

async function run(g: Grid, opts: SimOptions, limits: ReadLimits): Promise<string[]> {
  const sim = new ExcelSimulator(opts);
  loadGrid(sim, g);
  loadGrid(sim, PK);
  const r = await gatewayWith(sim, limits).validasi('id');
  return codes(r.findings);
}

describe('Validasi, merged areas owed, a PK sheet in the workbook: the final findings', () => {
  it.each(PROFILES)('%s', async (_, opts, limits) => {
    for (const seed of [3, 17]) {
      const g = planted(seed);
      const cli = codes(validateWorkbook([g, PK]).findings.filter((f) => f.sheet === g.name));
      expect(await run(g, opts, limits)).toEqual(cli);
      expect({ seed, late: await run(g, opts, { ...limits, headMergeRows: 16 }) }).toEqual({ seed, late: cli });
    }
  });
});
