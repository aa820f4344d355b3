/** The add-in refreshes the Realisasi sheet in place: everything that is not the add-in's stays exactly. */
import { simWith, snapshot } from '../support/sim';
import type { SimSheet } from '../../src/sim/store';
import { validateWorkbook } from '../../src/core/workbook';
import { fixtureGrids } from '../support/fixtures';

/** Everything on a sheet except the cells the refresh may write. */
function plannerView(s: SimSheet, owned: (k: string) => boolean): unknown {
  return {
    cells: [...s.cells.entries()].filter(([k]) => !owned(k)).sort(),
    notes: [...s.notes.entries()].sort(),
    widths: [...s.colWidths.entries()].sort(),
    validations: s.validations,
    merges: s.merges,
    freeze: [s.freezeRows, s.freezeCols],
  };
}

describe('Realisasi refresh in the add-in (simulator)', () => {
  it('keeps planner columns, helper and typed formulas, notes, widths and validations; writes only the changed target', async () => {
    const { sim, gw } = await simWith('rapk-2025-jember.xlsx', { platform: 'desktop' });
    await gw.realisasi('id');
    const s = sim.store.sheet('Realisasi 2025')!;
    // the planner's work
    sim.store.cellW(s, 2, 19).value = 'Keterangan';
    sim.store.cellW(s, 2, 20).value = 'Bukti Dukung';
    sim.store.cellW(s, 3, 19).value = 'sesuai laporan TW I';
    sim.store.cellW(s, 3, 20).value = 'https://drive/bukti-01';
    Object.assign(sim.store.cellW(s, 3, 21), { value: 160, formula: '=H4*2' });
    Object.assign(sim.store.cellW(s, 3, 9), { value: 12, formula: "='RAPK 2025'!F7+1" }); // a typed formula in Realisasi TW II
    sim.store.cellW(s, 3, 7).value = 80;
    sim.store.cellW(s, 3, 19).fill = { color: '#E2EFDA', pattern: 'Solid' };
    sim.store.cellW(s, 29, 0).value = 'Catatan: data per 15 Juli';
    s.notes.set('T4', 'RAPK: dicek Bu Sari');
    s.colWidths.set(19, 200);
    s.validations.push({ range: 'T4:T20', list: ['ya', 'tidak'] });
    // the RAPK changes the TW I target of the first indicator
    const model = validateWorkbook((await fixtureGrids('rapk-2025-jember.xlsx')).slice(0, 1)).sheets[0]!.model;
    const cell = model.sasaran[0]!.indikator[0]!.targets[2]!.cell!;
    const rapk = sim.store.sheet('RAPK 2025')!;
    const old = sim.store.cell(s, 3, 6)!.value as number;
    sim.store.cellW(rapk, cell.r, cell.c).value = old + 5;

    const owned = (k: string): boolean => k === '3,6';
    const before = plannerView(s, owned);
    const otherSheets = snapshot(sim);
    sim.resetStats();
    const r = await gw.realisasi('id');
    // the fixture's RAPK has one error of its own (A05 at L75, i12's rapkErrors)
    expect(r).toEqual({
      sheet: 'Realisasi 2025',
      rows: 12,
      // rows with typed values kept (issue 22.9): the one row typed above
      kept: 1,
      orphans: 0,
      created: false,
      rapkErrors: [
        {
          code: 'A05',
          severity: 'error',
          sheet: 'RAPK 2025',
          cells: ['L75'],
          params: { kind: 'grand', row: 75 },
          expected: 7829237000,
          actual: 874624000,
        },
      ],
    });
    expect(sim.totalSyncs).toBe(3);
    expect(plannerView(s, owned)).toEqual(before);
    expect(sim.store.cell(s, 3, 6)!.value).toBe(old + 5);
    expect(sim.store.cell(s, 3, 9)!.formula).toBe("='RAPK 2025'!F7+1");
    expect(sim.store.cell(s, 3, 21)!.formula).toBe('=H4*2');
    // only that one cell changed anywhere in the workbook
    const after = snapshot(sim) as { name: string; cells: unknown[][] }[];
    const was = otherSheets as { name: string; cells: unknown[][] }[];
    const diff = after.flatMap((sh, i) =>
      sh.cells.filter((c) => !was[i]!.cells.some((d) => JSON.stringify(d) === JSON.stringify(c))).map((c) => [sh.name, c[0]]),
    );
    expect(diff).toEqual([['Realisasi 2025', '3,6']]);
  });
});
