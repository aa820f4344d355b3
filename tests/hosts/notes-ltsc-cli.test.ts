/**
 * Notes an Excel with the notes API made, which Excel 2021/2024 LTSC cannot remove (ADR 003,
 * addendum): Hapus tanda there keeps them in the record, and `rapk hapus-tanda` on the saved file
 * removes them — the planner's cells exactly as before Validasi.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { simFromFile } from '../../src/harness/xlsxio';
import { ExcelSimulator } from '../../src/sim/excelSim';
import { HOST_PROFILES } from '../../src/sim/profiles';
import { originOf, simToXlsx } from '../../src/xlsx/simWrite';
import { rapk, tmpDir } from '../support/cli';
import { gatewayOn } from '../support/sim';

const FIXTURE = path.join(__dirname, '../fixtures/rapk-2024-rejang-lebong-errors.xlsx');

/** Every cell's value, fill and note text, sheet by sheet. */
async function cellsOf(file: string): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => {
    const cells: unknown[] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const fill = cell.fill as { type?: string; pattern?: string; fgColor?: unknown } | undefined;
        const note = cell.note as unknown;
        const text =
          typeof note === 'string'
            ? note
            : ((note as { texts?: { text: string }[] } | undefined)?.texts?.map((t) => t.text).join('') ?? null);
        const hasFill = fill?.type === 'pattern' && fill.pattern !== 'none';
        if (cell.value === null && !hasFill && !text) return;
        cells.push([r, c, cell.value, hasFill ? `${fill.pattern}/${JSON.stringify(fill.fgColor)}` : null, text]);
      }),
    );
    return { name: ws.name, cells };
  });
}

describe('notes made on Microsoft 365, Hapus tanda on LTSC, then rapk hapus-tanda', () => {
  it.each(['Excel 2021 LTSC', 'Excel 2024 LTSC'])('%s: the record keeps the notes; the CLI removes them', async (ltsc) => {
    const bytes = new Uint8Array(fs.readFileSync(FIXTURE));
    const m365 = await simFromFile(bytes.slice().buffer);
    const origin = originOf(m365, bytes);
    m365.store.activeId = m365.store.sheet('RAPK 2024')!.id;
    expect((await gatewayOn(m365).validasi('id')).noteMode).toBe('notes');
    // the same workbook opened in the LTSC Excel
    const profile = HOST_PROFILES.find((p) => p.name === ltsc)!;
    const there = new ExcelSimulator(profile.options, m365.store);
    expect(await gatewayOn(there).hapusTanda()).toEqual({ restored: 12, kept: { notes: 12, comments: 0 } });
    expect(m365.store.sheet('RAPK 2024')!.notes.size).toBe(12);
    const dir = tmpDir();
    const y = path.join(dir, 'y.xlsx');
    const z = path.join(dir, 'z.xlsx');
    fs.writeFileSync(y, await simToXlsx(m365, origin));
    const run = await rapk('hapus-tanda', y, '-o', z);
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(await cellsOf(z)).toEqual(await cellsOf(FIXTURE));
  });
});
