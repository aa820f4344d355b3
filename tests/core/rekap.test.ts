/**
 * Golden Rekap of five generated units (TW II). Every figure below was worked out by hand from
 * the targets and realisasi in tests/support/rekap.ts (GOLDEN):
 *  - Ambon (K): capaian 88/80=110, 90/90=100 → NPS 105 (Stakeholder); 40/50=80 (Internal
 *    Process); 100/80=125 → NPI 120 (Learning & Growth). NPSS (105+80+120)/3 = 101.67.
 *    Budget 4 × 10,000,000, spent 4 × 5,000,000 → 50 %, IE 101.67/50 = 2.03.
 *  - Jember (R): 60/80=75, 45/90=50 → 62.5; 50/50=100, 100/100=100 → 100; 72/80=90 → 90.
 *    NPSS (62.5+100+90)/3 = 84.17. Spent 5 × 8,000,000 of 50,000,000 → 80 %, IE 1.05, TE 0.05.
 *  - Dumai (D, one implicit sasaran, Internal Process): 100, 110, 110, 105 → NPSS 106.25.
 *  - Palu: year 2024 against a 2025 majority → flagged, not ranked (NPSS 100).
 *  - Kupang: nothing typed for TW II → flagged, no NPSS, not ranked.
 * Ranks: Dumai 1, Ambon 2, Jember 3. Mean (106.25+101.6667+84.1667)/3 = 97.36; median 101.67.
 */
import { REKAP_TEXT, buildRekap, indikatorKey, planRekap, rekapJson, rekapUnit, sniffXlsx, type RekapUnit } from '../../src/core/rekap';
import { summaryForWorkbook, validateWorkbook } from '../../src/core/workbook';
import { validateSheet } from '../../src/core/rules/validate';
import { planToGrid } from '../../src/sample/generate';
import { summaryJson } from '../../src/core/measure/summary';
import { GOLDEN, unitGrids } from '../support/rekap';

const units = (): RekapUnit[] =>
  GOLDEN.map((d, i) => {
    const o = rekapUnit(`unit-${i + 1}.xlsx`, unitGrids(d), 2);
    if (!o.ok) throw new Error(o.failure.reason);
    return o.unit;
  });

