import fc from 'fast-check';
import { capaian, efficiency, efisiensiOfTe, kriteria, npi, perspektifOf, predikat } from '../../src/core/measure/formulas';
import { summarize } from '../../src/core/measure/summary';
import type { Indikator, RapkModel, Sasaran } from '../../src/core/reader/model';
import { type RealisasiSheet, realisasiValue } from '../../src/core/reader/realisasi';

describe('capaian', () => {
  it('Maximize: R / T × 100; Minimize: (2 − R/T) × 100', () => {
    expect(capaian(80, 88)).toBeCloseTo(110, 10);
    expect(capaian(100, 80, 'Minimize')).toBeCloseTo(120, 10);
    expect(capaian(100, 250, 'Minimize')).toBeCloseTo(-50, 10);
  });
  it('is null with no target, target 0, no realisasi, or Akhir Tahun before TW IV', () => {
    expect(capaian(null, 5)).toBeNull();
    expect(capaian(0, 5)).toBeNull();
    expect(capaian(90, null)).toBeNull();
    expect(capaian(90, 90, 'Maximize', 'Akhir Tahun', 2)).toBeNull();
    expect(capaian(90, 90, 'Maximize', 'Akhir Tahun', 4)).toBe(100);
  });
});

describe('kriteria bands (on the value rounded to 2 decimals)', () => {
  it.each([
    [120.01, 'Tidak Dapat Disimpulkan'],
    [120.005, 'Tidak Dapat Disimpulkan'],
    [120.004, 'Sangat Baik'],
    [120, 'Sangat Baik'],
    [100.01, 'Sangat Baik'],
    [100.005, 'Sangat Baik'],
    [100.004, 'Baik'],
    [100, 'Baik'],
    [99.995, 'Baik'],
    [99.994, 'Cukup'],
    [70, 'Cukup'],
    [69.995, 'Cukup'],
    [69.994, 'Kurang'],
    [-40, 'Kurang'],
  ])('%d → %s', (x, k) => {
    expect(kriteria(x)).toBe(k);
  });
});

describe('predikat bands', () => {
  it.each([
    [100.01, 'Istimewa'],
    [100.005, 'Istimewa'],
    [100, 'Baik'],
    [99.94, 'Baik'],
    [90, 'Baik'],
    [89.995, 'Baik'],
    [89.99, 'Butuh Perbaikan'],
    [70, 'Butuh Perbaikan'],
    [69.99, 'Kurang'],
    [50, 'Kurang'],
    [49.99, 'Sangat Kurang'],
    [0, 'Sangat Kurang'],
  ])('%d → %s', (y, p) => {
    expect(predikat(y)).toBe(p);
  });
});

describe('efficiency bands (TE rounded to 2 decimals)', () => {
  it.each([
    [-0.01, 'Tidak Efisien'],
    [-0.005, 'Tidak Efisien'],
    [-0.004, '100% (efisien)'],
    [0, '100% (efisien)'],
    [0.2, '100% (efisien)'],
    [0.204, '100% (efisien)'],
    [0.205, '95% (efisien)'],
    [0.4, '95% (efisien)'],
    [0.41, '92% (efisien)'],
    [0.6, '92% (efisien)'],
    [0.8, '90% (efisien)'],
    [1.0, '88% (efisien)'],
    [1.01, '86% (tidak efisien)'],
    [1.2, '86% (tidak efisien)'],
    [1.4, '84% (tidak efisien)'],
    [1.6, '80% (tidak efisien)'],
    [1.8, '78% (tidak efisien)'],
    [1.81, '75% (tidak efisien)'],
  ])('TE %d → %s', (te, e) => {
    expect(efisiensiOfTe(te)).toBe(e);
  });

  it('IE = NPS / penyerapan, TE = IE − 1; null without NPS or penyerapan, or penyerapan 0', () => {
    const e = efficiency(110, 50);
    expect(e.ie).toBeCloseTo(2.2, 12);
    expect(e.te).toBeCloseTo(1.2, 12);
    expect(e.efisiensi).toBe('86% (tidak efisien)');
    expect(efficiency(null, 50)).toEqual({ ie: null, te: null, efisiensi: null });
    expect(efficiency(100, 0)).toEqual({ ie: null, te: null, efisiensi: null });
    expect(efficiency(100, null)).toEqual({ ie: null, te: null, efisiensi: null });
  });
});

