/**
 * The conditions rows of `npm run hosts` (issue 21): each command of the table on each profile,
 * once on a read-only (or view-only) file and once on a workbook whose structure is protected.
 * `ok` is the planner's clear message with nothing changed (cells, notes, comments, the marks
 * record, sheets), or, for a command that adds or deletes no sheet on a protected structure, the
 * command run as where the structure is free. Anything else is `failed: <why>`.
 * tests/hosts/hosts-table.test.ts asserts every row; tests/hosts/conditions.test.ts adds the SAKTI
 * import and the Riwayat Revisi sheet.
 */
import type { Grid } from '../src/core/grid/grid';
import { UI } from '../src/core/locales/pane';
import { sayProblem } from '../src/core/problems';
import { buildRekap, planRekap } from '../src/core/rekap';
import { ExcelGateway } from '../src/excel/gateway';
import { DESKTOP_LIMITS, WEB_LIMITS } from '../src/excel/read';
import { GatewayError } from '../src/gateway/contract';
import { ExcelSimulator } from '../src/sim/excelSim';
import { loadGrid } from '../src/sim/load';
import type { HostProfile } from '../src/sim/profiles';
import type { CommandName, HostInputs } from './hostTable';

export const CONDITIONS = ['read-only file', 'protected structure'] as const;
export type ConditionName = (typeof CONDITIONS)[number];

export interface ConditionRow {
  condition: ConditionName;
  profile: string;
  command: CommandName;
  outcome: string;
  detail: string;
}

function open(p: HostProfile, grids: Grid[]): { sim: ExcelSimulator; gw: ExcelGateway } {
  const sim = new ExcelSimulator(p.options);
  for (const g of grids) loadGrid(sim, g);
  sim.store.activeId = sim.store.sheets[0]!.id;
  const gw = new ExcelGateway(
    (batch) => sim.run((ctx) => batch(ctx as unknown as Excel.RequestContext)),
    (n, v) => sim.isSetSupported(n, v),
    p.platform === 'PC' || p.platform === 'Mac' ? DESKTOP_LIMITS : WEB_LIMITS,
  );
  return { sim, gw };
}

/** Everything a planner could lose, the add-in's record and the sheets included. */
function state(sim: ExcelSimulator): string {
  return JSON.stringify({
    sheets: sim.store.sheets.map((s) => ({
      name: s.name,
      cells: [...s.cells.entries()].map(([k, c]) => [k, c.value, c.formula ?? null, c.fill ?? null]).sort(),
      notes: [...s.notes.entries()].sort(),
      comments: s.comments.map((c) => [c.address, c.content]).sort(),
    })),
    parts: sim.store.customXmlParts.map((x) => x.xml),
    settings: [...sim.store.settings.entries()],
  });
}

/** The Dumai LAKIN with indicator 01.02's Kode gone: the Realisasi refresh has a row to write. */
const stale = (grids: Grid[]): Grid[] =>
  grids.map((g) =>
    g.name === 'Realisasi 2024' ? { ...g, values: g.values.map((row, r) => (r === 4 ? [null, ...row.slice(1)] : row)) } : g,
  );

interface Run {
  grids: Grid[];
  setup?: (gw: ExcelGateway) => Promise<unknown>;
  run: (gw: ExcelGateway) => Promise<unknown>;
  /** adds or deletes a sheet: refused on a protected structure */
  addsSheet: boolean;
}

function runOf(cmd: CommandName, inputs: HostInputs): Run {
  switch (cmd) {
    case 'Validasi':
      return { grids: inputs.marked, run: (gw) => gw.validasi('en'), addsSheet: false };
    case 'Hapus tanda':
      return { grids: inputs.marked, setup: (gw) => gw.validasi('en'), run: (gw) => gw.hapusTanda(), addsSheet: false };
    case 'Realisasi':
      // the Realisasi sheet is there: refreshed in place, no sheet added
      return { grids: stale(inputs.lakin), run: (gw) => gw.realisasi('en'), addsSheet: false };
    case 'Ringkasan':
      return { grids: inputs.lakin, run: (gw) => gw.ringkasan(2, 'en'), addsSheet: true };
    case 'Pengaturan':
      return { grids: inputs.lakin, run: (gw) => gw.pengaturan('spec', 'en'), addsSheet: true };
    case 'Rekap':
      return {
        grids: inputs.lakin,
        run: (gw) => gw.writeRekap(planRekap(buildRekap(inputs.units, [], 2), 'en').plan, 'en'),
        addsSheet: true,
      };
  }
}

const refusal = (e: unknown): string =>
  e instanceof GatewayError ? `${e.problem.kind}/${e.done}: "${sayProblem(UI.en.errors, e.problem)}"` : String(e);

export async function conditionRow(p: HostProfile, condition: ConditionName, cmd: CommandName, inputs: HostInputs): Promise<ConditionRow> {
  const c = runOf(cmd, inputs);
  const row = (outcome: string, detail: string): ConditionRow => ({ condition, profile: p.name, command: cmd, outcome, detail });
  const { sim, gw } = open(p, c.grids);
  await c.setup?.(gw);
  const kind = condition === 'read-only file' ? 'readOnly' : 'structureProtected';
  if (kind === 'readOnly') sim.store.readOnly = true;
  else sim.store.structureProtected = true;
  const before = state(sim);
  const refuse = kind === 'readOnly' || c.addsSheet;
  try {
    await c.run(gw);
  } catch (e) {
    if (!refuse) return row(`failed: ${refusal(e)}`, '');
    const same = state(sim) === before;
    if (e instanceof GatewayError && e.problem.kind === kind && e.done === 'nothing' && same)
      return row('ok', `refused: "${sayProblem(UI.en.errors, e.problem)}"; nothing changed`);
    return row(`failed: ${refusal(e)}${same ? '' : '; the workbook changed'}`, '');
  }
  if (refuse) return row('failed: it ran', '');
  // it ran: as where the structure is free
  const free = open(p, c.grids);
  await c.setup?.(free.gw);
  await c.run(free.gw);
  return state(sim) === state(free.sim) ? row('ok', 'ran as on an unprotected workbook') : row('failed: it ran differently', '');
}
