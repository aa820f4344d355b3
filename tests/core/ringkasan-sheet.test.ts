/** The Ringkasan sheet as a planner prints it: headers, frozen panes, widths, print setup, legend. */
import { planToGrid } from '../../src/sample/generate';
import { type Grid, colName } from '../../src/core/grid/grid';
import { DEFAULT_PALETTE } from '../../src/core/sheets/palette';
import { RINGKASAN_KRITERIA_COL } from '../../src/core/sheets/ringkasan';
import { settingsPlanForWorkbook, summaryForWorkbook } from '../../src/core/workbook';
import { fixtureGrids } from '../support/fixtures';
import { withCell } from '../support/grids';

async function dumai(lang: 'id' | 'en' = 'id', edit?: (g: Grid[]) => Grid[]) {
  let grids = await fixtureGrids('lakin-tw2-2024-dumai.xlsx');
  if (edit) grids = edit(grids);
  const r = summaryForWorkbook(grids, 2, { lang });
  if ('problem' in r) throw new Error(JSON.stringify(r.problem));
  return { ...r, grid: planToGrid(r.plan) };
}

const rowOf = (g: Grid, first: string): (string | number | boolean | null)[] => {
  const row = g.values.find((x) => x.includes(first));
  if (!row) throw new Error(`no row with ${first}`);
  return [...row];
};

