/** The Ringkasan in the add-in (simulator): print setup, row heights, and a re-run that keeps the planner's values. */
import { simWith } from '../support/sim';
import { RINGKASAN_TEXT } from '../../src/core/locales/ringkasan';
import { UI } from '../../src/core/locales/pane';
import { planOfSimSheet } from '../../src/xlsx/simWrite';

describe('Ringkasan in Excel', () => {
  it('prints as planned: A4 landscape one page wide, footer, print area, manual breaks, row heights; no freeze, no title rows', async () => {
    const { sim, gw } = await simWith('lakin-tw2-2024-dumai.xlsx');
    await gw.ringkasan(2, 'id');
    const s = sim.store.sheet('Ringkasan TW II 2024')!;
    expect([s.orientation, s.paperSize, s.fitToWidth, s.printTitleRows, s.freezeRows, s.freezeCols]).toEqual([
      'Landscape',
      'A4',
      true,
      null,
      0,
      0,
    ]);
    expect(s.centerFooter).toBe('Halaman &P dari &N');
    expect(s.margins).toEqual({ left: 36, right: 36, top: 43.2, bottom: 54, header: 21.6, footer: 21.6 });
    expect(s.printArea).toMatch(/^A1:L\d+$/);
    expect(s.pageBreaks.length).toBeGreaterThanOrEqual(2);
    // the sasaran of 01.01–01.04 (four lines of text in its merged cell) and a long indicator name have their heights
    expect(s.rowHeights!.size).toBeGreaterThan(10);
    expect(Math.max(...s.rowHeights!.values())).toBeGreaterThanOrEqual(45);
    // the harness's download (the simulator's sheet back to a plan) keeps the page setup
    const back = planOfSimSheet(s);
    expect(back.print).toMatchObject({ footer: 'Halaman &P dari &N', margins: { left: 0.5, top: 0.6, bottom: 0.75, header: 0.3 } });
    expect(back.print!.area).toMatchObject({ r1: 0, c1: 0, c2: 11 });
    expect(back.heights!.length).toBe(s.rowHeights!.size);
  });

  it('a re-run keeps a value the planner typed beside the tables, in the same number of syncs, and says what changed', async () => {
    const { sim, gw } = await simWith('lakin-tw2-2024-dumai.xlsx');
    const first = await gw.ringkasan(2, 'id');
    expect([first.replaced, first.kept]).toEqual([false, 0]);
    let s = sim.store.sheet('Ringkasan TW II 2024')!;
    sim.store.writeValue(s, 4, 13, 'catatan: konfirmasi 02.02 ke bidang');
    sim.resetStats();
    const second = await gw.ringkasan(2, 'id');
    expect(sim.totalSyncs).toBe(3);
    expect([second.replaced, second.kept]).toEqual([true, 1]);
    s = sim.store.sheet('Ringkasan TW II 2024')!;
    expect(sim.store.cell(s, 4, 13)!.value).toBe('catatan: konfirmasi 02.02 ke bidang');
    expect(sim.store.cell(s, 0, 0)!.value).toBe(RINGKASAN_TEXT.id.agency);
    expect(UI.id.ringkasanDone(second.sheet, second)).toBe(
      'Sheet "Ringkasan TW II 2024" dibuat ulang menggantikan sheet lama; 1 isian Anda di luar tabel add-in tetap disimpan. Perubahan ini tidak dapat dibatalkan dengan Ctrl+Z.',
    );
    expect(UI.en.ringkasanDone(first.sheet, first)).toBe('Sheet "Ringkasan TW II 2024" created. Ctrl+Z cannot undo this change.');
  });
});
