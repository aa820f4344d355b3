/**
 * The SAKTI import's rows of the `Pengaturan RAPK` sheet (issue 24): the split rule and an
 * export's column mapping, their defaults (today's behaviour), M06 for unusable values (the
 * import stops, the Ringkasan does not), the precedence flag > header words > positions >
 * settings sheet (for an export not recognized as SAKTI's report), and remembering a mapping without touching the planner's other values.
 */
import type { CellValue, Grid } from '../../src/core/grid/grid';
import { validateSheet } from '../../src/core/rules/validate';
import { readSettings, settingsForWorkbook } from '../../src/core/rules/settings';
import { exportColumns } from '../../src/core/sakti/columns';
import { mappingProblem, parseMapping } from '../../src/core/sakti/mapped';
import { findSakti } from '../../src/core/sakti/report';
import { importSettingsEdit, readImportSettings } from '../../src/core/sakti/settings';
import { planRememberMapping, saktiForWorkbooks } from '../../src/core/sakti/workbook';
import { readSigner } from '../../src/core/settings/signature';
import type { PlanCell } from '../../src/core/sheets/plan';
import { planSettings } from '../../src/core/sheets/settings';
import { validateActiveSheet, validateWorkbook } from '../../src/core/workbook';
import { planToGrid } from '../../src/sample/generate';
import { renderPresentation, specOf } from '../../src/sample/present';
import { renderSakti, saktiOptions } from '../../src/sample/sakti';
import { find, withCell } from '../support/grids';
import { ownTableOf } from '../support/saktiOwn';

const SEED = 10;
const spec = specOf(SEED);
const rapkGrid = renderPresentation(SEED, { layout: 'K', plant: 'none' }, spec).grid;
const model = validateSheet(rapkGrid).model!;
const sakti = renderSakti(spec, SEED, saktiOptions(SEED, { year: spec.year, month: 6, words: true }));
const own = ownTableOf(spec, sakti);
const OWN = 'kode=C,uraian=A,pagu=E,realisasi=F';
const byShare = spec.sasaran.flatMap((s) =>
  s.indikator.map((i) => Math.round(i.lines.reduce((t, l) => t + sakti.realisasi.get(l.sub)! * (l.kontribusi / l.anggaran), 0))),
);

const settingsGrid = (): Grid => planToGrid(planSettings(model));
/** the value cell (column B) of a row of the Impor Realisasi Anggaran section */
const valueCell = (g: Grid, label: string): string => `B${find(g, label).slice(1)}`;
const set = (g: Grid, label: string, v: CellValue): Grid => withCell(g, valueCell(g, label), v);

function apply(g: Grid, cells: readonly PlanCell[]): Grid {
  const values = g.values.map((row) => [...row]);
  for (const c of cells) {
    while (values.length <= c.r) values.push([]);
    values[c.r]![c.c] = c.value;
  }
  return { ...g, values };
}

const figures = (run: ReturnType<typeof saktiForWorkbooks>): (number | null)[] => {
  if ('problem' in run) throw new Error(JSON.stringify(run.problem));
  return run.import.indicators.map((i) => (i.realisasiAnggaran === null ? null : Math.round(i.realisasiAnggaran)));
};