describe('rekap (golden, 5 units, TW II)', () => {
  const rk = buildRekap(units(), [{ file: 'bukan-rapk.xlsx', reason: 'notXlsx' }], 2);
  const json = rekapJson(rk, (f) => REKAP_TEXT.en.reason[f.reason]);

  test('NPSS, predikat, ranks, mean and median', () => {
    expect(json.units.map((u) => [u.unit, u.year, u.npss, u.predikat, u.rank, u.indikator, u.terisi])).toEqual([
      ['LOKA POM DI DUMAI', 2025, 106.25, 'Istimewa', 1, 4, 4],
      ['BALAI POM DI AMBON', 2025, 101.67, 'Istimewa', 2, 4, 4],
      ['BALAI POM DI JEMBER', 2025, 84.17, 'Butuh Perbaikan', 3, 5, 5],
      ['BALAI POM DI PALU', 2024, 100, 'Baik', null, 2, 2],
      ['BALAI POM DI KUPANG', 2025, null, null, null, 2, 0],
    ]);
    expect(json.mean).toBe(97.36);
    expect(json.median).toBe(101.67);
    expect(rk.year).toBe(2025);
    expect(rk.units.map((u) => u.flags)).toEqual([[], [], [], ['otherYear'], ['noRealisasiTw']]);
    expect(json.failed).toEqual([{ file: 'bukan-rapk.xlsx', reason: 'not an .xlsx file' }]);
  });

  test('perspectives and budget', () => {
    const ambon = json.units[1]!;
    expect(ambon.perspektif).toEqual([
      { name: 'Stakeholder', nilai: 105 },
      { name: 'Internal Process', nilai: 80 },
      { name: 'Learning & Growth', nilai: 120 },
    ]);
    expect([ambon.pagu, ambon.realisasiAnggaran, ambon.penyerapan, ambon.ie]).toEqual([40_000_000, 20_000_000, 50, 2.03]);
    const jember = json.units[2]!;
    expect([jember.pagu, jember.realisasiAnggaran, jember.penyerapan, jember.ie]).toEqual([50_000_000, 40_000_000, 80, 1.05]);
    // TE = IE − 1: Ambon 1.03 → 86 % (tidak efisien); Jember 84.17/80 − 1 = 0.05 → 100 % (efisien)
    expect(rk.units[1]!.efisiensi).toBe('86% (tidak efisien)');
    expect(rk.units[2]!.efisiensi).toBe('100% (efisien)');
    // Dumai typed no realisasi anggaran: the whole pagu, no penyerapan
    expect([json.units[0]!.pagu, json.units[0]!.realisasiAnggaran, json.units[0]!.penyerapan, json.units[0]!.ie]).toEqual([
      40_000_000,
      null,
      null,
      null,
    ]);
  });

  test("a unit's npss is what `rapk summary` gives for that workbook", () => {
    GOLDEN.forEach((d, i) => {
      const s = summaryForWorkbook(unitGrids(d), 2);
      if ('problem' in s) throw new Error('no summary');
      const u = json.units.find((x) => x.file === `unit-${i + 1}.xlsx`)!;
      expect(u.npss).toBe(summaryJson(s.summary).npss);
    });
  });

  test('matrix: indicators matched across case, spacing and numbering; colours by kriteria', () => {
    expect(rk.matrix.columns.map((c) => [c.code, c.name, c.units])).toEqual([
      ['I01', 'Persentase Obat yang memenuhi syarat', 5],
      ['I02', 'Persentase Makanan yang memenuhi syarat', 5],
      ['I03', 'Persentase sarana produksi yang memenuhi ketentuan', 3],
      ['I04', 'Nilai AKIP UPT', 3],
    ]);
    const cell = (u: number): (string | number | null)[][] =>
      rk.matrix.rows[u]!.map((m) => [m.capaian === null ? null : Math.round(m.capaian * 100) / 100, m.kriteria, m.fill]);
    expect(cell(0)).toEqual([
      [100, 'Baik', '#92D050'],
      [110, 'Sangat Baik', '#00B050'],
      [110, 'Sangat Baik', '#00B050'],
      [105, 'Sangat Baik', '#00B050'],
    ]);
    expect(cell(1)).toEqual([
      [110, 'Sangat Baik', '#00B050'],
      [100, 'Baik', '#92D050'],
      [80, 'Cukup', '#FFEB84'],
      [125, 'Tidak Dapat Disimpulkan', '#BDD7EE'],
    ]);
    expect(cell(2)).toEqual([
      [75, 'Cukup', '#FFEB84'],
      [50, 'Kurang', '#FF7C80'],
      [100, 'Baik', '#92D050'],
      [90, 'Cukup', '#FFEB84'],
    ]);
    expect(cell(4)).toEqual([
      [null, null, null],
      [null, null, null],
      [null, null, null],
      [null, null, null],
    ]);
    expect(rk.unmatched).toEqual([{ unit: 'BALAI POM DI JEMBER', name: 'Jumlah sampel yang diuji' }]);
  });

  test('bands are a parameter (settings plug in)', () => {
    const strict = buildRekap(units(), [], 2, (x) =>
      x >= 100 ? { label: 'Tercapai', fill: '#00FF00' } : { label: 'Belum', fill: '#FF0000' },
    );
    expect(strict.matrix.rows[2]!.map((m) => m.kriteria)).toEqual(['Belum', 'Belum', 'Tercapai', 'Belum']);
  });

  test('the sheet plan: name, print setup, ranked rows, colours and the chart', () => {
    const { plan } = planRekap(rk, 'id');
    expect(plan.name).toBe('Rekap TW II 2025');
    expect(plan.print).toEqual({ orientation: 'landscape', paper: 'A4', fitToWidth: true });
    const at = (r: number, c: number): unknown => plan.cells.find((x) => x.r === r && x.c === c)?.value ?? null;
    const header = plan.cells.find((x) => x.value === 'Peringkat')!.r;
    expect([0, 1, 2, 3].map((c) => at(header + 1, c))).toEqual([1, 'LOKA POM DI DUMAI', 106.25, 'Istimewa']);
    expect(at(header + 4, 18)).toBe('Tahun berbeda dari mayoritas (2025): tidak diperingkat');
    expect(at(header + 5, 18)).toBe('Realisasi triwulan ini belum diisi');
    expect(at(header + 6, 0)).toBe('Rata-rata nasional');
    expect(at(header + 6, 2)).toBeCloseTo(97.3611, 4);
    // the NPSS chart, in the plan's charts (the same model as the Ringkasan's): one column series
    // named by the NPSS header cell, over the ranked units' NPSS, categories = their names
    expect(plan.charts).toEqual([
      {
        title: 'NPSS per Unit, TW II 2025',
        name: 'Grafik NPSS',
        categories: { r1: header + 1, c1: 1, r2: header + 3, c2: 1 },
        series: [
          {
            name: { r: header, c: 2 },
            values: { r1: header + 1, c1: 2, r2: header + 3, c2: 2 },
            type: 'column',
            color: '#4472C4',
          },
        ],
        anchor: { r: header + 9, c: 0, rows: 20, cols: 13 },
      },
    ]);
    expect(at(header, 2)).toBe('NPSS');
    expect([1, 2, 3].map((k) => at(header + k, 1))).toEqual(['LOKA POM DI DUMAI', 'BALAI POM DI AMBON', 'BALAI POM DI JEMBER']);
    expect([1, 2, 3].map((k) => at(header + k, 2))).toEqual([106.25, expect.closeTo(101.67, 2), expect.closeTo(84.17, 2)]);
    // the matrix: Jember's 50 % capaian is red (Kurang)
    const mh = plan.cells.find((x) => x.value === 'I01')!.r;
    const kurang = plan.cells.find((x) => x.r === mh + 3 && x.c === 3)!;
    expect([kurang.value, kurang.fill]).toEqual([50, '#FF7C80']);
    const bad = plan.cells.find((x) => x.value === 'bukan-rapk.xlsx')!;
    expect(plan.cells.find((x) => x.r === bad.r && x.c === 1)!.value).toBe('bukan berkas .xlsx');
    // nothing written into a cell starts like a formula
    expect(plan.cells.filter((x) => typeof x.value === 'string' && /^[=+@-]/.test(x.value as string) && x.value !== '-')).toEqual([]);
  });
});

