/**
 * What real Excel does differently from a lenient simulator (issue 11): the list separator,
 * null objects, comment addresses, payloads, workbook structure protection, sheets that allow
 * formatting, exact fills. Each test fails on the adapter before the fix.
 */
import { ExcelSimulator, SimError, SimWorksheet } from '../../src/sim/excelSim';
import { MARKS_KEY, MAX_STATE_CHARS } from '../../src/excel/gateway';
import { parseRecordXml } from '../../src/core/sheets/marksRecord';
import { recordBytes } from '../../src/core/sheets/marksState';
import { loadGrid } from '../../src/sim/load';
import { simOf, simWith, snapshot } from '../support/sim';

const FIXTURE = 'rapk-2024-rejang-lebong-errors.xlsx';

describe.each([',', ';'] as const)('on a host whose list separator is "%s"', (listSeparator) => {
  it('Validasi marks in 3 syncs and Hapus tanda restores in 3, exactly', async () => {
    const { sim, gw } = await simWith(FIXTURE, { listSeparator });
    const before = snapshot(sim);
    sim.resetStats();
    const r = await gw.validasi('id');
    expect(sim.totalSyncs).toBe(3);
    expect(r.marked).toBe(12);
    const s = sim.store.sheet('RAPK 2024')!;
    expect(sim.store.cell(s, 25, 15)!.fill).toEqual({ color: '#FF7C80', pattern: 'Solid' });
    sim.resetStats();
    expect(await gw.hapusTanda()).toEqual({ restored: 12 });
    expect(sim.totalSyncs).toBe(3);
    expect(snapshot(sim)).toEqual(before);
  });

  it('Realisasi and Ringkasan write their formatted sheets', async () => {
    const { sim, gw } = await simWith('lakin-tw2-2024-dumai.xlsx', { listSeparator });
    const r = await gw.ringkasan(2, 'id');
    expect(sim.store.sheet(r.sheet)).toBeDefined();
    const filled = [...sim.store.sheet(r.sheet)!.cells.values()].filter((c) => c.fill).length;
    expect(filled).toBeGreaterThan(10);
  });

  it('the simulator refuses an address list with the other separator', async () => {
    const sim = new ExcelSimulator({ listSeparator });
    sim.store.addSheet('A');
    const other = listSeparator === ',' ? ';' : ',';
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('A').getRanges(`B7:C7${other}G10`).format.fill.color = '#FF0000';
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      ctx.workbook.worksheets.getItem('A').getRanges(`B7:C7${listSeparator}G10`).format.fill.color = '#FF0000';
      await ctx.sync();
    });
    expect(sim.store.cell(sim.store.sheet('A')!, 9, 6)!.fill!.color).toBe('#FF0000');
  });
});

