/** SPEC section 7, "Measurement": capaian, kriteria, rounding, NPI/NPS/NPSS, predikat, budget, annual status. */
import type { CellValue } from '../../src/core/grid/grid';
import { summaryForWorkbook } from '../../src/core/workbook';
import { summaryJson } from '../../src/core/measure/summary';
import { rapk } from '../support/cli';
import { fixturePath } from '../support/fixtures';
import { grid, kRows, realisasiRows, set } from './sheets';

/**
 * The summary of the clean K sheet with cells of its Realisasi sheet typed (row 4 = 01.01,
 * 5 = 01.02, 6 = 02.01; H/J/L/N = Realisasi TW I..IV, P..S = Realisasi Anggaran TW I..IV,
 * D Perspektif, E Polaritas, F Penilaian). Targets: 01.01 90 every month; 01.02 and 02.01
 * 30 / 60 / 90 / 100 by quarter. Pagu: 50, 40 and 10 million.
 */
function run(typed: Record<string, CellValue>, tw: 1 | 2 | 3 | 4, rows = kRows()) {
  let real = realisasiRows(kRows());
  for (const [a, v] of Object.entries(typed)) real = set(real, a, v);
  const s = summaryForWorkbook([grid(rows), grid(real, 'Realisasi 2024')], tw);
  if ('problem' in s) throw new Error(s.problem.kind);
  return { summary: s.summary, json: summaryJson(s.summary) };
}
const ind = (typed: Record<string, CellValue>, tw: 1 | 2 | 3 | 4, kode = '01.02', rows = kRows()) =>
  run(typed, tw, rows).json.indikator.find((i) => i.kode === kode)!;

describe('7 · Capaian', () => {
  it('"`Maximize: R / T × 100`": T 90, R 99 → 110', () => {
    expect(ind({ H4: 99 }, 1, '01.01').capaian).toBe(110);
  });

  it('"`Minimize: (2 − R / T) × 100`": T 90, R 99 → 90', () => {
    expect(ind({ H4: 99, E4: 'Minimize' }, 1, '01.01').capaian).toBe(90);
  });

  it('"No capaian when T is missing or 0"', () => {
    expect(ind({ H4: 99 }, 1, '01.01', set(kRows(), 'F4', null)).capaian).toBeNull();
    expect(ind({ H4: 99 }, 1, '01.01', set(kRows(), 'F4', 0)).capaian).toBeNull();
  });

  it('"when R is empty"', () => {
    expect(ind({}, 1, '01.01')).toMatchObject({ target: 90, realisasi: null, capaian: null, npi: null, kriteria: null });
  });

  it('"or when `Penilaian = Akhir Tahun` and k < 4"', () => {
    const typed = { F4: 'Akhir Tahun', H4: 90, J4: 90, L4: 90, N4: 90 };
    expect([1, 2, 3, 4].map((tw) => ind(typed, tw as 1 | 2 | 3 | 4, '01.01').capaian)).toEqual([null, null, null, 100]);
  });
});

describe('7 · "**Kriteria** of a capaian x (rounded to 2 decimals first)"', () => {
  // 01.02 in TW IV: target 100, so the capaian is the realisasi
  it.each([
    [120.01, 'Tidak Dapat Disimpulkan'],
    [120.004, 'Sangat Baik'],
    [120, 'Sangat Baik'],
    [100.01, 'Sangat Baik'],
    [100.004, 'Baik'],
    [100, 'Baik'],
    [99.995, 'Baik'],
    [99.99, 'Cukup'],
    [70, 'Cukup'],
    [69.995, 'Cukup'],
    [69.99, 'Kurang'],
    [0, 'Kurang'],
  ])(
    '"`> 120` Tidak Dapat Disimpulkan · `100 < x ≤ 120` Sangat Baik · `= 100` Baik · `70 ≤ x < 100` Cukup · `< 70` Kurang": %d → %s',
    (r, k) => {
      expect(ind({ N5: r }, 4).kriteria).toBe(k);
    },
  );
});

