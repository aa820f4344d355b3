/**
 * Every command on every Excel a BPOM office has (issue 21): the real adapter on the simulator's
 * host profiles (`src/sim/profiles.ts`), and marks made on each profile cleared on each other.
 * `npm run hosts` prints it (bench/hosts.ts); tests/hosts/hosts-table.test.ts asserts every cell.
 *
 * An outcome is `ok`, `degraded: <what the planner gets instead>` or `failed: <message>` (the
 * pane's own English sentence). Syncs and the largest request are the simulator's counts.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Grid } from '../src/core/grid/grid';
import { UI } from '../src/core/locales/pane';
import { sayProblem } from '../src/core/problems';
import { buildRekap, planRekap } from '../src/core/rekap';
import type { RekapUnit } from '../src/core/rekap';
import { ExcelGateway } from '../src/excel/gateway';
import { DESKTOP_LIMITS, WEB_LIMITS } from '../src/excel/read';
import { GatewayError } from '../src/gateway/contract';
import { ExcelSimulator } from '../src/sim/excelSim';
import { loadGrid } from '../src/sim/load';
import { HOST_PROFILES, type HostProfile } from '../src/sim/profiles';
import type { SimStore } from '../src/sim/store';
import { sheetToGrid } from '../src/xlsx/grid';
import { rekapBytes } from '../src/xlsx/rekap';
import { CONDITIONS, type ConditionRow, conditionRow } from './hostConditions';

export const COMMANDS = ['Validasi', 'Hapus tanda', 'Realisasi', 'Ringkasan', 'Pengaturan', 'Rekap'] as const;
export type CommandName = (typeof COMMANDS)[number];

export interface HostResult {
  command: CommandName;
  outcome: string;
  detail: string;
  syncs: number;
  maxRequestBytes: number;
}

export interface HostTable {
  profiles: { name: string; api: string; results: HostResult[] }[];
  crossVersion: { markedOn: string; clearedOn: string; outcome: string; detail: string }[];
  /** each command on each profile on a read-only file and on a protected structure (bench/hostConditions.ts) */
  conditions: ConditionRow[];
}

/** What a planner could lose: values, formulas, fills, notes and comments of every sheet. */
export function workbookState(store: SimStore): string {
  return JSON.stringify(
    store.sheets.map((s) => ({
      name: s.name,
      cells: [...s.cells.entries()]
        .filter(([, c]) => c.value !== null || c.fill || c.formula)
        .map(([k, c]) => [k, c.value, c.formula ?? null, c.fill && c.fill.pattern !== 'None' ? c.fill : null])
        .sort(),
      notes: [...s.notes.entries()].sort(),
      comments: s.comments.map((c) => [c.address, c.content]).sort(),
    })),
  );
}

async function gridsOf(file: string): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map(sheetToGrid);
}

/** The workbooks the table runs on, read once. */
export interface HostInputs {
  /** a RAPK with planted mistakes (12 marks), a planner's fill and note on a marked cell and a planner's comment */
  marked: Grid[];
  /** a unit's RAPK with its typed Realisasi sheet (Realisasi, Ringkasan, Pengaturan) */
  lakin: Grid[];
  /** the Rekap's units (a unit workbook with its Realisasi) */
  units: RekapUnit[];
}

export async function hostInputs(fixtures: string): Promise<HostInputs> {
  const units: RekapUnit[] = [];
  for (const f of ['lakin-tw2-2024-dumai.xlsx']) {
    const b = fs.readFileSync(path.join(fixtures, f));
    const o = await rekapBytes(ExcelJS, f, b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer, 2);
    if (o.ok) units.push(o.unit);
  }
  return {
    marked: await gridsOf(path.join(fixtures, 'rapk-2024-rejang-lebong-errors.xlsx')),
    lakin: await gridsOf(path.join(fixtures, 'lakin-tw2-2024-dumai.xlsx')),
    units,
  };
}

/** A simulator of the profile holding the grids; the planner's own fill, note and comment on the marked workbook. */
function open(p: HostProfile, grids: Grid[], planner: boolean, store?: SimStore): { sim: ExcelSimulator; gw: ExcelGateway } {
  const sim = new ExcelSimulator(p.options, store);
  if (!store) {
    for (const g of grids) loadGrid(sim, g);
    const s = sim.store.sheets[0]!;
    sim.store.activeId = s.id;
    if (planner) {
      sim.store.cellW(s, 25, 15).fill = { color: '#C6E0B4', pattern: 'Solid' }; // P26, marked by Validasi
      s.notes.set('P26', 'RAPK revisi ke-1');
      s.comments.push({ id: 'u1', address: 'B3', content: 'tolong dicek' });
    }
  }
  const gw = new ExcelGateway(
    (batch) => sim.run((ctx) => batch(ctx as unknown as Excel.RequestContext)),
    (n, v) => sim.isSetSupported(n, v),
    p.platform === 'PC' || p.platform === 'Mac' ? DESKTOP_LIMITS : WEB_LIMITS,
  );
  return { sim, gw };
}

const failed = (e: unknown): string =>
  e instanceof GatewayError ? `failed: ${sayProblem(UI.en.errors, e.problem)}` : `failed: ${e instanceof Error ? e.message : String(e)}`;

/** Notes and comments on a sheet (the add-in's own sheets carry a few notes). */
const objects = (sim: ExcelSimulator, name: string): { notes: number; comments: number } => {
  const s = sim.store.sheet(name);
  return { notes: s?.notes.size ?? 0, comments: s?.comments.length ?? 0 };
};

