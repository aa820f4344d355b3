/** The harness's "Unduh .xlsx" goes through the CLI's writer: the opened file plus the simulator's changes. */
import ExcelJS from 'exceljs';
import { sheetToGrid } from '../../src/xlsx/grid';
import { ExcelSimulator } from '../../src/sim/excelSim';
import { loadGrid, loadPlan } from '../../src/sim/load';
import { originOf, simToXlsx } from '../../src/xlsx/simWrite';
import { samplePlan } from '../../src/sample/sample';
import { gatewayOn } from '../support/sim';
import { partsOf, richWorkbook, structureProblems } from '../support/package';

async function simOfBytes(bytes: Buffer): Promise<ExcelSimulator> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sim = new ExcelSimulator({ platform: 'desktop' });
  for (const ws of wb.worksheets) loadGrid(sim, sheetToGrid(ws));
  return sim;
}

describe('harness download', () => {
  it('an opened workbook: Validasi and Realisasi in the simulator, the file keeps every other part and the sheet’s own setup', async () => {
    const bytes = await richWorkbook('rapk-2024-rejang-lebong-errors.xlsx', { sheetPart: 'xl/worksheets/sheet1.xml', vba: false });
    const sim = await simOfBytes(bytes);
    const origin = originOf(sim, new Uint8Array(bytes));
    const gw = gatewayOn(sim);
    sim.store.activeId = sim.store.sheet('RAPK 2024')!.id;
    await gw.validasi('id');
    await gw.realisasi('id');
    const out = await simToXlsx(sim, origin);
    const before = await partsOf(bytes);
    const after = await partsOf(out);
    expect(structureProblems(after)).toEqual([]);
    const mayChange = (p: string): boolean =>
      ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/worksheets/sheet1.xml'].includes(p) ||
      /^xl\/comments\d+\.xml$|^xl\/drawings\/vmlDrawing\d+\.vml$/.test(p);
    const changed = [...before.keys()].filter((p) => !mayChange(p) && !after.get(p)?.equals(before.get(p)!));
    expect(changed).toEqual([]);
    const sheet = after.get('xl/worksheets/sheet1.xml')!.toString();
    // the RAPK sheet's page setup, merges, validations and conditional formats are still there
    expect(sheet).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(sheet).toContain('<dataValidation type="whole" allowBlank="1" showErrorMessage="1" sqref="Z1:Z9">');
    expect(sheet).toContain('<conditionalFormatting sqref="B3:B10">');
    expect(sheet).toContain('<mergeCell ref="J63:L63"/>');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['RAPK 2024', 'Realisasi 2024', 'Grafik']);
    const rapk = wb.getWorksheet('RAPK 2024')!;
    expect((rapk.getCell('P26').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFF7C80');
    expect(String(rapk.getCell('P26').note)).toMatch(/^RAPK A01 \(Kesalahan\)/);
    // the Realisasi sheet the add-in made: freeze panes, widths, validations, borders, fonts, page setup
    const re = wb.getWorksheet('Realisasi 2024')!;
    expect(re.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, xSplit: 3 });
    expect(re.getColumn(2).width).toBe(40);
    expect(re.getCell('D4').dataValidation).toMatchObject({ type: 'list', formulae: ['"Stakeholder,Internal Process,Learning & Growth"'] });
    expect(re.getCell('A3').font).toMatchObject({ bold: true });
    expect(re.getCell('A4').border).toMatchObject({ top: { style: 'thin' } });
    expect(re.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9 });
  });

  it('a workbook made in the harness (no file): a new package with the sample’s formats', async () => {
    const sim = new ExcelSimulator();
    loadPlan(sim, samplePlan(false));
    await gatewayOn(sim).realisasi('id');
    const out = await simToXlsx(sim, null);
    expect(structureProblems(await partsOf(out))).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([samplePlan(false).name, 'Realisasi 2025']);
    const re = wb.getWorksheet('Realisasi 2025')!;
    expect(re.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, xSplit: 3 });
    expect(re.getCell('A4').value).toBe('01.01');
    expect(re.getCell('D4').dataValidation).toMatchObject({ type: 'list' });
  });
});
