/** The Ringkasan sheet as a planner prints it (issue 22): title block, numbered tables, pages, footer, notes, signature. */
import { planToGrid } from '../../src/sample/generate';
import { type Grid, colName } from '../../src/core/grid/grid';
import { DEFAULT_PALETTE } from '../../src/core/sheets/palette';
import { RINGKASAN_KRITERIA_COL, unitTitle } from '../../src/core/sheets/ringkasan';
import { LINE_PT, linesOf, columnPx, pageCapacity, scaleToFit } from '../../src/core/sheets/printLayout';
import type { SheetPlan } from '../../src/core/sheets/plan';
import { settingsPlanForWorkbook, summaryForWorkbook } from '../../src/core/workbook';
import { fixtureGrids } from '../support/fixtures';
import { find, withCell } from '../support/grids';

const JULY = new Date(2024, 6, 17);

async function dumai(lang: 'id' | 'en' = 'id', edit?: (g: Grid[]) => Grid[]) {
  let grids = await fixtureGrids('lakin-tw2-2024-dumai.xlsx');
  if (edit) grids = edit(grids);
  const r = summaryForWorkbook(grids, 2, { lang, date: JULY });
  if ('problem' in r) throw new Error(JSON.stringify(r.problem));
  return { ...r, grid: planToGrid(r.plan) };
}

const rowOf = (g: Grid, first: string): (string | number | boolean | null)[] => {
  const row = g.values.find((x) => x.includes(first));
  if (!row) throw new Error(`no row with ${first}`);
  return [...row];
};

const col0 = (g: Grid): string[] => g.values.map((x) => (typeof x[0] === 'string' ? x[0] : ''));
const heightOf = (plan: SheetPlan, r: number): number => plan.heights?.find((h) => h.r === r)?.pt ?? LINE_PT;

/** The print area cut into pages at the plan's manual breaks: [first row, last row] each. */
function pages(plan: SheetPlan): [number, number][] {
  const end = plan.print!.area!.r2;
  const out: [number, number][] = [];
  let from = 0;
  for (const b of [...(plan.pageBreaks ?? [])].sort((x, y) => x - y)) {
    out.push([from, b]);
    from = b + 1;
  }
  out.push([from, end]);
  return out;
}

describe('Ringkasan sheet: title block, captions, headers', () => {
  it('opens with the agency, the unit and the quarter; every table and the chart has a numbered caption', async () => {
    const { grid } = await dumai('id');
    expect(col0(grid).slice(0, 3)).toEqual([
      'BADAN PENGAWAS OBAT DAN MAKANAN',
      'LOKA POM DI KOTA DUMAI',
      'RINGKASAN CAPAIAN KINERJA TRIWULAN II TAHUN 2024',
    ]);
    const captions = col0(grid).filter((t) => /^(Tabel|Grafik) \d+\. /.test(t) && !t.endsWith('(lanjutan)'));
    expect(captions).toEqual([
      'Tabel 1. Capaian Indikator Kinerja Triwulan II',
      'Grafik 1. Capaian Indikator Kinerja Triwulan II (%)',
      'Tabel 2. Nilai Pencapaian Sasaran (NPS) Triwulan II',
      'Tabel 3. Nilai Perspektif dan Nilai Kinerja Organisasi (NPSS)',
      'Tabel 4. Efisiensi Anggaran per Sasaran sampai dengan Triwulan II',
      'Tabel 5. Kriteria Capaian Indikator dan Predikat Nilai',
    ]);
  });

  it('Tabel 1 says what each number is: cumulative realisation, against which target', async () => {
    const { grid } = await dumai('id');
    const top = grid.values.findIndex((x) => x[1] === 'Kode');
    expect(grid.values[top]).toEqual([
      'No',
      'Kode',
      'Sasaran Kinerja',
      'Indikator Kinerja',
      'Target Tahunan',
      'Target TW II',
      'Realisasi s.d. TW II',
      'Capaian terhadap Target TW II (%)',
      'Kriteria Capaian TW II',
      'Nilai Indikator (NPI)',
      'Capaian terhadap Target Tahunan (%)',
      'Status terhadap Target Tahunan',
    ]);
  });

  it('the sasaran cell spans its indicators (one merged cell per sasaran and page)', async () => {
    const { grid, plan } = await dumai('id');
    const r0101 = grid.values.findIndex((x) => x[1] === '01.01');
    const r0104 = grid.values.findIndex((x) => x[1] === '01.04');
    expect(plan.merges).toContainEqual({ r1: r0101, c1: 2, r2: r0104, c2: 2 });
    expect(grid.values[r0101]![2]).toBe('Terwujudnya Obat dan Makanan yang memenuhi syarat di wilayah kerja Loka POM di Kota Dumai');
  });

  it('in English', async () => {
    const { grid } = await dumai('en');
    expect(rowOf(grid, 'Code').slice(4, 8)).toEqual([
      'Annual target',
      'Target Q2',
      'Realisation to end of Q2',
      'Achievement against the Q2 target (%)',
    ]);
    expect(rowOf(grid, 'Budget (Rp)')[6]).toBe('Spent to end of Q2 (Rp)');
    expect(col0(grid)[2]).toBe('PERFORMANCE SUMMARY, QUARTER II 2024');
  });

  it('Capaian and Kriteria are on screen at 100 % zoom on a 1366-px laptop with the task pane open', async () => {
    const { plan } = await dumai('id');
    const px = plan.widths.slice(0, RINGKASAN_KRITERIA_COL + 1).reduce((n, w) => n + columnPx(w), 0);
    const available = 1366 - 350 /* task pane */ - 30 /* row headers */ - 20; /* scroll bar */
    expect(px).toBeLessThanOrEqual(available);
    expect(plan.widths[RINGKASAN_KRITERIA_COL]).toBeGreaterThanOrEqual(14);
  });
});