describe('7 · "Rounding: keep full precision in every computation; round half away from zero to 2 decimals only for output, and decide every band … on the value rounded to 2 decimals."', () => {
  it('output rounds half away from zero: 100.125 → 100.13, −12.345 → −12.35', () => {
    expect(ind({ N5: 100.125 }, 4).capaian).toBe(100.13);
    expect(ind({ N5: 212.345, E5: 'Minimize' }, 4).capaian).toBe(-12.35);
  });

  it('an NPS is the mean of unrounded NPIs: 100 and 100.005 give 100.0025 → 100.00, Baik (rounding the NPIs first would give 100.01, Istimewa)', () => {
    const { json } = run({ N4: 90, N5: 100.005 }, 4);
    expect(json.indikator.slice(0, 2).map((i) => i.npi)).toEqual([100, 100.01]);
    expect(json.sasaran[0]).toMatchObject({ nps: 100, predikat: 'Baik' });
  });

  it('a band is decided on the rounded value: capaian 100.004 is Baik (not Sangat Baik), TE 0.204 is 100 % and 0.205 is 95 %', () => {
    expect(ind({ N5: 100.004 }, 4)).toMatchObject({ capaian: 100, kriteria: 'Baik' });
    // 02.01: NPS 60.2 with penyerapan 50 → TE 0.204; NPS 60.25 → TE 0.205
    expect(run({ N6: 60.2, S6: 5_000_000 }, 4).json.sasaran[1]).toMatchObject({ te: 0.2, efisiensi: '100% (efisien)' });
    expect(run({ N6: 60.25, S6: 5_000_000 }, 4).json.sasaran[1]).toMatchObject({ te: 0.21, efisiensi: '95% (efisien)' });
  });
});

describe('7 · NPI, NPS, perspective value, NPSS', () => {
  it('"**NPI** = min(capaian, 120)"', () => {
    expect(ind({ N5: 150 }, 4)).toMatchObject({ capaian: 150, npi: 120 });
    expect(ind({ N5: 119.99 }, 4).npi).toBe(119.99);
  });

  it('"(a Minimize capaian may be negative; it is not raised)"', () => {
    expect(ind({ N5: 250, E5: 'Minimize' }, 4)).toMatchObject({ capaian: -50, npi: -50 });
  });

  it('"**NPS** of a sasaran = mean of its indicators\' NPI (those with a capaian)"', () => {
    expect(run({ N4: 99, N5: 80 }, 4).json.sasaran[0]!.nps).toBe(95);
    // 01.02 has no realisasi: the NPS is 01.01's alone
    expect(run({ N4: 99 }, 4).json.sasaran[0]!.nps).toBe(110);
    expect(run({}, 4).json.sasaran[0]!.nps).toBeNull();
  });

  it('"**Perspective value** = mean NPS of its sasaran that have an NPS"', () => {
    // both sasaran in Stakeholder: (110 + 90) / 2
    expect(run({ N4: 99, N6: 90, D6: 'Stakeholder' }, 4).json.perspektif).toEqual([
      { name: 'Stakeholder', nilai: 100, predikat: 'Baik' },
      { name: 'Internal Process', nilai: null, predikat: null },
      { name: 'Learning & Growth', nilai: null, predikat: null },
    ]);
    // sasaran 02 without an NPS does not count
    expect(run({ N4: 99, D6: 'Stakeholder' }, 4).json.perspektif[0]!.nilai).toBe(110);
  });

  it('"**NPSS** = mean of the perspective values that exist"', () => {
    const { json } = run({ N4: 99, N6: 80 }, 4);
    expect(json.perspektif.map((p) => p.nilai)).toEqual([110, null, 80]);
    expect(json.npss).toBe(95);
  });
});

describe('7 · "**Predikat** of NPS or NPSS y"', () => {
  it.each([
    [100.01, 'Istimewa'],
    [100, 'Baik'],
    [90, 'Baik'],
    [89.99, 'Butuh Perbaikan'],
    [70, 'Butuh Perbaikan'],
    [69.99, 'Kurang'],
    [50, 'Kurang'],
    [49.99, 'Sangat Kurang'],
  ])(
    '"`> 100` Istimewa · `90 ≤ y ≤ 100` Baik · `70 ≤ y < 90` Butuh Perbaikan · `50 ≤ y < 70` Kurang · `< 50` Sangat Kurang": %d → %s',
    (y, p) => {
      const { json } = run({ N6: y }, 4);
      expect(json.sasaran[1]).toMatchObject({ nps: y, predikat: p });
      expect(json).toMatchObject({ npss: y, predikat: p });
    },
  );
});

