/** SPEC section 8, "Outputs": marks on the RAPK sheet and the Ringkasan TW sheet, through the Excel adapter on the simulator. */
import type { CellValue } from '../../src/core/grid/grid';
import { MARKS_KEY } from '../../src/excel/gateway';
import { parseRecordXml } from '../../src/core/sheets/marksRecord';
import { UI } from '../../src/core/locales/pane';
import { messageOf } from '../../src/core/locales';
import { simOf, snapshot, values } from '../support/sim';
import { grid, kRows, realisasiRows, set } from './sheets';

/** A01 (error) on P4, T04 (warning) on J4, S03 (info) on H7 */
const planted = (): CellValue[][] => set(set(set(set(kRows(), 'P4', 55_000_000), 'P14', 105_000_000), 'J4', 80), 'H7', '20.000.000');

describe('8 · **Marks** on the RAPK sheet', () => {
  it('"a fill on the first cell of each finding and a note … with the message"', async () => {
    const { sim, gw } = simOf([grid(planted())]);
    const r = await gw.validasi('id');
    const s = sim.store.sheet('RAPK 2024')!;
    expect([...s.notes.keys()].sort()).toEqual(['H7', 'J4', 'P4']);
    for (const f of r.findings) {
      expect(s.notes.get(f.cells[0]!)).toContain(messageOf(f, 'id'));
    }
    expect(s.notes.get('P4')).toMatch(/^RAPK A01 \(Kesalahan\): /);
    // the other cells of a finding (A01's kontribusi cells H6, H7: H7 has its own S03) carry no A01 mark
    expect(sim.store.cell(s, 5, 7)?.fill).toBeUndefined();
    expect(r.marked).toBe(3);
  });

  it('"(or comment where notes are unavailable)": ExcelApi 1.10–1.17 marks with threaded comments', async () => {
    const { sim, gw } = simOf([grid(planted())], { apiVersion: 17 });
    const r = await gw.validasi('id');
    expect(r.noteMode).toBe('comments');
    const s = sim.store.sheet('RAPK 2024')!;
    expect(s.notes.size).toBe(0);
    expect(s.comments.map((c) => c.address).sort()).toEqual(['H7', 'J4', 'P4']);
    expect(s.comments.find((c) => c.address === 'P4')!.content).toContain(messageOf(r.findings[0]!, 'id'));
  });

  it('"Before marking, the add-in saves the cells\' own fills and notes in workbook-scoped storage; \\"Hapus tanda\\" restores them exactly"', async () => {
    const { sim, gw } = simOf([grid(planted())]);
    const s = sim.store.sheet('RAPK 2024')!;
    sim.store.cellW(s, 3, 15).fill = { color: '#C6E0B4', pattern: 'Solid' }; // P4: the planner's own green
    s.notes.set('P4', 'cek ke bagian keuangan');
    const before = snapshot(sim);
    await gw.validasi('id');
    // the workbook-scoped storage is the custom XML part both hosts share (issue 21, w-hosts)
    expect(sim.store.customXmlParts).toHaveLength(1);
    const saved = parseRecordXml(sim.store.customXmlParts[0]!.xml);
    expect(saved.sheets[0]!.cells.find((c) => c.a === 'P4')).toMatchObject({
      fill: { color: '#C6E0B4', pattern: 'Solid' },
      note: 'cek ke bagian keuangan',
    });
    expect(sim.store.cell(s, 3, 15)!.fill).toEqual({ color: '#FF7C80', pattern: 'Solid' });
    await gw.hapusTanda();
    expect(snapshot(sim)).toEqual(before);
    expect(sim.store.customXmlParts).toEqual([]);
    expect(sim.store.settings.has(MARKS_KEY)).toBe(false);
  });

  it('"Running Validasi twice leaves the same marks, not double ones"', async () => {
    const { sim, gw } = simOf([grid(planted())]);
    await gw.validasi('id');
    const once = snapshot(sim);
    await gw.validasi('id');
    expect(snapshot(sim)).toEqual(once);
  });

  it('"Cell values are never changed"', async () => {
    const { sim, gw } = simOf([grid(planted())]);
    const before = values(sim);
    await gw.validasi('id');
    expect(values(sim)).toEqual(before);
    await gw.hapusTanda();
    expect(values(sim)).toEqual(before);
  });

  it('"Requirement sets: the add-in needs ExcelApi 1.9 (RangeAreas, cell properties)": below it, nothing is supported', () => {
    expect(simOf([grid(kRows())], { apiVersion: 8 }).gw.capabilities().supported).toBe(false);
    expect(simOf([grid(kRows())], { apiVersion: 9 }).gw.capabilities().supported).toBe(true);
  });

  it('"notes need 1.18 — below that, threaded comments (1.10) — below that, the mark is the fill alone and the message lives in the task pane"', async () => {
    expect([18, 17, 10, 9].map((v) => simOf([grid(kRows())], { apiVersion: v }).gw.capabilities().noteMode)).toEqual([
      'notes',
      'comments',
      'comments',
      'none',
    ]);
    const { sim, gw } = simOf([grid(planted())], { apiVersion: 9 });
    const r = await gw.validasi('id');
    const s = sim.store.sheet('RAPK 2024')!;
    expect([r.noteMode, s.notes.size, s.comments.length, r.findings.length]).toEqual(['none', 0, 0, 3]);
    expect(sim.store.cell(s, 3, 15)!.fill).toEqual({ color: '#FF7C80', pattern: 'Solid' });
  });

  it('"The pane says which applies": one sentence per mode, in both languages (the pane shows the one of ValidasiResult.noteMode)', () => {
    for (const lang of ['id', 'en'] as const) {
      const m = UI[lang].noteMode;
      expect(Object.keys(m).sort()).toEqual(['comments', 'none', 'notes']);
      expect(new Set(Object.values(m)).size).toBe(3);
    }
  });
});

