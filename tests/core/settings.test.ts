import * as fs from 'fs';
import { planToGrid } from '../../src/sample/generate';
import type { Grid } from '../../src/core/grid/grid';
import { planMarks } from '../../src/core/sheets/marks';
import { statusTahunan } from '../../src/core/measure/formulas';
import {
  DEFAULT_SETTINGS,
  SETTAMA_BANDS,
  SETTINGS_SHEET,
  SPEC_EFISIENSI,
  SPEC_KRITERIA,
  SPEC_PREDIKAT,
  planSettings,
  readSettings,
} from '../../src/core/settings';
import { summaryJson } from '../../src/core/measure/summary';
import { settingsPlanForWorkbook, summaryForWorkbook, validateWorkbook } from '../../src/core/workbook';
import { fixtureGrids, fixturePath } from '../support/fixtures';
import { find, withCell } from '../support/grids';

const round2 = (x: number): number => Math.round(x * 100) / 100;

async function dumai(): Promise<Grid[]> {
  return fixtureGrids('lakin-tw2-2024-dumai.xlsx');
}

async function withSettings(edit: (g: Grid) => Grid = (g) => g, preset: 'spec' | 'sekretariat-utama' = 'spec'): Promise<Grid[]> {
  const grids = await dumai();
  const g = planToGrid(settingsPlanForWorkbook(grids, { preset }).plan);
  return [...grids, edit(g)];
}

function summary(grids: Grid[]) {
  const r = summaryForWorkbook(grids, 2);
  if ('problem' in r) throw new Error(JSON.stringify(r.problem));
  return r;
}

/** Sets the Bobot-table cell of an indicator: column C is Jenis, D is Bobot. */
function bobot(g: Grid, kode: string, col: 'C' | 'D', v: string | number): Grid {
  const row = find(g, kode).slice(1);
  return withCell(g, `${col}${row}`, v);
}

describe('the Pengaturan RAPK sheet', () => {
  it('is written with the SPEC values and reads back as exactly those values', async () => {
    const grids = await dumai();
    const { plan, exists } = settingsPlanForWorkbook(grids);
    expect(exists).toBe(false);
    expect(plan.name).toBe(SETTINGS_SHEET);
    const r = readSettings(planToGrid(plan));
    if (!r.ok) throw new Error(JSON.stringify(r.findings));
    expect(r.settings.kriteria).toEqual(SPEC_KRITERIA);
    expect(r.settings.predikat).toEqual(SPEC_PREDIKAT);
    expect(r.settings.efisiensi).toEqual(SPEC_EFISIENSI);
    expect(r.settings.npiCap).toBe(120);
    expect(r.settings.annualCutoff).toBe(90);
    expect([...r.settings.weights]).toEqual([]);
    expect(r.settings.source).toBe('sheet');
    // one Bobot row per indicator, with its Kode as text
    const g = planToGrid(plan);
    expect(find(g, '01.01')).toMatch(/^A\d+$/);
    expect(find(g, '10.04')).toMatch(/^A\d+$/);
    // Jenis (column C) is a list over the 25 Bobot rows, and the SAKTI import's Pembagian (issue 24, under them)
    const first = Number(find(g, '01.01').slice(1)) - 1;
    const split = Number(find(g, 'Pembagian').slice(1)) - 1;
    expect(plan.validations).toEqual([
      { range: { r1: first, c1: 2, r2: first + 24, c2: 2 }, list: ['IKU', 'IKK', 'IKSS'] },
      { range: { r1: split, c1: 1, r2: split, c2: 1 }, list: ['kontribusi', 'pertama'] },
    ]);
  });

  it('the Sekretariat Utama preset reads back as its six bands and IKU weight 2', () => {
    const r = readSettings(planToGrid(planSettings(null, 'sekretariat-utama')));
    if (!r.ok) throw new Error(JSON.stringify(r.findings));
    expect(r.settings.kriteria).toEqual(SETTAMA_BANDS);
    expect(r.settings.kriteria.map((b) => b.label)).toEqual([
      'Sangat Kurang',
      'Kurang',
      'Cukup',
      'Baik',
      'Sangat Baik',
      'Tidak Dapat Disimpulkan',
    ]);
    expect(r.settings.bobotIku).toBe(2);
  });

  it('with the SPEC values the Dumai figures are exactly today’s (NPSS 101.67 Istimewa)', async () => {
    const expected = JSON.parse(fs.readFileSync(fixturePath('lakin-tw2-2024-dumai.expected.json'), 'utf8'));
    const r = summary(await withSettings());
    expect(summaryJson(r.summary)).toEqual(expected);
    expect(r.summary.settings.source).toBe('sheet');
  });
});

