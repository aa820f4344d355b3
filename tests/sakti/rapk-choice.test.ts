/**
 * The SAKTI import picks the RAPK as Realisasi and Ringkasan pick it (`pickRapk`, one home): a
 * workbook holding two RAPKs — the visible one, a hidden other-year one left aside and named; two
 * visible years: the one with its Realisasi sheet, else ambiguous (never the latest silently).
 */
import type { Grid } from '../../src/core/grid/grid';
import { validateSheet } from '../../src/core/rules/validate';
import { saktiForWorkbooks } from '../../src/core/sakti/workbook';
import { planRealisasi } from '../../src/core/sheets/realisasi';
import { realisasiForWorkbook, summaryForWorkbook } from '../../src/core/workbook';
import { planToGrid } from '../../src/sample/generate';
import { renderPresentation, specOf } from '../../src/sample/present';
import { renderSakti, saktiOptions } from '../../src/sample/sakti';
import { ExcelGateway } from '../../src/excel/gateway';
import { ExcelSimulator } from '../../src/sim/excelSim';
import { loadGrid } from '../../src/sim/load';
import { RAPK_CHOSEN } from '../../src/core/locales/rapkChosen';

const SEED = 10;
const spec = specOf(SEED);
const current = renderPresentation(SEED, { layout: 'K', plant: 'none' }, spec).grid;
const year = spec.year;
/** the same RAPK under another year's title and name */
const ofYear = (y: number, hidden = false): Grid => ({
  ...current,
  name: `RAPK ${y}`,
  values: current.values.map((row) => row.map((v) => (typeof v === 'string' ? v.replace(String(year), String(y)) : v))),
  ...(hidden ? { hidden: true } : {}),
});
const realisasiOf = (g: Grid): Grid => planToGrid(planRealisasi(validateSheet(g).model!));
const sakti = renderSakti(spec, SEED, saktiOptions(SEED, { year, month: 6 }));

const chosen = (grids: Grid[]) => {
  const s = saktiForWorkbooks(grids, [sakti.grid], 2);
  if ('problem' in s) return { problem: s.problem.kind };
  return { sheet: s.model.sheet, leftAside: s.leftAside, realisasi: s.realisasi?.name ?? null };
};
/** what Realisasi and Ringkasan chose in the same workbook */
const others = (grids: Grid[]) => {
  const r = realisasiForWorkbook(grids);
  const s = summaryForWorkbook(grids, 2);
  return {
    realisasi: 'problem' in r ? { problem: r.problem.kind } : { sheet: r.model.sheet, leftAside: r.leftAside },
    ringkasan: 'problem' in s ? { problem: s.problem.kind } : { sheet: s.rapkSheet, leftAside: s.leftAside },
  };
};

