import * as fs from 'fs';
import { validateSheet } from '../../src/core/rules/validate';
import { validateWorkbook, summaryForWorkbook, realisasiForWorkbook } from '../../src/core/workbook';
import { planRealisasi } from '../../src/core/sheets/realisasi';
import { REALISASI_LABELS } from '../../src/core/reader/realisasi';
import { readRealisasi } from '../../src/core/reader/realisasi';
import { checkRealisasi } from '../../src/core/rules/realisasi';
import { summaryJson } from '../../src/core/measure/summary';
import { planToGrid } from '../../src/sample/generate';
import type { Grid } from '../../src/core/grid/grid';
import { fixtureGrids, fixturePath } from '../support/fixtures';
import { withCell } from '../support/grids';
import { param } from '../support/params';

describe('summary of the Dumai TW II report (golden)', () => {
  it('reproduces every number of lakin-tw2-2024-dumai.expected.json', async () => {
    const grids = await fixtureGrids('lakin-tw2-2024-dumai.xlsx');
    const r = summaryForWorkbook(grids, 2);
    if ('problem' in r) throw new Error(JSON.stringify(r.problem));
    const expected = JSON.parse(fs.readFileSync(fixturePath('lakin-tw2-2024-dumai.expected.json'), 'utf8'));
    expect(summaryJson(r.summary)).toEqual(expected);
    expect(summaryJson(r.summary).npss).toBe(101.67);
    expect(r.summary.perspektif.map((p) => p.predikat)).toEqual(['Baik', 'Istimewa', 'Baik']);
  });

  it('the Realisasi sheet of the fixture gives no R01/R02/R03', async () => {
    const v = validateWorkbook(await fixtureGrids('lakin-tw2-2024-dumai.xlsx'));
    expect(v.findings.filter((f) => f.code.startsWith('R'))).toEqual([]);
  });
});

async function jember(): Promise<Grid[]> {
  return fixtureGrids('rapk-2025-jember.xlsx');
}

describe('Realisasi sheet plan', () => {
  it('has the 19 labels in order, Kode per indicator, defaults, lists and formats', async () => {
    const r = realisasiForWorkbook(await jember());
    if ('problem' in r) throw new Error('problem');
    const g = planToGrid(r.plan);
    expect(r.plan.name).toBe('Realisasi 2025');
    expect(g.values[2]).toEqual([...REALISASI_LABELS]);
    const rows = g.values.slice(3).filter((x) => x[0]);
    expect(rows.map((x) => x[0])).toEqual([
      '01.01',
      '01.02',
      '01.03',
      '01.04',
      '01.05',
      '02.01',
      '04.01',
      '04.02',
      '04.03',
      '04.04',
      '05.01',
      '06.01',
    ]);
    expect(rows[0]!.slice(1, 7)).toEqual([
      'Meningkatnya efektivitas pengawasan Sediaan Farmasi dan Pangan Olahan di wilayah kerja UPT',
      'Persentase sampel Sediaan Farmasi berisiko yang ditindaklanjuti sesuai ketentuan',
      'Internal Process',
      'Maximize',
      'Triwulan',
      81.25,
    ]);
    // Target TW II = B06, TW III = B09, TW IV = B12; Pagu = anggaran
    expect([rows[0]![8], rows[0]![10], rows[0]![12], rows[0]![14]]).toEqual([81.25, 82.5, 82.5, 61_559_000]);
    expect(r.plan.validations!.map((v) => v.list)).toEqual([
      ['Stakeholder', 'Internal Process', 'Learning & Growth'],
      ['Maximize', 'Minimize'],
      ['Triwulan', 'Akhir Tahun'],
    ]);
    expect(r.plan.freeze).toEqual({ rows: 3, cols: 3 });
    expect(r.plan.cells.find((c) => c.r === 3 && c.c === 0)!.format).toBe('@');
    expect(r.plan.cells.find((c) => c.r === 3 && c.c === 14)!.format).toBe('#,##0');
  });

  it('reads back as a Realisasi sheet (not a RAPK table) and checks clean', async () => {
    const grids = await jember();
    const r = realisasiForWorkbook(grids);
    if ('problem' in r) throw new Error('problem');
    const g = planToGrid(r.plan);
    expect(validateSheet(g).kind).toBe('realisasi');
    const v = validateWorkbook([...grids, g]);
    expect(v.findings.filter((f) => f.code.startsWith('R'))).toEqual([]);
  });

  it('refresh keeps typed values by Kode, refreshes targets and Pagu, keeps rows that left the RAPK', async () => {
    const grids = await jember();
    const first = realisasiForWorkbook(grids);
    if ('problem' in first) throw new Error('problem');
    let sheet = planToGrid(first.plan);
    // the planner types: realisasi TW I of 01.01 (row 4), Polaritas of 01.02, realisasi anggaran, a wrong target
    sheet = withCell(sheet, 'H4', 80.1);
    sheet = withCell(sheet, 'E5', 'Minimize');
    sheet = withCell(sheet, 'P4', '15.000.000');
    sheet = withCell(sheet, 'G4', 1);
    sheet = withCell(sheet, 'D6', 'Stakeholder');
    // and the RAPK loses indicator 01.02 (row 10 of the RAPK sheet)
    const rapk = grids[0]!;
    const values = rapk.values.map((r) => [...r]);
    values.splice(9, 3); // indicator 01.02, its budget header and line
    const second = realisasiForWorkbook([{ ...rapk, values }, sheet]);
    if ('problem' in second) throw new Error('problem');
    const g = planToGrid(second.plan);
    const row = (kode: string) => g.values.find((r) => r[0] === kode)!;
    expect(row('01.01')[7]).toBe(80.1);
    expect(row('01.01')[15]).toBe('15.000.000');
    expect(row('01.01')[6]).toBe(81.25); // target refreshed from the RAPK
    expect(row('01.03')[3]).toBe('Stakeholder');
    // 01.02 left the RAPK: kept at the bottom, greyed, with a note
    const kodes = g.values
      .slice(3)
      .map((r) => r[0])
      .filter(Boolean);
    expect(kodes[kodes.length - 1]).toBe('01.02');
    expect(row('01.02')[4]).toBe('Minimize');
    const orphanRow = g.values.findIndex((r) => r[0] === '01.02');
    expect(second.plan.notes).toEqual([{ r: orphanRow, c: 0, text: expect.stringContaining('tidak ada lagi di RAPK') }]);
    expect(second.plan.cells.find((c) => c.r === orphanRow && c.c === 0)!.fill).toBe('#D9D9D9');
  });
});

