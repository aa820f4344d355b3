/**
 * Review (session 8, `lateMerges`): Validasi on a RAPK whose merged areas are mostly owed once
 * its values are read, in a workbook that also holds a PK sheet (or any sheet the core checks
 * the active sheet against). The provisional findings are made on the active sheet's grid taken
 * before the PK sheet is read; the batch reading the PK sheet also brings the areas still owed,
 * so the reader is done when `owed` is computed, and the final findings must still be made.
 */
import type { Grid } from '../../src/core/grid/grid';
import { validateWorkbook } from '../../src/core/workbook';
import { DESKTOP_LIMITS, type ReadLimits, WEB_LIMITS } from '../../src/excel/read';
import { ExcelGateway } from '../../src/excel/gateway';
import { ExcelSimulator, type SimOptions } from '../../src/sim/excelSim';
import { loadGrid } from '../../src/sim/load';
import { targetMerged } from '../../src/sample/habitsMerged';
import { type Presentation, renderPresentation } from '../../src/sample/present';
import { randomSpec } from '../../src/sample/random';

const PROFILES: [string, SimOptions, ReadLimits][] = [
  ['Windows and Mac', { platform: 'desktop' }, DESKTOP_LIMITS],
  ['Excel on the web', { platform: 'web' }, WEB_LIMITS],
];

function planted(seed: number): Grid {
  const spec = randomSpec(seed, { sasaran: 8, indicatorsPerSasaran: 5, linesPerIndicator: 3, year: 2025 });
  const needs: Partial<Presentation> = {
    monthStyle: 'B01',
    quarterOnly: false,
    blankCols: [],
    extraCols: [],
    targetStyle: 'percentFormat',
  };
  const plain = renderPresentation(seed, { ...needs, layout: 'K', plant: 'none', moneyStyle: 'number' }, spec);
  return { ...targetMerged(plain).habit, active: true };
}

/** A sheet named as a PK sheet (content irrelevant: its name makes the core read it). */
const PK: Grid = { name: 'PK 2025', values: [['PERJANJIAN KINERJA'], ['no table here']] };

async function run(g: Grid, opts: SimOptions, limits: ReadLimits): Promise<string[]> {
  const sim = new ExcelSimulator(opts);
  loadGrid(sim, g);
  loadGrid(sim, PK);
  const gw = new ExcelGateway(
    (batch) => sim.run((ctx) => batch(ctx as unknown as Excel.RequestContext)),
    (n, v) => sim.isSetSupported(n, v),
    limits,
  );
  const r = await gw.validasi('id');
  return r.findings.map((f) => `${f.code}@${f.cells.join(' ')}`);
}

describe('Validasi, merged areas owed, a PK sheet in the workbook: the final findings', () => {
  it.each(PROFILES)('%s', async (_, opts, limits) => {
    for (const seed of [3, 17]) {
      const g = planted(seed);
      const cli = validateWorkbook([g, PK])
        .findings.filter((f) => f.sheet === g.name)
        .map((f) => `${f.code}@${f.cells.join(' ')}`);
      expect(await run(g, opts, limits)).toEqual(cli);
      expect({ seed, late: await run(g, opts, { ...limits, headMergeRows: 16 }) }).toEqual({ seed, late: cli });
    }
  });
});