describe('the Rekap sheet in a workbook', () => {
  test("is the add-in's own sheet: never read as a RAPK, no finding on it, in either language", () => {
    for (const lang of ['id', 'en'] as const) {
      const { plan } = planRekap(buildRekap(units(), [{ file: 'x.xlsx', reason: 'corrupt' }], 2), lang);
      const sheet = planToGrid(plan);
      for (const g of [sheet, { ...sheet, name: 'Salinan' }]) {
        const v = validateWorkbook([...unitGrids(GOLDEN[0]!), g]);
        expect(v.sheets.map((s) => s.name)).toEqual(['RAPK 2025']);
        expect(v.findings.filter((f) => f.sheet === g.name)).toEqual([]);
        expect(validateSheet(g).kind).toBe('ringkasan');
      }
    }
  });
});

describe('indicator names', () => {
  test.each([
    ['01 - Persentase Obat yang Memenuhi Syarat', 'persentase obat yang memenuhi syarat'],
    ['1.2  PERSENTASE obat yang memenuhi syarat.', 'persentase obat yang memenuhi syarat'],
    ['a. Persentase obat yang memenuhi syarat', 'persentase obat yang memenuhi syarat'],
    ['(3) Persentase obat yang memenuhi syarat', 'persentase obat yang memenuhi syarat'],
    ['100% sarana diperiksa', '100% sarana diperiksa'],
    ['Indeks Kepuasan Masyarakat', 'indeks kepuasan masyarakat'],
  ])('%s', (name, key) => expect(indikatorKey(name)).toBe(key));
});

describe('files that cannot be used', () => {
  test('a workbook without a RAPK, or without a Realisasi sheet', () => {
    expect(rekapUnit('x.xlsx', [{ name: 'Sheet1', values: [['Catatan rapat'], ['dibahas', 'besok']], merges: [] }], 2)).toEqual({
      ok: false,
      failure: { file: 'x.xlsx', reason: 'noRapk' },
    });
    expect(rekapUnit('y.xlsx', unitGrids({ ...GOLDEN[0]!, noRealisasi: true }), 2)).toEqual({
      ok: false,
      failure: { file: 'y.xlsx', reason: 'noRealisasi' },
    });
  });
  test('bytes: empty, encrypted (OLE), not a zip', () => {
    expect(sniffXlsx(new Uint8Array())).toBe('empty');
    expect(sniffXlsx(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('encrypted');
    expect(sniffXlsx(new TextEncoder().encode('hello'))).toBe('notXlsx');
    expect(sniffXlsx(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toBeNull();
  });
  test('every sentence exists in Indonesian and English', () => {
    const keys = (o: object): string[] =>
      Object.entries(o)
        .flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v).map((x) => `${k}.${x}`) : [k]))
        .sort();
    expect(keys(REKAP_TEXT.en)).toEqual(keys(REKAP_TEXT.id));
  });
});