describe('Ringkasan sheet', () => {
  it('headers read naturally in Indonesian (no "TW (Rp) II", no "Target II")', async () => {
    const { grid } = await dumai('id');
    expect(rowOf(grid, 'Kode')).toEqual([
      'No',
      'Kode',
      'Sasaran',
      'Indikator',
      'Target TW II',
      'Realisasi TW II',
      'Capaian (%)',
      'Kriteria',
      'NPI',
      'Capaian thd Target Tahunan (%)',
      'Status Tahunan',
    ]);
    expect(rowOf(grid, 'Pagu (Rp)')).toEqual([
      'No',
      'Sasaran',
      null,
      'Pagu (Rp)',
      'Realisasi s.d. TW II (Rp)',
      'Penyerapan (%)',
      'NPS',
      'IE',
      'TE',
      'Efisiensi',
      null,
    ]);
  });

  it('and in English', async () => {
    const { grid } = await dumai('en');
    expect(rowOf(grid, 'Code').slice(4, 11)).toEqual([
      'Target Q2',
      'Realisation Q2',
      'Achievement (%)',
      'Criterion',
      'NPI',
      'Against annual target (%)',
      'Annual status',
    ]);
    expect(rowOf(grid, 'Budget (Rp)')[4]).toBe('Spent to end of Q2 (Rp)');
    expect(grid.values[0]![0]).toBe('QUARTERLY PERFORMANCE SUMMARY, Q2 2024');
  });

  it('every section has its own header row (a header fill on the row after the section title)', async () => {
    const { plan, grid } = await dumai('id');
    const titles = [
      'A. Capaian Indikator Kinerja',
      'B. Nilai Sasaran (NPS)',
      'C. Nilai Perspektif',
      'D. Nilai Kinerja Organisasi (NPSS)',
      'E. Efisiensi Anggaran per Sasaran',
      'G. Grafik Capaian per Indikator',
      'Keterangan warna',
    ];
    for (const t of titles) {
      const r = grid.values.findIndex((x) => x[0] === t);
      expect({ t, found: r > 0 }).toEqual({ t, found: true });
      expect({ t, header: plan.cells.some((c) => c.r === r + 1 && c.fill === '#D9E1F2' && c.bold) }).toEqual({ t, header: true });
    }
  });

  it("freezes section A's header and the No + Kode columns; prints that header on every page, A4 landscape, one page wide", async () => {
    const { plan, grid } = await dumai('id');
    const header = grid.values.findIndex((x) => x[1] === 'Kode');
    expect(plan.freeze).toEqual({ rows: header + 1, cols: 2 });
    expect(plan.print).toEqual({ orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: { from: header, to: header } });
  });

  it('Capaian and Kriteria are on screen at 100 % zoom on a 1366-px laptop with the task pane open', async () => {
    const { plan } = await dumai('id');
    // Excel's default font (Calibri 11): a column of w characters is w × 7 + 5 pixels
    const px = plan.widths.slice(0, RINGKASAN_KRITERIA_COL + 1).reduce((n, w) => n + Math.trunc(w * 7 + 5), 0);
    const available = 1366 - 350 /* task pane */ - 30 /* row headers */ - 20; /* scroll bar */
    expect(px).toBeLessThanOrEqual(available);
    expect(plan.widths[RINGKASAN_KRITERIA_COL]).toBeGreaterThanOrEqual(14);
  });

  it('ends with a legend of the kriteria and predikat bands of the settings with their colours', async () => {
    const { plan, grid } = await dumai('id');
    const start = grid.values.findIndex((x) => x[0] === 'Keterangan warna');
    const legend = plan.cells.filter((c) => c.r > start && c.c === 1 && c.fill && c.fill !== '#D9E1F2');
    expect(legend.map((c) => [c.value, c.fill])).toEqual([
      ['Tidak Dapat Disimpulkan', DEFAULT_PALETTE.tidakDapatDisimpulkan],
      ['Sangat Baik', DEFAULT_PALETTE.sangatBaik],
      ['Baik', DEFAULT_PALETTE.baik],
      ['Cukup', DEFAULT_PALETTE.cukup],
      ['Kurang', DEFAULT_PALETTE.kurangIndikator],
      ['Istimewa', DEFAULT_PALETTE.sangatBaik],
      ['Baik', DEFAULT_PALETTE.baik],
      ['Butuh Perbaikan', DEFAULT_PALETTE.cukup],
      ['Kurang', DEFAULT_PALETTE.kurangNps],
      ['Sangat Kurang', DEFAULT_PALETTE.sangatKurang],
    ]);
    expect(grid.values.filter((x) => x[1] === 'Sangat Baik').map((x) => x.slice(1, 4))).toEqual([['Sangat Baik', null, '100 < x ≤ 120']]);
    // every range, highest band first (a point band reads "x = 100": no text starts with "=")
    expect(grid.values.slice(start + 1).flatMap((x) => (typeof x[3] === 'string' && x[1] !== null ? [[x[1], x[3]]] : []))).toEqual([
      ['Kriteria indikator', 'Capaian (%)'],
      ['Tidak Dapat Disimpulkan', 'x > 120'],
      ['Sangat Baik', '100 < x ≤ 120'],
      ['Baik', 'x = 100'],
      ['Cukup', '70 ≤ x < 100'],
      ['Kurang', 'x < 70'],
      ['Predikat (NPS, perspektif, NPSS)', 'Nilai'],
      ['Istimewa', 'x > 100'],
      ['Baik', '90 ≤ x ≤ 100'],
      ['Butuh Perbaikan', '70 ≤ x < 90'],
      ['Kurang', '50 ≤ x < 70'],
      ['Sangat Kurang', 'x < 50'],
    ]);
    // no text in the sheet can become a formula
    expect(plan.cells.filter((c) => typeof c.value === 'string' && /^[=+\-@]/.test(c.value))).toEqual([]);
  });

  it('a workbook with Sekretariat Utama bands shows those bands, colours and ranges in the legend', async () => {
    const { plan, grid } = await dumai('id', (grids) => [
      ...grids,
      planToGrid(settingsPlanForWorkbook(grids, { preset: 'sekretariat-utama' }).plan),
    ]);
    const start = grid.values.findIndex((x) => x[0] === 'Keterangan warna');
    const legend = plan.cells.filter((c) => c.r > start && c.c === 1 && c.fill && c.fill !== '#D9E1F2');
    const settama = [
      ['Tidak Dapat Disimpulkan', '#BDD7EE'],
      ['Sangat Baik', '#00B050'],
      ['Baik', '#92D050'],
      ['Cukup', '#FFEB84'],
      ['Kurang', '#F4B183'],
      ['Sangat Kurang', '#FF7C80'],
    ];
    // the preset uses the same bands for kriteria and predikat
    expect(legend.map((c) => [c.value, c.fill])).toEqual([...settama, ...settama]);
    const ranges = ['x > 120', '110 < x ≤ 120', '90 < x ≤ 110', '70 ≤ x ≤ 90', '50 ≤ x < 70', 'x < 50'];
    expect(legend.map((c) => grid.values[c.r]![3])).toEqual([...ranges, ...ranges]);
  });

  it('says how much of the quarter is filled and which indicators hold text that is not a number', async () => {
    const { summary, grid } = await dumai('id');
    expect(summary.indikator.length).toBe(25);
    expect(grid.values.filter((x) => /^NPSS dihitung/.test(String(x[1]))).map((x) => x[1])).toEqual([
      'NPSS dihitung dari 16 dari 25 indikator (9 dinilai akhir tahun).',
    ]);
    const kode = summary.indikator[0]!.kode;
    const edited = await dumai('id', (grids) =>
      grids.map((g) => {
        if (!/^realisasi/i.test(g.name)) return g;
        const r = g.values.findIndex((x) => x[0] === kode);
        const c = g.values.find((x) => x.includes('Realisasi TW II'))!.indexOf('Realisasi TW II');
        return withCell(g, `${colName(c)}${r + 1}`, 'belum ada data');
      }),
    );
    const first = edited.summary.indikator[0]!;
    expect([first.why, first.realisasiText, first.capaian]).toEqual(['notNumber', 'belum ada data', null]);
    expect(edited.grid.values.some((x) => x[1] === 'NPSS dihitung dari 15 dari 25 indikator (9 dinilai akhir tahun).')).toBe(true);
    expect(edited.grid.values.some((x) => x[1] === `Realisasi berisi teks yang bukan angka (tidak dihitung): ${kode}.`)).toBe(true);
    const row = edited.grid.values.find((x) => x[1] === kode)!;
    expect([row[5], row[7]]).toEqual(['belum ada data', 'Realisasi bukan angka']);
  });
});

describe('over-100 % realisasi on a Persentase indicator', () => {
  it('is flagged R01 on the Realisasi sheet and said on the Ringkasan sheet, not silently scored', async () => {
    const base = await dumai('id');
    const pct = base.summary.indikator.find((i) => /^persentase/i.test(i.name) && i.why === null)!;
    const edited = await dumai('id', (grids) =>
      grids.map((g) => {
        if (!/^realisasi/i.test(g.name)) return g;
        const r = g.values.findIndex((x) => x[0] === pct.kode);
        const c = g.values.find((x) => x.includes('Realisasi TW II'))!.indexOf('Realisasi TW II');
        return withCell(g, `${colName(c)}${r + 1}`, 104.5);
      }),
    );
    const ind = edited.summary.indikator.find((i) => i.kode === pct.kode)!;
    expect([ind.realisasi, ind.over100]).toEqual([104.5, true]);
    expect(edited.summary.indikator.filter((i) => i.over100).map((i) => i.kode)).toEqual([pct.kode]);
    expect(
      edited.grid.values.some((x) => x[1] === `Realisasi indikator persentase lebih dari 100 (R01; tetap dihitung, periksa): ${pct.kode}.`),
    ).toBe(true);
    expect(base.summary.indikator.some((i) => i.over100)).toBe(false);
  });
});
