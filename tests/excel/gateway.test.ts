/** The office-js adapter on the Excel simulator: syncs, marks, restore, sheets, errors. */
import { ExcelSimulator, SimError } from '../../src/sim/excelSim';
import { GatewayError } from '../../src/gateway/contract';
import { ExcelGateway, MARKS_KEY } from '../../src/excel/gateway';
import type { Grid } from '../../src/core/grid/grid';
import { loadGrid } from '../../src/sim/load';
import { planToGrid, randomSpec, renderRapk } from '../../src/sample/generate';
import { expectedFindings } from '../support/fixtures';
import { gatewayOn, simOf, simWith, snapshot, values } from '../support/sim';

const key = (f: { code: string; cells: string[] }): string => `${f.code}@${f.cells[0]}`;

describe('the simulator is faithful to office-js', () => {
  it('reading a property before load + sync throws PropertyNotLoaded', async () => {
    const sim = new ExcelSimulator();
    sim.store.addSheet('A');
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getActiveWorksheet();
      expect(() => ws.name).toThrow(SimError);
      ws.load('name');
      expect(() => ws.name).toThrow(/not available/);
      await ctx.sync();
      expect(ws.name).toBe('A');
      expect(() => ws.position).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('writes are queued until sync; a missing sheet fails at sync with ItemNotFound', async () => {
    const sim = new ExcelSimulator();
    const s = sim.store.addSheet('A');
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('A').getRange('B2').values = [[5]];
      expect(sim.store.cell(s, 1, 1)).toBeUndefined();
      await ctx.sync();
      expect(sim.store.cell(s, 1, 1)!.value).toBe(5);
      ctx.workbook.worksheets.getItem('Tidak ada').getRange('A1').values = [[1]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  it('text that looks like a formula or a number is converted unless the cell is Text (@)', async () => {
    const sim = new ExcelSimulator();
    const s = sim.store.addSheet('A');
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('A');
      ws.getRange('A1:B1').values = [['=1+1', '01.01']];
      ws.getRange('A2:B2').numberFormat = [['@', '@']];
      ws.getRange('A2:B2').values = [['=1+1', '01.01']];
      await ctx.sync();
    });
    expect(sim.store.cell(s, 0, 0)!.formula).toBe('=1+1');
    expect(sim.store.cell(s, 0, 1)!.value).toBe(1.01);
    expect(sim.store.cell(s, 1, 0)!.formula).toBeUndefined();
    expect(sim.store.cell(s, 1, 0)!.value).toBe('=1+1');
    expect(sim.store.cell(s, 1, 1)!.value).toBe('01.01');
  });

  it('writing to a protected sheet fails with AccessDenied', async () => {
    const sim = new ExcelSimulator();
    sim.store.addSheet('A').protected = true;
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('A').getRange('A1').values = [[1]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    });
  });

  it('counts syncs and rejects requests over the payload limit', async () => {
    const sim = new ExcelSimulator({ payloadLimit: 1000 });
    sim.store.addSheet('A');
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('A').getRange('A1').values = [['x'.repeat(2000)]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    });
    expect(sim.totalSyncs).toBe(1);
  });
});

describe('Validasi', () => {
  it('marks the 8 planted errors (and 4 infos) with fills and notes in 3 syncs, changing no value', async () => {
    const { sim, gw } = await simWith('rapk-2024-rejang-lebong-errors.xlsx');
    const before = values(sim);
    const r = await gw.validasi('id');
    expect(sim.totalSyncs).toBe(3);
    const planted = expectedFindings('rapk-2024-rejang-lebong-errors.expected.json');
    for (const e of planted) expect(r.findings.map(key)).toContain(key(e));
    expect(r.findings).toHaveLength(12);
    expect(r.marked).toBe(12);
    expect(r.noteMode).toBe('notes');
    const s = sim.store.sheet('RAPK 2024')!;
    expect(sim.store.cell(s, 25, 15)!.fill).toEqual({ color: '#FF7C80', pattern: 'Solid' }); // P26 A01
    expect(sim.store.cell(s, 6, 9)!.fill).toEqual({ color: '#FFC000', pattern: 'Solid' }); // J7 T04
    expect(sim.store.cell(s, 6, 15)!.fill).toEqual({ color: '#8EA9DB', pattern: 'Solid' }); // P7 S03
    expect(s.notes.get('P26')).toMatch(/^RAPK A01 \(Kesalahan\): Jumlah kontribusi 4 baris belanja indikator 03\.01/);
    expect(values(sim)).toEqual(before);
  });

  it('running twice leaves the same marks, not double ones', async () => {
    const { sim, gw } = await simWith('rapk-2024-rejang-lebong-errors.xlsx');
    await gw.validasi('id');
    const once = snapshot(sim);
    await gw.validasi('id');
    expect(snapshot(sim)).toEqual(once);
  });

  it('Hapus tanda restores fills and notes exactly, including cells with their own colour and note', async () => {
    const { sim, gw } = await simWith('rapk-2024-rejang-lebong-errors.xlsx');
    const s = sim.store.sheet('RAPK 2024')!;
    // the planner's own formatting on cells that will be marked
    sim.store.cellW(s, 25, 15).fill = { color: '#C6E0B4', pattern: 'Solid' }; // P26
    s.notes.set('P26', 'dicek Pak Budi');
    s.notes.set('A1', 'catatan judul');
    const before = snapshot(sim);
    await gw.validasi('id');
    expect(s.notes.get('P26')).toMatch(/^dicek Pak Budi\n\nRAPK A01/);
    sim.resetStats();
    const r = await gw.hapusTanda();
    expect(r.restored).toBe(12);
    expect(sim.totalSyncs).toBe(3);
    expect(snapshot(sim)).toEqual(before);
    expect(sim.store.settings.has(MARKS_KEY)).toBe(false);
  });

  it('a cell the planner re-coloured after marking keeps its new colour on Hapus tanda', async () => {
    const { sim, gw } = await simWith('rapk-2024-rejang-lebong-errors.xlsx');
    await gw.validasi('id');
    const s = sim.store.sheet('RAPK 2024')!;
    sim.store.cellW(s, 25, 15).fill = { color: '#00FF00', pattern: 'Solid' };
    await gw.hapusTanda();
    expect(sim.store.cell(s, 25, 15)!.fill).toEqual({ color: '#00FF00', pattern: 'Solid' });
    expect(sim.store.cell(s, 6, 9)!.fill).toBeNull();
  });

  it('a protected sheet: a clear error and nothing changed', async () => {
    const { sim, gw } = await simWith('rapk-2024-rejang-lebong-errors.xlsx');
    sim.store.sheet('RAPK 2024')!.protected = true;
    const before = snapshot(sim);
    await expect(gw.validasi('id')).rejects.toMatchObject({ kind: 'protected', done: 'nothing' });
    expect(snapshot(sim)).toEqual(before);
  });

  it('a sheet without a RAPK table: noRapk, nothing marked', async () => {
    const { sim, gw } = simOf([
      {
        name: 'Data',
        values: [
          ['Nama', 'Alamat'],
          ['Budi', 'Jember'],
        ],
      },
    ]);
    const before = snapshot(sim);
    await expect(gw.validasi('id')).rejects.toBeInstanceOf(GatewayError);
    await expect(gw.validasi('id')).rejects.toMatchObject({ kind: 'noRapk' });
    expect(snapshot(sim)).toEqual(before);
  });

  it('Excel below ExcelApi 1.9: unsupported; 1.10–1.17: threaded comments; 1.9: fill only', async () => {
    const old = await simWith('rapk-2024-rejang-lebong-errors.xlsx', { apiVersion: 8 });
    await expect(old.gw.validasi('id')).rejects.toMatchObject({ kind: 'unsupported' });
    const c = await simWith('rapk-2024-rejang-lebong-errors.xlsx', { apiVersion: 12 });
    const rc = await c.gw.validasi('en');
    expect(rc.noteMode).toBe('comments');
    const s = c.sim.store.sheet('RAPK 2024')!;
    expect(s.comments).toHaveLength(12);
    expect(s.notes.size).toBe(0);
    await c.gw.hapusTanda();
    expect(s.comments).toHaveLength(0);
    const f = await simWith('rapk-2024-rejang-lebong-errors.xlsx', { apiVersion: 9 });
    const rf = await f.gw.validasi('id');
    expect(rf.noteMode).toBe('none');
    expect(f.sim.store.sheet('RAPK 2024')!.cells.get('25,15')!.fill!.color).toBe('#FF7C80');
  });

  it('a user comment on a marked cell is kept (comment mode)', async () => {
    const { sim, gw } = await simWith('rapk-2024-rejang-lebong-errors.xlsx', { apiVersion: 12 });
    const s = sim.store.sheet('RAPK 2024')!;
    s.comments.push({ id: 'u1', address: 'P26', content: 'tolong dicek' });
    await gw.validasi('id');
    expect(s.comments.filter((c) => c.address === 'P26')).toEqual([{ id: 'u1', address: 'P26', content: 'tolong dicek' }]);
    await gw.hapusTanda();
    expect(s.comments).toEqual([{ id: 'u1', address: 'P26', content: 'tolong dicek' }]);
  });
});

/** A RAPK of n indicators with one wrong anggaran in every 40 rows, so Validasi has marks to write. */
function plantedRapk(n: number): Grid {
  const spec = randomSpec(n, { sasaran: Math.ceil(n / 5), indicatorsPerSasaran: 5, linesPerIndicator: 1 });
  const g = planToGrid(renderRapk(spec));
  const vals = g.values.map((r) => [...r]);
  for (let r = 0; r < vals.length; r += 40) if (typeof vals[r]![15] === 'number') vals[r]![15] = (vals[r]![15] as number) + 1;
  return { ...g, values: vals };
}

async function countSyncs(sim: ExcelSimulator, gw: ExcelGateway): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const run = async (name: string, fn: () => Promise<unknown>) => {
    sim.resetStats();
    await fn();
    counts[name] = sim.totalSyncs;
  };
  await run('validasi', () => gw.validasi('id'));
  await run('hapusTanda', () => gw.hapusTanda());
  await run('validasi again', () => gw.validasi('id'));
  await run('realisasi', () => gw.realisasi('id'));
  await run('ringkasan', () => gw.ringkasan(2, 'id'));
  await run('realisasi refresh', () => gw.realisasi('id'));
  return counts;
}

