/**
 * Impor realisasi anggaran (SAKTI) in the add-in (issue 24), on the simulator: the same figures
 * and the same written cells as `rapk anggaran` on the same files (parity), in a pinned number
 * of syncs; a typed value kept; a second import replacing its own figures; notes, comments
 * (ExcelApi 1.10) or neither (1.9); a report of another quarter writes nothing.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Grid } from '../../src/core/grid/grid';
import { loadWorkbookFile, sheetToGrid } from '../../src/cli/xlsx';
import { validateSheet } from '../../src/core/rules/validate';
import { planRealisasi } from '../../src/core/sheets/realisasi';
import type { AnggaranResult } from '../../src/gateway/contract';
import { SAKTI_UI } from '../../src/core/locales/paneSakti';
import { parseMapping } from '../../src/core/sakti/mapped';
import { planToGrid } from '../../src/sample/generate';
import { renderPresentation, specOf } from '../../src/sample/present';
import { renderSakti, saktiOptions } from '../../src/sample/sakti';
import type { ExcelSimulator } from '../../src/sim/excelSim';
import { rapk, tmpDir } from '../support/cli';
import { notSaktiGrid, ownTableOf } from '../support/saktiOwn';
import { simOf, snapshot } from '../support/sim';

async function xlsx(grids: Grid[], file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const g of grids) {
    const ws = wb.addWorksheet(g.name);
    g.values.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
  }
  await wb.xlsx.writeFile(file);
}

const SEED = 10; // six indicators of three lines each
const spec = specOf(SEED);
const rapkGrid = renderPresentation(SEED, { layout: 'K', plant: 'none' }, spec).grid;
const model = validateSheet(rapkGrid).model!;
const realisasiGrid = planToGrid(planRealisasi(model));
const sakti = renderSakti(spec, SEED, saktiOptions(SEED, { year: spec.year, month: 6 }));
const expected = spec.sasaran.flatMap((s) =>
  s.indikator.map((i) => Math.round(i.lines.reduce((t, l) => t + sakti.realisasi.get(l.sub)! * (l.kontribusi / l.anggaran), 0))),
);

let dir: string;
let rapkGrids: Grid[];
let saktiGrids: Grid[];
beforeAll(async () => {
  dir = tmpDir();
  await xlsx([rapkGrid, realisasiGrid], path.join(dir, 'rapk.xlsx'));
  await xlsx([sakti.grid], path.join(dir, 'sakti.xlsx'));
  // both hosts read the same files: the sheets as the CLI reads them
  rapkGrids = (await loadWorkbookFile(path.join(dir, 'rapk.xlsx'))).wb.worksheets.map(sheetToGrid);
  saktiGrids = (await loadWorkbookFile(path.join(dir, 'sakti.xlsx'))).wb.worksheets.map(sheetToGrid);
});

const exported = (): { file: string; grids: Grid[] } => ({ file: 'sakti.xlsx', grids: saktiGrids });

/** The Realisasi sheet's `Realisasi Anggaran TW II` column (values and notes/comments), one entry per indicator row. */
function column(sim: ExcelSimulator): { values: unknown[]; notes: (string | null)[] } {
  const s = sim.store.sheet(realisasiGrid.name)!;
  const header = realisasiGrid.values[2]!;
  const c = header.indexOf('Realisasi Anggaran TW II');
  const values: unknown[] = [];
  const notes: (string | null)[] = [];
  for (let r = 3; r < realisasiGrid.values.length; r++) {
    if (!realisasiGrid.values[r]![0]) continue;
    values.push(sim.store.cell(s, r, c)?.value ?? null);
    const a = `${String.fromCharCode(65 + c)}${r + 1}`;
    notes.push(s.notes.get(a) ?? s.comments.find((x) => x.address === a)?.content ?? null);
  }
  return { values, notes };
}

const figures = (r: AnggaranResult): unknown => {
  if ('notReport' in r) throw new Error(`not a report: ${r.notReport}`);
  return r.import.indicators.map((i) => (i.realisasiAnggaran === null ? null : Math.round(i.realisasiAnggaran)));
};

