/**
 * The DrawingML chart parts (`addChartParts`, the one chart writer of the CLI): escaping,
 * sheet-name quoting, relationships, content types, on a sheet whose name and labels need them.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { XMLValidator } from 'fast-xml-parser';
import { addChartParts } from '../../src/xlsx/chartParts';
import type { SheetPlan } from '../../src/core/sheets/plan';

test('a chart on a sheet whose name and labels need escaping', async () => {
  const name = "Rekap O'Neil & <Co>";
  const plan: SheetPlan = {
    name,
    rows: 3,
    cols: 3,
    cells: [
      { r: 0, c: 2, value: 'NPSS <&>' },
      { r: 1, c: 1, value: 'A & B <x> "y"' },
      { r: 1, c: 2, value: 101.5 },
      { r: 2, c: 1, value: '=SUM(1)' },
    ],
    merges: [],
    widths: [12, 12, 12],
    charts: [
      {
        title: 'NPSS <per> unit & "TW"',
        categories: { r1: 1, c1: 1, r2: 2, c2: 1 },
        series: [{ name: { r: 0, c: 2 }, values: { r1: 1, c1: 2, r2: 2, c2: 2 }, type: 'column', color: '#4472C4' }],
        anchor: { r: 4, c: 0, rows: 17, cols: 9 },
      },
    ],
  };
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Lain');
  const ws = wb.addWorksheet(name);
  ws.getCell('C1').value = 'NPSS <&>';
  ws.getCell('B2').value = 'A & B <x> "y"';
  ws.getCell('C2').value = 101.5;
  ws.getCell('B3').value = '=SUM(1)';
  const zip = await JSZip.loadAsync(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  expect(await addChartParts(zip, plan, { x: 'Unit & <x>', y: 'NPSS' })).toBe(1);
  const out = await zip.generateAsync({ type: 'uint8array' });
  const back = await JSZip.loadAsync(out);
  const chart = await back.file('xl/charts/chart1.xml')!.async('string');
  const sheet = await back.file('xl/worksheets/sheet2.xml')!.async('string');
  const rels = await back.file('xl/worksheets/_rels/sheet2.xml.rels')!.async('string');
  const types = await back.file('[Content_Types].xml')!.async('string');
  for (const x of [chart, sheet, rels, types, await back.file('xl/drawings/drawing1.xml')!.async('string')])
    expect(XMLValidator.validate(x)).toBe(true);
  expect(chart).toContain("<c:f>'Rekap O''Neil &amp; &lt;Co&gt;'!$B$2:$B$3</c:f>");
  expect(chart).toContain("<c:f>'Rekap O''Neil &amp; &lt;Co&gt;'!$C$2:$C$3</c:f>");
  expect(chart).toContain("<c:f>'Rekap O''Neil &amp; &lt;Co&gt;'!$C$1</c:f>");
  expect(chart).toContain('<c:v>NPSS &lt;&amp;&gt;</c:v>');
  expect(chart).toContain('<c:v>A &amp; B &lt;x&gt; &quot;y&quot;</c:v>');
  expect(chart).toContain('<a:t>NPSS &lt;per&gt; unit &amp; &quot;TW&quot;</a:t>');
  expect(chart).toContain('<a:t>Unit &amp; &lt;x&gt;</a:t>');
  // a missing value is left out of the cache (a gap), the text label stays text
  expect(chart).toContain('<c:ptCount val="2"/><c:pt idx="0"><c:v>101.5</c:v></c:pt></c:numCache>');
  expect(chart).toContain('<c:pt idx="1"><c:v>=SUM(1)</c:v></c:pt>');
  expect(rels).toContain('Target="../drawings/drawing1.xml"');
  expect(types).toContain(
    '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
  );
  // only the chart's sheet has the drawing; exceljs still reads the workbook
  expect(await back.file('xl/worksheets/sheet1.xml')!.async('string')).not.toContain('<drawing');
  const reread = new ExcelJS.Workbook();
  await reread.xlsx.load(out as unknown as ArrayBuffer);
  expect(reread.worksheets.map((w) => w.name)).toEqual(['Lain', name]);
  expect(reread.worksheets[1]!.getCell('B3').value).toBe('=SUM(1)');
});