describe('Impor Realisasi Anggaran in the settings sheet', () => {
  it('a new settings sheet carries the rule in use (kontribusi) and no mapping; the other readers skip the section', () => {
    const g = settingsGrid();
    expect(readImportSettings(g)).toEqual({ split: 'kontribusi', mapping: null, findings: [] });
    expect(readSettings(g).ok).toBe(true);
    expect(readSigner(g)).toEqual({ kota: '', tanggal: '', plh: '', jabatan: '', nama: '', nip: '' });
    expect(readImportSettings(null)).toEqual({ split: null, mapping: null, findings: [] });
    // a mapping given when the sheet is created reads back
    const m = parseMapping(OWN)!;
    expect(readImportSettings(planToGrid(planSettings(model, 'spec', 'en', { split: 'pertama', mapping: m })))).toEqual({
      split: 'pertama',
      mapping: m,
      findings: [],
    });
  });

  it('unusable values are M06 with their cell: a split rule, a column letter, an incomplete mapping, one column twice', () => {
    const g = settingsGrid();
    const m06 = (x: Grid): string[] => readImportSettings(x).findings.map((f) => `${f.finding.code}@${f.finding.cells[0]}:${f.field}`);
    expect(m06(set(g, 'Pembagian', 'semua'))).toEqual([`M06@${valueCell(g, 'Pembagian')}:split`]);
    expect(m06(set(g, 'Pembagian', ' Pertama '))).toEqual([]);
    expect(m06(set(g, 'Kolom Kode', '3'))).toEqual([`M06@${valueCell(g, 'Kolom Kode')}:mapping`]);
    expect(m06(set(g, 'Kolom Kode', 'C'))).toEqual([`M06@${valueCell(g, 'Kolom Pagu')}:mapping`]);
    const dup = set(set(set(g, 'Kolom Kode', 'C'), 'Kolom Pagu', 'E'), 'Kolom Realisasi', 'e');
    expect(m06(dup)).toEqual([`M06@${valueCell(g, 'Kolom Realisasi')}:mapping`]);
    expect(readImportSettings(dup).findings[0]!.finding.params).toEqual({
      kind: 'duplicate',
      name: 'Kolom Realisasi',
      other: 'Kolom Pagu',
      text: 'E',
    });
    // Validasi lists it; the Ringkasan's settings are untouched by it
    const bad = set(g, 'Pembagian', 'semua');
    expect(validateWorkbook([rapkGrid, bad]).findings.filter((f) => f.code === 'M06')).toHaveLength(1);
    // Validasi with the settings sheet active (the add-in's path) says the same
    expect(validateActiveSheet(bad, [rapkGrid, bad])!.findings.map((f) => `${f.code}@${f.cells[0]}`)).toEqual([
      `M06@${valueCell(g, 'Pembagian')}`,
    ]);
    expect(settingsForWorkbook([rapkGrid, bad]).ok).toBe(true);
  });

  it('the split: the flag, else the settings sheet, else kontribusi; said where it came from', () => {
    const pertama = set(settingsGrid(), 'Pembagian', 'pertama');
    const run = (grids: Grid[], split?: 'kontribusi' | 'pertama') => {
      const r = saktiForWorkbooks(grids, [sakti.grid], 2, split ? { split } : {});
      if ('problem' in r) throw new Error('problem');
      return [r.import.split, r.import.source.split];
    };
    expect(run([rapkGrid])).toEqual(['kontribusi', 'default']);
    expect(run([rapkGrid, settingsGrid()])).toEqual(['kontribusi', 'settings']);
    expect(run([rapkGrid, pertama])).toEqual(['pertama', 'settings']);
    expect(run([rapkGrid, pertama], 'kontribusi')).toEqual(['kontribusi', 'flag']);
    // an unusable rule stops the import (an error finding: nothing written), unless the flag says
    const bad = saktiForWorkbooks([rapkGrid, set(settingsGrid(), 'Pembagian', 'semua')], [sakti.grid], 2);
    if ('problem' in bad) throw new Error('problem');
    expect(bad.import.findings.map((f) => [f.code, f.severity])).toEqual([['M06', 'error']]);
    const flagged = saktiForWorkbooks([rapkGrid, set(settingsGrid(), 'Pembagian', 'semua')], [sakti.grid], 2, { split: 'pertama' });
    if ('problem' in flagged) throw new Error('problem');
    expect(flagged.import.findings).toEqual([]);
  });

  it('the columns: the flag, else the header words, else the documented positions, else the settings sheet', () => {
    const m = parseMapping(OWN)!;
    const remembered = planToGrid(planSettings(model, 'spec', 'id', { mapping: m }));
    const source = (r: ReturnType<typeof saktiForWorkbooks>) => ('problem' in r ? r.problem : r.import.source.columns);
    // another export: read by the remembered mapping, the same figures as by the flag
    const bySheet = saktiForWorkbooks([rapkGrid, remembered], [own], 2);
    expect(source(bySheet)).toBe('settings');
    expect(figures(bySheet)).toEqual(byShare);
    expect(figures(saktiForWorkbooks([rapkGrid], [own], 2, { mapping: m }))).toEqual(byShare);
    // without it, that export is not recognized: what was looked for
    expect(saktiForWorkbooks([rapkGrid], [own], 2)).toMatchObject({ problem: { kind: 'notReport', from: 'words' } });
    // SAKTI's own report with a remembered mapping that reads none of it: its header words
    expect(source(saktiForWorkbooks([rapkGrid, remembered], [sakti.grid], 2))).toBe('words');
    expect(figures(saktiForWorkbooks([rapkGrid, remembered], [sakti.grid], 2))).toEqual(byShare);
    // a flag that reads nothing is not rescued by the report's structure
    const wrong = parseMapping('kode=A,pagu=E,realisasi=F')!;
    expect(saktiForWorkbooks([rapkGrid], [sakti.grid], 2, { mapping: wrong })).toMatchObject({
      problem: { kind: 'notReport', missing: 'mapped', from: 'flag' },
    });
    // neither: the remembered mapping's failure is said
    const other: Grid = { name: 'Data', values: [['Nama', 'Jumlah']], merges: [] };
    expect(saktiForWorkbooks([rapkGrid, remembered], [other], 2)).toMatchObject({
      problem: { kind: 'notReport', missing: 'mapped', from: 'settings' },
    });
    // a report without words over its codes: the documented positions
    const plain = renderSakti(spec, SEED, saktiOptions(SEED, { year: spec.year, month: 6, map: 'separate', words: false }));
    expect(source(saktiForWorkbooks([rapkGrid], [plain.grid], 2))).toBe('positions');
  });

  it("a SAKTI report recognized by its structure is never read by another export's remembered mapping", () => {
    // the report with a column A of full line codes (a satker's habit) before SAKTI's own columns
    const read = findSakti([sakti.grid]);
    if ('missing' in read) throw new Error(read.missing);
    const full = new Map(
      read.lines.map((l) => [l.cell.r, `${l.code.kegiatan}.${l.code.kro}.${l.code.ro}.${l.code.komponen}.${l.code.sub}`]),
    );
    const coded: Grid = { ...sakti.grid, values: sakti.grid.values.map((row, r) => [full.get(r) ?? null, ...row]), merges: [] };
    // the planner remembered kode=A,pagu=E,realisasi=F for an OM-SPAN export: it reads lines here, wrong amounts
    const wrong = parseMapping('kode=A,pagu=E,realisasi=F')!;
    const remembered = planToGrid(planSettings(model, 'spec', 'id', { mapping: wrong }));
    const misread = saktiForWorkbooks([rapkGrid], [coded], 2, { mapping: wrong });
    expect(figures(misread)).not.toEqual(byShare);
    // recognized by its header words: read as SAKTI's, the remembered mapping set aside
    const run = saktiForWorkbooks([rapkGrid, remembered], [coded], 2);
    if ('problem' in run) throw new Error(JSON.stringify(run.problem));
    expect(run.import.source).toMatchObject({ columns: 'words', mapping: null, remembered: wrong, setAside: wrong });
    expect(figures(run)).toEqual(byShare);
    // recognized by the documented positions alike
    const plain = renderSakti(spec, SEED, saktiOptions(SEED, { year: spec.year, month: 6, map: 'separate', words: false }));
    const plainRun = saktiForWorkbooks([rapkGrid, remembered], [plain.grid], 2);
    expect(plainRun).toMatchObject({ import: { source: { columns: 'positions', mapping: null, setAside: wrong } } });
    // a flag or the pane's pick still wins (the planner's choice: nothing set aside to say)
    expect(saktiForWorkbooks([rapkGrid, remembered], [coded], 2, { mapping: wrong })).toMatchObject({
      import: { source: { columns: 'flag', mapping: wrong, setAside: null } },
    });
    // nothing remembered, or the remembered mapping used (an export not recognized): nothing set aside
    expect(saktiForWorkbooks([rapkGrid], [coded], 2)).toMatchObject({ import: { source: { columns: 'words', setAside: null } } });
    const m = parseMapping(OWN)!;
    expect(saktiForWorkbooks([rapkGrid, planToGrid(planSettings(model, 'spec', 'id', { mapping: m }))], [own], 2)).toMatchObject({
      import: { source: { columns: 'settings', mapping: m, setAside: null } },
    });
  });

  it('unusable remembered columns (M06) stop only an import that would read by them', () => {
    // the planner's remembered columns are unusable: a letter that is not a column's, or incomplete
    const broken = [set(settingsGrid(), 'Kolom Kode', '3'), set(settingsGrid(), 'Kolom Kode', 'C')];
    const plain = renderSakti(spec, SEED, saktiOptions(SEED, { year: spec.year, month: 6, map: 'separate', words: false }));
    for (const g of broken) {
      // Validasi still lists the M06, where the settings are validated
      expect(validateWorkbook([rapkGrid, g]).findings.filter((f) => f.code === 'M06')).toHaveLength(1);
      // a report recognized by its header words, or by SAKTI's positions: read, nothing stopped, the columns said set aside
      for (const [report, by] of [
        [sakti.grid, 'words'],
        [plain.grid, 'positions'],
      ] as const) {
        const run = saktiForWorkbooks([rapkGrid, g], [report], 2);
        if ('problem' in run) throw new Error(JSON.stringify(run.problem));
        expect(run.import.findings.filter((f) => f.code === 'M06')).toEqual([]);
        expect(run.import.source).toMatchObject({ columns: by, mapping: null, remembered: null, setAside: 'unusable' });
        expect(figures(run)).toEqual(byShare);
      }
      // a flag or pick: the planner's choice, nothing set aside, nothing stopped
      const flagged = saktiForWorkbooks([rapkGrid, g], [own], 2, { mapping: parseMapping(OWN)! });
      expect(flagged).toMatchObject({ import: { findings: [], source: { columns: 'flag', setAside: null } } });
      // an export recognized neither way would be read by them: stopped, their M06 the reason too
      const stopped = saktiForWorkbooks([rapkGrid, g], [own], 2);
      if (!('problem' in stopped) || stopped.problem.kind !== 'notReport') throw new Error('not stopped');
      expect(stopped.problem.unusable!.map((f) => [f.code, f.severity, f.sheet])).toEqual([['M06', 'error', 'Pengaturan RAPK']]);
    }
    // an unusable split rule still stops a recognized report (the import uses it)
    const both = set(broken[0]!, 'Pembagian', 'semua');
    const run = saktiForWorkbooks([rapkGrid, both], [sakti.grid], 2);
    if ('problem' in run) throw new Error(JSON.stringify(run.problem));
    expect(run.import.findings.map((f) => [f.code, f.severity])).toEqual([['M06', 'error']]);
    expect(run.import.findings[0]!.cells).toEqual([valueCell(both, 'Pembagian')]);
    // without the section's M06, an unrecognized export is stopped as before (nothing more said)
    expect(saktiForWorkbooks([rapkGrid, settingsGrid()], [own], 2)).toEqual({
      problem: { kind: 'notReport', missing: 'realisasi', from: 'words' },
    });
  });

  it("remembering a mapping sets only the section's cells: the planner's other values stay", () => {
    const m = parseMapping(OWN)!;
    // a planner's sheet: a parameter, a weight and the signer changed
    let g = withCell(settingsGrid(), `B${find(settingsGrid(), 'Batas NPI').slice(1)}`, 110);
    g = withCell(g, `B${find(g, 'Nama').slice(1)}`, 'Dr. Ani');
    g = withCell(g, `D${find(g, '01.01').slice(1)}`, 3);
    const plan = planRememberMapping([rapkGrid, g], model, m, 'id');
    if (plan.kind !== 'edit') throw new Error(plan.kind);
    expect(plan.cells.map((c) => c.c)).toEqual([1, 1, 1, 1]);
    const after = apply(g, plan.cells);
    expect(readImportSettings(after)).toEqual({ split: 'kontribusi', mapping: m, findings: [] });
    const changed = after.values.flatMap((row, r) => row.flatMap((v, c) => (v !== (g.values[r]?.[c] ?? null) ? [`${r},${c}`] : [])));
    expect(changed).toHaveLength(4);
    expect(readSettings(after)).toEqual(readSettings(g));
    expect(readSigner(after).nama).toBe('Dr. Ani');
    // the same mapping again: nothing to do
    expect(planRememberMapping([rapkGrid, after], model, m, 'id')).toEqual({ kind: 'same', sheet: 'Pengaturan RAPK' });
  });

  it('an older settings sheet without the section gets it under its last row; no settings sheet: a new one with the defaults', () => {
    const m = parseMapping(OWN)!;
    const full = settingsGrid();
    const title = Number(find(full, 'Impor Realisasi Anggaran').slice(1)) - 1;
    // the sheet of before issue 24: the section (and the blank row above it) left out
    const old: Grid = { ...full, values: full.values.slice(0, title - 1) };
    expect(readImportSettings(old)).toEqual({ split: null, mapping: null, findings: [] });
    const plan = planRememberMapping([rapkGrid, old], model, m, 'id');
    if (plan.kind !== 'edit') throw new Error(plan.kind);
    expect(Math.min(...plan.cells.map((c) => c.r))).toBe(old.values.length + 1);
    const after = apply(old, plan.cells);
    expect(readImportSettings(after)).toEqual({ split: 'kontribusi', mapping: m, findings: [] });
    expect(readSettings(after)).toEqual(readSettings(old));
    // a row removed by the planner, with the cells under the section taken: not remembered
    const r = Number(find(full, 'Kolom Uraian').slice(1)) - 1;
    const missing: Grid = { ...full, values: full.values.map((row, i) => (i === r ? row.map(() => null) : row)) };
    const noUraian = importSettingsEdit(missing, { mapping: m }, '', {}, {});
    expect(noUraian).toBeNull();
    expect(planRememberMapping([rapkGrid], model, m, 'id')).toMatchObject({ kind: 'create', plan: { name: 'Pengaturan RAPK' } });
  });
});