describe('Ringkasan sheet: print', () => {
  it('nothing frozen and no print title rows; A4 landscape one page wide, footer "Halaman x dari y", print area down to the signature', async () => {
    const { plan, grid } = await dumai('id');
    expect(plan.freeze).toBeUndefined();
    expect(plan.print!.titleRows).toBeUndefined();
    expect(plan.print).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToWidth: true, footer: 'Halaman &P dari &N' });
    const area = plan.print!.area!;
    expect([area.r1, area.c1, area.c2]).toEqual([0, 0, 11]);
    expect(String(grid.values[area.r2]![8])).toMatch(/^NIP\. /);
    // the chart's data table lies below the print area
    const data = col0(grid).indexOf('Data Grafik 1 (tidak dicetak; dipakai oleh grafik)');
    expect(data).toBeGreaterThan(area.r2);
    const chart = plan.charts![0]!;
    expect(chart.categories.r1).toBeGreaterThan(area.r2);
    // the chart itself is printed right under Tabel 1, before Tabel 2
    const grafik = col0(grid).indexOf('Grafik 1. Capaian Indikator Kinerja Triwulan II (%)');
    expect(chart.anchor.r).toBe(grafik + 1);
    expect(chart.anchor.r + chart.anchor.rows).toBeLessThan(col0(grid).indexOf('Tabel 2. Nilai Pencapaian Sasaran (NPS) Triwulan II'));
    expect(grafik).toBeGreaterThan(grid.values.findIndex((x) => x[1] === '10.04'));
  });

  it('every page fits, and each page that holds rows of a table holds its caption and header above them', async () => {
    const { plan, grid } = await dumai('id');
    const capacity = pageCapacity(scaleToFit(plan.widths));
    const header = new Set(plan.cells.filter((c) => c.fill === '#D9E1F2' && c.bold).map((c) => c.r));
    const body = new Set(plan.cells.filter((c) => c.border && !header.has(c.r) && c.r <= plan.print!.area!.r2).map((c) => c.r));
    const ps = pages(plan);
    expect(ps.length).toBeGreaterThanOrEqual(3);
    for (const [from, to] of ps) {
      let pt = 0;
      for (let r = from; r <= to; r++) pt += heightOf(plan, r);
      expect({ from, fits: pt <= capacity }).toEqual({ from, fits: true });
      // the first table row on a page is a header row, right under a caption
      const first = [...body, ...header].filter((r) => r >= from && r <= to).sort((a, b) => a - b)[0];
      if (first === undefined) continue;
      expect({ from, header: header.has(first) }).toEqual({ from, header: true });
      expect({ from, caption: /^(Tabel|Table) \d+\. /.test(col0(grid)[first - 1] ?? '') }).toEqual({ from, caption: true });
    }
    // Tabel 1 is longer than a page for Dumai: continued with its caption and header
    expect(col0(grid).filter((t) => t === 'Tabel 1. Capaian Indikator Kinerja Triwulan II (lanjutan)').length).toBeGreaterThanOrEqual(1);
    // no sasaran merge crosses a page break
    for (const m of plan.merges) expect(ps.some(([a, b]) => m.r1 >= a && m.r2 <= b) || m.r1 > plan.print!.area!.r2).toBe(true);
  });

  it('row heights fit their wrapped text (no height set too small for a sasaran or indicator name)', async () => {
    const { plan } = await dumai('id');
    const merged = (r: number, c: number) => plan.merges.find((m) => r >= m.r1 && r <= m.r2 && c >= m.c1 && c <= m.c2);
    for (const cell of plan.cells.filter((c) => c.wrap && typeof c.value === 'string')) {
      const m = merged(cell.r, cell.c) ?? { r1: cell.r, r2: cell.r, c1: cell.c, c2: cell.c };
      let px = 0;
      for (let c = m.c1; c <= m.c2; c++) px += columnPx(plan.widths[c]!);
      let pt = 0;
      for (let r = m.r1; r <= m.r2; r++) pt += heightOf(plan, r);
      const need = linesOf(cell.value as string, px, !!cell.bold) * LINE_PT;
      expect({ at: `${colName(cell.c)}${cell.r + 1}`, fits: pt >= need }).toEqual({ at: `${colName(cell.c)}${cell.r + 1}`, fits: true });
    }
    expect(linesOf('Persentase Obat yang aman dan bermutu berdasarkan hasil pengawasan', columnPx(36))).toBe(2);
  });
});

