/** The CLI's DrawingML chart parts: escaping, sheet-name quoting, relationships, content types. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { XMLValidator } from 'fast-xml-parser';
import { addChart } from '../../src/cli/chart';

test('a chart on a sheet whose name and labels need escaping', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Lain');
  const ws = wb.addWorksheet("Rekap O'Neil & <Co>");
  ws.getCell('B2').value = 'A & B <x> "y"';
  ws.getCell('C2').value = 101.5;
  ws.getCell('B3').value = '=SUM(1)';
  ws.getCell('C3').value = 99;
  const buf = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const out = await addChart(
    buf,
    "Rekap O'Neil & <Co>",
    {
      title: 'NPSS <per> unit & "TW"',
      seriesName: 'NPSS',
      categories: { r1: 1, c1: 1, r2: 2, c2: 1 },
      values: { r1: 1, c1: 2, r2: 2, c2: 2 },
      anchor: { r1: 4, c1: 0, r2: 20, c2: 8 },
    },
    { labels: ['A & B <x> "y"', '=SUM(1)'], values: [101.5, null] },
  );
  const zip = await JSZip.loadAsync(out);
  const chart = await zip.file('xl/charts/chart1.xml')!.async('string');
  const sheet = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
  const rels = await zip.file('xl/worksheets/_rels/sheet2.xml.rels')!.async('string');
  const types = await zip.file('[Content_Types].xml')!.async('string');
  for (const x of [chart, sheet, rels, types, await zip.file('xl/drawings/drawing1.xml')!.async('string')])
    expect(XMLValidator.validate(x)).toBe(true);
  expect(chart).toContain("<c:f>'Rekap O''Neil &amp; &lt;Co&gt;'!$B$2:$B$3</c:f>");
  expect(chart).toContain('<c:v>A &amp; B &lt;x&gt; &quot;y&quot;</c:v>');
  expect(chart).toContain('<a:t>NPSS &lt;per&gt; unit &amp; &quot;TW&quot;</a:t>');
  // a missing value is left out of the cache (a gap), the text label stays text
  expect(chart).toContain('<c:ptCount val="2"/><c:pt idx="0"><c:v>101.5</c:v></c:pt></c:numCache>');
  expect(chart).toContain('<c:pt idx="1"><c:v>=SUM(1)</c:v></c:pt>');
  expect(rels).toContain('Target="../drawings/drawing1.xml"');
  expect(types).toContain(
    '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
  );
  // only the chart's sheet has the drawing; exceljs still reads the workbook
  expect(await zip.file('xl/worksheets/sheet1.xml')!.async('string')).not.toContain('<drawing');
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(out as unknown as ArrayBuffer);
  expect(back.worksheets.map((w) => w.name)).toEqual(['Lain', "Rekap O'Neil & <Co>"]);
  expect(back.worksheets[1]!.getCell('B3').value).toBe('=SUM(1)');
});
