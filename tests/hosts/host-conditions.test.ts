/**
 * What the host profiles do differently (issue 21 items 1, 2, 4, 8, 9) and the conditions a
 * planner's workbook can be in: each with a clear outcome and, when refused, nothing changed.
 */
import { ExcelGateway } from '../../src/excel/gateway';
import { DESKTOP_LIMITS } from '../../src/excel/read';
import { ExcelSimulator } from '../../src/sim/excelSim';
import { loadGrid } from '../../src/sim/load';
import { HOST_PROFILES, type HostProfile } from '../../src/sim/profiles';
import type { SimStore } from '../../src/sim/store';
import { parseRecordXml } from '../../src/core/sheets/marksRecord';
import { fixtureGrids } from '../support/fixtures';
import { snapshot } from '../support/sim';

const profile = (name: string): HostProfile => HOST_PROFILES.find((p) => p.name.startsWith(name))!;

async function on(p: HostProfile, fixture = 'rapk-2024-rejang-lebong-errors.xlsx', store?: SimStore) {
  const sim = new ExcelSimulator(p.options, store);
  if (!store) for (const g of await fixtureGrids(fixture)) loadGrid(sim, g);
  const gw = new ExcelGateway(
    (batch) => sim.run((ctx) => batch(ctx as unknown as Excel.RequestContext)),
    (n, v) => sim.isSetSupported(n, v),
    DESKTOP_LIMITS,
  );
  return { sim, gw };
}

describe('Excel 2021 LTSC: threaded comments throw NotImplemented', () => {
  it('Validasi still marks (fills and the pane list), says so, and the session remembers: the next run takes 3 syncs', async () => {
    const { sim, gw } = await on(profile('Excel 2021'));
    expect(gw.capabilities().noteMode).toBe('comments');
    const r = await gw.validasi('id');
    expect(r).toMatchObject({ marked: 12, noteMode: 'none' });
    const s = sim.store.sheet('RAPK 2024')!;
    expect(sim.store.cell(s, 25, 15)!.fill!.color).toBe('#FF7C80');
    expect(s.notes.size + s.comments.length).toBe(0);
    expect(gw.capabilities().noteMode).toBe('none');
    sim.resetStats();
    await gw.validasi('id');
    expect(sim.totalSyncs).toBe(3);
    await gw.hapusTanda();
    expect(sim.store.customXmlParts).toEqual([]);
  });

  it('comments another Excel made cannot be removed here: Hapus tanda restores the fills, keeps the record and says so', async () => {
    const a = await on(profile('Excel 2024'));
    const before = snapshot(a.sim);
    await a.gw.validasi('id');
    expect(a.sim.store.sheet('RAPK 2024')!.comments).toHaveLength(12);
    const b = await on(profile('Excel 2021'), '', a.sim.store);
    const r = await b.gw.hapusTanda();
    expect(r).toEqual({ restored: 12, kept: { notes: 0, comments: 12 } });
    expect(a.sim.store.cell(a.sim.store.sheet('RAPK 2024')!, 25, 15)!.fill).toBeNull();
    expect(parseRecordXml(a.sim.store.customXmlParts[0]!.xml).sheets[0]!.cells).toHaveLength(12);
    // back in an Excel that has comments, Hapus tanda finishes the job
    const c = await on(profile('Microsoft 365'), '', a.sim.store);
    await c.gw.hapusTanda();
    expect(snapshot(a.sim)).toEqual(before);
    expect(a.sim.store.customXmlParts).toEqual([]);
  });
});