describe('Ringkasan sheet: words, bands and notes', () => {
  it('Tabel 5 lists the kriteria and predikat bands with their colours and ranges in words, highest first', async () => {
    const { plan, grid } = await dumai('id');
    const start = col0(grid).indexOf('Tabel 5. Kriteria Capaian Indikator dan Predikat Nilai');
    const rows = grid.values.slice(start + 2, start + 7);
    expect(rows.map((x) => [x[1], x[3]])).toEqual([
      ['Tidak Dapat Disimpulkan', 'lebih dari 120'],
      ['Sangat Baik', 'lebih dari 100 sampai dengan 120'],
      ['Baik', 'tepat 100'],
      ['Cukup', '70 sampai kurang dari 100'],
      ['Kurang', 'kurang dari 70'],
    ]);
    expect(rows.map((x) => [x[5], x[8]])).toEqual([
      ['Istimewa', 'lebih dari 100'],
      ['Baik', '90 sampai dengan 100'],
      ['Butuh Perbaikan', '70 sampai kurang dari 90'],
      ['Kurang', '50 sampai kurang dari 70'],
      ['Sangat Kurang', 'kurang dari 50'],
    ]);
    const fill = (r: number, c: number) => plan.cells.find((x) => x.r === r && x.c === c)?.fill;
    expect([fill(start + 2, 1), fill(start + 3, 1), fill(start + 6, 1), fill(start + 6, 5)]).toEqual([
      DEFAULT_PALETTE.tidakDapatDisimpulkan,
      DEFAULT_PALETTE.sangatBaik,
      DEFAULT_PALETTE.kurangIndikator,
      DEFAULT_PALETTE.sangatKurang,
    ]);
    // no text in the sheet can become a formula
    expect(plan.cells.filter((c) => typeof c.value === 'string' && /^[=+\-@]/.test(c.value))).toEqual([]);
  });

  it('a workbook with Sekretariat Utama bands shows those bands and ranges', async () => {
    const { grid } = await dumai('id', (grids) => [
      ...grids,
      planToGrid(settingsPlanForWorkbook(grids, { preset: 'sekretariat-utama' }).plan),
    ]);
    const start = col0(grid).indexOf('Tabel 5. Kriteria Capaian Indikator dan Predikat Nilai');
    const ranges = grid.values.slice(start + 2, start + 8).map((x) => x[3]);
    expect(ranges).toEqual([
      'lebih dari 120',
      'lebih dari 110 sampai dengan 120',
      'lebih dari 90 sampai dengan 110',
      '70 sampai dengan 90',
      '50 sampai kurang dari 70',
      'kurang dari 50',
    ]);
  });

  it('says how much of the quarter is filled and which indicators hold text that is not a number', async () => {
    const { summary, grid } = await dumai('id');
    expect(summary.indikator.length).toBe(25);
    expect(col0(grid).filter((t) => /^NPSS dihitung/.test(t))).toEqual([
      'NPSS dihitung berdasarkan 16 dari 25 indikator (9 indikator dinilai pada akhir tahun).',
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
    expect(col0(edited.grid)).toContain('NPSS dihitung berdasarkan 15 dari 25 indikator (9 indikator dinilai pada akhir tahun).');
    expect(col0(edited.grid)).toContain(`Realisasi indikator berikut berisi teks, bukan angka, sehingga tidak dihitung: ${kode}.`);
    const row = edited.grid.values.find((x) => x[1] === kode)!;
    expect([row[6], row[8]]).toEqual(['belum ada data', 'Realisasi bukan angka']);
  });

  it('flags a percentage realisation over 100 in words (not silently scored)', async () => {
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
    expect(edited.summary.indikator.filter((i) => i.over100).map((i) => i.kode)).toEqual([pct.kode]);
    expect(col0(edited.grid)).toContain(
      `Realisasi indikator persentase berikut lebih dari 100; tetap dihitung, mohon diperiksa: ${pct.kode}.`,
    );
  });
});

describe('Ringkasan sheet: place, date and signature', () => {
  const block = (grid: Grid): (string | null)[] => {
    const end = grid.values.findIndex((x) => /^NIP\. /.test(String(x[8] ?? '')));
    return grid.values.slice(end - 6, end + 1).map((x) => (x[8] === null || x[8] === undefined ? null : String(x[8])));
  };

  it('without settings: lines to fill by hand, the date of writing and "Kepala <unit>"', async () => {
    const { grid, plan } = await dumai('id');
    expect(block(grid)).toEqual([
      '...................., 17 Juli 2024',
      'Kepala Loka POM di Kota Dumai',
      null,
      null,
      null,
      '(....................................)',
      'NIP. ....................',
    ]);
    // the block sits right of the tables, each line across the last four columns
    const nip = grid.values.findIndex((x) => /^NIP\. /.test(String(x[8] ?? '')));
    expect(plan.merges).toContainEqual({ r1: nip, c1: 8, r2: nip, c2: 11 });
  });

  it('from the Penandatangan section of Pengaturan RAPK: kota, Plh., jabatan, nama, NIP (the Isi cells are Text, so an 18-digit NIP keeps its digits)', async () => {
    const { grid } = await dumai('id', (grids) => {
      let s = planToGrid(settingsPlanForWorkbook(grids).plan);
      const at = (label: string) => find(s, label).replace(/^A/, 'B');
      s = withCell(s, at('Kota'), 'Dumai');
      s = withCell(s, at('Plh./Pjs.'), 'Plh.');
      s = withCell(s, at('Nama'), 'Uly Mandasari, S.Farm., Apt., M.H.');
      s = withCell(s, at('NIP'), '198001012005012001');
      s = withCell(s, at('Tanggal'), '17 Juli 2024');
      return [...grids, s];
    });
    expect(block(grid)).toEqual([
      'Dumai, 17 Juli 2024',
      'Plh. Kepala Loka POM di Kota Dumai',
      null,
      null,
      null,
      'Uly Mandasari, S.Farm., Apt., M.H.',
      'NIP. 198001012005012001',
    ]);
  });

  it('a unit in capitals reads as a name in the jabatan line', () => {
    expect(unitTitle('LOKA POM DI KOTA DUMAI')).toBe('Loka POM di Kota Dumai');
    expect(unitTitle('BALAI BESAR POM DI PADANG')).toBe('Balai Besar POM di Padang');
    expect(unitTitle('Balai POM di Jember')).toBe('Balai POM di Jember');
  });
});