describe('a row re-added under the section', () => {
  it("never overwrites a planner's number (a date serial, a boolean) under the section: nothing is remembered, and it is said", () => {
    const m = parseMapping(OWN)!;
    const full = settingsGrid();
    // the planner removed the Kolom Realisasi row (the last of the section) and typed a figure just under the section
    const r = Number(find(full, 'Kolom Realisasi').slice(1)) - 1;
    const removed: Grid = { ...full, values: full.values.map((row, i) => (i === r ? row.map(() => null) : row)) };
    // free: the row is re-added there
    const plan = importSettingsEdit(removed, { mapping: m }, '', {}, {});
    expect(plan?.filter((c) => c.r === r).map((c) => [c.c, c.value])).toEqual([
      [0, 'Kolom Realisasi'],
      [1, 'F'],
    ]);
    for (const v of [1250000, 0, 46203, true, false]) {
      const typed = withCell(removed, `B${r + 1}`, v);
      expect(importSettingsEdit(typed, { mapping: m }, '', {}, {})).toBeNull();
      expect(planRememberMapping([rapkGrid, typed], model, m, 'id')).toEqual({ kind: 'noRoom', sheet: 'Pengaturan RAPK' });
    }
    // a number in the label column is the planner's too
    expect(importSettingsEdit(withCell(removed, `A${r + 1}`, 7), { mapping: m }, '', {}, {})).toBeNull();
    // blank text is free
    expect(importSettingsEdit(withCell(removed, `B${r + 1}`, '  '), { mapping: m }, '', {}, {})).not.toBeNull();
  });
});

describe('the picker over an export (core)', () => {
  it("lists the export's columns with their header words and guesses kode, uraian, pagu and realisasi", () => {
    const cols = exportColumns([own])!;
    expect(cols.sheet).toBe('Tabel saya');
    expect(cols.columns.slice(0, 6).map((c) => [c.letter, c.header])).toEqual([
      ['A', 'Uraian'],
      ['B', ''],
      ['C', 'Kode'],
      ['D', ''],
      ['E', 'Pagu'],
      ['F', 'Realisasi'],
    ]);
    expect(cols.guess).toEqual(parseMapping(OWN));
    expect(exportColumns([])).toBeNull();
  });

  it('says what keeps a choice from being used', () => {
    expect(mappingProblem({ kode: 2, pagu: 4 })).toEqual({ kind: 'missing', key: 'realisasi' });
    expect(mappingProblem({ kode: 2, uraian: 4, pagu: 4, realisasi: 5 })).toEqual({ kind: 'duplicate', key: 'pagu', other: 'uraian' });
    expect(mappingProblem({ kode: 2, uraian: null, pagu: 4, realisasi: 5 })).toBeNull();
  });
});