describe('importAnggaran (simulator)', () => {
  it('parity with rapk anggaran: the same figures, unmatched and findings; the same cells written, in 4 syncs', async () => {
    const cli = await rapk('anggaran', path.join(dir, 'rapk.xlsx'), path.join(dir, 'sakti.xlsx'), '--tw', '2', '--json');
    const j = JSON.parse(cli.out) as { indicators: { realisasiAnggaran: number | null }[]; unmatched: unknown; findings: unknown[] };
    const { sim, gw } = simOf(rapkGrids, { platform: 'desktop' });
    // the preview: the workbook read (2 syncs), the target cells' notes (1); nothing changed
    const before = snapshot(sim);
    const preview = await gw.importAnggaran(exported(), 2, 'kontribusi', 'id', false);
    expect(sim.totalSyncs).toBe(3);
    expect(snapshot(sim)).toEqual(before);
    expect(figures(preview)).toEqual(j.indicators.map((i) => i.realisasiAnggaran));
    expect(figures(preview)).toEqual(expected);
    if ('notReport' in preview) return;
    expect(preview.import.unmatched).toEqual(j.unmatched);
    expect(preview.import.findings).toEqual(j.findings);
    expect(preview).toMatchObject({ sheet: realisasiGrid.name, blocked: null, planned: expected.length, written: 0, kept: [], noRow: [] });

    sim.resetStats();
    const r = await gw.importAnggaran(exported(), 2, 'kontribusi', 'id', true);
    expect(sim.totalSyncs).toBe(4);
    expect(r).toMatchObject({ written: expected.length, kept: [], notesKept: 0 });
    const col = column(sim);
    expect(col.values).toEqual(expected);
    expect(col.notes.every((n) => n?.startsWith('RAPK · SAKTI: realisasi anggaran dari sakti.xlsx'))).toBe(true);

    // the CLI's copy of the same workbook holds the same cells
    const out = path.join(dir, 'cli-out.xlsx');
    expect((await rapk('anggaran', path.join(dir, 'rapk.xlsx'), path.join(dir, 'sakti.xlsx'), '--tw', '2', '-o', out)).code).toBe(0);
    const cliSheet = (await loadWorkbookFile(out)).wb.getWorksheet(realisasiGrid.name)!;
    const c = realisasiGrid.values[2]!.indexOf('Realisasi Anggaran TW II');
    const cliValues = realisasiGrid.values
      .map((row, i) => (i >= 3 && row[0] ? cliSheet.getCell(i + 1, c + 1).value : undefined))
      .filter((v) => v !== undefined);
    expect(cliValues).toEqual(col.values);
  });

  it('the generated pair has several indicators, each with a figure', () => {
    expect(expected.length).toBe(6);
    expect(expected.every((v) => v > 0)).toBe(true);
  });

  it('a longer Realisasi sheet (300 more rows) takes the same 4 syncs', async () => {
    const wide = renderPresentation(SEED, { layout: 'K', plant: 'none' }, spec).grid;
    const more = Array.from({ length: 300 }, (_, i) => [`99.${String(i % 100).padStart(2, '0')}`, 'x', 'y']);
    const big: Grid = { ...realisasiGrid, values: [...realisasiGrid.values, ...more] };
    const { sim, gw } = simOf([wide, big], { platform: 'desktop' });
    await gw.importAnggaran(exported(), 2, 'kontribusi', 'id', true);
    expect(sim.totalSyncs).toBe(4);
    expect(column(sim).values).toEqual(expected);
  });

  it("a planner's typed value is kept and reported; a second import replaces its own figures", async () => {
    const { sim, gw } = simOf(rapkGrids, { platform: 'desktop' });
    const s = sim.store.sheet(realisasiGrid.name)!;
    const c = realisasiGrid.values[2]!.indexOf('Realisasi Anggaran TW II');
    sim.store.cellW(s, 3, c).value = 12345;
    const r = await gw.importAnggaran(exported(), 2, 'kontribusi', 'id', true);
    if ('notReport' in r) throw new Error('not a report');
    expect(r.kept).toEqual([{ kode: r.import.indicators[0]!.kode, typed: '12345', imported: expected[0] }]);
    expect(r.written).toBe(expected.length - 1);
    expect(column(sim).values).toEqual([12345, ...expected.slice(1)]);
    expect(column(sim).notes[0]).toBeNull();

    // the figures change (another split): the import's own cells follow, the typed one stays
    const again = await gw.importAnggaran(exported(), 2, 'pertama', 'en', true);
    if ('notReport' in again) throw new Error('not a report');
    const pertama = again.import.indicators.map((i) => Math.round(i.realisasiAnggaran!));
    expect(again.kept.map((k) => k.typed)).toEqual(['12345']);
    expect(column(sim).values).toEqual([12345, ...pertama.slice(1)]);
    expect(
      column(sim)
        .notes.slice(1)
        .every((n) => n?.startsWith('RAPK · SAKTI: budget realisation from sakti.xlsx')),
    ).toBe(true);
  });

  it("a planner's own note on an empty target cell stays: the cell is filled without the import's mark", async () => {
    const { sim, gw } = simOf(rapkGrids, { platform: 'desktop' });
    const s = sim.store.sheet(realisasiGrid.name)!;
    const q5 = `${String.fromCharCode(65 + realisasiGrid.values[2]!.indexOf('Realisasi Anggaran TW II'))}5`;
    s.notes.set(q5, 'cek SPM');
    const r = await gw.importAnggaran(exported(), 2, 'kontribusi', 'id', true);
    expect(r).toMatchObject({ notesKept: 1, written: expected.length });
    expect(column(sim).values).toEqual(expected);
    expect(s.notes.get(q5)).toBe('cek SPM');
    expect(column(sim).notes.filter((n) => n?.startsWith('RAPK · SAKTI')).length).toBe(expected.length - 1);
  });

  it('ExcelApi 1.10 (comments): marks with comments and replaces its own on a second import', async () => {
    const { sim, gw } = simOf(rapkGrids, { platform: 'desktop', apiVersion: 10 });
    await gw.importAnggaran(exported(), 2, 'kontribusi', 'id', true);
    // the read (2), the comments and their locations (2), the write (1)
    expect(sim.totalSyncs).toBe(5);
    expect(column(sim).values).toEqual(expected);
    expect(column(sim).notes.every((n) => n?.startsWith('RAPK · SAKTI'))).toBe(true);
    const s = sim.store.sheet(realisasiGrid.name)!;
    await gw.importAnggaran(exported(), 2, 'pertama', 'id', true);
    expect(s.comments.length).toBe(expected.length);
    expect(column(sim).values).not.toEqual(expected);
  });

  it('ExcelApi 1.9 (neither notes nor comments): empty cells filled; a second import keeps them as typed', async () => {
    const { sim, gw } = simOf(rapkGrids, { platform: 'desktop', apiVersion: 9 });
    const r = await gw.importAnggaran(exported(), 2, 'kontribusi', 'id', true);
    expect(r).toMatchObject({ written: expected.length });
    expect(sim.totalSyncs).toBe(3);
    expect(column(sim)).toEqual({ values: expected, notes: expected.map(() => null) });
    const again = await gw.importAnggaran(exported(), 2, 'kontribusi', 'id', true);
    expect(again).toMatchObject({ written: 0 });
    if (!('notReport' in again)) expect(again.kept.length).toBe(expected.length);
  });

  it('a write that fails half-way is said as partial; importing again finishes it (its own cells replaced)', async () => {
    const { sim, gw } = simOf(rapkGrids, { platform: 'desktop' });
    sim.failSync(4, 'middle');
    await expect(gw.importAnggaran(exported(), 2, 'kontribusi', 'id', true)).rejects.toMatchObject({ done: 'partial' });
    const r = await gw.importAnggaran(exported(), 2, 'kontribusi', 'id', true);
    expect(r).toMatchObject({ kept: [] });
    expect(column(sim).values).toEqual(expected);
  });

  it('Excel on the web: the same figures written, every request under the budget', async () => {
    const { sim, gw } = simOf(rapkGrids);
    await gw.importAnggaran(exported(), 2, 'kontribusi', 'id', true);
    expect(column(sim).values).toEqual(expected);
    expect(sim.totalSyncs).toBeLessThanOrEqual(5);
    expect(sim.maxRequestBytes).toBeLessThan(4 * 1024 * 1024);
  });

  it('a report of another quarter: A13, blocked, nothing written', async () => {
    const { sim, gw } = simOf(rapkGrids, { platform: 'desktop' });
    const before = snapshot(sim);
    const r = await gw.importAnggaran(exported(), 3, 'kontribusi', 'id', true);
    if ('notReport' in r) throw new Error('not a report');
    expect(r.blocked).toEqual({ kind: 'errors' });
    expect(r.written).toBe(0);
    expect(r.import.findings.map((f) => f.code)).toContain('A13');
    expect(snapshot(sim)).toEqual(before);
    expect(sim.totalSyncs).toBe(2);
  });

  it('a file that is not a SAKTI report: what was looked for, nothing changed', async () => {
    const { sim, gw } = simOf(rapkGrids, { platform: 'desktop' });
    const before = snapshot(sim);
    const other = notSaktiGrid();
    expect(await gw.importAnggaran({ file: 'lain.xlsx', grids: [other] }, 2, 'kontribusi', 'id', true)).toEqual({
      notReport: 'header',
      from: 'words',
    });
    expect(snapshot(sim)).toEqual(before);
  });

  it('no RAPK in the workbook: the pane\'s "noRapk" error', async () => {
    const { gw } = simOf([{ name: 'Sheet1', values: [['a']], merges: [] }], { platform: 'desktop' });
    await expect(gw.importAnggaran(exported(), 2, 'kontribusi', 'id', false)).rejects.toMatchObject({ kind: 'noRapk' });
  });

  it('a protected Realisasi sheet: the preview says so, the write is refused before any change', async () => {
    const { sim, gw } = simOf(rapkGrids, { platform: 'desktop' });
    sim.store.sheet(realisasiGrid.name)!.protected = true;
    const r = await gw.importAnggaran(exported(), 2, 'kontribusi', 'id', false);
    expect(r).toMatchObject({ blocked: { kind: 'protected' } });
    const before = snapshot(sim);
    await expect(gw.importAnggaran(exported(), 2, 'kontribusi', 'id', true)).rejects.toMatchObject({ kind: 'protected', done: 'nothing' });
    expect(snapshot(sim)).toEqual(before);
  });

  it("remembering picked columns in a new settings sheet that Excel fails to add: the written figures stand, 'failed' said", async () => {
    const own = ownTableOf(spec, sakti);
    const mapping = parseMapping('kode=C,uraian=A,pagu=E,realisasi=F')!;
    const { sim, gw } = simOf(rapkGrids, { platform: 'desktop' });
    // the workbook read (2), the notes (1), the figures (1), then the settings sheet's add: refused
    sim.failSync(5, { before: (_t, what) => what === 'add', code: 'AccessDenied' });
    const r = await gw.importAnggaran({ file: 'omspan.xlsx', grids: [own] }, 2, 'kontribusi', 'id', true, mapping);
    expect(r).toMatchObject({ written: expected.length, remembered: { kind: 'failed', sheet: 'Pengaturan RAPK' } });
    expect(column(sim).values).toEqual(expected);
    expect(sim.store.sheet('Pengaturan RAPK')).toBeFalsy();
    expect(sim.totalSyncs).toBe(5);
    // the sentence, in both languages
    expect(SAKTI_UI.id.remembered.failed('Pengaturan RAPK')).toMatch(/tidak disimpan.*"Pengaturan RAPK"/);
    expect(SAKTI_UI.en.remembered.failed('Pengaturan RAPK')).toMatch(/not kept.*"Pengaturan RAPK"/);
    // without the fault: the sheet is created and the columns kept
    const ok = simOf(rapkGrids, { platform: 'desktop' });
    const kept = await ok.gw.importAnggaran({ file: 'omspan.xlsx', grids: [own] }, 2, 'kontribusi', 'id', true, mapping);
    expect(kept).toMatchObject({ written: expected.length, remembered: { kind: 'kept', sheet: 'Pengaturan RAPK' } });
  });
});