describe('7 · "Reference check: the indicator values of `seeds/002_5825fd4e6ede63ed.txt` (TW II)"', () => {
  it('"give NPS 99.94 (sasaran 1), 104.15 (sasaran 2, with the 120 cap), 102.34, 113.74, 100.00 (lab/data), 100.00 (tata kelola); perspectives 99.94 / 105.06 / 100.00; NPSS 101.67, Istimewa"', async () => {
    const r = await rapk('summary', fixturePath('lakin-tw2-2024-dumai.xlsx'), '--tw', '2', '--json');
    const j = JSON.parse(r.out) as ReturnType<typeof summaryJson>;
    // sasaran 05, 07, 09, 10 have no indicator value in TW II
    expect(j.sasaran.map((s) => s.nps)).toEqual([99.94, 104.15, 102.34, 113.74, null, 100, null, 100, null, null]);
    expect(j.perspektif.map((p) => p.nilai)).toEqual([99.94, 105.06, 100]);
    expect([j.npss, j.predikat]).toEqual([101.67, 'Istimewa']);
  });

  it('"the add-in follows the tables, not the mislabels": NPS 99.94 is Baik (not Cukup), a capaian of 103.52 % is Sangat Baik (not Baik)', async () => {
    const r = await rapk('summary', fixturePath('lakin-tw2-2024-dumai.xlsx'), '--tw', '2', '--json');
    const j = JSON.parse(r.out) as ReturnType<typeof summaryJson>;
    expect(j.sasaran[0]).toMatchObject({ nps: 99.94, predikat: 'Baik' });
    expect(j.indikator.filter((i) => i.capaian === 103.52).map((i) => i.kriteria)).toEqual(['Sangat Baik']);
  });
});

describe('7 · Budget', () => {
  it('"% penyerapan = realisasi anggaran / pagu × 100 per indicator and per sasaran"', () => {
    const { summary, json } = run({ Q4: 20_000_000, Q5: 10_000_000 }, 2);
    expect(summary.indikator.map((i) => i.penyerapan)).toEqual([40, 25, null]);
    expect(json.sasaran[0]).toMatchObject({ pagu: 90_000_000, realisasiAnggaran: 30_000_000, penyerapan: 33.33 });
  });

  it('"(a sasaran\'s pagu and realisasi are the sums over its indicators that have a Realisasi Anggaran value for that TW"', () => {
    // only 01.01 has a TW II value: pagu 50,000,000 (01.02's 40,000,000 is left out)
    expect(run({ Q4: 20_000_000 }, 2).json.sasaran[0]).toMatchObject({ pagu: 50_000_000, realisasiAnggaran: 20_000_000, penyerapan: 40 });
  });

  it('"pagu and targets always come from the RAPK, which wins over the Realisasi sheet\'s copies)"', () => {
    const { json } = run({ O4: 1_000_000, I4: 45, J4: 90, Q4: 25_000_000 }, 2);
    expect(json.indikator[0]).toMatchObject({ target: 90, capaian: 100 });
    expect(json.sasaran[0]).toMatchObject({ pagu: 50_000_000, penyerapan: 50 });
  });

  it('"Efficiency per sasaran: `IE = NPS / % penyerapan`, `SE = 1`, `TE = (IE − SE) / SE`"', () => {
    // NPS 110 (01.01: 99 / 90), penyerapan 50 → IE 2.2, TE 1.2
    expect(run({ N4: 99, S4: 25_000_000 }, 4).json.sasaran[0]).toMatchObject({
      nps: 110,
      penyerapan: 50,
      ie: 2.2,
      te: 1.2,
      efisiensi: '86% (tidak efisien)',
    });
  });

  // 02.01: NPS = realisasi TW IV (target 100); pagu 10,000,000, so penyerapan = S6 / 100,000
  it.each([
    [90, 10_000_000, -0.1, 'Tidak Efisien'],
    [100, 10_000_000, 0, '100% (efisien)'],
    [100, 8_000_000, 0.25, '95% (efisien)'],
    [100, 6_250_000, 0.6, '92% (efisien)'],
    [90, 5_000_000, 0.8, '90% (efisien)'],
    [100, 5_000_000, 1, '88% (efisien)'],
    [110, 5_000_000, 1.2, '86% (tidak efisien)'],
    [120, 5_000_000, 1.4, '84% (tidak efisien)'],
    [104, 4_000_000, 1.6, '80% (tidak efisien)'],
    [112, 4_000_000, 1.8, '78% (tidak efisien)'],
    [120, 4_000_000, 2, '75% (tidak efisien)'],
  ])(
    '"`TE < 0` Tidak Efisien · `0 ≤ TE ≤ 0.20` 100 % · `≤ 0.40` 95 % · … · `> 1.80` 75 %": NPS %d, realisasi %d → TE %d, %s',
    (nps, spent, te, label) => {
      expect(run({ N6: nps, S6: spent }, 4).json.sasaran[1]).toMatchObject({ nps, te, efisiensi: label });
    },
  );

  it('"The `efisiensi` JSON field is exactly one of … or `null` (no NPS, or no penyerapan, or penyerapan 0)"', () => {
    expect(run({ S6: 5_000_000 }, 4).json.sasaran[1]!.efisiensi).toBeNull(); // no NPS
    expect(run({ N6: 100 }, 4).json.sasaran[1]!.efisiensi).toBeNull(); // no penyerapan
    expect(run({ N6: 100, S6: 0 }, 4).json.sasaran[1]).toMatchObject({ penyerapan: 0, ie: null, te: null, efisiensi: null });
  });

  it('"The `perspektif` JSON array always lists the three perspectives, with `null` where none of its sasaran has an NPS"', () => {
    expect(run({}, 1).json.perspektif).toEqual([
      { name: 'Stakeholder', nilai: null, predikat: null },
      { name: 'Internal Process', nilai: null, predikat: null },
      { name: 'Learning & Growth', nilai: null, predikat: null },
    ]);
  });
});