describe.each(['desktop', 'web'] as const)('sync counts on Excel %s do not grow with the sheet', (platform) => {
  const sizes = [50, 5000];
  const counts: Record<string, number>[] = [];
  it.each(sizes)('%d indicators', async (n) => {
    const { sim, gw } = simOf([plantedRapk(n)], { platform });
    counts.push(await countSyncs(sim, gw));
    expect(sim.maxRequestBytes).toBeLessThan(4 * 1024 * 1024);
    expect(sim.store.sheets.map((s) => s.name)).toEqual(['RAPK 2025', 'Realisasi 2025', 'Ringkasan TW II 2025']);
  });
  afterAll(() => {
    // Realisasi on a workbook with only the RAPK needs no second read: 2; with other sheets: 3
    const expected = { validasi: 3, hapusTanda: 3, 'validasi again': 3, realisasi: 2, ringkasan: 3, 'realisasi refresh': 3 };
    // (before the merges: on the web, refreshing 5,000 indicators read the RAPK and the Realisasi
    // sheet with half a response each, the RAPK's rest taking one more: 4)
    // the Ringkasan is a sheet for paper with a caption and header on every printed page (ADR 017):
    // 5,000 indicators print on ~460 pages, whose formats take three more requests of 3.5 MB;
    // and their ~5,400 number-format runs one more since they count against the request budget
    // (they were added past it: 5 MB in one request through Microsoft's client at 10,000 indicators)
    const big = { ...expected, ringkasan: 7 };
    // the merged areas are read with the rows they start in, in the same batches (ADR 005
    // addendum): the 5,000-indicator RAPK has ~30,000 (three a budget line), in bands of 64 rows
    // (none over the 512 one request returns): no sync of their own. On the desktop the counts
    // are those without merges; on the web their ~1 MB of addresses takes its share of the
    // responses: the RAPK's read takes one more (Realisasi 2 → 3, Ringkasan 7 → 8, the refresh
    // 3 → 4). Validasi keeps 3: it makes its findings once the values are read, and the areas
    // of rows past the first batch's come with the fills of the marked cells (`lateMerges`)
    const merged = platform === 'desktop' ? big : { ...big, realisasi: 3, ringkasan: 8, 'realisasi refresh': 4 };
    expect(counts).toEqual([expected, merged]);
  });
});