describe('no multi-area address anywhere', () => {
  it('Validasi (RAPK, settings sheet), Hapus tanda, Realisasi (new and in place), Ringkasan and Pengaturan never call getRanges', async () => {
    const spy = jest.spyOn(SimWorksheet.prototype, 'getRanges');
    try {
      const { sim, gw } = await simWith('lakin-tw2-2024-dumai.xlsx');
      sim.store.removeSheet(sim.store.sheet('Realisasi 2024')!.id);
      expect(await gw.realisasi('id')).toMatchObject({ created: true });
      expect(await gw.realisasi('id')).toMatchObject({ created: false });
      await gw.ringkasan(2, 'id');
      expect(await gw.pengaturan('spec', 'id')).toMatchObject({ created: true });
      await gw.validasi('id');
      sim.store.activeId = sim.store.sheet('RAPK 2024')!.id;
      await gw.validasi('id');
      await gw.hapusTanda();
      const errs = await simWith(FIXTURE);
      expect((await errs.gw.validasi('id')).marked).toBe(12);
      expect(await errs.gw.hapusTanda()).toEqual({ restored: 12 });
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});

describe('null objects', () => {
  it('a method called on a null object fails the batch in the simulator (undocumented in office-js)', async () => {
    const sim = new ExcelSimulator();
    sim.store.addSheet('Kosong');
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Kosong');
      ws.getUsedRangeOrNullObject(true).getIntersectionOrNullObject(ws.getRange('1:10')).load('values');
      await expect(ctx.sync()).rejects.toBeInstanceOf(SimError);
    });
  });

  it('Realisasi on a workbook with a blank sheet reads it without chaining on a null object', async () => {
    const { sim, gw } = await simWith(FIXTURE);
    sim.store.addSheet('Kosong');
    const r = await gw.realisasi('id');
    expect(r.created).toBe(true);
    expect(sim.store.sheet(r.sheet)).toBeDefined();
  });

  it('a table that starts below the first rows and right of column A is read the same', async () => {
    const grid = { name: 'Data', values: [[], [], [null, null, 'x'], [null, 'a', 'b', 'c']] };
    const { gw } = simOf([grid]);
    await expect(gw.validasi('id')).rejects.toMatchObject({ kind: 'noRapk' });
  });
});

describe('comment addresses (ExcelApi 1.10–1.17)', () => {
  it('the simulator wants the sheet name or a Range', async () => {
    const sim = new ExcelSimulator({ apiVersion: 12 });
    sim.store.addSheet('RAPK 2024');
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('RAPK 2024');
      ws.comments.add('B5', 'x');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      ws.comments.add("'RAPK 2024'!B5", 'x');
      ws.comments.add(ws.getRange('C6'), 'y');
      await ctx.sync();
    });
    expect(sim.store.sheet('RAPK 2024')!.comments.map((c) => c.address)).toEqual(['B5', 'C6']);
  });

  it('Validasi and Realisasi add their comments on every 1.10–1.17 host', async () => {
    for (const apiVersion of [10, 17]) {
      const { sim, gw } = await simWith(FIXTURE, { apiVersion });
      expect((await gw.validasi('id')).noteMode).toBe('comments');
      expect(sim.store.sheet('RAPK 2024')!.comments).toHaveLength(12);
    }
  });
});

describe('payloads of Validasi', () => {
  it('a request refused for its size on the first write changed nothing, and says so', async () => {
    const { sim, gw } = await simWith(FIXTURE);
    const before = snapshot(sim);
    sim.onSync = (n) => {
      if (n === 3) throw new SimError('RequestPayloadSizeLimitExceeded', 'too large');
    };
    await expect(gw.validasi('id')).rejects.toMatchObject({ kind: 'tooLarge', done: 'nothing' });
    expect(snapshot(sim)).toEqual(before);
  });

  it('the saved state stays under its bound: marks past it are not made', async () => {
    const { sim, gw } = await simWith(FIXTURE);
    const s = sim.store.sheet('RAPK 2024')!;
    // planners' long notes on the marked cells (each is saved to be restored)
    for (const a of ['P26', 'J7', 'P7']) s.notes.set(a, 'n'.repeat(400_000));
    const r = await gw.validasi('id');
    expect(r.marked).toBeLessThan(12);
    expect(r.findings.length).toBeGreaterThanOrEqual(12);
    // the record is a custom XML part now (issue 21): its size as it travels stays under the bound
    expect(recordBytes(sim.store.customXmlParts[0]!.xml)).toBeLessThan(MAX_STATE_CHARS * 1.1);
    await gw.hapusTanda();
    for (const a of ['P26', 'J7', 'P7']) expect(s.notes.get(a)).toBe('n'.repeat(400_000));
  });
});

