/**
 * The conditions a planner's workbook can be in (issue 21): a read-only or view-only file and a
 * protected workbook structure, for every command that writes to the workbook (Validasi, Hapus
 * tanda, Realisasi, Ringkasan, Pengaturan, Rekap, the SAKTI import, the Riwayat Revisi sheet),
 * on every host profile. Refused: the command's own message ("read-only", "structure
 * protected"), nothing changed (cells, notes, comments, the marks record, sheets). Commands that
 * add or delete no sheet still run on a protected structure.
 */
import type { Grid } from '../../src/core/grid/grid';
import { validateSheet } from '../../src/core/rules/validate';
import { planRealisasi } from '../../src/core/sheets/realisasi';
import type { SheetPlan } from '../../src/core/sheets/plan';
import { ExcelGateway } from '../../src/excel/gateway';
import { DESKTOP_LIMITS, WEB_LIMITS } from '../../src/excel/read';
import { ExcelSimulator } from '../../src/sim/excelSim';
import { loadGrid } from '../../src/sim/load';
import { HOST_PROFILES, type HostProfile } from '../../src/sim/profiles';
import { planToGrid } from '../../src/sample/generate';
import { renderPresentation, specOf } from '../../src/sample/present';
import { renderSakti, saktiOptions } from '../../src/sample/sakti';
import { fixtureGrids } from '../support/fixtures';
import { snapshot } from '../support/sim';
import { UI } from '../../src/core/locales/pane';
import { realisasiShown } from '../../src/taskpane/outcomes';

// the SAKTI import's pair (tests/excel/anggaran.test.ts): a RAPK with its Realisasi sheet, a SAKTI report
const SEED = 10;
const spec = specOf(SEED);
const rapkGrid = renderPresentation(SEED, { layout: 'K', plant: 'none' }, spec).grid;
const realisasiGrid = planToGrid(planRealisasi(validateSheet(rapkGrid).model!));
const sakti = renderSakti(spec, SEED, saktiOptions(SEED, { year: spec.year, month: 6 }));

const tinyRekap: SheetPlan = {
  name: 'Rekap TW II 2025',
  rows: 2,
  cols: 2,
  cells: [
    { r: 0, c: 0, value: 'Unit' },
    { r: 1, c: 0, value: 'LOKA POM DI DUMAI' },
  ],
  merges: [],
  widths: [30, 10],
};

let grids: Record<string, Grid[]>;
beforeAll(async () => {
  grids = {
    errors: await fixtureGrids('rapk-2024-rejang-lebong-errors.xlsx'),
    jember: await fixtureGrids('rapk-2025-jember.xlsx'),
    dumai: await fixtureGrids('lakin-tw2-2024-dumai.xlsx'),
    // indicator 01.02's Kode gone from the Realisasi sheet: the refresh has a row to write (tests/excel/faults.test.ts)
    dumaiStale: (await fixtureGrids('lakin-tw2-2024-dumai.xlsx')).map((g) =>
      g.name === 'Realisasi 2024' ? { ...g, values: g.values.map((row, r) => (r === 4 ? [null, ...row.slice(1)] : row)) } : g,
    ),
    rapk: await fixtureGrids('rapk-2024-rejang-lebong.xlsx'),
    sakti: [rapkGrid, realisasiGrid],
  };
});

function on(p: HostProfile, g: Grid[]): { sim: ExcelSimulator; gw: ExcelGateway } {
  const sim = new ExcelSimulator(p.options);
  for (const x of g) loadGrid(sim, x);
  sim.store.activeId = sim.store.sheets[0]!.id;
  const gw = new ExcelGateway(
    (batch) => sim.run((ctx) => batch(ctx as unknown as Excel.RequestContext)),
    (n, v) => sim.isSetSupported(n, v),
    p.platform === 'PC' || p.platform === 'Mac' ? DESKTOP_LIMITS : WEB_LIMITS,
  );
  return { sim, gw };
}

/** Everything the planner could lose, the add-in's record and the sheets' order included. */
const state = (sim: ExcelSimulator): unknown => ({
  cells: snapshot(sim),
  sheets: sim.store.sheets.map((s) => s.name),
  parts: sim.store.customXmlParts.map((x) => x.xml),
  settings: [...sim.store.settings.entries()],
});

type Gw = ExcelGateway;
interface Command {
  name: string;
  fixture: keyof typeof grids;
  /** what runs before the condition is set (Hapus tanda: the marks to clear) */
  setup?: (gw: Gw) => Promise<unknown>;
  run: (gw: Gw) => Promise<unknown>;
  /** adds, deletes or renames a sheet: refused on a protected structure */
  addsSheet: boolean;
}

const riwayat = async (gw: Gw): Promise<unknown> => {
  const old = grids['rapk']!.map((g) => ({ ...g, values: g.values.map((row) => [...row]) }));
  old[0]!.values[16]![8] = 60; // I17: a target that was 60 in the older version
  const o = await gw.compare({ file: 'rapk-lama.xlsx', grids: old }, 'id');
  if (!o.ok) throw new Error('no comparison');
  return gw.writeRiwayat(o.result, 'id');
};

