/** SPEC section 7, "Methodology settings" and "Colours". */
import type { CellValue, Grid } from '../../src/core/grid/grid';
import { settingsPlanForWorkbook, summaryForWorkbook, validateWorkbook } from '../../src/core/workbook';
import { summaryJson } from '../../src/core/measure/summary';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { fontOn } from '../../src/core/sheets/palette';
import type { PlanCell } from '../../src/core/sheets/plan';
import { planToGrid } from '../../src/sample/generate';
import { simOf } from '../support/sim';
import { grid, kRows, realisasiRows, set } from './sheets';

type Edits = Record<string, CellValue>;
/**
 * The `Pengaturan RAPK` sheet the add-in writes for the clean K sheet, edited. Rows: 7–11
 * kriteria (Kurang, Cukup, Baik, Sangat Baik, TDD), 15–19 predikat, 23–33 TE bands (A lower,
 * B lower inclusive, C upper, D upper inclusive, E label, F colour); B37 NPI cap, B38 annual
 * cut-off, B39 Bobot IKU; 43–45 Bobot of 01.01, 01.02, 02.01 (C Jenis, D Bobot).
 */
function settings(edits: Edits = {}, preset: 'spec' | 'sekretariat-utama' = 'spec'): Grid {
  let rows = planToGrid(settingsPlanForWorkbook([grid(kRows())], { preset }).plan).values.map((r) => [...r]);
  for (const [a, v] of Object.entries(edits)) rows = set(rows, a, v);
  return grid(rows, 'Pengaturan RAPK');
}
function run(typed: Edits, tw: 1 | 2 | 3 | 4, pengaturan: Grid | null = null) {
  let real = realisasiRows(kRows());
  for (const [a, v] of Object.entries(typed)) real = set(real, a, v);
  const grids = [grid(kRows()), grid(real, 'Realisasi 2024'), ...(pengaturan ? [pengaturan] : [])];
  const s = summaryForWorkbook(grids, tw);
  if ('problem' in s) throw new Error(s.problem.kind);
  return { ...s, json: summaryJson(s.summary) };
}
const cellsOf = (cells: PlanCell[], value: CellValue): PlanCell[] => cells.filter((c) => c.value === value && c.fill);

