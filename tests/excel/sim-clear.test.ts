/**
 * The simulator's `Range.clear(applyTo)` as Microsoft documents `Excel.ClearApplyTo` (All,
 * Contents, Formats from ExcelApi 1.1, Hyperlinks and RemoveHyperlinks from 1.7, ResetContents
 * from 1.18) over what it models: values, formulas, number formats, fills, fonts, alignment,
 * borders, hyperlinks, notes, comments, data validation, conditional formats; and
 * `dataValidation.clear()`. It used to delete every cell whatever `applyTo` said.
 */
import { ExcelSimulator } from '../../src/sim/excelSim';
import type { SimCell } from '../../src/sim/store';

type Applied = 'All' | 'Contents' | 'Formats' | 'Hyperlinks' | 'RemoveHyperlinks' | 'ResetContents';

/** Sheet S: A1 a formatted number with a note, a comment, a list; B1 a hyperlinked formula; A2 plain text; C1 outside */
function sim(apiVersion = 18): ExcelSimulator {
  const s = new ExcelSimulator({ apiVersion });
  const sh = s.store.addSheet('S');
  const put = (r: number, c: number, cell: SimCell): void => void sh.cells.set(`${r},${c}`, cell);
  put(0, 0, {
    value: 0.5,
    numberFormat: '0%',
    fill: { color: '#FFFF00', pattern: 'Solid' },
    fontColor: '#FF0000',
    bold: true,
    border: true,
  });
  put(0, 1, { value: 3, formula: '=1+2', hyperlink: 'https://example.org', fontColor: '#0563C1', align: 'Center' });
  put(1, 0, { value: 'teks', wrap: true });
  put(0, 2, { value: 'luar', fill: { color: '#00FF00', pattern: 'Solid' } });
  sh.notes.set('A1', 'catatan perencana');
  sh.comments.push({ id: 'c1', address: 'A2', content: 'komentar' });
  sh.comments.push({ id: 'c2', address: 'C1', content: 'di luar' });
  sh.validations.push({ range: 'A1:C2', list: ['Ya', 'Tidak'] });
  sh.conditionalFormats.push({ r1: 0, c1: 0, r2: 1, c2: 1 });
  s.store.activeId = sh.id;
  return s;
}

async function clear(s: ExcelSimulator, applyTo?: Applied, address = 'A1:B2'): Promise<void> {
  await s.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem('S').getRange(address);
    if (applyTo === undefined) r.clear();
    else r.clear(applyTo);
    await ctx.sync();
  });
}

const sheet = (s: ExcelSimulator) => s.store.sheet('S')!;
const cell = (s: ExcelSimulator, r: number, c: number): SimCell | undefined => sheet(s).cells.get(`${r},${c}`);
const outside = (s: ExcelSimulator) => ({
  c1: cell(s, 0, 2),
  comment: sheet(s).comments.filter((c) => c.address === 'C1').length,
});
const OUTSIDE = { c1: { value: 'luar', fill: { color: '#00FF00', pattern: 'Solid' } }, comment: 1 };

