import JSZip from 'jszip';
import { addChartParts, sheetRef, worksheetPart } from '../../src/xlsx/chartParts';
import type { SheetPlan } from '../../src/core/sheets/plan';
import { chartOfSummary } from '../../src/core/sheets/chart';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A minimal package: one sheet that already has two relationships and a legacy drawing (notes). */
function pkg(): JSZip {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>',
  );
  zip.file(
    'xl/workbook.xml',
    `<workbook xmlns:r="${REL}"><sheets><sheet name="Ring &amp; &apos;TW&apos;" sheetId="1" r:id="rId3"/></sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<Relationships><Relationship Id="rId3" Type="${REL}/worksheet" Target="worksheets/sheet7.xml"/></Relationships>`,
  );
  zip.file('xl/worksheets/sheet7.xml', `<worksheet xmlns:r="${REL}"><sheetData/><pageSetup/><legacyDrawing r:id="rId2"/></worksheet>`);
  zip.file(
    'xl/worksheets/_rels/sheet7.xml.rels',
    `<Relationships><Relationship Id="rId1" Type="${REL}/comments" Target="../comments1.xml"/><Relationship Id="rId2" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/></Relationships>`,
  );
  zip.file('xl/charts/chart1.xml', '<c:chartSpace/>');
  return zip;
}

function plan(): SheetPlan {
  const chart = chartOfSummary({ title: 'T <&>', headerRow: 2, firstRow: 3, count: 2, fills: ['#FF7C80', '#00B050'], anchorCol: 5 })!;
  return {
    name: "Ring & 'TW'",
    rows: 5,
    cols: 3,
    cells: [
      { r: 2, c: 1, value: 'Capaian (%)' },
      { r: 2, c: 2, value: 'Target 100%' },
      { r: 3, c: 0, value: '01.01' },
      { r: 3, c: 1, value: 99.5 },
      { r: 3, c: 2, value: 100 },
      { r: 4, c: 0, value: '01.02' },
      { r: 4, c: 1, value: 130 },
      { r: 4, c: 2, value: 100 },
    ],
    merges: [],
    widths: [],
    charts: [chart],
  };
}

describe('chart parts added to an existing package', () => {
  it('finds the sheet part by name, continues its relationship ids, puts <drawing> before <legacyDrawing>, takes free part names', async () => {
    const zip = pkg();
    expect(await worksheetPart(zip, "Ring & 'TW'")).toBe('xl/worksheets/sheet7.xml');
    expect(await addChartParts(zip, plan())).toBe(1);
    const sheet = await zip.file('xl/worksheets/sheet7.xml')!.async('string');
    expect(sheet).toBe(
      `<worksheet xmlns:r="${REL}"><sheetData/><pageSetup/><drawing r:id="rId3"/><legacyDrawing r:id="rId2"/></worksheet>`,
    );
    const rels = await zip.file('xl/worksheets/_rels/sheet7.xml.rels')!.async('string');
    expect(rels).toContain(`<Relationship Id="rId3" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/></Relationships>`);
    // chart1.xml was taken: the new chart is chart2
    expect(await zip.file('xl/charts/chart1.xml')!.async('string')).toBe('<c:chartSpace/>');
    const chart = await zip.file('xl/charts/chart2.xml')!.async('string');
    expect(chart).toContain(`<c:f>'Ring &amp; ''TW'''!$A$4:$A$5</c:f>`);
    expect(chart).toContain('<a:t>T &lt;&amp;&gt;</a:t>');
    expect(chart).toContain('<c:pt idx="1"><c:v>130</c:v></c:pt>');
    expect(await zip.file('xl/drawings/_rels/drawing1.xml.rels')!.async('string')).toContain('Target="../charts/chart2.xml"');
    const drawing = await zip.file('xl/drawings/drawing1.xml')!.async('string');
    expect(drawing).toContain('<xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row>');
    const ct = await zip.file('[Content_Types].xml')!.async('string');
    expect(ct).toContain('PartName="/xl/charts/chart2.xml"');
    expect(ct).toContain('PartName="/xl/drawings/drawing1.xml"');
  });

  it('leaves a sheet that already has a drawing alone, and a plan without charts', async () => {
    const zip = pkg();
    zip.file('xl/worksheets/sheet7.xml', `<worksheet xmlns:r="${REL}"><sheetData/><drawing r:id="rId9"/></worksheet>`);
    expect(await addChartParts(zip, plan())).toBe(0);
    expect(zip.file('xl/drawings/drawing1.xml')).toBeNull();
    expect(await addChartParts(pkg(), { ...plan(), charts: [] })).toBe(0);
  });

  it('quotes sheet names in references', () => {
    expect(sheetRef("O'Neil", { r1: 0, c1: 0, r2: 9, c2: 0 })).toBe("'O''Neil'!$A$1:$A$10");
    expect(sheetRef('S', { r1: 1, c1: 1, r2: 1, c2: 1 })).toBe("'S'!$B$2");
  });
});