describe('7 · "**Methodology settings** (sheet `Pengaturan RAPK`, optional)"', () => {
  it('"kriteria and predikat bands (bounds, inclusivity, label, fill)": Cukup from 60, Baik renamed and recoloured', () => {
    const s = settings({ C7: 60, A8: 60, E9: 'Memuaskan', F9: '#00FF00' });
    // 01.02 in TW IV: target 100
    expect(run({ N5: 65 }, 4, s).json.indikator[1]!.kriteria).toBe('Cukup');
    const r = run({ N5: 100 }, 4, s);
    expect(r.json.indikator[1]!.kriteria).toBe('Memuaskan');
    expect(cellsOf(r.plan.cells, 'Memuaskan')[0]!.fill).toBe('#00FF00');
    // the predikat band 90–100 ends at 95 inclusive; 95 < y ≤ 100 becomes Istimewa's
    const p = settings({ C18: 95, A19: 95 });
    expect(run({ N6: 96 }, 4, p).json.sasaran[1]!.predikat).toBe('Istimewa');
  });

  it('"NPI cap": 110', () => {
    expect(run({ N5: 115 }, 4, settings({ B37: 110 })).json.indikator[1]).toMatchObject({ capaian: 115, npi: 110 });
  });

  it('"TE bands": 100 % up to TE 0.30', () => {
    const s = settings({ C24: 0.3, A25: 0.3 });
    // 02.01: NPS 100, penyerapan 80 → TE 0.25
    expect(run({ N6: 100, S6: 8_000_000 }, 4, s).json.sasaran[1]!.efisiensi).toBe('100% (efisien)');
    expect(run({ N6: 100, S6: 8_000_000 }, 4).json.sasaran[1]!.efisiensi).toBe('95% (efisien)');
  });

  it('"annual-status cut-off": 95 makes a capaian tahunan of 92 Perlu Upaya Keras', () => {
    expect(run({ J5: 92 }, 2, settings({ B38: 95 })).json.indikator[1]!.statusTahunan).toBe('Perlu Upaya Keras');
    expect(run({ J5: 92 }, 2).json.indikator[1]!.statusTahunan).toBe('Akan Tercapai');
  });

  it('"per-indicator `Bobot` (NPS = weighted mean of NPI)": 01.01 weighs 3', () => {
    // NPI 110 (01.01: 99/90) and 90 (01.02): (3 × 110 + 90) / 4 = 105
    // D52: 01.01's Bobot (the sheet gained its Penandatangan section above the weights in w-pr)
    expect(run({ N4: 99, N5: 90 }, 4, settings({ D52: 3 })).json.sasaran[0]!.nps).toBe(105);
    expect(run({ N4: 99, N5: 90 }, 4).json.sasaran[0]!.nps).toBe(100);
  });

  it('"Absent → the values in this section"', () => {
    const r = run({}, 1);
    expect(r.summary.settings).toEqual(DEFAULT_SETTINGS);
    expect(r.summary.settings.source).toBe('default');
  });

  it.each([
    [49.99, 'Sangat Kurang'],
    [50, 'Kurang'],
    [69.99, 'Kurang'],
    [70, 'Cukup'],
    [90, 'Cukup'],
    [90.01, 'Baik'],
    [110, 'Baik'],
    [110.01, 'Sangat Baik'],
    [120, 'Sangat Baik'],
    [120.01, 'Tidak Dapat Disimpulkan'],
  ])(
    '"A preset for the bands of BPOM Sekretariat Utama\'s reports: `< 50` Sangat Kurang · `50–70` Kurang · `70–90` Cukup · `90 < x ≤ 110` Baik · `110–120` Sangat Baik · `> 120` Tidak Dapat Disimpulkan": %d → %s',
    (x, label) => {
      const s = settings({}, 'sekretariat-utama');
      expect(run({ N5: x }, 4, s).json.indikator[1]!.kriteria).toBe(label);
      // an NPS is a mean of NPIs, capped at 120: it never reaches the top band
      if (x <= 120) expect(run({ N6: x }, 4, s).json.sasaran[1]!.predikat).toBe(label);
    },
  );

  it('"… IKU weight 2": an indicator marked IKU weighs 2 under the preset', () => {
    const preset = planToGrid(settingsPlanForWorkbook([grid(kRows())], { preset: 'sekretariat-utama' }).plan);
    const row = preset.values.findIndex((r) => r[0] === '01.01') + 1;
    expect(preset.values.find((r) => r[0] === 'Bobot IKU')![1]).toBe(2);
    const s = settings({ [`C${row}`]: 'IKU' }, 'sekretariat-utama');
    // NPI 110 (IKU, weight 2) and 80: (2 × 110 + 80) / 3 = 100
    expect(run({ N4: 99, N5: 80 }, 4, s).json.sasaran[0]!.nps).toBe(100);
  });

  it.each([
    ['gaps', { C7: 60 }, 'M02'],
    ['overlaps', { C7: 80 }, 'M01'],
    ['missing colour', { F9: null }, 'M03'],
    ['non-number weight', { D52: 'tiga' }, 'M04'],
  ])('"Invalid settings (gaps, overlaps, missing colour, non-number weight) are findings and block scoring": %s → %s', (_, edits, code) => {
    const s = settings(edits);
    const grids = [grid(kRows()), grid(realisasiRows(kRows()), 'Realisasi 2024'), s];
    expect(validateWorkbook(grids).findings.map((f) => `${f.code}@${f.sheet}`)).toContain(`${code}@Pengaturan RAPK`);
    const r = summaryForWorkbook(grids, 1);
    expect('problem' in r && r.problem.kind).toBe('invalidSettings');
  });
});

