/**
 * SPEC section 7, "Measurement": the band boundaries `07-measurement` tested from one side only
 * (each TE band just past its upper bound, a TE that rounds to 0 from below, the predikat and
 * annual-status bands on the rounded value), the formulas' outputs rounded (IE, penyerapan), the
 * NPI cap inside an NPS, `Akhir Tahun` out of the NPS before TW IV, the perspective's predikat.
 */
import type { CellValue } from '../../src/core/grid/grid';
import { summaryForWorkbook } from '../../src/core/workbook';
import { summaryJson } from '../../src/core/measure/summary';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { grid, kRows, realisasiRows, set } from './sheets';

/** The clean K sheet's summary with cells of its Realisasi sheet typed (see 07-measurement: row 4 = 01.01, 5 = 01.02, 6 = 02.01). */
function run(typed: Record<string, CellValue>, tw: 1 | 2 | 3 | 4, rows = kRows()) {
  let real = realisasiRows(kRows());
  for (const [a, v] of Object.entries(typed)) real = set(real, a, v);
  const s = summaryForWorkbook([grid(rows), grid(real, 'Realisasi 2024')], tw);
  if ('problem' in s) throw new Error(s.problem.kind);
  return summaryJson(s.summary);
}

describe('7 · "TE rounded to 2 decimals, then: `TE < 0` Tidak Efisien · `0 ≤ TE ≤ 0.20` 100 % · `≤ 0.40` 95 % · … · `> 1.80` 75 %": each band just past its upper bound', () => {
  // 02.01: NPS = its realisasi TW IV (target 100); pagu 10,000,000, so penyerapan = S6 / 100,000
  it.each([
    [99.6, 10_000_000, 0, '100% (efisien)'], // TE −0.004 rounds to 0: not < 0
    [99.5, 10_000_000, -0.01, 'Tidak Efisien'], // TE −0.005 rounds away from zero to −0.01
    [112, 8_000_000, 0.4, '95% (efisien)'],
    [112.8, 8_000_000, 0.41, '92% (efisien)'],
    [80.5, 5_000_000, 0.61, '90% (efisien)'],
    [90.5, 5_000_000, 0.81, '88% (efisien)'],
    [100.5, 5_000_000, 1.01, '86% (tidak efisien)'],
    [110.5, 5_000_000, 1.21, '84% (tidak efisien)'],
    [96.4, 4_000_000, 1.41, '80% (tidak efisien)'],
    [104.4, 4_000_000, 1.61, '78% (tidak efisien)'],
    [112.4, 4_000_000, 1.81, '75% (tidak efisien)'],
  ])('NPS %d, realisasi anggaran %d → TE %d, %s', (nps, spent, te, label) => {
    expect(run({ N6: nps, S6: spent }, 4).sasaran[1]).toMatchObject({ nps, te, efisiensi: label });
  });
});

describe('7 · "Efficiency per sasaran: `IE = NPS / % penyerapan`": the JSON rounds IE, TE and penyerapan to 2 decimals', () => {
  it('NPS 100, penyerapan 30 → IE 3.33, TE 2.33, 75 %', () => {
    expect(run({ N6: 100, S6: 3_000_000 }, 4).sasaran[1]).toMatchObject({
      pagu: 10_000_000,
      realisasiAnggaran: 3_000_000,
      penyerapan: 30,
      ie: 3.33,
      te: 2.33,
      efisiensi: '75% (tidak efisien)',
    });
  });

  it('penyerapan 2 / 3 of the pagu → 66.67; IE = NPS / the unrounded penyerapan (100 / 66.666… = 1.5), TE 0.5, 92 %', () => {
    expect(run({ N6: 100, S6: 6_666_666.666666 }, 4).sasaran[1]).toMatchObject({
      penyerapan: 66.67,
      ie: 1.5,
      te: 0.5,
      efisiensi: '92% (efisien)',
    });
  });
});

describe('7 · "**Predikat** of NPS or NPSS y" decided "on the value rounded to 2 decimals"', () => {
  it.each([
    [100.004, 100, 'Baik'],
    [100.005, 100.01, 'Istimewa'],
    [89.995, 90, 'Baik'],
    [89.994, 89.99, 'Butuh Perbaikan'],
    [69.995, 70, 'Butuh Perbaikan'],
    [49.995, 50, 'Kurang'],
    [49.994, 49.99, 'Sangat Kurang'],
  ])('NPS %d → %d, %s (the NPSS alike)', (y, shown, p) => {
    const j = run({ N6: y }, 4);
    expect(j.sasaran[1]).toMatchObject({ nps: shown, predikat: p });
    expect(j).toMatchObject({ npss: shown, predikat: p });
  });

  it('a perspective value has its predikat by the same bands: 89.99 Butuh Perbaikan, 90 Baik', () => {
    expect(run({ N6: 89.99 }, 4).perspektif[2]).toEqual({ name: 'Learning & Growth', nilai: 89.99, predikat: 'Butuh Perbaikan' });
    expect(run({ N6: 90 }, 4).perspektif[2]).toEqual({ name: 'Learning & Growth', nilai: 90, predikat: 'Baik' });
  });
});

