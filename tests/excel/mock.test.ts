/**
 * A second opinion from the ecosystem's own fake (office-addin-mock). The mock is weak (no
 * queue, no `items/...` load paths, reads of unloaded properties return a string instead of
 * throwing), so the simulator carries the real semantics; these check the adapter against
 * another reading of the API where the mock can follow it.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { ExcelGateway } from '../../src/excel/gateway';

describe('office-addin-mock', () => {
  it('select: activates the sheet and selects the cell in one sync', async () => {
    const calls: string[] = [];
    const data = {
      workbook: {
        worksheets: {
          sheet: {
            activate: () => calls.push('activate'),
            range: { select: () => calls.push('select') },
            getRange: function (this: { range: unknown }, a: string) {
              calls.push(`getRange(${a})`);
              return this.range;
            },
          },
          getItem: function (this: { sheet: unknown }, name: string) {
            calls.push(`getItem(${name})`);
            return this.sheet;
          },
        },
      },
    };
    const ctx = new OfficeMockObject(data as unknown as Record<string, unknown>);
    const sync = jest.spyOn(ctx, 'sync');
    const gw = new ExcelGateway(
      async (batch) => batch(ctx as unknown as Excel.RequestContext),
      () => true,
    );
    await gw.select('RAPK 2025', 'P26');
    expect(calls).toEqual(['getItem(RAPK 2025)', 'activate', 'getRange(P26)', 'select']);
    expect(sync).toHaveBeenCalledTimes(1);
  });

  it('capabilities follow isSetSupported: notes from 1.18, comments from 1.10, fill only at 1.9', () => {
    const ctx = new OfficeMockObject({});
    const at = (v: number) =>
      new ExcelGateway(
        async (b) => b(ctx as unknown as Excel.RequestContext),
        (_n, s) => Number(s.split('.')[1]) <= v,
      ).capabilities();
    expect(at(18)).toEqual({ supported: true, noteMode: 'notes' });
    expect(at(12)).toEqual({ supported: true, noteMode: 'comments' });
    expect(at(9)).toEqual({ supported: true, noteMode: 'none' });
    expect(at(8).supported).toBe(false);
  });

  it('the mock reports reading before load (office-js would throw PropertyNotLoaded)', () => {
    const ctx = new OfficeMockObject({ workbook: { worksheets: { active: { name: 'RAPK 2025' } } } }) as unknown as {
      workbook: { worksheets: { active: { name: unknown } } };
    };
    expect(String(ctx.workbook.worksheets.active.name)).toMatch(/not loaded/);
  });
});