describe('7 · **Colours**', () => {
  it('"the palette is a setting the user can change": a colour typed in the settings sheet is the fill the Ringkasan uses', () => {
    const r = run({ N5: 100 }, 4, settings({ F9: '#1F4E79' }));
    expect(cellsOf(r.plan.cells, 'Baik').map((c) => c.fill)).toContain('#1F4E79');
  });

  it('"Fill, with a readable font colour on it": white on a dark fill, black on a light one', () => {
    const dark = cellsOf(run({ N5: 100 }, 4, settings({ F9: '#1F4E79' })).plan.cells, 'Baik').find((c) => c.fill === '#1F4E79')!;
    expect(dark.font).toBe('#FFFFFF');
    const light = cellsOf(run({ N5: 100 }, 4).plan.cells, 'Baik')[0]!;
    expect([light.fill, light.font]).toEqual(['#92D050', '#000000']);
    expect(fontOn('#00B050')).toBe('#000000');
  });

  it('"colour never carries the meaning alone — the word is always written too": every band-coloured cell of the Ringkasan holds its word', () => {
    const r = run({ N4: 99, N5: 60, N6: 100, S6: 5_000_000 }, 4);
    const words = new Set([
      'Tidak Dapat Disimpulkan',
      'Sangat Baik',
      'Baik',
      'Cukup',
      'Kurang',
      'Sangat Kurang',
      'Istimewa',
      'Butuh Perbaikan',
    ]);
    const fills = new Set(['#BDD7EE', '#00B050', '#92D050', '#FFEB84', '#F4B183', '#FF7C80']);
    // a merged cell's other cells carry its format (w-ringkasan): its word is in the top-left one
    const covered = (c: PlanCell): boolean =>
      r.plan.merges.some((m) => c.r >= m.r1 && c.r <= m.r2 && c.c >= m.c1 && c.c <= m.c2 && (c.r !== m.r1 || c.c !== m.c1));
    const banded = r.plan.cells.filter((c) => c.fill && fills.has(c.fill) && c.r > 3 && !covered(c));
    expect(banded.length).toBeGreaterThan(4);
    const efisiensi = /^(\d+% \((tidak )?efisien\)|Tidak Efisien)$/;
    for (const c of banded)
      expect([c.value, typeof c.value === 'string' && (words.has(c.value) || efisiensi.test(c.value))]).toEqual([c.value, true]);
  });

  it.each([
    ['Tidak Dapat Disimpulkan', { N5: 121 }, '#BDD7EE'],
    ['Sangat Baik', { N5: 110 }, '#00B050'],
    ['Istimewa', { N6: 110 }, '#00B050'],
    ['Baik', { N5: 100 }, '#92D050'],
    ['Cukup', { N5: 80 }, '#FFEB84'],
    ['Butuh Perbaikan', { N6: 80 }, '#FFEB84'],
    ['Sangat Kurang', { N6: 40 }, '#FF7C80'],
  ])('the default fill of %s', (label, typed, fill) => {
    expect(cellsOf(run(typed, 4).plan.cells, label).map((c) => c.fill)[0]).toBe(fill);
  });

  it('"Kurang: `#F4B183` (orange) for NPS/NPSS, `#FF7C80` (red) for indicators"', () => {
    // 02.01 capaian 60: the indicator is Kurang (red), its sasaran's NPS 60 is Kurang (orange)
    const r = run({ N6: 60 }, 4);
    const kurang = cellsOf(r.plan.cells, 'Kurang').map((c) => c.fill);
    expect(new Set(kurang)).toEqual(new Set(['#FF7C80', '#F4B183']));
    expect(r.json.indikator[2]!.kriteria).toBe('Kurang');
    expect(r.json.sasaran[1]!.predikat).toBe('Kurang');
  });

  it('"validation error / warning / info mark": error #FF7C80; warning and info as decided in ADR 011 (#FFC000, #8EA9DB: the SPEC\'s #FFEB84 and #BDD7EE were too close to the add-in\'s own fills)', async () => {
    // A01 (error) on P4, T04 (warning) on J4, S03 (info) on H7
    const rows = set(set(set(set(kRows(), 'P4', 55_000_000), 'P14', 105_000_000), 'J4', 80), 'H7', '20.000.000');
    const { sim, gw } = simOf([grid(rows)]);
    const v = await gw.validasi('id');
    expect(v.findings.map((f) => `${f.code}@${f.cells[0]}`)).toEqual(['A01@P4', 'T04@J4', 'S03@H7']);
    const s = sim.store.sheet('RAPK 2024')!;
    expect([sim.store.cell(s, 3, 15)!.fill, sim.store.cell(s, 3, 9)!.fill, sim.store.cell(s, 6, 7)!.fill]).toEqual([
      { color: '#FF7C80', pattern: 'Solid' },
      { color: '#FFC000', pattern: 'Solid' },
      { color: '#8EA9DB', pattern: 'Solid' },
    ]);
  });
});
