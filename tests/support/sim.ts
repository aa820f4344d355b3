import { ExcelGateway } from '../../src/excel/gateway';
import { DESKTOP_LIMITS, WEB_LIMITS } from '../../src/excel/read';
import { ExcelSimulator, type SimOptions } from '../../src/sim/excelSim';
import { loadGrid } from '../../src/sim/load';
import type { Grid } from '../../src/core/grid/grid';
import type { SimSheet } from '../../src/sim/store';
import { fixtureGrids } from './fixtures';

/**
 * The list separator of the simulated host: `,` unless the suite runs again as a `;` host
 * (tests/excel/semicolon.test.ts), like Excel for Windows with Indonesian regional settings.
 */
export const LIST_SEPARATOR: ',' | ';' = process.env['RAPK_SIM_LIST_SEPARATOR'] === ';' ? ';' : ',';

export function gatewayOn(sim: ExcelSimulator): ExcelGateway {
  return new ExcelGateway(
    (batch) => sim.run((ctx) => batch(ctx as unknown as Excel.RequestContext)),
    (n, v) => sim.isSetSupported(n, v),
    sim.platform === 'desktop' ? DESKTOP_LIMITS : WEB_LIMITS,
  );
}

export async function simWith(fixture: string, opts: SimOptions = {}): Promise<{ sim: ExcelSimulator; gw: ExcelGateway }> {
  const sim = new ExcelSimulator({ listSeparator: LIST_SEPARATOR, ...opts });
  for (const g of await fixtureGrids(fixture)) loadGrid(sim, g);
  return { sim, gw: gatewayOn(sim) };
}

export function simOf(grids: Grid[], opts: SimOptions = {}): { sim: ExcelSimulator; gw: ExcelGateway } {
  const sim = new ExcelSimulator({ listSeparator: LIST_SEPARATOR, ...opts });
  for (const g of grids) loadGrid(sim, g);
  return { sim, gw: gatewayOn(sim) };
}

/** Everything a user could lose: values, formulas, fills, notes, comments of every sheet. */
export function snapshot(sim: ExcelSimulator): unknown {
  return sim.store.sheets.map((s: SimSheet) => ({
    name: s.name,
    cells: [...s.cells.entries()]
      .filter(([, c]) => c.value !== null || c.fill || c.formula)
      .map(([k, c]) => [k, c.value, c.formula ?? null, c.fill ? `${c.fill.color}/${c.fill.pattern}` : null])
      .sort(),
    notes: [...s.notes.entries()].sort(),
    comments: s.comments.map((c) => [c.address, c.content]).sort(),
  }));
}

export function values(sim: ExcelSimulator): unknown {
  return sim.store.sheets.map((s) => ({
    name: s.name,
    cells: [...s.cells.entries()]
      .filter(([, c]) => c.value !== null)
      .map(([k, c]) => [k, c.value])
      .sort(),
  }));
}
