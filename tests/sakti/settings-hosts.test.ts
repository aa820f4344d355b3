/**
 * The SAKTI import's settings rows through both hosts (issue 24): a mapping given by `--kolom`
 * with `-o`, or picked in the add-in and written, is remembered in the `Pengaturan RAPK` sheet —
 * the same rows in the CLI's copy and in the workbook — and the next import reads it from there;
 * the planner's other settings values stay; the sheet is created with its defaults when absent.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { CellValue, Grid } from '../../src/core/grid/grid';
import { loadWorkbookFile, sheetToGrid } from '../../src/cli/xlsx';
import { validateSheet } from '../../src/core/rules/validate';
import { readSettings } from '../../src/core/rules/settings';
import { parseMapping } from '../../src/core/sakti/mapped';
import { readImportSettings } from '../../src/core/sakti/settings';
import { planRealisasi } from '../../src/core/sheets/realisasi';
import { planSettings } from '../../src/core/sheets/settings';
import type { AnggaranResult } from '../../src/gateway/contract';
import { planToGrid } from '../../src/sample/generate';
import { renderPresentation, specOf } from '../../src/sample/present';
import { renderSakti, saktiOptions } from '../../src/sample/sakti';
import type { ExcelSimulator } from '../../src/sim/excelSim';
import { rapk, tmpDir } from '../support/cli';
import { find, withCell } from '../support/grids';
import { ownTableOf } from '../support/saktiOwn';
import { simOf } from '../support/sim';

const SEED = 10;
const spec = specOf(SEED);
const rapkGrid = renderPresentation(SEED, { layout: 'K', plant: 'none' }, spec).grid;
const model = validateSheet(rapkGrid).model!;
const realisasiGrid = planToGrid(planRealisasi(model));
const sakti = renderSakti(spec, SEED, saktiOptions(SEED, { year: spec.year, month: 6 }));
const own = ownTableOf(spec, sakti);
const OWN = 'kode=C,uraian=A,pagu=E,realisasi=F';
const mapping = parseMapping(OWN)!;
const expected = spec.sasaran.flatMap((s) =>
  s.indikator.map((i) => Math.round(i.lines.reduce((t, l) => t + sakti.realisasi.get(l.sub)! * (l.kontribusi / l.anggaran), 0))),
);

/** a planner's settings sheet: Batas NPI 110, a signer, 01.01 weighing 3 */
function plannerSettings(): Grid {
  let g = planToGrid(planSettings(model));
  g = withCell(g, `B${find(g, 'Batas NPI').slice(1)}`, 110);
  g = withCell(g, `B${find(g, 'Nama').slice(1)}`, 'Dr. Ani');
  return withCell(g, `D${find(g, '01.01').slice(1)}`, 3);
}

async function xlsx(grids: Grid[], file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const g of grids) {
    const ws = wb.addWorksheet(g.name);
    g.values.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
  }
  await wb.xlsx.writeFile(file);
}

/** a sheet's values as a grid (rows × the first 8 columns), trailing empty rows dropped */
function valuesOf(g: Grid): CellValue[][] {
  const rows = g.values.map((row) => Array.from({ length: 8 }, (_, c) => row[c] ?? null));
  while (rows.length && rows[rows.length - 1]!.every((v) => v === null)) rows.pop();
  return rows;
}
function simGrid(sim: ExcelSimulator, name: string): Grid {
  const s = sim.store.sheet(name)!;
  const values = Array.from({ length: 120 }, (_, r) => Array.from({ length: 8 }, (_, c) => sim.store.cell(s, r, c)?.value ?? null));
  return { name, values: values as CellValue[][], merges: [] };
}
async function cliSheet(file: string, name: string): Promise<Grid> {
  return sheetToGrid((await loadWorkbookFile(file)).wb.getWorksheet(name)!);
}
const figures = (r: AnggaranResult): unknown => {
  if ('notReport' in r) throw new Error(`not a report: ${r.notReport}`);
  return r.import.indicators.map((i) => (i.realisasiAnggaran === null ? null : Math.round(i.realisasiAnggaran)));
};

let dir: string;
beforeAll(async () => {
  dir = tmpDir();
  await xlsx([rapkGrid, realisasiGrid], path.join(dir, 'rapk.xlsx'));
  await xlsx([rapkGrid, realisasiGrid, plannerSettings()], path.join(dir, 'rapk-pengaturan.xlsx'));
  await xlsx([own], path.join(dir, 'omspan.xlsx'));
});