describe('NPS/NPSS under other settings (computed by hand)', () => {
  // Dumai TW II, sasaran 1: 88.89/89.2, 78.79/80.8, 86.11/86.9, 70/67.62 (× 100)
  const c0101 = (88.89 / 89.2) * 100;
  const c0102 = (78.79 / 80.8) * 100;
  const c0103 = (86.11 / 86.9) * 100;
  const c0104 = (70 / 67.62) * 100;
  // sasaran 2: 02.01 95.12, 02.02 51.35/95.19, 02.03 100, 02.04..02.07 capped at 120
  const c0202 = (51.35 / 95.19) * 100;

  it('Sekretariat Utama preset, 01.04 and 02.04 marked IKU (weight 2)', async () => {
    const grids = await withSettings((g) => bobot(bobot(g, '01.04', 'C', 'IKU'), '02.04', 'C', 'IKU'), 'sekretariat-utama');
    const s = summary(grids).summary;
    const nps1 = (c0101 + c0102 + c0103 + 2 * c0104) / 5;
    const nps2 = (95.12 + c0202 + 100 + 2 * 120 + 120 + 120 + 120) / 8;
    expect(round2(nps1)).toBe(100.66);
    expect(round2(nps2)).toBe(106.13);
    const internal = (nps2 + (97.33 / 95.1) * 100 + 113.741 + 100) / 4;
    const npss = (nps1 + internal + 100) / 3;
    const j = summaryJson(s);
    expect(j.sasaran.map((x) => x.nps)).toEqual([round2(nps1), round2(nps2), 102.34, 113.74, null, 100, null, 100, null, null]);
    expect(j.npss).toBe(round2(npss));
    expect(j.npss).toBe(102.07);
    // the preset's bands: 90 < x ≤ 110 Baik (no Istimewa), > 120 Tidak Dapat Disimpulkan, 50–70 Kurang
    expect(j.predikat).toBe('Baik');
    expect(j.sasaran[3]!.predikat).toBe('Sangat Baik');
    const k = new Map(j.indikator.map((i) => [i.kode, i.kriteria]));
    expect([k.get('01.01'), k.get('01.04'), k.get('02.02'), k.get('02.04'), k.get('03.01')]).toEqual([
      'Baik',
      'Baik',
      'Kurang',
      'Tidak Dapat Disimpulkan',
      'Baik',
    ]);
    expect(s.indikator.find((i) => i.kode === '01.04')!.bobot).toBe(2);
  });

  it('a custom weight (01.01 Bobot 3) with the SPEC bands', async () => {
    const s = summary(await withSettings((g) => bobot(g, '01.01', 'D', 3))).summary;
    const nps1 = (3 * c0101 + c0102 + c0103 + c0104) / 6;
    expect(round2(nps1)).toBe(99.85);
    const j = summaryJson(s);
    expect(j.sasaran[0]!.nps).toBe(99.85);
    expect(j.npss).toBe(round2((nps1 + 105.0595 + 100) / 3));
    expect(j.npss).toBe(101.64);
    expect(j.predikat).toBe('Istimewa');
  });

  it('an NPI cap of 110 and an annual cut-off of 96', async () => {
    const grids = await withSettings((g) => {
      const cap = find(g, 'Batas NPI').slice(1);
      const cut = find(g, 'Batas Akan Tercapai (%)').slice(1);
      return withCell(withCell(g, `B${cap}`, 110), `B${cut}`, 96);
    });
    const s = summary(grids).summary;
    const i = new Map(s.indikator.map((x) => [x.kode, x]));
    expect(i.get('02.04')!.npi).toBe(110);
    expect(round2(s.sasaran[1]!.nps!)).toBe(round2((95.12 + c0202 + 100 + 4 * 110) / 7));
    // 95.12 is now below the cut-off; 97.51 still above
    expect(i.get('02.01')!.statusTahunan).toBe('Perlu Upaya Keras');
    expect(i.get('01.02')!.statusTahunan).toBe('Akan Tercapai');
  });
});

