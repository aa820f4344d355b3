/** SPEC section 6, "The Realisasi sheet (the add-in's own input sheet)". */
import * as path from 'path';
import type { CellValue } from '../../src/core/grid/grid';
import { realisasiForWorkbook, summaryForWorkbook } from '../../src/core/workbook';
import { readRealisasi } from '../../src/core/reader/realisasi';
import { planValues, type SheetPlan } from '../../src/core/sheets/plan';
import { rapk, tmpDir } from '../support/cli';
import { simOf } from '../support/sim';
import { FLAT, dRows, grid, kInd, kRows, realisasiRows, set, validate, writeXlsx } from './sheets';

const LABELS = [
  'Kode',
  'Sasaran',
  'Indikator',
  'Perspektif',
  'Polaritas',
  'Penilaian',
  'Target TW I',
  'Realisasi TW I',
  'Target TW II',
  'Realisasi TW II',
  'Target TW III',
  'Realisasi TW III',
  'Target TW IV',
  'Realisasi TW IV',
  'Pagu',
  'Realisasi Anggaran TW I',
  'Realisasi Anggaran TW II',
  'Realisasi Anggaran TW III',
  'Realisasi Anggaran TW IV',
];
const plan = (grids: ReturnType<typeof grid>[]): SheetPlan => {
  const r = realisasiForWorkbook(grids);
  if ('problem' in r) throw new Error(r.problem.kind);
  return r.plan;
};
/** data rows of a plan: Kode → its row of values */
const byKode = (p: SheetPlan): Map<string, CellValue[]> =>
  new Map(
    planValues(p)
      .slice(3)
      .map((r) => [String(r[0]), r]),
  );
const summary = (real: CellValue[][], tw: 1 | 2 | 3 | 4, rows = kRows()) => {
  const s = summaryForWorkbook([grid(rows), grid(real, 'Realisasi 2024')], tw);
  if ('problem' in s) throw new Error(s.problem.kind);
  return s.summary;
};

describe('6 · "Created by the add-in, refreshed from the RAPK any time; typed values are kept by `Kode`."', () => {
  it('created: one row per indicator of the RAPK, named `Realisasi <year>`', () => {
    const p = plan([grid(kRows())]);
    expect(p.name).toBe('Realisasi 2024');
    expect([...byKode(p).keys()]).toEqual(['01.01', '01.02', '02.01']);
  });

  it('refreshed after the RAPK gained an indicator before the typed ones: every typed value stays with its Kode', () => {
    let real = realisasiRows(kRows());
    real = set(set(set(set(real, 'H5', 82.5), 'E5', 'Minimize'), 'P6', 2_500_000), 'D4', 'Internal Process');
    // the RAPK now has 01.02 as a new indicator, the old 01.02 became 01.03
    const rapkRows = kRows();
    rapkRows.splice(7, 0, kInd(null, null, '02 - Persentase Pangan yang diuji', FLAT(50), 0));
    rapkRows[8]![2] = '03 - Indeks Kepuasan Masyarakat';
    const p = byKode(plan([grid(rapkRows), grid(real, 'Realisasi 2024')]));
    expect([...p.keys()]).toEqual(['01.01', '01.02', '01.03', '02.01']);
    // typed for 01.02 (Indeks Kepuasan) before: still under Kode 01.02, as the Kode says
    expect(p.get('01.02')![7]).toBe(82.5);
    expect(p.get('01.02')![4]).toBe('Minimize');
    expect(p.get('02.01')![15]).toBe(2_500_000);
    expect(p.get('01.01')![3]).toBe('Internal Process');
    expect(p.get('01.03')![7]).toBeNull();
  });

  it('in Excel (simulator): created, typed into, refreshed: the typed values stay', async () => {
    const { sim, gw } = simOf([grid(kRows())]);
    await gw.realisasi('id');
    const s = sim.store.sheet('Realisasi 2024')!;
    sim.store.cellW(s, 4, 7).value = 77; // H5: Realisasi TW I of 01.02
    sim.store.cellW(s, 3, 15).value = 12_000_000; // P4: Realisasi Anggaran TW I of 01.01
    await gw.realisasi('id');
    const after = sim.store.sheet('Realisasi 2024')!;
    expect(sim.store.cell(after, 4, 7)!.value).toBe(77);
    expect(sim.store.cell(after, 3, 15)!.value).toBe(12_000_000);
    expect(sim.store.cell(after, 4, 0)!.value).toBe('01.02');
  });
});