describe('across versions: notes made where notes exist', () => {
  it('cleared on Excel 2024 LTSC (no notes API): fills back, the notes kept in the record and said; cleared later on the web: all back', async () => {
    const a = await on(profile('Microsoft 365'));
    const before = snapshot(a.sim);
    await a.gw.validasi('id');
    const b = await on(profile('Excel 2024'), '', a.sim.store);
    expect(await b.gw.hapusTanda()).toEqual({ restored: 12, kept: { notes: 12, comments: 0 } });
    expect(a.sim.store.sheet('RAPK 2024')!.notes.size).toBe(12);
    // Validasi on the LTSC host again gives no comment to a cell that holds our note
    await b.gw.validasi('id');
    expect(a.sim.store.sheet('RAPK 2024')!.comments).toHaveLength(0);
    const c = await on(profile('Excel on the web'), '', a.sim.store);
    await c.gw.hapusTanda();
    expect(snapshot(a.sim)).toEqual(before);
  });
});

describe('Excel 2024 LTSC: a cell holding a note refuses a threaded comment', () => {
  it("a planner's note on a marked cell: the fills are made, the result says comments were refused, Hapus tanda puts all back", async () => {
    const { sim, gw } = await on(profile('Excel 2024'));
    const s = sim.store.sheet('RAPK 2024')!;
    s.notes.set('J7', 'catatan perencana');
    const before = snapshot(sim);
    const r = await gw.validasi('id');
    expect(r).toMatchObject({ marked: 12, noteMode: 'comments', commentsRefused: true });
    expect(sim.store.cell(s, 6, 9)!.fill!.color).toBe('#FFC000');
    expect(await gw.hapusTanda()).toEqual({ restored: 12 });
    expect(snapshot(sim)).toEqual(before);
  });
});

describe('the record', () => {
  it('a refused save of the record (the first write) changed nothing, and says so', async () => {
    const { sim, gw } = await on(profile('Microsoft 365'));
    sim.store.partLimit = 100;
    const before = snapshot(sim);
    await expect(gw.validasi('id')).rejects.toMatchObject({ done: 'nothing' });
    expect(snapshot(sim)).toEqual(before);
    expect(sim.store.customXmlParts).toEqual([]);
  });

  it('is a custom XML part (ExcelApi 1.5) with the namespace both hosts read', async () => {
    const { sim, gw } = await on(profile('Excel on the web'));
    await gw.validasi('id');
    expect(sim.store.customXmlParts).toHaveLength(1);
    expect(sim.store.customXmlParts[0]!.xml).toContain('<rapkMarks xmlns="urn:rapk:marks:v1">');
    expect(sim.store.settings.size).toBe(0);
  });
});

describe('marks under conditional formats', () => {
  it('a conditional format over marked cells: the result says marks may be hidden; none: nothing said', async () => {
    const { sim, gw } = await on(profile('Microsoft 365'));
    expect((await gw.validasi('id')).mayBeHidden).toBeUndefined();
    sim.store.sheet('RAPK 2024')!.conditionalFormats.push({ r1: 20, c1: 14, r2: 30, c2: 16 });
    expect((await gw.validasi('id')).mayBeHidden).toBe(true);
  });
});

describe('notes by Range', () => {
  it('the simulator refuses a note at a bare address (as for comments); Validasi passes the Range', async () => {
    const { sim, gw } = await on(profile('Microsoft 365'));
    await expect(
      sim.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('RAPK 2024').notes.add('B2', 'x');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await gw.validasi('id');
    expect(sim.store.sheet('RAPK 2024')!.notes.size).toBe(12);
  });
});

describe('conditions: a protected workbook structure', () => {
  it.each(HOST_PROFILES.map((p) => [p.name, p] as const))(
    '%s: commands that add sheets stop with a clear message, nothing changed; marks still work',
    async (_n, p) => {
      const { sim, gw } = await on(p, 'lakin-tw2-2024-dumai.xlsx');
      sim.store.structureProtected = true;
      const before = snapshot(sim);
      await expect(gw.ringkasan(2, 'id')).rejects.toMatchObject({ kind: 'structureProtected', done: 'nothing' });
      await expect(gw.pengaturan('spec', 'id')).rejects.toMatchObject({ kind: 'structureProtected', done: 'nothing' });
      expect(snapshot(sim)).toEqual(before);
      await gw.validasi('id');
      await gw.hapusTanda();
      expect(snapshot(sim)).toEqual(before);
    },
  );
});