describe('the mapping remembered, CLI and add-in alike', () => {
  it('no settings sheet: --kolom with -o creates it (defaults + the mapping); the next import reads it; the add-in writes the same rows', async () => {
    const out = path.join(dir, 'out.xlsx');
    const r = await rapk('anggaran', path.join(dir, 'rapk.xlsx'), path.join(dir, 'omspan.xlsx'), '--tw', '2', '--kolom', OWN, '-o', out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Kolom ekspor: kode=C,uraian=A,pagu=E,realisasi=F \(diberikan untuk impor ini\)/);
    expect(r.out).toMatch(/Kolom ekspor disimpan di sheet "Pengaturan RAPK"/);
    const cliSettings = await cliSheet(out, 'Pengaturan RAPK');
    expect(readImportSettings(cliSettings)).toEqual({ split: 'kontribusi', mapping, findings: [] });
    expect(readSettings(cliSettings).ok).toBe(true);

    // the next import, without the flag: the columns from the settings sheet, the same figures
    const again = await rapk('anggaran', out, path.join(dir, 'omspan.xlsx'), '--tw', '2', '--json');
    const j = JSON.parse(again.out) as { indicators: { realisasiAnggaran: number }[]; columns: unknown; splitFrom: string };
    expect(j.columns).toEqual({ from: 'settings', mapping: OWN });
    expect(j.splitFrom).toBe('settings');
    expect(j.indicators.map((i) => i.realisasiAnggaran)).toEqual(expected);

    // the add-in, the same columns picked and written: the same settings sheet
    const { sim, gw } = simOf([rapkGrid, realisasiGrid], { platform: 'desktop' });
    const w = await gw.importAnggaran({ file: 'omspan.xlsx', grids: [own] }, 2, null, 'id', true, mapping);
    expect(figures(w)).toEqual(expected);
    expect(w).toMatchObject({ remembered: { kind: 'kept', sheet: 'Pengaturan RAPK' } });
    expect(valuesOf(simGrid(sim, 'Pengaturan RAPK'))).toEqual(valuesOf(cliSettings));
    // and reads it from there next time
    const next = await gw.importAnggaran({ file: 'omspan.xlsx', grids: [own] }, 2, null, 'id', false);
    if ('notReport' in next) throw new Error('not read');
    expect(next.import.source).toMatchObject({ columns: 'settings', mapping, split: 'settings' });
  });

  it("a planner's settings sheet: only the section's cells change, in both hosts; no extra sync in the add-in", async () => {
    const before = plannerSettings();
    const out = path.join(dir, 'out2.xlsx');
    const args = [path.join(dir, 'rapk-pengaturan.xlsx'), path.join(dir, 'omspan.xlsx'), '--tw', '2'];
    expect((await rapk('anggaran', ...args, '--kolom', OWN, '-o', out)).code).toBe(0);
    const cli = await cliSheet(out, 'Pengaturan RAPK');
    const diff = (g: Grid): string[] => {
      const a = valuesOf(before);
      const b = valuesOf(g);
      return b.flatMap((row, r) => row.flatMap((v, c) => (v !== (a[r]?.[c] ?? null) ? [`${r},${c}=${String(v)}`] : [])));
    };
    const rows = ['Kolom Kode', 'Kolom Uraian', 'Kolom Pagu', 'Kolom Realisasi'].map((l) => Number(find(before, l).slice(1)) - 1);
    expect(diff(cli)).toEqual([`${rows[0]},1=C`, `${rows[1]},1=A`, `${rows[2]},1=E`, `${rows[3]},1=F`]);
    expect(readSettings(cli)).toEqual(readSettings(before));

    const { sim, gw } = simOf([rapkGrid, realisasiGrid, before], { platform: 'desktop' });
    const w = await gw.importAnggaran({ file: 'omspan.xlsx', grids: [own] }, 2, null, 'id', true, mapping);
    expect(w).toMatchObject({ written: expected.length, remembered: { kind: 'kept', sheet: 'Pengaturan RAPK' } });
    // the workbook read (2), the notes (1), one write
    expect(sim.totalSyncs).toBe(4);
    expect(diff(simGrid(sim, 'Pengaturan RAPK'))).toEqual(diff(cli));
    // picked again: already there
    const again = await gw.importAnggaran({ file: 'omspan.xlsx', grids: [own] }, 2, null, 'id', true, mapping);
    expect(again).toMatchObject({ remembered: { kind: 'same' } });
  });

  it('a settings sheet whose Pembagian is not a rule: M06 in both hosts, nothing written', async () => {
    const bad = withCell(plannerSettings(), `B${find(plannerSettings(), 'Pembagian').slice(1)}`, 'semua');
    await xlsx([rapkGrid, realisasiGrid, bad], path.join(dir, 'rapk-bad.xlsx'));
    const cli = await rapk(
      'anggaran',
      path.join(dir, 'rapk-bad.xlsx'),
      path.join(dir, 'omspan.xlsx'),
      '--tw',
      '2',
      '--kolom',
      OWN,
      '-o',
      path.join(dir, 'x.xlsx'),
    );
    expect(cli.code).toBe(1);
    expect(cli.out).toMatch(/M06/);
    expect(cli.err).toMatch(/Tidak ditulis: isian Impor Realisasi Anggaran di sheet Pengaturan RAPK tidak sah \(M06\)/);
    const { gw } = simOf([rapkGrid, realisasiGrid, bad], { platform: 'desktop' });
    const r = await gw.importAnggaran({ file: 'omspan.xlsx', grids: [own] }, 2, null, 'id', true, mapping);
    expect(r).toMatchObject({ blocked: { kind: 'errors' }, written: 0 });
    if ('notReport' in r) return;
    expect(r.import.findings.map((f) => f.code)).toEqual(['M06']);
    // the rule chosen for this import overrides it
    const chosen = await gw.importAnggaran({ file: 'omspan.xlsx', grids: [own] }, 2, 'kontribusi', 'id', false, mapping);
    expect(chosen).toMatchObject({ blocked: null });
  });

  it('a protected structure (no settings sheet) or a protected settings sheet: the figures written, the columns not kept, said', async () => {
    const a = simOf([rapkGrid, realisasiGrid], { platform: 'desktop' });
    a.sim.store.structureProtected = true;
    const r = await a.gw.importAnggaran({ file: 'omspan.xlsx', grids: [own] }, 2, null, 'id', true, mapping);
    expect(r).toMatchObject({ written: expected.length, remembered: { kind: 'protected', sheet: 'Pengaturan RAPK' } });
    expect(a.sim.store.sheet('Pengaturan RAPK')).toBeUndefined();

    const before = plannerSettings();
    const b = simOf([rapkGrid, realisasiGrid, before], { platform: 'desktop' });
    b.sim.store.sheet('Pengaturan RAPK')!.protected = true;
    const w = await b.gw.importAnggaran({ file: 'omspan.xlsx', grids: [own] }, 2, null, 'id', true, mapping);
    expect(w).toMatchObject({ written: expected.length, remembered: { kind: 'protected', sheet: 'Pengaturan RAPK' } });
    expect(valuesOf(simGrid(b.sim, 'Pengaturan RAPK'))).toEqual(valuesOf(before));
  });

  it("a new settings sheet shows the rule the import used (--bagi pertama / chosen in the pane); an existing one keeps the planner's", async () => {
    const out = path.join(dir, 'out-pertama.xlsx');
    const args = [path.join(dir, 'omspan.xlsx'), '--tw', '2', '--kolom', OWN, '--bagi', 'pertama', '-o', out];
    expect((await rapk('anggaran', path.join(dir, 'rapk.xlsx'), ...args)).code).toBe(0);
    const cli = await cliSheet(out, 'Pengaturan RAPK');
    expect(readImportSettings(cli)).toEqual({ split: 'pertama', mapping, findings: [] });
    const { sim, gw } = simOf([rapkGrid, realisasiGrid], { platform: 'desktop' });
    await gw.importAnggaran({ file: 'omspan.xlsx', grids: [own] }, 2, 'pertama', 'id', true, mapping);
    expect(valuesOf(simGrid(sim, 'Pengaturan RAPK'))).toEqual(valuesOf(cli));

    const kept = path.join(dir, 'out-kept.xlsx');
    expect((await rapk('anggaran', path.join(dir, 'rapk-pengaturan.xlsx'), ...args.slice(0, -1), kept)).code).toBe(0);
    expect(readImportSettings(await cliSheet(kept, 'Pengaturan RAPK')).split).toBe('kontribusi');
  });
});