describe('6 · "Title row, then a header row with exactly these labels (found by text, like the RAPK)"', () => {
  it('the plan: a title on row 1 and the 19 labels, in order, on the header row', () => {
    const v = planValues(plan([grid(kRows())]));
    expect(String(v[0]![0])).toMatch(/2024/);
    expect(v[2]).toEqual(LABELS);
  });

  it('found by text: the same sheet with three rows more on top, read the same', () => {
    const real = set(realisasiRows(kRows()), 'H4', 88);
    const moved = [[], ['catatan'], [], ...real];
    const a = readRealisasi(grid(real, 'Realisasi 2024'))!;
    const b = readRealisasi(grid(moved, 'Realisasi 2024'))!;
    expect(b.rows.map((r) => [r.kode, r.values.realisasi[0]])).toEqual(a.rows.map((r) => [r.kode, r.values.realisasi[0]]));
    expect(b.rows[0]!.values.realisasi[0]).toEqual({ kind: 'number', value: 88 });
  });
});

describe('6 · Kode', () => {
  it('"`Kode` = `<sasaran no>.<indikator no>`, e.g. `01.02` (two digits each)"', () => {
    expect([...byKode(plan([grid(kRows())])).keys()]).toEqual(['01.01', '01.02', '02.01']);
  });

  it('"Numbers come from the `NN - ` prefix of the sasaran and indicator texts"', () => {
    const rows = set(set(kRows(), 'B11', '07 - Meningkatnya tata kelola pemerintahan'), 'C11', '3 - Nilai AKIP');
    expect([...byKode(plan([grid(rows)])).keys()]).toEqual(['01.01', '01.02', '07.03']);
  });

  it('"else from the `NO.` column": sasaran texts without a prefix take the NO. column\'s `1.`, `2.`', () => {
    const rows = set(
      set(kRows(), 'B4', 'Terwujudnya Obat dan Makanan yang memenuhi syarat'),
      'B11',
      'Meningkatnya tata kelola pemerintahan',
    );
    expect(validate(rows).model!.sasaran.map((s) => s.no)).toEqual(['01', '02']);
    expect([...byKode(plan([grid(rows)])).keys()]).toEqual(['01.01', '01.02', '02.01']);
  });

  it('"Layout D\'s implicit sasaran is `01` and its indicators take their `No.` (`01.01` … `01.19`)"', () => {
    expect([...byKode(plan([grid(dRows().slice(0, 16), 'RAPK 2023')])).keys()]).toEqual(['01.01', '01.02']);
    const rows = set(set(dRows().slice(0, 16), 'A7', '19.'), 'A13', '19.');
    expect([...byKode(plan([grid(rows, 'RAPK 2023')])).keys()]).toEqual(['01.01', '01.19']);
  });

  it('"In JSON, `no` fields are these two-digit strings"', async () => {
    const file = await writeXlsx(path.join(tmpDir(), 'k.xlsx'), [grid(kRows())]);
    const j = JSON.parse((await rapk('check', file, '--json')).out) as {
      files: { sheets: { sasaran: { no: unknown; indikator: { no: unknown }[] }[] }[] }[];
    };
    const s = j.files[0]!.sheets[0]!.sasaran;
    expect(s.map((x) => [x.no, x.indikator.map((i) => i.no)])).toEqual([
      ['01', ['01', '02']],
      ['02', ['01']],
    ]);
  });
});