describe('reading under a response cap', () => {
  it('packs the reads into as few responses as fit, and gives the same workbook as an uncapped read', async () => {
    const rapk = plantedRapk(600);
    const free = simOf([rapk], { platform: 'desktop' });
    await countSyncs(free.sim, free.gw);
    // Excel on the web scaled down: 60 KB responses against a 170 KB sheet
    const sim = new ExcelSimulator({ responseLimit: 60_000 });
    loadGrid(sim, rapk);
    const gw = new ExcelGateway(
      (batch) => sim.run((ctx) => batch(ctx as unknown as Excel.RequestContext)),
      (a, v) => sim.isSetSupported(a, v),
      { responseBytes: 60_000 },
    );
    const counts = await countSyncs(sim, gw);
    expect(snapshot(sim)).toEqual(snapshot(free.sim));
    expect(sim.maxResponseBytes).toBeLessThanOrEqual(60_000);
    // each read sync carries at least 80% of a response's worth: ceil(bytes / 48 KB) reads, the
    // bytes being the values and their number formats (read on the web too, ADR 005: 249 KB of
    // values and 268 KB of formats here; 13 syncs, 7 when only the values were read)
    const width = Math.max(...rapk.values.map((r) => r.length));
    const formats = rapk.values.map((_, r) => Array.from({ length: width }, (_, c) => rapk.formats?.[r]?.[c] ?? 'General'));
    const bytes = JSON.stringify(rapk.values).length + JSON.stringify(formats).length;
    // and the merged areas (ADR 005 addendum: ~5,400 here, over the 512 of one request, so read in
    // bands after the batch that fails on them, their ~30 bytes each in responses): two more syncs,
    // the failed one and one for packing bands sized by estimate until the first are read (19 here)
    const mergeBytes = (rapk.merges ?? []).length * 30;
    expect(counts.validasi).toBeLessThanOrEqual(2 + Math.ceil((bytes + mergeBytes) / 48_000) + 1 + 2);
    expect(counts.hapusTanda).toBe(3);
  });

  it('reads a sheet over the five-million-cell limit in pieces (Range.values comes back null)', async () => {
    const rapk = plantedRapk(200);
    const capped = new ExcelSimulator({ platform: 'desktop', cellReadLimit: 2_000 });
    loadGrid(capped, rapk);
    const free = simOf([rapk], { platform: 'desktop' });
    const a = await free.gw.validasi('id');
    const b = await gatewayOn(capped).validasi('id');
    expect(b).toEqual(a);
    expect(snapshot(capped)).toEqual(snapshot(free.sim));
  });
});

