/**
 * The simulator's `getSpecialCellsOrNullObject` (ExcelApi 1.9), which the web's Validasi uses to
 * read the formats of the cells holding numbers only (ADR 005 addendum, issue 21 item 10): the
 * cells of a value type, constants apart from formulas, a null object when none, areas fixed in
 * the batch that asks, a null object's areas refused (undocumented in office-js).
 */
import { ExcelSimulator } from '../../src/sim/excelSim';
import { loadGrid } from '../../src/sim/load';

function sim(): ExcelSimulator {
  const s = new ExcelSimulator({ platform: 'web' });
  loadGrid(s, {
    name: 'RAPK',
    values: [
      ['Kode', 'Target', 'Target', null],
      ['A', 0.85, 2, 'teks'],
      ['B', null, 1.5, null],
      ['C', 7, 8, null],
    ],
    formats: [[], [null, '0%', '0%'], [null, null, '0.0%'], [null, '0.00', '0.00']],
  });
  return s;
}

describe('getSpecialCellsOrNullObject in the simulator', () => {
  it('names the cells holding numbers as rectangles, with their formats, in a later batch', async () => {
    const s = sim();
    await s.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('RAPK');
      const numbers = ws.getRange('A1:D4').getSpecialCellsOrNullObject('Constants', 'Numbers');
      numbers.load('areaCount,cellCount');
      const formulas = ws.getRange('A1:D4').getSpecialCellsOrNullObject('Formulas', 'Numbers');
      formulas.load('areaCount');
      await ctx.sync();
      expect(numbers.isNullObject).toBe(false);
      expect(formulas.isNullObject).toBe(true);
      expect([numbers.areaCount, numbers.cellCount]).toEqual([3, 5]);
      // a cell typed after the probe does not join its areas: they are the probe batch's
      const store = s.store;
      store.writeValue(store.sheet('RAPK')!, 2, 1, 99);
      const areas = numbers.areas.load('items/address,items/numberFormat');
      await ctx.sync();
      expect(areas.items.map((a) => [a.address, a.numberFormat])).toEqual([
        ['RAPK!B2:C2', [['0%', '0%']]],
        ['RAPK!C3', [['0.0%']]],
        ['RAPK!B4:C4', [['0.00', '0.00']]],
      ]);
    });
  });

  it("refuses a null object's areas (a call chained on a null object: undocumented)", async () => {
    const s = sim();
    await expect(
      s.run(async (ctx) => {
        const none = ctx.workbook.worksheets.getItem('RAPK').getRange('A1:A4').getSpecialCellsOrNullObject('Constants', 'Numbers');
        none.areas.load('items/numberFormat');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
