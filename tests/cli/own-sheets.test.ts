/**
 * The sheets the tool writes (Pengaturan RAPK, Realisasi, Ringkasan) and a Perjanjian Kinerja
 * sheet are never read as a RAPK, so the reader's findings (S05 above all: a header label it
 * had to skip) never land on them, and the RAPK's own findings are the same with them or without.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { CellValue, Grid } from '../../src/core/grid/grid';
import { allIndikator } from '../../src/core/reader/model';
import { readPk } from '../../src/core/reader/pk';
import { planRealisasi } from '../../src/core/sheets/realisasi';
import { validateWorkbook } from '../../src/core/workbook';
import { saveWorkbook, writeSheetPlan } from '../../src/cli/write';
import { randomSpec, renderRapk } from '../../src/sample/generate';
import { loadWorkbook, sheetToGrid } from '../../src/cli/xlsx';
import { rapk, tmpDir } from '../support/cli';
import { fixtureGrids, fixturePath } from '../support/fixtures';
import { gridOf } from '../support/grids';

async function gridsOf(file: string): Promise<Grid[]> {
  return (await loadWorkbook(file)).worksheets.map(sheetToGrid);
}

/** A PK sheet with the RAPK's indicators and annual targets (as tests/core/pk.test.ts builds it). */
function pkOf(grids: Grid[], name: string): Grid {
  const model = validateWorkbook(grids).sheets[0]!.model;
  const rows: CellValue[][] = allIndikator(model).map((ind, n) => [n + 1, '', `${ind.no} - ${ind.name}`, ind.targets[11]?.value ?? null]);
  return gridOf(name, [['PERJANJIAN KINERJA'], [], ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target'], ...rows]);
}

const key = (f: { code: string; sheet: string; cells: string[] }) => `${f.code}@${f.sheet}!${f.cells.join(',')}`;

describe('our own sheets and the PK sheet are not RAPKs', () => {
  it.each([
    ['lakin-tw2-2024-dumai.xlsx', 'RAPK 2024', '2024'],
    ['rapk-2025-jember.xlsx', null, '2025'],
    ['rapk-2024-rejang-lebong.xlsx', null, '2024'],
    ['rapk-2024-rejang-lebong-errors.xlsx', null, '2024'],
  ])('%s with settings init, realisasi (and summary) output and a PK sheet', async (fixture, rapkSheet, year) => {
    const dir = tmpDir();
    const before = validateWorkbook(await fixtureGrids(fixture));
    const rapkNames = before.sheets.map((s) => s.name);
    if (rapkSheet) expect(rapkNames).toEqual([rapkSheet]);
    const set = path.join(dir, 'set.xlsx');
    expect((await rapk('settings', 'init', fixturePath(fixture), '-o', set)).code).toBe(0);
    const real = path.join(dir, 'real.xlsx');
    expect((await rapk('realisasi', set, '-o', real)).code).toBe(0);
    let last = real;
    if (fixture.startsWith('lakin')) {
      // the Dumai workbook has its realisation typed: a Ringkasan too
      last = path.join(dir, 'sum.xlsx');
      expect((await rapk('summary', real, '--tw', '2', '-o', last)).code).toBe(0);
    }
    const written = await gridsOf(last);
    const pk = pkOf(written, `PK ${year}`);
    expect(readPk(pk)!.rows).toHaveLength(allIndikator(before.sheets[0]!.model).length);
    const grids = [...written, pk];
    const names = grids.map((g) => g.name);
    expect(names).toEqual(expect.arrayContaining(['Pengaturan RAPK', `Realisasi ${year}`, `PK ${year}`]));
    if (fixture.startsWith('lakin')) expect(names).toContain('Ringkasan TW II 2024');
    const v = validateWorkbook(grids);
    expect(v.sheets.map((s) => s.name)).toEqual(rapkNames);
    expect(v.ambiguous).toEqual([]);
    for (const sk of v.skipped) {
      if (sk.name === `Realisasi ${year}`) expect(sk.kind).toBe('realisasi');
      else if (sk.name.startsWith('Ringkasan')) expect(sk.kind).toBe('ringkasan');
      else if (sk.name === 'Pengaturan RAPK' || sk.name === `PK ${year}`) expect(sk.kind).toBe('none');
    }
    // no finding at all on the settings, PK or Ringkasan sheets; the RAPK's reader and model
    // findings are the ones it had alone (the PK matches it, the settings are a preset's)
    const ours = new Set(['Pengaturan RAPK', `PK ${year}`, ...names.filter((n) => n.startsWith('Ringkasan'))]);
    expect(v.findings.filter((f) => ours.has(f.sheet)).map(key)).toEqual([]);
    expect(v.findings.filter((f) => f.code === 'S05' && !rapkNames.includes(f.sheet)).map(key)).toEqual([]);
    expect(v.findings.filter((f) => rapkNames.includes(f.sheet)).map(key)).toEqual(
      before.findings.filter((f) => rapkNames.includes(f.sheet)).map(key),
    );
  });
});

describe('rapk check with RAPKs of two years', () => {
  it('says which Realisasi and PK sheets it could not pair (no year in their names), and checks the paired ones', async () => {
    const spec = randomSpec(7, { sasaran: 1, indicatorsPerSasaran: 2, linesPerIndicator: 1 });
    const wb = new ExcelJS.Workbook();
    for (const year of [2024, 2025]) writeSheetPlan(wb, renderRapk({ ...spec, year }));
    const grids = wb.worksheets.map(sheetToGrid);
    const model = validateWorkbook(grids).sheets[1]!.model;
    writeSheetPlan(wb, { ...planRealisasi(model), name: 'Realisasi' });
    for (const name of ['PK', 'PK 2025']) {
      const ws = wb.addWorksheet(name);
      for (const row of pkOf([grids[1]!], name).values) ws.addRow(row);
    }
    const file = path.join(tmpDir(), 'two.xlsx');
    await saveWorkbook(wb, file);
    const r = await rapk('check', file);
    expect(r.out).toContain(
      'Sheet "Realisasi": tidak jelas RAPK tahun mana yang dimaksud ("RAPK 2024", "RAPK 2025"); beri nama "Realisasi <tahun>" agar dapat diperiksa\n',
    );
    expect(r.out).toContain(
      'Sheet "PK": tidak jelas RAPK tahun mana yang dimaksud ("RAPK 2024", "RAPK 2025"); cantumkan tahunnya pada nama sheet (mis. "PK 2025") agar dapat diperiksa\n',
    );
    // PK 2025 holds the 2025 RAPK's indicators and targets: checked, nothing to say
    expect(r.out).not.toContain('Sheet "PK 2025"');
    expect(r.out).not.toMatch(/P0[12]/);
    const en = await rapk('check', file, '--lang', 'en');
    expect(en.out).toContain(
      `Sheet "PK": it is not clear which year's RAPK it belongs to ("RAPK 2024", "RAPK 2025"); put the year in the sheet's name (e.g. "PK 2025") to have it checked\n`,
    );
  });
});