describe('6 · Perspektif, Polaritas, Penilaian', () => {
  it('"`Perspektif`: `Stakeholder`, `Internal Process` or `Learning & Growth`; pre-filled from the **sasaran** name by a keyword rule … (kepuasan / memenuhi syarat → Stakeholder; tata kelola / SDM / keuangan → Learning & Growth; the rest → Internal Process)"', () => {
    const names: [string, string][] = [
      ['Meningkatnya kepuasan pelaku usaha', 'Stakeholder'],
      ['Terwujudnya Obat dan Makanan yang memenuhi syarat', 'Stakeholder'],
      ['Meningkatnya tata kelola pemerintahan', 'Learning & Growth'],
      ['Meningkatnya kualitas SDM', 'Learning & Growth'],
      ['Pengelolaan keuangan yang akuntabel', 'Learning & Growth'],
      ['Meningkatnya efektivitas pengawasan', 'Internal Process'],
    ];
    for (const [name, want] of names) {
      const rows = set(kRows(), 'B11', `02 - ${name}`);
      expect([name, byKode(plan([grid(rows)])).get('02.01')![3]]).toEqual([name, want]);
    }
    // the indicator's own name does not decide: 01.02 "Indeks Kepuasan Masyarakat" is in a sasaran "memenuhi syarat"
    const rows = set(kRows(), 'C11', '01 - Indeks Kepuasan pegawai');
    expect(byKode(plan([grid(rows)])).get('02.01')![3]).toBe('Learning & Growth');
  });

  it('"by a keyword rule the user can overwrite": a typed Perspektif is kept on refresh and counted by the summary', () => {
    const real = set(set(realisasiRows(kRows()), 'D6', 'Stakeholder'), 'L6', 30);
    expect(byKode(plan([grid(kRows()), grid(real, 'Realisasi 2024')])).get('02.01')![3]).toBe('Stakeholder');
    expect(summary(real, 3).sasaran.map((s) => s.perspektif)).toEqual(['Stakeholder', 'Stakeholder']);
  });

  it('"A sasaran belongs to the perspective of its first indicator row"', () => {
    // sasaran 01: first row says Internal Process, second says Learning & Growth
    const real = set(set(realisasiRows(kRows()), 'D4', 'Internal Process'), 'D5', 'Learning & Growth');
    expect(summary(real, 1).sasaran.map((s) => [s.no, s.perspektif])).toEqual([
      ['01', 'Internal Process'],
      ['02', 'Learning & Growth'],
    ]);
  });

  it('"`Polaritas`: `Maximize` (default) or `Minimize`"', () => {
    const p = byKode(plan([grid(kRows())]));
    expect([...p.values()].map((r) => r[4])).toEqual(['Maximize', 'Maximize', 'Maximize']);
    // target TW I of 01.02 is 30; realisasi 15: Maximize 50, Minimize (2 − 0.5) × 100 = 150
    const real = set(realisasiRows(kRows()), 'H5', 15);
    expect(summary(real, 1).indikator[1]!.capaian).toBe(50);
    expect(summary(set(real, 'E5', 'Minimize'), 1).indikator[1]!.capaian).toBe(150);
  });

  it('"`Penilaian`: `Triwulan` (default) or `Akhir Tahun` (only counted in TW IV)"', () => {
    expect([...byKode(plan([grid(kRows())])).values()].map((r) => r[5])).toEqual(['Triwulan', 'Triwulan', 'Triwulan']);
    const real = set(set(set(realisasiRows(kRows()), 'F4', 'Akhir Tahun'), 'J4', 90), 'N4', 90);
    expect(summary(real, 2).indikator[0]!.capaian).toBeNull();
    expect(summary(real, 2).indikator[0]!.why).toBe('akhirTahun');
    expect(summary(real, 4).indikator[0]!.capaian).toBe(100);
  });

  it('"Data validation lists on Perspektif/Polaritas/Penilaian"', () => {
    const p = plan([grid(kRows())]);
    const lists = (p.validations ?? []).map((v) => [v.range.c1, v.range.r1, v.range.r2, v.list]);
    expect(lists).toEqual([
      [3, 3, 5, ['Stakeholder', 'Internal Process', 'Learning & Growth']],
      [4, 3, 5, ['Maximize', 'Minimize']],
      [5, 3, 5, ['Triwulan', 'Akhir Tahun']],
    ]);
  });
});

describe('6 · "Targets are copied from the RAPK; `Pagu` is the indicator\'s anggaran; realisasi anggaran is cumulative up to the end of that TW."', () => {
  it('targets TW I..IV are B03, B06, B09, B12 of the RAPK; Pagu its anggaran', () => {
    const p = byKode(plan([grid(kRows())]));
    expect([6, 8, 10, 12, 14].map((c) => p.get('01.02')![c])).toEqual([30, 60, 90, 100, 40_000_000]);
    expect([6, 8, 10, 12, 14].map((c) => p.get('01.01')![c])).toEqual([90, 90, 90, 90, 50_000_000]);
  });

  it("realisasi anggaran is cumulative: TW II's penyerapan is TW II's figure over the pagu, not TW I + TW II", () => {
    const real = set(set(set(realisasiRows(kRows()), 'P4', 10_000_000), 'Q4', 25_000_000), 'J4', 90);
    expect(summary(real, 2).indikator[0]!.realisasiAnggaran).toBe(25_000_000);
    expect(summary(real, 2).sasaran[0]!.penyerapan).toBe(50);
  });

  it('the months the RAPK lacks give no target (a quarterly-only RAPK still has TW targets)', () => {
    const rows: CellValue[][] = [
      ['NO.', 'SASARAN KEGIATAN', 'INDIKATOR KINERJA KEGIATAN', 'B03', 'B06', 'B09', 'B12', 'ANGGARAN'],
      ['1.', '01 - Sasaran satu', '01 - Nilai AKIP', 20, 40, 60, 80, 5_000_000],
    ];
    const p = byKode(plan([grid(rows)]));
    expect([6, 8, 10, 12].map((c) => p.get('01.01')![c])).toEqual([20, 40, 60, 80]);
  });
});
