/** Issue 13 in the add-in, on the Excel simulator: the settings sheet, its marks, scoring with it, the capaian chart. */
import { chartsOf } from '../../src/sim/charts';
import { ExcelSimulator } from '../../src/sim/excelSim';
import { SETTINGS_SHEET } from '../../src/core/settings';
import { snapshot, simWith } from '../support/sim';
import { loadGrid } from '../../src/sim/load';
import { validateWorkbook } from '../../src/core/workbook';
import { allIndikator } from '../../src/core/reader/model';
import { a1 } from '../../src/core/grid/grid';
import { fixtureGrids } from '../support/fixtures';
import { gridOf } from '../support/grids';

function rowOf(sim: ExcelSimulator, sheet: string, v: string): number {
  const s = sim.store.sheet(sheet)!;
  for (const [k, c] of s.cells) if (c.value === v && k.endsWith(',0')) return Number(k.split(',')[0]);
  throw new Error(`${v} not found`);
}

describe('the capaian chart on the Ringkasan sheet (charts API)', () => {
  it('bars per indicator by Kode in kriteria colours, a 100 % line, titles, position; no extra sync', async () => {
    const { sim, gw } = await simWith('lakin-tw2-2024-dumai.xlsx');
    sim.resetStats();
    await gw.ringkasan(2, 'id');
    expect(sim.totalSyncs).toBe(3);
    const s = sim.store.sheet('Ringkasan TW II 2024')!;
    const charts = chartsOf(s);
    expect(charts).toHaveLength(1);
    const c = charts[0]!;
    expect(c).toMatchObject({
      name: 'Grafik Capaian',
      type: 'ColumnClustered',
      title: 'Capaian Indikator Kinerja Triwulan II (%)',
      categoryTitle: 'Kode',
      valueTitle: '%',
      legend: 'Bottom',
    });
    const head = rowOf(sim, 'Ringkasan TW II 2024', 'Kode');
    // the chart's data table, below the print area: the 'Kode' header of column A
    const first = head + 2;
    const last = head + 17;
    expect(c.series.map((x) => [x.name, x.chartType, x.values, x.xValues])).toEqual([
      ['Capaian (%)', 'ColumnClustered', `B${first}:B${last}`, `A${first}:A${last}`],
      ['Target 100%', 'Line', `C${first}:C${last}`, `A${first}:A${last}`],
    ]);
    expect(sim.store.cell(s, head + 1, 0)!.value).toBe('01.01');
    expect(sim.store.cell(s, head + 16, 0)!.value).toBe('08.01');
    const fills = c.series[0]!.pointFills;
    expect(fills.size).toBe(16);
    // 01.01 Cukup, 01.04 Sangat Baik, 02.02 Kurang, 02.04 Tidak Dapat Disimpulkan
    expect([fills.get(0), fills.get(3), fills.get(5), fills.get(7)]).toEqual(['#FFEB84', '#00B050', '#FF7C80', '#BDD7EE']);
    // the chart is printed right under Tabel 1, below its caption, over columns B–I
    const grafik = rowOf(sim, 'Ringkasan TW II 2024', 'Grafik 1. Capaian Indikator Kinerja Triwulan II (%)');
    expect(c.position).toEqual({ start: `B${grafik + 2}`, end: `I${grafik + 23}` });
    // re-running replaces the sheet and its chart
    await gw.ringkasan(2, 'id');
    expect(chartsOf(sim.store.sheet('Ringkasan TW II 2024')!)).toHaveLength(1);
  });
});

