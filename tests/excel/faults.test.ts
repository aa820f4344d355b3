/**
 * Fault injection: the n-th sync of each command fails (before, in the middle of, or after its
 * batch). Afterwards the workbook is exactly as before, or the error says a part was done; in
 * both cases running the command again succeeds and gives the same workbook as a clean run.
 */
import type { Fault } from '../../src/sim/excelSim';
import type { ExcelGateway } from '../../src/excel/gateway';
import { GatewayError } from '../../src/gateway/contract';
import { simWith, snapshot } from '../support/sim';
import type { ExcelSimulator } from '../../src/sim/excelSim';
import { readRealisasi } from '../../src/core/reader/realisasi';

type Cmd = { name: string; fixture: string; prepare?: (gw: ExcelGateway) => Promise<unknown>; run: (gw: ExcelGateway) => Promise<unknown> };

const commands: Cmd[] = [
  { name: 'validasi', fixture: 'rapk-2024-rejang-lebong-errors.xlsx', run: (gw) => gw.validasi('id') },
  {
    name: 'validasi again',
    fixture: 'rapk-2024-rejang-lebong-errors.xlsx',
    prepare: (gw) => gw.validasi('en'),
    run: (gw) => gw.validasi('id'),
  },
  { name: 'hapusTanda', fixture: 'rapk-2024-rejang-lebong-errors.xlsx', prepare: (gw) => gw.validasi('id'), run: (gw) => gw.hapusTanda() },
  { name: 'realisasi (new)', fixture: 'rapk-2025-jember.xlsx', run: (gw) => gw.realisasi('id') },
  { name: 'realisasi (refresh)', fixture: 'lakin-tw2-2024-dumai.xlsx', run: (gw) => gw.realisasi('id') },
  { name: 'ringkasan', fixture: 'lakin-tw2-2024-dumai.xlsx', run: (gw) => gw.ringkasan(2, 'id') },
];

/** The workbook a clean run produces (sheet ids and temp names aside). */
async function cleanResult(cmd: Cmd): Promise<{ result: unknown; syncs: number }> {
  const { sim, gw } = await simWith(cmd.fixture);
  if (cmd.prepare) await cmd.prepare(gw);
  sim.resetStats();
  await cmd.run(gw);
  return { result: snapshot(sim), syncs: sim.totalSyncs };
}

/** Typed realisasi by Kode, from whichever sheet holds the Realisasi table. */
function typedValues(sim: ExcelSimulator): unknown {
  for (const s of sim.store.sheets) {
    const u = sim.store.usedRange(s, true);
    if (!u) continue;
    const vals = sim.store.values(s, { r1: 0, c1: 0, r2: u.r2, c2: u.c2 }).map((r) => r.map((v) => (v === '' ? null : v)));
    const sheet = readRealisasi({ name: s.name, values: vals });
    if (sheet) return sheet.rows.map((r) => [r.kode, r.realisasi, r.anggaran, r.polaritasRaw, r.penilaianRaw, r.perspektifRaw]);
  }
  return null;
}

describe.each(commands)('$name', (cmd) => {
  it('survives a failure at every sync', async () => {
    const clean = await cleanResult(cmd);
    expect(clean.syncs).toBeGreaterThan(0);
    for (let n = 1; n <= clean.syncs; n++) {
      for (const how of ['before', 'middle', 'after'] as Fault[]) {
        const { sim, gw } = await simWith(cmd.fixture);
        if (cmd.prepare) await cmd.prepare(gw);
        const before = snapshot(sim);
        const typedBefore = typedValues(sim);
        sim.resetStats();
        sim.failSync(n, how);
        let error: unknown = null;
        try {
          await cmd.run(gw);
        } catch (e) {
          error = e;
        }
        if (error === null) {
          // the write-and-swap batch failed after the old sheet was deleted: the command
          // finished the swap itself, so the workbook is what a clean run gives (Realisasi's
          // new sheet and, since issue 21, the Ringkasan's); or (Validasi) its first read batch,
          // which asks for the merged areas, failed with an unlocated GeneralException, taken for
          // the 512-area cap (ADR 005, merges) and run again without them: the same clean result
          if (/^validasi/.test(cmd.name)) expect({ n, how }).toEqual({ n: 1, how });
          else expect(cmd.name).toMatch(/^(realisasi|ringkasan)/);
          expect({ n, how, state: snapshot(sim) }).toEqual({ n, how, state: clean.result });
        } else {
          expect(error).toBeInstanceOf(GatewayError);
          const g = error as GatewayError;
          if (g.done === 'nothing') expect({ n, how, state: snapshot(sim) }).toEqual({ n, how, state: before });
        }
        // typed realisasi is never lost, whatever failed
        if (typedBefore) expect(typedValues(sim)).toEqual(typedBefore);
        // running again succeeds and gives what a clean run gives
        await cmd.run(gw);
        expect({ n, how, state: snapshot(sim) }).toEqual({ n, how, state: clean.result });
      }
    }
  });
});

describe('Realisasi refresh: a failure inside the in-place write', () => {
  // the refresh is in place (ADR 009): there is no swap; a failure half-way through the write
  // batch leaves the typed cells untouched (they are never written) and running again finishes it
  const setup = async () => {
    const { sim, gw } = await simWith('lakin-tw2-2024-dumai.xlsx');
    const s = sim.store.sheet('Realisasi 2024')!;
    // indicator 01.02's Kode is gone: the refresh adds a row for it below the table
    sim.store.cellW(s, 4, 0).value = null;
    return { sim, gw };
  };

  it.each(['numberFormat', 'fill.color', 'values'])('the batch stops at its first %s write', async (op) => {
    const clean = await setup();
    clean.sim.resetStats();
    await clean.gw.realisasi('id');
    const syncs = clean.sim.totalSyncs;
    const result = snapshot(clean.sim);
    const { sim, gw } = await setup();
    const typed = typedValues(sim);
    const before = snapshot(sim);
    sim.resetStats();
    sim.failSync(syncs, { before: (target, what) => `${target}/${what}`.includes(op) });
    let error: unknown = null;
    try {
      await gw.realisasi('id');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GatewayError);
    expect((error as GatewayError).done).toBe('partial');
    expect(typedValues(sim)).toEqual(typed);
    expect(snapshot(sim)).not.toEqual(result);
    if (op === 'numberFormat') expect(snapshot(sim)).toEqual(before);
    await gw.realisasi('id');
    expect(snapshot(sim)).toEqual(result);
  });
});

describe('the sheet disappears mid-command', () => {
  it('Validasi: the sheet deleted between reading and writing gives sheetGone, and nothing else changes', async () => {
    const { sim, gw } = await simWith('rapk-2024-rejang-lebong-errors.xlsx');
    sim.store.addSheet('Lain');
    sim.onSync = (n) => {
      if (n === 2) sim.store.removeSheet(sim.store.sheet('RAPK 2024')!.id);
    };
    await expect(gw.validasi('id')).rejects.toMatchObject({ kind: 'sheetGone' });
    sim.onSync = null;
    expect(sim.store.sheets.map((s) => s.name)).toEqual(['Lain']);
    expect(sim.store.settings.size).toBe(0);
  });
});
