/**
 * One marks record for the pane and the CLI (issue 21 item 3): `rapk annotate` then `rapk
 * hapus-tanda` gives back the planner's cells, and the pane's Hapus tanda clears a CLI-annotated
 * workbook the same way, with the simulator loaded from the file as the harness loads it.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { simFromFile } from '../../src/harness/xlsxio';
import { simToXlsx, originOf } from '../../src/xlsx/simWrite';
import { MARKS_NS, parseRecordXml, recordXml } from '../../src/core/sheets/marksRecord';
import { XlsxPackage } from '../../src/xlsx/package';
import { MARKS_KEY } from '../../src/excel/marks';
import { rapk, tmpDir } from '../support/cli';
import { gatewayOn, snapshot } from '../support/sim';

const FIXTURE = path.join(__dirname, '../fixtures/rapk-2024-rejang-lebong-errors.xlsx');

/** Every cell's value, fill and note, sheet by sheet (what a planner could lose). */
async function cellsOf(file: string | Buffer): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  if (typeof file === 'string') await wb.xlsx.readFile(file);
  else await wb.xlsx.load(file as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const cells: unknown[] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const fill = cell.fill as { type?: string; pattern?: string; fgColor?: unknown } | undefined;
        const note = cell.note as unknown;
        const text =
          typeof note === 'string'
            ? note
            : ((note as { texts?: { text: string }[] } | undefined)?.texts?.map((t) => t.text).join('') ?? null);
        const hasFill = fill?.type === 'pattern' && fill.pattern !== 'none';
        if (cell.value === null && !hasFill && !text) return;
        // a solid fill is its pattern and foreground colour (its bgColor does not show)
        cells.push([r, c, cell.value, hasFill ? `${fill.pattern}/${JSON.stringify(fill.fgColor)}` : null, text]);
      }),
    );
    return { name: ws.name, cells };
  });
}

async function withPlannerMarks(dir: string): Promise<string> {
  // the planner's own fill and note on cells the CLI marks (P26 and J7 of the errors fixture)
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(FIXTURE);
  const ws = wb.getWorksheet('RAPK 2024')!;
  ws.getCell('P26').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6E0B4' } };
  ws.getCell('P26').note = 'RAPK revisi ke-1';
  ws.getCell('J7').note = 'cek lagi';
  const x = path.join(dir, 'x.xlsx');
  await wb.xlsx.writeFile(x);
  return x;
}

describe('rapk annotate → rapk hapus-tanda', () => {
  it("gives back X's cells exactly (values, fills, notes), and the record part is gone", async () => {
    const dir = tmpDir();
    const x = await withPlannerMarks(dir);
    const y = path.join(dir, 'y.xlsx');
    const z = path.join(dir, 'z.xlsx');
    expect((await rapk('annotate', x, '-o', y)).code).toBe(1);
    expect(await cellsOf(y)).not.toEqual(await cellsOf(x));
    const run = await rapk('hapus-tanda', y, '-o', z);
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out).toMatch(/tanda dihapus dari \d+ sel/);
    expect(await cellsOf(z)).toEqual(await cellsOf(x));
    expect((await XlsxPackage.load(fs.readFileSync(z))).customXml(MARKS_NS)).toBeNull();
  });

  it('hapus-tanda on a file without marks writes an unchanged copy', async () => {
    const dir = tmpDir();
    const z = path.join(dir, 'z.xlsx');
    expect((await rapk('hapus-tanda', FIXTURE, '-o', z)).code).toBe(0);
    expect(await cellsOf(z)).toEqual(await cellsOf(FIXTURE));
  });

  it('needs -o', async () => {
    expect((await rapk('hapus-tanda', FIXTURE)).code).toBe(2);
  });
});

describe("the pane's Hapus tanda on a CLI-annotated workbook (the harness's path)", () => {
  it('opened as the harness opens it, cleared by the gateway: the same workbook as before annotate', async () => {
    const dir = tmpDir();
    const x = await withPlannerMarks(dir);
    const y = path.join(dir, 'y.xlsx');
    await rapk('annotate', x, '-o', y);
    const before = await simFromFile(new Uint8Array(fs.readFileSync(x)).buffer);
    const sim = await simFromFile(new Uint8Array(fs.readFileSync(y)).buffer);
    const origin = originOf(sim, new Uint8Array(fs.readFileSync(y)));
    expect(sim.store.customXmlParts).toHaveLength(1);
    const gw = gatewayOn(sim);
    expect((await gw.precheck()).hasMarks).toBe(true);
    const r = await gw.hapusTanda();
    expect(r.restored).toBeGreaterThan(0);
    expect(r.kept).toBeUndefined();
    expect(snapshot(sim)).toEqual(snapshot(before));
    expect(sim.store.customXmlParts).toEqual([]);
    // and the file the harness downloads has the planner's cells back, with no record
    const out = Buffer.from(await simToXlsx(sim, origin));
    expect(await cellsOf(out)).toEqual(await cellsOf(x));
    expect((await XlsxPackage.load(out)).customXml(MARKS_NS)).toBeNull();
  });

  it("marks made in the pane are cleared by rapk hapus-tanda (the add-in's sheet ids matched by name)", async () => {
    const dir = tmpDir();
    const x = await withPlannerMarks(dir);
    const sim = await simFromFile(new Uint8Array(fs.readFileSync(x)).buffer);
    sim.store.activeId = sim.store.sheet('RAPK 2024')!.id;
    const gw = gatewayOn(sim);
    expect((await gw.validasi('id')).marked).toBeGreaterThan(0);
    const y = path.join(dir, 'y.xlsx');
    fs.writeFileSync(
      y,
      await simToXlsx(sim, originOf(await simFromFile(new Uint8Array(fs.readFileSync(x)).buffer), new Uint8Array(fs.readFileSync(x)))),
    );
    const z = path.join(dir, 'z.xlsx');
    expect((await rapk('hapus-tanda', y, '-o', z)).code).toBe(0);
    expect(await cellsOf(z)).toEqual(await cellsOf(x));
  });

  it('a record an earlier add-in left in workbook.settings is read, and migrated to the part by the next Validasi', async () => {
    const x = await withPlannerMarks(tmpDir());
    const sim = await simFromFile(new Uint8Array(fs.readFileSync(x)).buffer);
    const s = sim.store.sheet('RAPK 2024')!;
    sim.store.activeId = s.id;
    const before = snapshot(sim);
    const gw = gatewayOn(sim);
    await gw.validasi('id');
    // as an earlier version kept it: the same state in the settings, no part
    const state = parseRecordXml(sim.store.customXmlParts[0]!.xml);
    expect(state.sheets[0]!.cells.length).toBeGreaterThan(0);
    sim.store.customXmlParts = [];
    sim.store.settings.set(MARKS_KEY, JSON.stringify(JSON.stringify(state)));
    await gw.validasi('id');
    expect(sim.store.settings.has(MARKS_KEY)).toBe(false);
    expect(sim.store.customXmlParts).toHaveLength(1);
    expect(sim.store.customXmlParts[0]!.xml).toBe(recordXml(state));
    await gw.hapusTanda();
    expect(snapshot(sim)).toEqual(before);
  });
});