const COMMANDS: Command[] = [
  { name: 'Validasi', fixture: 'errors', run: (gw) => gw.validasi('id'), addsSheet: false },
  { name: 'Hapus tanda', fixture: 'errors', setup: (gw) => gw.validasi('id'), run: (gw) => gw.hapusTanda(), addsSheet: false },
  { name: 'Realisasi (new sheet)', fixture: 'jember', run: (gw) => gw.realisasi('id'), addsSheet: true },
  { name: 'Realisasi (refresh in place)', fixture: 'dumaiStale', run: (gw) => gw.realisasi('id'), addsSheet: false },
  { name: 'Ringkasan', fixture: 'dumai', run: (gw) => gw.ringkasan(2, 'id'), addsSheet: true },
  { name: 'Pengaturan', fixture: 'dumai', run: (gw) => gw.pengaturan('spec', 'id'), addsSheet: true },
  { name: 'Rekap', fixture: 'dumai', run: (gw) => gw.writeRekap(tinyRekap, 'id'), addsSheet: true },
  {
    name: 'Impor SAKTI',
    fixture: 'sakti',
    run: (gw) => gw.importAnggaran({ file: 'sakti.xlsx', grids: [sakti.grid] }, 2, 'kontribusi', 'id', true),
    addsSheet: false,
  },
  { name: 'Riwayat revisi', fixture: 'rapk', run: riwayat, addsSheet: true },
];

const CASES = HOST_PROFILES.flatMap((p) => COMMANDS.map((c) => [p.name, c.name, p, c] as const));

describe('a read-only or view-only file', () => {
  it.each(CASES)('%s, %s: "read-only", nothing changed', async (_p, _c, p, c) => {
    const { sim, gw } = on(p, grids[c.fixture]!);
    await c.setup?.(gw);
    sim.store.readOnly = true;
    const before = state(sim);
    await expect(c.run(gw)).rejects.toMatchObject({ kind: 'readOnly', done: 'nothing' });
    expect(state(sim)).toEqual(before);
  });
});

describe('Realisasi on a read-only file whose Realisasi sheet is already up to date (nothing to write)', () => {
  it.each(HOST_PROFILES.map((p) => [p.name, p] as const))(
    '%s: the sheet said already up to date, nothing changed, never "refreshed" (as on a writable file)',
    async (_p, p) => {
      const { sim, gw } = on(p, grids['dumai']!);
      sim.store.readOnly = true;
      const before = state(sim);
      const r = await gw.realisasi('en');
      expect(r).toMatchObject({ sheet: 'Realisasi 2024', created: false, upToDate: true, kept: 17 });
      expect(state(sim)).toEqual(before);
      const text = realisasiShown(r).outcome.text(UI.en);
      expect(text).toBe(
        'Sheet "Realisasi 2024" is already up to date with the RAPK: nothing was changed; the values typed in 17 rows are as they were.',
      );
      expect(text).not.toMatch(/refreshed/);
      // the same result where the file can be written
      const free = on(p, grids['dumai']!);
      expect(await free.gw.realisasi('en')).toEqual(r);
      expect(state(free.sim)).toEqual(before);
      // with something to write, a read-only file still refuses it
      const stale = on(p, grids['dumaiStale']!);
      stale.sim.store.readOnly = true;
      await expect(stale.gw.realisasi('en')).rejects.toMatchObject({ kind: 'readOnly', done: 'nothing' });
    },
  );
});

describe('Realisasi on a protected Realisasi sheet', () => {
  it.each(HOST_PROFILES.map((p) => [p.name, p] as const))(
    '%s: already up to date, said so (nothing to unprotect for); with something to write, refused as protected',
    async (_p, p) => {
      const { sim, gw } = on(p, grids['dumai']!);
      sim.store.sheet('Realisasi 2024')!.protected = true;
      const before = state(sim);
      await expect(gw.realisasi('en')).resolves.toMatchObject({ sheet: 'Realisasi 2024', upToDate: true });
      expect(state(sim)).toEqual(before);
      const stale = on(p, grids['dumaiStale']!);
      stale.sim.store.sheet('Realisasi 2024')!.protected = true;
      const was = state(stale.sim);
      await expect(stale.gw.realisasi('en')).rejects.toMatchObject({
        kind: 'protected',
        done: 'nothing',
        problem: { kind: 'protected', sheet: 'Realisasi 2024' },
      });
      expect(state(stale.sim)).toEqual(was);
    },
  );
});

describe('a protected workbook structure', () => {
  it.each(CASES)(
    '%s, %s: refused with its message and nothing changed where a sheet would be added; else it runs',
    async (_p, _c, p, c) => {
      const free = on(p, grids[c.fixture]!);
      const { sim, gw } = on(p, grids[c.fixture]!);
      await c.setup?.(gw);
      await c.setup?.(free.gw);
      sim.store.structureProtected = true;
      const before = state(sim);
      if (c.addsSheet) {
        await expect(c.run(gw)).rejects.toMatchObject({ kind: 'structureProtected', done: 'nothing' });
        expect(state(sim)).toEqual(before);
      } else {
        // the same result and the same workbook as where the structure is free
        expect(await c.run(gw)).toEqual(await c.run(free.gw));
        expect(state(sim)).toEqual(state(free.sim));
        expect(sim.store.sheets.map((s) => s.name)).toEqual((before as { sheets: string[] }).sheets);
      }
    },
  );
});

describe('the SAKTI import on Excel 2021 LTSC (threaded comments throw NotImplemented)', () => {
  it('fills the empty cells without a mark (as at ExcelApi 1.9) instead of failing as "Excel too old"; the session remembers', async () => {
    const p = HOST_PROFILES.find((x) => x.name === 'Excel 2021 LTSC')!;
    const { sim, gw } = on(p, grids['sakti']!);
    expect(gw.capabilities().noteMode).toBe('comments');
    const r = await gw.importAnggaran({ file: 'sakti.xlsx', grids: [sakti.grid] }, 2, 'kontribusi', 'id', true);
    expect(r).toMatchObject({ blocked: null, planned: 6, written: 6, notesKept: 0 });
    const s = sim.store.sheet(realisasiGrid.name)!;
    expect(s.comments.length + s.notes.size).toBe(0);
    expect(gw.capabilities().noteMode).toBe('none');
  });
});