describe('NPI and perspektif', () => {
  it('caps at 120 and does not raise a negative Minimize capaian', () => {
    expect(npi(146.82)).toBe(120);
    expect(npi(120)).toBe(120);
    expect(npi(-50)).toBe(-50);
  });
  it.each([
    ['Terwujudnya Obat dan Makanan yang memenuhi syarat', 'Stakeholder'],
    ['Meningkatnya kepuasan pelaku usaha', 'Stakeholder'],
    ['Terwujudnya tata kelola pemerintahan UPT', 'Learning & Growth'],
    ['Terwujudnya SDM yang berkinerja optimal', 'Learning & Growth'],
    ['Terkelolanya Keuangan UPT secara Akuntabel', 'Learning & Growth'],
    ['Meningkatnya efektivitas pemeriksaan sarana', 'Internal Process'],
  ])('%s → %s', (name, p) => {
    expect(perspektifOf(name)).toBe(p);
  });
});

// ---------------------------------------------------------------- property: NPSS between min and max NPI

function modelOf(inds: { sasaran: number; target: number; realisasi: number; minimize: boolean; persp: number }[]): {
  model: RapkModel;
  sheet: RealisasiSheet;
} {
  const P = ['Stakeholder', 'Internal Process', 'Learning & Growth'];
  // built here, so mutable until handed over as the (readonly) model
  const sasaran = new Map<number, Sasaran & { indikator: Indikator[] }>();
  const rows: RealisasiSheet['rows'] = [];
  inds.forEach((x, i) => {
    const no = String(x.sasaran + 1).padStart(2, '0');
    let s = sasaran.get(x.sasaran);
    if (!s) {
      s = { no, name: `Sasaran ${no}`, cell: null, indikator: [] };
      sasaran.set(x.sasaran, s);
    }
    const ino = String(s.indikator.length + 1).padStart(2, '0');
    const targets = Array<number | null>(12).fill(null);
    targets[5] = x.target;
    s.indikator.push({
      no: ino,
      name: `Indikator ${i}`,
      row: i + 1,
      nameCell: { r: i, c: 2 },
      sasaranNo: no,
      targets: targets.map((value) => ({ value, cell: null })),
      anggaran: { value: 1_000_000, cell: null },
      lines: [],
    });
    rows.push({
      r: i + 3,
      kode: `${no}.${ino}`,
      sasaran: s.name,
      indikator: `Indikator ${i}`,
      perspektifRaw: P[x.persp]!,
      polaritasRaw: x.minimize ? 'Minimize' : 'Maximize',
      penilaianRaw: 'Triwulan',
      targets: [null, x.target, null, null],
      realisasi: [null, x.realisasi, null, null],
      pagu: 1_000_000,
      anggaran: [null, null, null, null],
      // the reader's values of the same cells (it parses each once)
      values: {
        targets: [null, x.target, null, null].map((v) => realisasiValue(v, 'target')),
        realisasi: [null, x.realisasi, null, null].map((v) => realisasiValue(v, 'target')),
        anggaran: [null, null, null, null].map((v) => realisasiValue(v, 'money')),
      },
    });
  });
  const model: RapkModel = {
    sheet: 'RAPK',
    layout: 'K',
    year: 2025,
    unit: null,
    hasSasaranColumn: true,
    monthsInHeader: Array(12).fill(true),
    sasaran: [...sasaran.values()],
    total: null,
  };
  return { model, sheet: { name: 'Realisasi 2025', headerRow: 2, cols: {}, rows } };
}

describe('property', () => {
  it('NPSS lies between the smallest and the largest NPI', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            sasaran: fc.integer({ min: 0, max: 5 }),
            target: fc.double({ min: 0.5, max: 1000, noNaN: true }),
            realisasi: fc.double({ min: 0, max: 2000, noNaN: true }),
            minimize: fc.boolean(),
            persp: fc.integer({ min: 0, max: 2 }),
          }),
          { minLength: 1, maxLength: 30 },
        ),
        (inds) => {
          const { model, sheet } = modelOf(inds);
          const s = summarize(model, sheet, 2);
          const npis = s.indikator.map((i) => i.npi!);
          expect(s.npss).not.toBeNull();
          expect(s.npss!).toBeGreaterThanOrEqual(Math.min(...npis) - 1e-9);
          expect(s.npss!).toBeLessThanOrEqual(Math.max(...npis) + 1e-9);
        },
      ),
      { seed: 4242, numRuns: 500 },
    );
  });
});
