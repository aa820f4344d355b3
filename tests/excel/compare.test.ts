/**
 * Riwayat revisi in Excel (issue 23), on the simulator: the open workbook's RAPK against an
 * older version's grids gives the CLI's diff; the Riwayat Revisi sheet is written and replaced
 * on a second run; the reading takes the syncs of reading a workbook, whatever its size.
 */
import * as fs from 'fs';
import * as path from 'path';
import { loadWorkbook, sheetToGrid } from '../../src/cli/xlsx';
import { diffRapk } from '../../src/core/diff/diff';
import { rapkForDiff } from '../../src/core/diff/workbook';
import type { Grid } from '../../src/core/grid/grid';
import { WorkbookWriter } from '../../src/xlsx/writer';
import { tmpDir } from '../support/cli';
import { simOf, values } from '../support/sim';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'rapk-2024-rejang-lebong.xlsx');

async function gridsOf(bytes: Uint8Array): Promise<Grid[]> {
  const f = path.join(tmpDir(), 'x.xlsx');
  fs.writeFileSync(f, bytes);
  return (await loadWorkbook(f)).worksheets.map(sheetToGrid);
}

let oldGrids: Grid[];
let newGrids: Grid[];
beforeAll(async () => {
  const bytes = fs.readFileSync(FIXTURE);
  oldGrids = await gridsOf(bytes);
  const w = await WorkbookWriter.open(bytes);
  w.applyCells('RAPK 2024', [
    { r: 16, c: 8, value: 70 }, // I17: 02.04 B06 65 → 70
    { r: 25, c: 15, value: 130_000_000 }, // P26: 03.01 anggaran
  ]);
  newGrids = await gridsOf(await w.save());
});

describe('compare in Excel', () => {
  it('gives the same changes as the CLI, reading in 2 syncs on the web, changing nothing', async () => {
    const { sim, gw } = simOf(newGrids, { platform: 'web' });
    const before = values(sim);
    const o = await gw.compare({ file: 'rapk-lama.xlsx', grids: oldGrids }, 'id');
    if (!o.ok) throw new Error('no comparison');
    const m = (g: Grid[]) => {
      const s = rapkForDiff(g);
      if ('problem' in s) throw new Error('no RAPK');
      return s.model;
    };
    expect(o.result.changes).toEqual(diffRapk(m(oldGrids), m(newGrids)).changes);
    expect(o.result.changes.map((c) => c.kind)).toEqual(['target', 'anggaran']);
    expect(o.result.old).toEqual({ file: 'rapk-lama.xlsx', sheet: 'RAPK 2024', year: 2024 });
    expect(o.result.new).toEqual({ file: 'workbook yang terbuka', sheet: 'RAPK 2024', year: 2024 });
    expect(o.result.groups.map((g) => g.kode)).toEqual(['02.04', '03.01']);
    expect(sim.totalSyncs).toBeLessThanOrEqual(2);
    expect(values(sim)).toEqual(before);
  });

  it('says which side has no RAPK', async () => {
    const { gw } = simOf(newGrids);
    const blank: Grid = { name: 'Kosong', values: [['catatan']], merges: [] };
    expect(await gw.compare({ file: 'lain.xlsx', grids: [blank] }, 'id')).toEqual({
      ok: false,
      side: 'old',
      // the core's typed problem (w-pr): no RAPK in the workbook, and no sheet the reader stopped on
      problem: { kind: 'noRapk', sheet: null, stops: [] },
    });
    const other = simOf([blank]);
    expect(await other.gw.compare({ file: 'lama.xlsx', grids: oldGrids }, 'id')).toMatchObject({ ok: false, side: 'new' });
  });

  it('writes the Riwayat Revisi sheet at the end, and a second run replaces it', async () => {
    const { sim, gw } = simOf(newGrids);
    const o = await gw.compare({ file: 'rapk-lama.xlsx', grids: oldGrids }, 'id');
    if (!o.ok) throw new Error('no comparison');
    expect(await gw.writeRiwayat(o.result, 'id')).toEqual({ sheet: 'Riwayat Revisi' });
    expect(sim.store.sheets.map((s) => s.name)).toEqual(['RAPK 2024', 'Riwayat Revisi']);
    const sheet = sim.store.sheet('Riwayat Revisi')!;
    const texts = [...sheet.cells.values()].map((c) => c.value).filter((v) => typeof v === 'string');
    expect(texts).toContain('Target B06 berubah dari 65 menjadi 70');
    await gw.writeRiwayat(o.result, 'en');
    expect(sim.store.sheets.map((s) => s.name)).toEqual(['RAPK 2024', 'Riwayat Revisi']);
    const again = [...sim.store.sheet('Riwayat Revisi')!.cells.values()].map((c) => c.value);
    expect(again).toContain('Target B06 changed from 65 to 70');
  });
});