describe('invalid settings are findings with cells, and block scoring', () => {
  // Kriteria Indikator bands on rows 7..11: Kurang, Cukup, Baik, Sangat Baik, TDD; A lower, B incl, C upper, D incl, E label, F colour
  const codes = (grids: Grid[]) =>
    validateWorkbook(grids)
      .findings.filter((f) => f.sheet === SETTINGS_SHEET)
      .map((f) => `${f.code}@${f.cells.join(',')}`);

  it('overlap (M01), gap (M02), missing colour (M03), weight (M04), not a number (M05)', async () => {
    expect(await withSettings().then(codes)).toEqual([]);
    expect(find(planToGrid(planSettings(null)), 'Cukup')).toBe('E8');
    expect(await withSettings((g) => withCell(g, 'D8', 'Ya')).then(codes)).toEqual(['M01@A9,C8']);
    expect(await withSettings((g) => withCell(g, 'A8', 75)).then(codes)).toEqual(['M02@A8,C7']);
    expect(await withSettings((g) => withCell(g, 'F9', null)).then(codes)).toEqual(['M03@F9']);
    expect(await withSettings((g) => withCell(g, 'F9', 'hijau')).then(codes)).toEqual(['M03@F9']);
    const row0102 = find(planToGrid(settingsPlanForWorkbook(await dumai()).plan), '01.02').slice(1);
    expect(await withSettings((g) => bobot(g, '01.02', 'D', 'dua')).then(codes)).toEqual([`M04@D${row0102}`]);
    expect(await withSettings((g) => withCell(g, 'A8', 'tujuh puluh')).then(codes)).toEqual(['M05@A8']);
    expect(await withSettings((g) => withCell(g, 'C11', 130)).then(codes)).toEqual(['M02@C11']);
  });

  it('a command never scores with them: summary gives the findings instead, marks go on the settings sheet', async () => {
    const grids = await withSettings((g) => withCell(g, 'A8', 75));
    const r = summaryForWorkbook(grids, 2);
    expect('problem' in r && r.problem.kind).toBe('invalidSettings');
    if (!('problem' in r) || r.problem.kind !== 'invalidSettings') throw new Error('scored');
    expect(r.problem.sheet).toBe(SETTINGS_SHEET);
    expect(r.problem.findings.map((f) => f.code)).toEqual(['M02']);
    const plan = planMarks(SETTINGS_SHEET, r.problem.findings);
    expect(plan.marks.map((m) => [m.address, m.fill])).toEqual([['A8', '#FF7C80']]);
    expect(plan.marks[0]!.note).toContain('celah antara rentang "Kurang" (sampai 70) dan "Cukup" (mulai 75)');
  });
});

describe('annual status (seed 002, LAKIN TW II 2024 Dumai)', () => {
  it('the default cut-off reproduces the report’s labels', () => {
    // "Capaian terhadap Target Tahunan" column of the seed's chapter III tables
    for (const x of [99.65, 97.51, 99.09, 95.12]) expect(statusTahunan(x)).toBe('Akan Tercapai');
    for (const x of [53.94, 40, 24.56, 55.36, 49, 0, 50, 54.76]) expect(statusTahunan(x)).toBe('Perlu Upaya Keras');
    for (const x of [103.52, 146.82, 128.44, 102.34]) expect(statusTahunan(x)).toBe('Melampaui');
    expect(statusTahunan(100)).toBe('Tercapai');
    expect(statusTahunan(99.996)).toBe('Tercapai');
    expect(DEFAULT_SETTINGS.annualCutoff).toBeGreaterThan(55.36);
    expect(DEFAULT_SETTINGS.annualCutoff).toBeLessThanOrEqual(95.12);
  });

  it('summary --json gives capaianTahunan and statusTahunan per indicator, null without realisasi', async () => {
    const j = summaryJson(summary(await dumai()).summary);
    const i = new Map(j.indikator.map((x) => [x.kode, x]));
    expect(i.get('04.01')).toMatchObject({ capaianTahunan: 55.36, statusTahunan: 'Perlu Upaya Keras' });
    expect(i.get('02.01')).toMatchObject({ capaianTahunan: 95.12, statusTahunan: 'Akan Tercapai' });
    expect(i.get('06.01')).toMatchObject({ capaianTahunan: 100, statusTahunan: 'Tercapai' });
    // year-end indicator without realisasi
    expect(i.get('05.01')).toMatchObject({ capaianTahunan: null, statusTahunan: null });
    // year-end indicator with realisasi: no TW capaian, but its annual status (49.28 / 91.80)
    expect(i.get('10.01')).toMatchObject({
      capaian: null,
      capaianTahunan: round2((49.28 / 91.8) * 100),
      statusTahunan: 'Perlu Upaya Keras',
    });
  });
});