describe('rules R01–R03', () => {
  async function setup() {
    const grids = await jember();
    const r = realisasiForWorkbook(grids);
    if ('problem' in r) throw new Error('problem');
    const model = validateWorkbook(grids).sheets[0]!.model;
    return { model, sheet: planToGrid(r.plan) };
  }
  const run = (model: any, g: Grid) =>
    checkRealisasi(model, readRealisasi(g)!).map((f) => `${f.code}@${f.cells[0]}:${param(f, 'kind') ?? ''}`);

  it('R01: realisasi that is not a number, or above 100 for a Persentase indicator', async () => {
    const { model, sheet } = await setup();
    expect(run(model, withCell(sheet, 'H4', 'delapan puluh'))).toEqual(['R01@H4:text']);
    expect(run(model, withCell(sheet, 'J4', 101))).toEqual(['R01@J4:over100']);
    expect(run(model, withCell(sheet, 'J4', '97,5'))).toEqual([]);
    // 04.02 "Jumlah sekolah ..." is not a percentage
    const r0402 = sheet.values.findIndex((r) => r[0] === '04.02') + 1;
    expect(run(model, withCell(sheet, `J${r0402}`, 150))).toEqual([]);
  });

  it('R02: an indicator missing from the sheet, and a Kode the RAPK does not have', async () => {
    const { model, sheet } = await setup();
    expect(run(model, withCell(sheet, 'A4', '09.09'))).toEqual(['R02@A3:missing', 'R02@A4:unknown']);
  });

  it('R03: a target that differs from the RAPK (info; the RAPK wins)', async () => {
    const { model, sheet } = await setup();
    const f = checkRealisasi(model, readRealisasi(withCell(sheet, 'I4', 90))!);
    expect(f.map((x) => `${x.code}@${x.cells[0]}`)).toEqual(['R03@I4']);
    expect(f[0]!.severity).toBe('info');
    expect(f[0]!.params).toMatchObject({ value: 90, rapk: 81.25, tw: 'TW II' });
  });

  it('the summary uses the RAPK target, not the sheet copy', async () => {
    const grids = await jember();
    const r = realisasiForWorkbook(grids);
    if ('problem' in r) throw new Error('problem');
    let g = planToGrid(r.plan);
    g = withCell(withCell(g, 'I4', 50), 'J4', 81.25);
    const s = summaryForWorkbook([grids[0]!, g], 2);
    if ('problem' in s) throw new Error('problem');
    expect(s.summary.indikator[0]).toMatchObject({ target: 81.25, realisasi: 81.25, capaian: 100, kriteria: 'Baik' });
  });
});

describe('planRealisasi', () => {
  it('is deterministic', async () => {
    const model = validateWorkbook(await jember()).sheets[0]!.model;
    expect(planRealisasi(model)).toEqual(planRealisasi(model));
  });
});