describe('protection', () => {
  it('Realisasi (creating its sheet), Ringkasan and Pengaturan stop on a protected workbook structure, changing nothing', async () => {
    const { sim, gw } = await simWith('lakin-tw2-2024-dumai.xlsx');
    sim.store.structureProtected = true;
    const before = snapshot(sim);
    await expect(gw.ringkasan(2, 'id')).rejects.toMatchObject({ kind: 'structureProtected', done: 'nothing' });
    await expect(gw.pengaturan('spec', 'id')).rejects.toMatchObject({ kind: 'structureProtected', done: 'nothing' });
    expect(snapshot(sim)).toEqual(before);
    // no Realisasi sheet yet: Realisasi would add one
    sim.store.removeSheet(sim.store.sheet('Realisasi 2024')!.id);
    const without = snapshot(sim);
    await expect(gw.realisasi('id')).rejects.toMatchObject({ kind: 'structureProtected', done: 'nothing' });
    expect(snapshot(sim)).toEqual(without);
  });

  it('an existing Realisasi sheet is refreshed in place on a protected workbook structure (no sheet added, deleted or renamed)', async () => {
    const free = await simWith('lakin-tw2-2024-dumai.xlsx');
    const { sim, gw } = await simWith('lakin-tw2-2024-dumai.xlsx');
    sim.store.structureProtected = true;
    const sheets = sim.store.sheets.map((s) => [s.id, s.name]);
    const r = await gw.realisasi('id');
    // kept: the rows with typed values (issue 22.9), 17 of the 25 in the Dumai file; its sheet already
    // says what its RAPK says: nothing to write, and said (upToDate) instead of "refreshed"
    expect(r).toEqual({ sheet: 'Realisasi 2024', rows: 25, kept: 17, orphans: 0, created: false, rapkErrors: [], upToDate: true });
    expect(sim.store.sheets.map((s) => [s.id, s.name])).toEqual(sheets);
    // exactly the refresh made where the structure is not protected
    expect(await free.gw.realisasi('id')).toEqual(r);
    expect(snapshot(sim)).toEqual(snapshot(free.sim));
  });

  it('a sheet protected with "Format cells" allowed is marked (fills; notes too with "Edit objects")', async () => {
    const both = await simWith(FIXTURE);
    const s = both.sim.store.sheet('RAPK 2024')!;
    s.protected = true;
    s.protectionOptions = { allowFormatCells: true, allowEditObjects: true };
    const before = snapshot(both.sim);
    expect((await both.gw.validasi('id')).noteMode).toBe('notes');
    expect(s.notes.size).toBe(12);
    await both.gw.hapusTanda();
    expect(snapshot(both.sim)).toEqual(before);

    const fmt = await simWith(FIXTURE);
    const t = fmt.sim.store.sheet('RAPK 2024')!;
    t.protected = true;
    t.protectionOptions = { allowFormatCells: true, allowEditObjects: false };
    const r = await fmt.gw.validasi('id');
    expect(r.noteMode).toBe('none');
    expect(r.marked).toBe(12);
    expect(t.notes.size).toBe(0);
    expect(fmt.sim.store.cell(t, 25, 15)!.fill!.color).toBe('#FF7C80');
    expect(await fmt.gw.hapusTanda()).toEqual({ restored: 12 });
    expect(fmt.sim.store.cell(t, 25, 15)!.fill).toBeNull();
  });
});

describe('exact restore', () => {
  it("Hapus tanda puts back the planner's colour, pattern, pattern colour and tint", async () => {
    const { sim, gw } = await simWith(FIXTURE);
    const s = sim.store.sheet('RAPK 2024')!;
    const own = { color: '#C6E0B4', pattern: 'Gray50', patternColor: '#1F4E78', tintAndShade: 0.4 };
    sim.store.cellW(s, 25, 15).fill = { ...own }; // P26
    sim.store.cellW(s, 6, 9).fill = { color: '#DDEBF7', pattern: 'Solid', tintAndShade: -0.25 }; // J7
    await gw.validasi('id');
    expect(sim.store.cell(s, 25, 15)!.fill).toEqual({ color: '#FF7C80', pattern: 'Solid' });
    await gw.hapusTanda();
    expect(sim.store.cell(s, 25, 15)!.fill).toEqual(own);
    expect(sim.store.cell(s, 6, 9)!.fill).toEqual({ color: '#DDEBF7', pattern: 'Solid', tintAndShade: -0.25 });
  });

  it('with the marks recognised by record (issue 16): a planner\'s patterned fill and "RAPK …" note both come back exactly', async () => {
    const { sim, gw } = await simWith(FIXTURE);
    const s = sim.store.sheet('RAPK 2024')!;
    const own = { color: '#C6E0B4', pattern: 'Gray50', patternColor: '#1F4E78', tintAndShade: 0.4 };
    sim.store.cellW(s, 25, 15).fill = { ...own }; // P26, marked
    s.notes.set('P26', 'RAPK revisi ke-1');
    const before = snapshot(sim);
    await gw.validasi('id');
    // the record is the custom XML part both hosts share (issue 21)
    const saved = parseRecordXml(sim.store.customXmlParts[0]!.xml);
    expect(saved.sheets[0]!.cells.find((c) => c.a === 'P26')).toMatchObject({ fill: own, note: 'RAPK revisi ke-1' });
    expect(s.notes.get('P26')).toMatch(/^RAPK revisi ke-1\n\nRAPK A01 \(Kesalahan\)/);
    await gw.validasi('en');
    await gw.hapusTanda();
    expect(sim.store.cell(s, 25, 15)!.fill).toEqual(own);
    expect(s.notes.get('P26')).toBe('RAPK revisi ke-1');
    expect(snapshot(sim)).toEqual(before);
  });

  it('a state saved by an older version (colour and pattern only, no recorded text) still restores', async () => {
    const { sim, gw } = await simWith(FIXTURE);
    const s = sim.store.sheet('RAPK 2024')!;
    sim.store.cellW(s, 25, 15).fill = { color: '#FF7C80', pattern: 'Solid' }; // P26 still shows the mark
    s.notes.set('P26', 'cek\n\nRAPK A01 (Kesalahan): x');
    const cells = [{ a: 'P26', fill: { color: '#C6E0B4', pattern: 'Solid' }, note: 'cek', mark: '#FF7C80' }];
    sim.store.settings.set(MARKS_KEY, JSON.stringify(JSON.stringify({ v: 1, sheets: [{ id: s.id, name: s.name, mode: 'notes', cells }] })));
    expect(await gw.hapusTanda()).toEqual({ restored: 1 });
    expect(sim.store.cell(s, 25, 15)!.fill).toEqual({ color: '#C6E0B4', pattern: 'Solid' });
    expect(s.notes.get('P26')).toBe('cek');
    expect(sim.store.settings.has(MARKS_KEY)).toBe(false);
  });
});