describe('the Ringkasan sheet states its method and carries the capaian chart', () => {
  it('the notes state the method in words: source, cap, weights other than 1, cut-off (no "SPEC", no "≠")', async () => {
    const r = summary(await withSettings((g) => bobot(g, '01.04', 'C', 'IKU'), 'sekretariat-utama'));
    const g = planToGrid(r.plan);
    const notes = g.values.map((x) => x[0]).filter((v): v is string => typeof v === 'string' && /^\d\. /.test(v));
    expect(notes[0]).toBe('1. Metode penilaian: sesuai pengaturan pada sheet "Pengaturan RAPK" di workbook ini.');
    expect(notes.find((n) => n.includes('(NPI)'))).toContain('paling tinggi 120');
    expect(notes).toContain(
      '4. Bobot indikator: indikator yang bobotnya bukan 1 adalah 01.04 (2); NPS dihitung sebagai rata-rata tertimbang.',
    );
    expect(notes).toContain(
      '5. Status terhadap target tahunan: Melampaui (lebih dari 100), Tercapai (tepat 100), Akan Tercapai (90 sampai kurang dari 100), Perlu Upaya Keras (kurang dari 90).',
    );
    // the default method says where it came from, in words a head of unit reads
    const d = planToGrid(summary(await dumai()).plan);
    const dn = d.values.map((x) => x[0]).filter((v): v is string => typeof v === 'string' && /^\d\. /.test(v));
    expect(dn[0]).toBe('1. Metode penilaian: pengaturan bawaan add-in RAPK (kriteria dan predikat seperti pada tabel kriteria di atas).');
    expect(dn).toContain('4. Bobot indikator: semua indikator memiliki bobot yang sama.');
    for (const grid of [g, d]) {
      const words = grid.values.flat().filter((v): v is string => typeof v === 'string');
      expect(words.filter((w) => /SPEC|≠|\bthd\b|s\.d\. </.test(w))).toEqual([]);
    }
  });

  it('annual status columns in Tabel 1', async () => {
    const g = planToGrid(summary(await dumai()).plan);
    const head = g.values.findIndex((x) => x[1] === 'Kode');
    expect(g.values[head]!.slice(10, 12)).toEqual(['Capaian terhadap Target Tahunan (%)', 'Status terhadap Target Tahunan']);
    const row = g.values.find((x) => x[1] === '04.01')!;
    expect(row[11]).toBe('Perlu Upaya Keras');
    expect(round2(row[10] as number)).toBe(55.36);
  });

  it('chart: bars per measured indicator by Kode in kriteria colours, a 100 % line', async () => {
    const r = summary(await dumai());
    const chart = r.plan.charts![0]!;
    const g = planToGrid(r.plan);
    const kodes = g.values.slice(chart.categories.r1, chart.categories.r2 + 1).map((x) => x[chart.categories.c1]);
    expect(kodes).toEqual(r.summary.indikator.filter((i) => i.capaian !== null).map((i) => i.kode));
    expect(kodes).toHaveLength(16);
    const [bars, line] = chart.series;
    expect(bars!.type).toBe('column');
    expect(line!.type).toBe('line');
    expect(g.values.slice(line!.values.r1, line!.values.r2 + 1).every((x) => x[line!.values.c1] === 100)).toBe(true);
    // 01.01 Cukup yellow, 01.04 Sangat Baik green, 02.02 Kurang red, 02.04 TDD blue
    expect([bars!.pointFills![0], bars!.pointFills![3], bars!.pointFills![5], bars!.pointFills![7]]).toEqual([
      '#FFEB84',
      '#00B050',
      '#FF7C80',
      '#BDD7EE',
    ]);
  });
});