describe('the SAKTI import chooses the RAPK as the other commands do', () => {
  it("a hidden next-year draft beside this year's visible RAPK: the visible one, the draft left aside and named", () => {
    const grids = [current, ofYear(year + 1, true), realisasiOf(current)];
    expect(chosen(grids)).toEqual({ sheet: `RAPK ${year}`, leftAside: [`RAPK ${year + 1}`], realisasi: `Realisasi ${year}` });
    expect(others(grids)).toEqual({
      realisasi: { sheet: `RAPK ${year}`, leftAside: [`RAPK ${year + 1}`] },
      ringkasan: { sheet: `RAPK ${year}`, leftAside: [`RAPK ${year + 1}`] },
    });
  });

  it("a hidden last-year RAPK first in the workbook: this year's, last year's named", () => {
    const grids = [ofYear(year - 1, true), current, realisasiOf(current)];
    expect(chosen(grids)).toEqual({ sheet: `RAPK ${year}`, leftAside: [`RAPK ${year - 1}`], realisasi: `Realisasi ${year}` });
    // what all three commands say of it: the same data, the visible one
    const said = { sheet: `RAPK ${year}`, year, leftAside: [`RAPK ${year - 1}`], by: 'visible' };
    const s = saktiForWorkbooks(grids, [sakti.grid], 2);
    const r = realisasiForWorkbook(grids);
    const g = summaryForWorkbook(grids, 2);
    expect(['problem' in s ? null : s.rapkChosen, 'problem' in r ? null : r.rapkChosen, 'problem' in g ? null : g.rapkChosen]).toEqual([
      said,
      said,
      said,
    ]);
  });

  it('two visible years: the one whose Realisasi sheet is there (not the latest)', () => {
    const last = ofYear(year - 1);
    const grids = [last, current, realisasiOf(last)];
    expect(chosen(grids)).toEqual({ sheet: `RAPK ${year - 1}`, leftAside: [`RAPK ${year}`], realisasi: `Realisasi ${year - 1}` });
    expect(others(grids).realisasi).toEqual({ sheet: `RAPK ${year - 1}`, leftAside: [`RAPK ${year}`] });
    // both are visible: the sentence says it was the one with its Realisasi sheet (not "the visible one")
    const r = realisasiForWorkbook(grids);
    if ('problem' in r) throw new Error(r.problem.kind);
    expect(r.rapkChosen).toEqual({ sheet: `RAPK ${year - 1}`, year: year - 1, leftAside: [`RAPK ${year}`], by: 'realisasi' });
    expect(RAPK_CHOSEN.en(r.rapkChosen!)).toBe(
      `Using the ${year - 1} RAPK (sheet "RAPK ${year - 1}", the one with a Realisasi sheet); RAPKs of other years left aside: "RAPK ${year}".`,
    );
    const s = saktiForWorkbooks(grids, [sakti.grid], 2);
    expect('problem' in s ? null : s.rapkChosen).toEqual(r.rapkChosen);
  });

  it('two visible years and no Realisasi sheet to pair with: ambiguous, as Realisasi says', () => {
    const grids = [ofYear(year - 1), current];
    expect(chosen(grids)).toEqual({ problem: 'ambiguousRapk' });
    expect(others(grids).realisasi).toEqual({ problem: 'ambiguousRapk' });
  });

  it('one RAPK: nothing left aside; a named sheet (--sheet) is used as named', () => {
    expect(chosen([current, realisasiOf(current)])).toEqual({ sheet: `RAPK ${year}`, leftAside: [], realisasi: `Realisasi ${year}` });
    const s = saktiForWorkbooks([ofYear(year - 1), current], [sakti.grid], 2, { sheet: `RAPK ${year - 1}` });
    expect('problem' in s ? s.problem : [s.model.sheet, s.leftAside]).toEqual([`RAPK ${year - 1}`, []]);
  });

  it("in Excel (simulator): the figures go to the visible RAPK's Realisasi sheet, the hidden draft's stays empty", async () => {
    const draft = ofYear(year + 1, true);
    const sim = new ExcelSimulator({ apiVersion: 18, platform: 'desktop' });
    for (const g of [current, draft, realisasiOf(current), realisasiOf(draft)]) loadGrid(sim, g);
    sim.store.activeId = sim.store.sheets[0]!.id;
    const gw = new ExcelGateway(
      (b) => sim.run((ctx) => b(ctx as unknown as Excel.RequestContext)),
      (n, v) => sim.isSetSupported(n, v),
    );
    const r = await gw.importAnggaran({ file: 'sakti.xlsx', grids: [sakti.grid] }, 2, null, 'en', true);
    expect(r).toMatchObject({ sheet: `Realisasi ${year}`, blocked: null, written: 6 });
    const filled = (name: string): number => {
      const s = sim.store.sheet(name)!;
      const c = realisasiOf(current).values[2]!.indexOf('Realisasi Anggaran TW II');
      return [...s.cells.entries()].filter(
        ([k, x]) => Number(k.split(',')[1]) === c && Number(k.split(',')[0]) > 2 && typeof x.value === 'number',
      ).length;
    };
    expect([filled(`Realisasi ${year}`), filled(`Realisasi ${year + 1}`)]).toEqual([6, 0]);
  });
});