/** A written sheet's notes where this host cannot make them. */
function sheetOutcome(sim: ExcelSimulator, sheet: string, what: string): { outcome: string; detail: string } {
  const o = objects(sim, sheet);
  if (o.comments > 0) return { outcome: `degraded: the sheet's ${o.comments} notes are threaded comments`, detail: `${what} "${sheet}"` };
  return { outcome: 'ok', detail: `${what} "${sheet}"${o.notes ? `, ${o.notes} notes` : ''}` };
}

async function runCommand(p: HostProfile, cmd: CommandName, inputs: HostInputs): Promise<HostResult> {
  const marked = cmd === 'Validasi' || cmd === 'Hapus tanda';
  const { sim, gw } = open(p, marked ? inputs.marked : inputs.lakin, marked);
  const before = workbookState(sim.store);
  if (cmd === 'Hapus tanda') await gw.validasi('en');
  sim.resetStats();
  let outcome = 'ok';
  let detail = '';
  try {
    if (cmd === 'Validasi') {
      const r = await gw.validasi('en');
      const what = `${r.marked} cells marked, ${r.findings.length} findings listed in the pane`;
      if (r.noteMode === 'notes') detail = `${what}; fills and notes`;
      else if (r.noteMode === 'comments') {
        outcome = r.commentsRefused
          ? 'degraded: fills and threaded comments (no notes API); a cell holding a note gets the fill only, its message in the pane'
          : 'degraded: fills and threaded comments (no notes API)';
        detail = what;
      } else {
        outcome = "degraded: fills and the pane's list (threaded comments unavailable here, no notes API)";
        detail = what;
      }
      if (r.mayBeHidden) detail += '; conditional formats may hide marks';
    } else if (cmd === 'Hapus tanda') {
      const r = await gw.hapusTanda();
      const same = workbookState(sim.store) === before;
      if (r.kept) outcome = `degraded: ${UI.en.hapusKept(r.kept)}`;
      else if (!same) outcome = 'failed: the workbook differs from the one before Validasi';
      detail = `${r.restored} cells restored`;
    } else if (cmd === 'Realisasi') {
      const r = await gw.realisasi('en');
      detail = `"${r.sheet}" ${r.created ? 'created' : r.upToDate ? 'already up to date (nothing written)' : 'refreshed in place'}, ${r.rows} rows`;
    } else if (cmd === 'Ringkasan') {
      const r = await gw.ringkasan(2, 'en');
      ({ outcome, detail } = sheetOutcome(sim, r.sheet, 'summary sheet'));
    } else if (cmd === 'Pengaturan') {
      const r = await gw.pengaturan('spec', 'en');
      ({ outcome, detail } = sheetOutcome(sim, r.sheet, r.created ? 'settings sheet created' : 'settings sheet shown'));
    } else {
      const rk = buildRekap(inputs.units, [], 2);
      const r = await gw.writeRekap(planRekap(rk, 'en').plan, 'en');
      ({ outcome, detail } = sheetOutcome(sim, r.sheet, `units: ${inputs.units.length}`));
    }
  } catch (e) {
    outcome = failed(e);
  }
  if (!p.ribbon) detail += `${detail ? '; ' : ''}run from the task pane (Home → Add-ins: no ribbon button on this host)`;
  return { command: cmd, outcome, detail, syncs: sim.totalSyncs, maxRequestBytes: sim.maxRequestBytes };
}

/** Marks made on one profile, cleared on another: ok when the workbook is the one before Validasi. */
async function crossVersion(a: HostProfile, b: HostProfile, inputs: HostInputs): Promise<HostTable['crossVersion'][number]> {
  const first = open(a, inputs.marked, true);
  const before = workbookState(first.sim.store);
  try {
    const v = await first.gw.validasi('en');
    const second = open(b, inputs.marked, true, first.sim.store);
    const r = await second.gw.hapusTanda();
    const same = workbookState(first.sim.store) === before;
    const detail = `${v.marked} marks (${v.noteMode}), ${r.restored} cells restored`;
    if (same) return { markedOn: a.name, clearedOn: b.name, outcome: 'ok', detail };
    if (r.kept) return { markedOn: a.name, clearedOn: b.name, outcome: `degraded: ${UI.en.hapusKept(r.kept)}`, detail };
    return { markedOn: a.name, clearedOn: b.name, outcome: 'failed: the workbook differs from the one before Validasi', detail };
  } catch (e) {
    return { markedOn: a.name, clearedOn: b.name, outcome: failed(e), detail: '' };
  }
}

export async function hostTable(fixtures: string, profiles: readonly HostProfile[] = HOST_PROFILES): Promise<HostTable> {
  const inputs = await hostInputs(fixtures);
  const table: HostTable = { profiles: [], crossVersion: [], conditions: [] };
  for (const p of profiles) {
    const results: HostResult[] = [];
    for (const c of COMMANDS) results.push(await runCommand(p, c, inputs));
    table.profiles.push({ name: p.name, api: p.api, results });
  }
  for (const a of profiles) for (const b of profiles) if (a !== b) table.crossVersion.push(await crossVersion(a, b, inputs));
  for (const k of CONDITIONS)
    for (const p of profiles) for (const c of COMMANDS) table.conditions.push(await conditionRow(p, k, c, inputs));
  return table;
}