describe('8 · **Ringkasan TW n sheet**', () => {
  const typed = (): CellValue[][] => {
    let real = realisasiRows(kRows());
    for (const [a, v] of Object.entries({ J4: 99, J5: 60, J6: 60, Q4: 25_000_000, Q6: 5_000_000 })) real = set(real, a, v);
    return real;
  };
  async function ringkasan() {
    const { sim, gw } = simOf([grid(kRows()), grid(typed(), 'Realisasi 2024')]);
    const r = await gw.ringkasan(2, 'id');
    const s = sim.store.sheet(r.sheet)!;
    const at = (r0: number, c: number): unknown => sim.store.cell(s, r0, c)?.value ?? null;
    const rows: unknown[][] = [];
    for (let i = 0; i < 60; i++) rows.push(Array.from({ length: 12 }, (_, c) => at(i, c)));
    return { sim, gw, r, s, rows };
  }

  it('"title (unit, year, TW)"', async () => {
    const { r, rows } = await ringkasan();
    expect(r.sheet).toBe('Ringkasan TW II 2024');
    const head = rows
      .slice(0, 3)
      .flat()
      .filter((v) => typeof v === 'string')
      .join(' ');
    expect(head).toMatch(/TRIWULAN II/);
    expect(head).toMatch(/2024/);
    expect(head).toMatch(/BALAI POM DI CONTOH/i);
  });

  it('"table of indicators (Sasaran, Indikator, Target TW n, Realisasi TW n, Capaian %, Kriteria coloured)"', async () => {
    const { sim, s, rows } = await ringkasan();
    // Tabel 1 of the print layout (w-ringkasan, issue 22): No, Kode, then the SPEC's columns in the
    // planners' wording, the annual target beside TW n's
    const h = rows.findIndex((r) => r.includes('Kriteria Capaian TW II'));
    expect(rows[h]!.slice(2, 9)).toEqual([
      'Sasaran Kinerja',
      'Indikator Kinerja',
      'Target Tahunan',
      'Target TW II',
      'Realisasi s.d. TW II',
      'Capaian terhadap Target TW II (%)',
      'Kriteria Capaian TW II',
    ]);
    expect(rows[h + 1]!.slice(1, 7)).toEqual([
      '01.01',
      'Terwujudnya Obat dan Makanan yang memenuhi syarat',
      'Persentase Makanan yang memenuhi syarat',
      90,
      90,
      99,
    ]);
    // a number at full precision (99 / 90 × 100), shown with 2 decimals; its band decided on 110.00
    expect(rows[h + 1]![7]).toBeCloseTo(110, 10);
    expect(rows[h + 1]![8]).toBe('Sangat Baik');
    expect(sim.store.cell(s, h + 1, 8)!.fill).toEqual({ color: '#00B050', pattern: 'Solid' });
    expect(sim.store.cell(s, h + 1, 7)!.numberFormat).toBe('0.00');
  });

  it('"NPS and predikat per sasaran; perspective values; NPSS with predikat; budget table per sasaran (Pagu, Realisasi s.d. TW n, %, IE, TE, efisiensi)"', async () => {
    const { r, rows } = await ringkasan();
    const flat = rows.map((x) => x.filter((v) => v !== null));
    const nps = flat.findIndex((x) => x.includes('Nilai Sasaran (NPS)') && x.includes('Predikat'));
    expect(flat.slice(nps + 1, nps + 3)).toEqual([
      ['01', 'Terwujudnya Obat dan Makanan yang memenuhi syarat', 'Stakeholder', 105, 'Istimewa'],
      ['02', 'Meningkatnya tata kelola pemerintahan', 'Learning & Growth', 100, 'Baik'],
    ]);
    const per = flat.findIndex((x) => x[0] === 'Perspektif' && x.includes('Nilai'));
    expect(flat.slice(per + 1, per + 4)).toEqual([
      ['Stakeholder', 105, 'Istimewa'],
      ['Internal Process', 'Belum dapat dihitung'],
      ['Learning & Growth', 100, 'Baik'],
    ]);
    expect(flat.find((x) => x[0] === 'Nilai Kinerja Organisasi (NPSS)')).toEqual(['Nilai Kinerja Organisasi (NPSS)', 102.5, 'Istimewa']);
    const bud = flat.findIndex((x) => x.includes('Pagu Anggaran (Rp)'));
    expect(flat[bud]).toEqual([
      'No',
      'Sasaran Kinerja',
      'Pagu Anggaran (Rp)',
      'Realisasi Anggaran s.d. TW II (Rp)',
      'Penyerapan (%)',
      'Indeks Efisiensi (IE)',
      'Tingkat Efisiensi (TE)',
      'Efisiensi',
    ]);
    // NPS 105 (110 and 100; Tabel 2), penyerapan 50: IE 2.1, TE 1.1
    expect(flat[bud + 1]).toEqual([
      '01',
      'Terwujudnya Obat dan Makanan yang memenuhi syarat',
      50_000_000,
      25_000_000,
      50,
      2.1,
      1.1,
      '86% (tidak efisien)',
    ]);
    expect(r.summary.sasaran.map((x) => x.efisiensi)).toEqual(['86% (tidak efisien)', '88% (efisien)']);
  });

  it('"Numbers as numbers with formats (`0.00`, `#,##0`), frozen header, widths set, printable on A4 landscape"', async () => {
    const { sim, s, rows } = await ringkasan();
    const bud = rows.findIndex((x) => x.includes('Pagu Anggaran (Rp)'));
    // E Pagu, G Realisasi, I Penyerapan
    expect([4, 6, 8].map((c) => [typeof sim.store.cell(s, bud + 1, c)!.value, sim.store.cell(s, bud + 1, c)!.numberFormat])).toEqual([
      ['number', '#,##0'],
      ['number', '#,##0'],
      ['number', '0.00'],
    ]);
    // "frozen header": the print layout (w-ringkasan, ADR 017) freezes nothing; each table has its
    // own header and the core paginates (a long table's header written again on its next page).
    // Listed in tests/spec/README as a SPEC/product disagreement.
    expect([s.freezeRows, s.freezeCols]).toEqual([0, 0]);
    expect(s.pageBreaks.length).toBeGreaterThan(0);
    expect(s.printArea).toMatch(/^A1:/);
    expect(s.colWidths.size).toBeGreaterThanOrEqual(11);
    expect([s.orientation, s.paperSize, s.fitToWidth]).toEqual(['Landscape', 'A4', true]);
  });

  it('"Re-running replaces that sheet only"', async () => {
    const { sim, gw } = await ringkasan();
    await gw.ringkasan(1, 'id');
    const names = sim.store.sheets.map((x) => x.name);
    expect(names).toEqual(['RAPK 2024', 'Realisasi 2024', 'Ringkasan TW I 2024', 'Ringkasan TW II 2024']);
    const others = snapshot(sim) as { name: string }[];
    await gw.ringkasan(2, 'id');
    expect(sim.store.sheets.map((x) => x.name)).toEqual(names);
    const again = snapshot(sim) as { name: string }[];
    expect(again.filter((x) => x.name !== 'Ringkasan TW II 2024')).toEqual(others.filter((x) => x.name !== 'Ringkasan TW II 2024'));
    expect(again.find((x) => x.name === 'Ringkasan TW II 2024')).toEqual(others.find((x) => x.name === 'Ringkasan TW II 2024'));
  });
});