describe('Range.clear(applyTo) in the simulator', () => {
  it('All (and no argument): everything in the range — values, formulas, formats, hyperlink, note, comment, its part of the list and the conditional format', async () => {
    for (const applyTo of [undefined, 'All'] as const) {
      const s = sim();
      await clear(s, applyTo);
      expect([cell(s, 0, 0), cell(s, 0, 1), cell(s, 1, 0)]).toEqual([undefined, undefined, undefined]);
      expect(sheet(s).notes.size).toBe(0);
      expect(sheet(s).comments.map((c) => c.address)).toEqual(['C1']);
      // the list keeps the cells outside the cleared range (C1:C2), the conditional format is gone
      expect(sheet(s).validations).toEqual([{ range: 'C1:C2', list: ['Ya', 'Tidak'] }]);
      expect(sheet(s).conditionalFormats).toEqual([]);
      expect(outside(s)).toEqual(OUTSIDE);
    }
  });

  it('Contents: values and formulas only; formats, hyperlink, note, comment, list and conditional format stay', async () => {
    const s = sim();
    await clear(s, 'Contents');
    expect(cell(s, 0, 0)).toEqual({
      value: null,
      numberFormat: '0%',
      fill: { color: '#FFFF00', pattern: 'Solid' },
      fontColor: '#FF0000',
      bold: true,
      border: true,
    });
    expect(cell(s, 0, 1)).toEqual({ value: null, hyperlink: 'https://example.org', fontColor: '#0563C1', align: 'Center' });
    expect(cell(s, 1, 0)).toEqual({ value: null, wrap: true });
    expect(sheet(s).notes.get('A1')).toBe('catatan perencana');
    expect(sheet(s).comments).toHaveLength(2);
    expect(sheet(s).validations).toEqual([{ range: 'A1:C2', list: ['Ya', 'Tidak'] }]);
    expect(sheet(s).conditionalFormats).toHaveLength(1);
    // what a reader sees: the values gone, the formula too
    await s.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1:B2').load('values,formulas,numberFormat');
      await ctx.sync();
      expect(r.values).toEqual([
        ['', ''],
        ['', ''],
      ]);
      expect(r.formulas).toEqual([
        ['', ''],
        ['', ''],
      ]);
      expect(r.numberFormat[0]![0]).toBe('0%');
    });
  });

  it('Formats: number formats, cell formats and the conditional format; values, formula, hyperlink, note, comment and list stay', async () => {
    const s = sim();
    await clear(s, 'Formats');
    expect(cell(s, 0, 0)).toEqual({ value: 0.5 });
    expect(cell(s, 0, 1)).toEqual({ value: 3, formula: '=1+2', hyperlink: 'https://example.org' });
    expect(cell(s, 1, 0)).toEqual({ value: 'teks' });
    expect(sheet(s).notes.size).toBe(1);
    expect(sheet(s).comments).toHaveLength(2);
    expect(sheet(s).validations).toHaveLength(1);
    expect(sheet(s).conditionalFormats).toEqual([]);
    expect(outside(s)).toEqual(OUTSIDE);
  });

  it('Hyperlinks: the link only; RemoveHyperlinks: the link and that cell’s formats, content, list and conditional format kept', async () => {
    const h = sim();
    await clear(h, 'Hyperlinks');
    expect(cell(h, 0, 1)).toEqual({ value: 3, formula: '=1+2', fontColor: '#0563C1', align: 'Center' });
    expect(cell(h, 0, 0)?.fill).toEqual({ color: '#FFFF00', pattern: 'Solid' });
    const r = sim();
    await clear(r, 'RemoveHyperlinks');
    expect(cell(r, 0, 1)).toEqual({ value: 3, formula: '=1+2' });
    // a cell without a link keeps its formats
    expect(cell(r, 0, 0)?.fill).toEqual({ color: '#FFFF00', pattern: 'Solid' });
    expect(sheet(r).validations).toHaveLength(1);
    expect(sheet(r).conditionalFormats).toHaveLength(1);
  });

  it('ResetContents: every cell blank (no cell controls are modelled), formats kept', async () => {
    const s = sim();
    await clear(s, 'ResetContents');
    expect(cell(s, 0, 0)?.value).toBeNull();
    expect(cell(s, 0, 0)?.numberFormat).toBe('0%');
    expect(cell(s, 0, 1)).toEqual({ value: null, hyperlink: 'https://example.org', fontColor: '#0563C1', align: 'Center' });
  });

  it('a value the host’s API set does not have, or none of the enum, is refused and nothing changes', async () => {
    for (const [api, v] of [
      [6, 'Hyperlinks'],
      [6, 'RemoveHyperlinks'],
      [17, 'ResetContents'],
      [18, 'Everything'],
    ] as const) {
      const s = sim(api);
      const before = JSON.stringify([...sheet(s).cells]);
      await expect(clear(s, v as Applied)).rejects.toMatchObject({ code: 'InvalidArgument' });
      expect(JSON.stringify([...sheet(s).cells])).toBe(before);
    }
    await expect(clear(sim(7), 'Hyperlinks')).resolves.toBeUndefined();
  });

  it('a read-only file refuses every clear; a protected sheet that allows formatting takes Formats only', async () => {
    const ro = sim();
    ro.store.readOnly = true;
    await expect(clear(ro, 'Formats')).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(cell(ro, 0, 0)?.fill).toEqual({ color: '#FFFF00', pattern: 'Solid' });
    const p = sim();
    sheet(p).protected = true;
    sheet(p).protectionOptions.allowFormatCells = true;
    await expect(clear(p, 'Contents')).rejects.toBeDefined();
    expect(cell(p, 0, 0)?.value).toBe(0.5);
    await clear(p, 'Formats');
    expect(cell(p, 0, 0)).toEqual({ value: 0.5 });
  });

  it('dataValidation.clear removes the list from its cells only (it used to do nothing)', async () => {
    const s = sim();
    await s.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('B1:B2').dataValidation.clear();
      await ctx.sync();
    });
    expect(sheet(s).validations.map((v) => v.range)).toEqual(['A1:A2', 'C1:C2']);
    expect(cell(s, 0, 1)?.value).toBe(3);
    // the adapter's clear-then-set (src/excel/writeCells.ts), run twice: one list on those cells, not two
    for (let k = 0; k < 2; k++)
      await s.run(async (ctx) => {
        const dv = ctx.workbook.worksheets.getItem('S').getRange('B1:B2').dataValidation;
        dv.clear();
        dv.rule = { list: { inCellDropDown: true, source: 'A,B' } };
        await ctx.sync();
      });
    expect(sheet(s).validations.filter((v) => v.range === 'B1:B2')).toEqual([{ range: 'B1:B2', list: ['A', 'B'] }]);
  });

  it('RangeAreas.clear (ExcelApi 1.9) clears each area as Range.clear does, nothing between them', async () => {
    const s = sim();
    await s.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRanges('A1,C1').clear('Contents');
      await ctx.sync();
    });
    expect([cell(s, 0, 0)?.value, cell(s, 0, 1)?.value, cell(s, 0, 2)]).toEqual([
      null,
      3,
      { value: null, fill: { color: '#00FF00', pattern: 'Solid' } },
    ]);
    expect(cell(s, 0, 0)?.fill).toEqual({ color: '#FFFF00', pattern: 'Solid' });
  });
});