describe('7 · "**NPI** = min(capaian, 120) … **NPS** of a sasaran = mean of its indicators\' NPI"', () => {
  it('the NPS averages the capped NPI, not the capaian: capaian 150 (NPI 120) and 80 → NPS 100, Baik', () => {
    // 01.01: target 90, realisasi 135 → 150
    const j = run({ N4: 135, N5: 80 }, 4);
    expect(j.indikator.slice(0, 2).map((i) => [i.capaian, i.npi])).toEqual([
      [150, 120],
      [80, 80],
    ]);
    expect(j.sasaran[0]).toMatchObject({ nps: 100, predikat: 'Baik' });
  });

  it('a negative Minimize NPI lowers the NPS: −50 and 100 → 25, Sangat Kurang', () => {
    // 01.02 Minimize, target 100, realisasi 250 → (2 − 2.5) × 100 = −50
    const j = run({ N4: 90, N5: 250, E5: 'Minimize' }, 4);
    expect(j.sasaran[0]).toMatchObject({ nps: 25, predikat: 'Sangat Kurang' });
    expect(j.indikator[1]).toMatchObject({ capaian: -50, npi: -50, kriteria: 'Kurang' });
  });
});

describe('6/7 · "`Penilaian`: … `Akhir Tahun` (only counted in TW IV)"', () => {
  it("before TW IV an Akhir Tahun indicator is left out of its sasaran's NPS; in TW IV it counts", () => {
    // 01.01 Akhir Tahun, realisasi 99 against 90 (110); 01.02 realisasi 30 against 30 (100)
    const typed = { F4: 'Akhir Tahun', H4: 99, N4: 99, H5: 30, N5: 80 };
    expect(run(typed, 1).sasaran[0]!.nps).toBe(100);
    expect(run(typed, 4).sasaran[0]!.nps).toBe(95);
  });
});

describe('7 · "**Annual status** … `> 100` Melampaui · `= 100` Tercapai · `≥ cut-off` Akan Tercapai · below Perlu Upaya Keras", on the value rounded to 2 decimals', () => {
  // 01.02: B12 = 100, so the capaian tahunan is the realisasi typed for TW II
  const cut = DEFAULT_SETTINGS.annualCutoff;
  it.each([
    [100.005, 100.01, 'Melampaui'],
    [100.004, 100, 'Tercapai'],
    [99.995, 100, 'Tercapai'],
    [99.994, 99.99, 'Akan Tercapai'],
    [cut - 0.005, cut, 'Akan Tercapai'],
    [cut - 0.006, cut - 0.01, 'Perlu Upaya Keras'],
  ])('realisasi %d → capaian tahunan %d, %s', (r, c, status) => {
    expect(run({ J5: r }, 2).indikator[1]).toMatchObject({ capaianTahunan: c, statusTahunan: status });
  });

  it('no realisasi, no annual status', () => {
    expect(run({}, 2).indikator[1]).toMatchObject({ capaianTahunan: null, statusTahunan: null });
  });
});

describe('7 · "No capaian when T is missing or 0" under either polarity', () => {
  it('a Minimize indicator with target 0 has no capaian (not (2 − R/0) × 100)', () => {
    const j = run({ H4: 5, E4: 'Minimize' }, 1, set(kRows(), 'F4', 0));
    expect(j.indikator[0]).toMatchObject({ realisasi: 5, capaian: null, npi: null, kriteria: null });
  });
});

describe('8 · summary JSON "`null` where there is no value": nothing typed', () => {
  it('no NPS, no perspective value, no NPSS and no predikat anywhere', () => {
    const j = run({}, 1);
    expect(j.indikator.map((i) => [i.kode, i.realisasi, i.capaian, i.npi, i.kriteria])).toEqual([
      ['01.01', null, null, null, null],
      ['01.02', null, null, null, null],
      ['02.01', null, null, null, null],
    ]);
    expect(j.sasaran.map((s) => [s.no, s.nps, s.predikat, s.realisasiAnggaran, s.penyerapan, s.efisiensi])).toEqual([
      ['01', null, null, null, null, null],
      ['02', null, null, null, null, null],
    ]);
    expect([j.npss, j.predikat]).toEqual([null, null]);
  });
});