describe('7 · "**Annual status** of an indicator: capaian against the annual target (B12), same polarity rule"', () => {
  // 01.01: B12 = 90
  it.each([
    [91, 101.11, 'Melampaui'],
    [90, 100, 'Tercapai'],
    [81, 90, 'Akan Tercapai'],
    [80.99, 89.99, 'Perlu Upaya Keras'],
  ])(
    '"`> 100` Melampaui · `= 100` Tercapai · `≥ cut-off` Akan Tercapai · below Perlu Upaya Keras": realisasi TW II %d → %d, %s',
    (r, c, status) => {
      expect(ind({ J4: r }, 2, '01.01')).toMatchObject({ capaianTahunan: c, statusTahunan: status });
    },
  );

  it('same polarity rule: Minimize against B12', () => {
    expect(ind({ J4: 81, E4: 'Minimize' }, 2, '01.01')).toMatchObject({ capaianTahunan: 110, statusTahunan: 'Melampaui' });
  });

  it('"seed 002 labels 95.12–99.65 Akan Tercapai and 0–55.36 Perlu Upaya Keras, so the default lies in (55.36, 95.12]"', () => {
    // 01.02: B12 = 100, so the capaian tahunan is the realisasi
    expect(ind({ J5: 95.12 }, 2).statusTahunan).toBe('Akan Tercapai');
    expect(ind({ J5: 99.65 }, 2).statusTahunan).toBe('Akan Tercapai');
    expect(ind({ J5: 55.36 }, 2).statusTahunan).toBe('Perlu Upaya Keras');
    expect(ind({ J5: 0 }, 2).statusTahunan).toBe('Perlu Upaya Keras');
  });

  it('"and the sheet states it": the Ringkasan sheet writes the cut-off', () => {
    const s = summaryForWorkbook([grid(kRows()), grid(realisasiRows(kRows()), 'Realisasi 2024')], 2);
    if ('problem' in s) throw new Error(s.problem.kind);
    const texts = s.plan.cells.map((c) => String(c.value));
    // in words since w-ringkasan's print layout ("method in words")
    expect(texts.some((t) => t.includes('Akan Tercapai (90 sampai kurang dari 100)'))).toBe(true);
  });
});
