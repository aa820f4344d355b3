/**
 * Every real document in tests/fixtures, revised here with a known set of changes (a target
 * raised, an indicator renamed), gives exactly those changes — through the CLI's reading and
 * through the add-in's (the simulator read by the adapter) alike (issue 23).
 */
import * as fs from 'fs';
import * as path from 'path';
import { loadWorkbook, sheetToGrid } from '../../src/cli/xlsx';
import { diffRapk } from '../../src/core/diff/diff';
import { rapkForDiff } from '../../src/core/diff/workbook';
import { a1, type Grid } from '../../src/core/grid/grid';
import { allIndikator, kodeOf } from '../../src/core/reader/model';
import type { RapkModel } from '../../src/core/reader/model';
import { DESKTOP_LIMITS, SheetReader } from '../../src/excel/read';
import { ExcelSimulator } from '../../src/sim/excelSim';
import { loadGrid } from '../../src/sim/load';
import { WorkbookWriter } from '../../src/xlsx/writer';
import { tmpDir } from '../support/cli';

const DIR = path.join(__dirname, '..', 'fixtures');
const FILES = fs.readdirSync(DIR).filter((f) => f.endsWith('.xlsx'));

async function grids(file: string): Promise<Grid[]> {
  return (await loadWorkbook(file)).worksheets.map(sheetToGrid);
}

async function viaAddin(gs: readonly Grid[]): Promise<Grid[]> {
  const sim = new ExcelSimulator({ platform: 'web' });
  for (const g of gs) loadGrid(sim, g);
  return sim.run(async (ctx) => {
    const c = ctx as unknown as Excel.RequestContext;
    const reader = new SheetReader(c, DESKTOP_LIMITS);
    const reads = gs.map((g) => reader.add(c.workbook.worksheets.getItem(g.name), g.name));
    await reader.finish();
    return reads.map((x) => ({ ...x.grid!, name: x.name }));
  });
}

function model(gs: Grid[]): RapkModel {
  const s = rapkForDiff(gs);
  if ('problem' in s) throw new Error('no RAPK');
  return s.model;
}

describe.each(FILES)('%s revised', (file) => {
  it('gives exactly the revision, in both hosts', async () => {
    const original = path.join(DIR, file);
    const before = model(await grids(original));
    const inds = allIndikator(before);
    const first = inds[0]!;
    const last = inds[inds.length - 1]!;
    const k = first.targets
      .map((t, i) => (t === null ? -1 : i))
      .filter((i) => i >= 0 && first.targets[i]?.cell)
      .pop()!;
    const old = first.targets[k]!.value!;
    const nameCell = last.nameCell;
    const wb = await loadWorkbook(original);
    const nameText = String(wb.getWorksheet(before.sheet)!.getCell(nameCell.r + 1, nameCell.c + 1).value);
    const w = await WorkbookWriter.open(fs.readFileSync(original));
    w.applyCells(before.sheet, [
      { ...first.targets[k]!.cell!, value: old + 5 },
      { ...nameCell, value: `${nameText} (revisi)` },
    ]);
    const revised = path.join(tmpDir(), file);
    fs.writeFileSync(revised, await w.save());

    const cli = diffRapk(before, model(await grids(revised)));
    const sig = cli.changes.map((c) =>
      c.kind === 'target'
        ? `${c.kind} ${c.kode} ${c.month} ${c.old} ${c.new} ${c.cells.new}`
        : c.kind === 'renamed'
          ? `${c.kind} ${c.kode} ${c.new.includes('(revisi)')}`
          : c.kind,
    );
    const target = `target ${kodeOf(first)} ${k + 1} ${old} ${old + 5} ${a1(first.targets[k]!.cell!)}`;
    const renamed = `renamed ${kodeOf(last)} true`;
    // one indicator's changes: its name first, then its targets
    expect(sig).toEqual(first === last ? [renamed, target] : [target, renamed]);
    const addin = diffRapk(model(await viaAddin(await grids(original))), model(await viaAddin(await grids(revised))));
    expect(addin).toEqual(cli);
  });
});