describe('Pengaturan RAPK in the add-in', () => {
  it('the pane command creates the sheet once; it is never overwritten', async () => {
    const { sim, gw } = await simWith('lakin-tw2-2024-dumai.xlsx');
    const r = await gw.pengaturan('sekretariat-utama', 'id');
    expect(r).toEqual({ sheet: SETTINGS_SHEET, created: true });
    expect(sim.store.sheets.map((x) => x.name)).toEqual(['RAPK 2024', 'Realisasi 2024', SETTINGS_SHEET]);
    const s = sim.store.sheet(SETTINGS_SHEET)!;
    const kr = rowOf(sim, SETTINGS_SHEET, 'Kriteria Indikator');
    expect(sim.store.cell(s, kr + 2, 4)!.value).toBe('Sangat Kurang');
    expect(sim.store.cell(s, kr + 2, 5)!.fill).toEqual({ color: '#FF7C80', pattern: 'Solid' });
    // the Kode is text
    expect(sim.store.cell(s, rowOf(sim, SETTINGS_SHEET, '01.01'), 0)!.value).toBe('01.01');
    sim.store.writeValue(s, kr + 4, 0, 71);
    const before = snapshot(sim);
    expect(await gw.pengaturan('spec', 'id')).toEqual({ sheet: SETTINGS_SHEET, created: false });
    expect(snapshot(sim)).toEqual(before);
  });

  it('round trip: edited settings are honoured by Ringkasan; invalid ones are marked by Validasi and block Ringkasan', async () => {
    const { sim, gw } = await simWith('lakin-tw2-2024-dumai.xlsx');
    await gw.pengaturan('sekretariat-utama', 'id');
    const s = sim.store.sheet(SETTINGS_SHEET)!;
    sim.store.writeValue(s, rowOf(sim, SETTINGS_SHEET, '01.04'), 2, 'IKU');
    sim.store.writeValue(s, rowOf(sim, SETTINGS_SHEET, '02.04'), 2, 'IKU');
    const r = await gw.ringkasan(2, 'id');
    // computed by hand in tests/core/settings.test.ts
    expect(Math.round(r.summary.npss! * 100) / 100).toBe(102.07);
    expect(r.summary.predikat).toBe('Baik');
    const ring = sim.store.sheet('Ringkasan TW II 2024')!;
    const method = [...ring.cells.values()].map((c) => c.value);
    expect(method).toContain('1. Metode penilaian: sesuai pengaturan pada sheet "Pengaturan RAPK" di workbook ini.');
    expect(method).toContain(
      '4. Bobot indikator: indikator yang bobotnya bukan 1 adalah 01.04 (2), 02.04 (2); NPS dihitung sebagai rata-rata tertimbang.',
    );

    // a gap in the bands: Cukup from 75
    const kr = rowOf(sim, SETTINGS_SHEET, 'Kriteria Indikator');
    sim.store.writeValue(s, kr + 4, 0, 75);
    const beforeRingkasan = snapshot(sim);
    await expect(gw.ringkasan(2, 'id')).rejects.toMatchObject({
      kind: 'invalidSettings',
      problem: { kind: 'invalidSettings', sheet: SETTINGS_SHEET, findings: [expect.anything()] },
      done: 'nothing',
    });
    expect(snapshot(sim)).toEqual(beforeRingkasan);
    sim.store.activeId = s.id;
    const v = await gw.validasi('id');
    expect(v.findings.map((f) => `${f.code}@${f.cells[0]}`)).toEqual([`M02@A${kr + 5}`]);
    expect(sim.store.cell(s, kr + 4, 0)!.fill).toEqual({ color: '#FF7C80', pattern: 'Solid' });
    expect(s.notes.get(`A${kr + 5}`)).toContain('RAPK M02');
    // fixed and cleared: scoring works again
    sim.store.writeValue(s, kr + 4, 0, 70);
    await gw.hapusTanda();
    expect(sim.store.cell(s, kr + 4, 0)!.fill ?? null).toBeNull();
    await expect(gw.ringkasan(2, 'id')).resolves.toMatchObject({ sheet: 'Ringkasan TW II 2024' });
  });
});

describe('Validasi on the RAPK checks it against a Perjanjian Kinerja sheet (P01/P02)', () => {
  it('P01 marked at B12 with both values, one more read only when a PK sheet exists', async () => {
    const { sim, gw } = await simWith('lakin-tw2-2024-dumai.xlsx');
    const model = validateWorkbook(await fixtureGrids('lakin-tw2-2024-dumai.xlsx')).sheets[0]!.model;
    const inds = allIndikator(model);
    // the PK of seed 002 states 95.15 where the RAPK has 95.19 (02.02); 10.04 is not in the PK
    const rows = inds.slice(0, -1).map((ind, n) => [n + 1, ind.name, n === 5 ? 95.15 : ind.targets[11]!.value!]);
    loadGrid(sim, gridOf('PK 2024', [['PERJANJIAN KINERJA TAHUN 2024'], [], ['No', 'Indikator Kinerja', 'Target'], ...rows]));
    sim.resetStats();
    const v = await gw.validasi('id');
    expect(sim.totalSyncs).toBe(4);
    const b12 = a1(inds[5]!.targets[11]!.cell!);
    const p = v.findings.filter((f) => f.code.startsWith('P')).map((f) => `${f.code}@${f.cells[0]}`);
    expect(p).toEqual([`P01@${b12}`, `P02@${a1(inds[24]!.nameCell)}`]);
    const rapk = sim.store.sheet('RAPK 2024')!;
    expect(rapk.notes.get(b12)).toContain(
      'RAPK P01 (Kesalahan): Target tahunan indikator 02.02 di RAPK (95,19) berbeda dari target Perjanjian Kinerja (95,15',
    );
  });
});