describe('Realisasi and Ringkasan', () => {
  it('creates the Realisasi sheet with Kode as text, keeps typed values on refresh', async () => {
    const { sim, gw } = await simWith('rapk-2025-jember.xlsx');
    const r = await gw.realisasi('id');
    expect(r).toMatchObject({ sheet: 'Realisasi 2025', created: true, rows: 12 });
    const s = sim.store.sheet('Realisasi 2025')!;
    expect(sim.store.sheets.map((x) => x.name)).toEqual(['RAPK 2025', 'Realisasi 2025']);
    expect(sim.store.cell(s, 3, 0)!.value).toBe('01.01');
    expect(s.validations.map((v) => v.list)).toContainEqual(['Maximize', 'Minimize']);
    expect([s.freezeRows, s.freezeCols]).toEqual([3, 3]);
    // the planner types
    sim.store.writeValue(s, 3, 9, 80);
    sim.store.writeValue(s, 4, 4, 'Minimize');
    const r2 = await gw.realisasi('id');
    expect(r2.created).toBe(false);
    const s2 = sim.store.sheet('Realisasi 2025')!;
    expect(sim.store.cell(s2, 3, 9)!.value).toBe(80);
    expect(sim.store.cell(s2, 4, 4)!.value).toBe('Minimize');
    expect(sim.store.sheets.map((x) => x.name)).toEqual(['RAPK 2025', 'Realisasi 2025']);
  });

  it('text from the workbook that looks like a formula is written as text', async () => {
    const spec = randomSpec(3, { sasaran: 1, indicatorsPerSasaran: 2, linesPerIndicator: 1 });
    spec.sasaran[0]!.name = '=HYPERLINK("http://x","klik")';
    spec.sasaran[0]!.indikator[0]!.name = '+Persentase jahat';
    const { sim, gw } = simOf([planToGrid(renderRapk(spec))]);
    await gw.realisasi('id');
    const s = sim.store.sheet('Realisasi 2025')!;
    const formulas = [...s.cells.values()].filter((c) => c.formula);
    expect(formulas).toEqual([]);
    expect(sim.store.cell(s, 3, 1)!.value).toBe('=HYPERLINK("http://x","klik")');
  });

  it('Ringkasan TW II on the Dumai workbook: the summary sheet with coloured kriteria, replaced on re-run', async () => {
    const { sim, gw } = await simWith('lakin-tw2-2024-dumai.xlsx');
    const r = await gw.ringkasan(2, 'id');
    expect(r.sheet).toBe('Ringkasan TW II 2024');
    expect(r.summary.npss).toBeCloseTo(101.67, 2);
    const s = sim.store.sheet('Ringkasan TW II 2024')!;
    const cells = [...s.cells.values()];
    const sb = cells.find((c) => c.value === 'Sangat Baik')!;
    expect(sb.fill).toEqual({ color: '#00B050', pattern: 'Solid' });
    expect(s.orientation).toBe('Landscape');
    expect(s.paperSize).toBe('A4');
    const realisasiBefore = snapshot(sim);
    await gw.ringkasan(2, 'id');
    expect(sim.store.sheets.map((x) => x.name)).toEqual(['RAPK 2024', 'Realisasi 2024', 'Ringkasan TW II 2024']);
    expect(snapshot(sim)).toEqual(realisasiBefore);
  });

  it('Ringkasan without a Realisasi sheet: noRealisasi', async () => {
    const { gw } = await simWith('rapk-2025-jember.xlsx');
    await expect(gw.ringkasan(1, 'id')).rejects.toMatchObject({ kind: 'noRealisasi' });
  });

  it('select activates the sheet and selects the cell', async () => {
    const { sim, gw } = await simWith('lakin-tw2-2024-dumai.xlsx');
    await gw.select('RAPK 2024', 'E28');
    expect(sim.store.selection).toEqual({ sheet: 'RAPK 2024', address: 'E28' });
  });
});