describe('dates', () => {
  it('a date cell reads as its serial number, as in Excel (the CLI reads it as an ISO string)', async () => {
    const sim = new ExcelSimulator();
    loadGrid(sim, {
      name: 'A',
      values: [['2024-01-01', '2024-03-31', '2024-01-01']],
      formats: [['dd/mm/yyyy', 'd mmmm yyyy', '@']],
    });
    const values = await sim.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('A').getRange('A1:C1').load('values');
      await ctx.sync();
      return r.values;
    });
    expect(values).toEqual([[45292, 45382, '2024-01-01']]);
  });

  it('a date cell beside the RAPK table stays a serial and does not change Validasi', async () => {
    const { sim, gw } = await simWith(FIXTURE);
    const s = sim.store.sheet('RAPK 2024')!;
    const empty = [...Array(30).keys()].find((c) => !sim.store.cell(s, 0, c + 20))! + 20;
    const cell = sim.store.cellW(s, 0, empty);
    cell.value = 45292;
    cell.numberFormat = 'dd/mm/yyyy';
    const r = await gw.validasi('id');
    expect(r.marked).toBe(12);
    expect(sim.store.cell(s, 0, empty)!.value).toBe(45292);
  });
});

describe('merges', () => {
  it('one-row merges of the same columns in consecutive rows are one merge(true); the sheet is the same', async () => {
    const { mergeCalls } = await import('../../src/excel/writePlan');
    const calls = mergeCalls([
      { r1: 0, c1: 0, r2: 1, c2: 3 },
      { r1: 4, c1: 1, r2: 4, c2: 2 },
      { r1: 5, c1: 1, r2: 5, c2: 2 },
      { r1: 7, c1: 1, r2: 7, c2: 2 },
      { r1: 5, c1: 4, r2: 5, c2: 6 },
    ]);
    expect(calls).toEqual([
      { range: { r1: 0, c1: 0, r2: 1, c2: 3 }, across: false },
      { range: { r1: 4, c1: 1, r2: 5, c2: 2 }, across: true },
      { range: { r1: 7, c1: 1, r2: 7, c2: 2 }, across: true },
      { range: { r1: 5, c1: 4, r2: 5, c2: 6 }, across: true },
    ]);
    const sim = new ExcelSimulator();
    const s = sim.store.addSheet('A');
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('A');
      for (const c of calls)
        ws.getRangeByIndexes(c.range.r1, c.range.c1, c.range.r2 - c.range.r1 + 1, c.range.c2 - c.range.c1 + 1).merge(c.across);
      await ctx.sync();
    });
    expect(s.merges).toEqual([
      { r1: 0, c1: 0, r2: 1, c2: 3 },
      { r1: 4, c1: 1, r2: 4, c2: 2 },
      { r1: 5, c1: 1, r2: 5, c2: 2 },
      { r1: 7, c1: 1, r2: 7, c2: 2 },
      { r1: 5, c1: 4, r2: 5, c2: 6 },
    ]);
  });
});