describe('precheck', () => {
  it('says which sheet, whether it is protected and whether Ringkasan can run', async () => {
    const { sim, gw } = await simWith('lakin-tw2-2024-dumai.xlsx');
    expect(await gw.precheck()).toEqual({ sheet: 'RAPK 2024', protected: false, hasRealisasi: true, ownSheet: false, hasMarks: false });
    sim.store.sheet('RAPK 2024')!.protected = true;
    expect((await gw.precheck()).protected).toBe(true);
    void gatewayOn;
  });
});

describe('a sheet too large for one response', () => {
  it('is read again in pieces under the 5 MB limit (Excel on the web) and validated completely', async () => {
    const spec = randomSpec(77, { sasaran: 40, indicatorsPerSasaran: 80, linesPerIndicator: 3 });
    for (const s of spec.sasaran)
      for (const i of s.indikator) for (const l of i.lines) l.komponen = `${l.komponen} ${'uraian panjang '.repeat(50)}`;
    const { sim, gw } = simOf([planToGrid(renderRapk(spec))]);
    const r = await gw.validasi('id');
    expect(r.indicators).toBe(3200);
    expect(r.findings).toEqual([]);
    const limit = 5 * 1024 * 1024;
    // the first read, sized from a typical RAPK row, was refused by the limit (its rows are ten
    // times longer); every later response fits under it. The merged areas (~29,000, over the
    // 512 one request returns) come in bands of rows with the values: no batch fails on them
    expect(sim.records.filter((x) => x.responseBytes > limit)).toHaveLength(1);
    expect(sim.records[0]!.responseBytes).toBeGreaterThan(limit);
    expect(sim.records[0]!.refused).toBe(true);
    expect(sim.totalSyncs).toBeGreaterThan(3);
  });
});

describe('Validasi on the Realisasi sheet', () => {
  it('checks it against the RAPK (R01–R03) and marks it, in at most 4 syncs; Hapus tanda restores', async () => {
    const { sim, gw } = await simWith('lakin-tw2-2024-dumai.xlsx');
    const s = sim.store.sheet('Realisasi 2024')!;
    sim.store.activeId = s.id;
    sim.store.writeValue(s, 3, 9, 'delapan');
    sim.store.writeValue(s, 4, 8, 90);
    const before = snapshot(sim);
    sim.resetStats();
    const r = await gw.validasi('id');
    expect(sim.totalSyncs).toBeLessThanOrEqual(4);
    expect(r.sheet).toBe('Realisasi 2024');
    expect(r.findings.map((f) => `${f.code}@${f.cells[0]}`)).toEqual(['R01@J4', 'R03@I5']);
    expect(sim.store.cell(s, 3, 9)!.fill).toEqual({ color: '#FFC000', pattern: 'Solid' });
    expect(s.notes.get('J4')).toMatch(/^RAPK R01/);
    expect((await gw.precheck()).ownSheet).toBe(false);
    await gw.hapusTanda();
    expect(snapshot(sim)).toEqual(before);
  });
});
