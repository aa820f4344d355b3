/**
 * Test workbooks built from parts (no Excel needed): a fixture plus a chart sheet with an image,
 * a pivot cache, a threaded comment (with its legacy note), data validations, conditional
 * formats, defined names, someone else's custom XML and, optionally, a VBA project (.xlsm).
 * And the structure checks Excel makes when it opens a package.
 */
import * as fs from 'fs';
import JSZip from 'jszip';
import { XMLValidator } from 'fast-xml-parser';
import { fixturePath } from './fixtures';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** 1×1 PNG */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
/** stands for a VBA project: binary bytes that must come out unchanged */
export const VBA = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 37 + 11) % 256));

function addOverride(ct: string, part: string, type: string): string {
  return ct.replace('</Types>', `<Override PartName="/${part}" ContentType="${type}"/></Types>`);
}
function addDefault(ct: string, ext: string, type: string): string {
  if (new RegExp(`Extension="${ext}"`, 'i').test(ct)) return ct;
  return ct.replace(/<Types\b[^>]*>/, (m) => `${m}<Default Extension="${ext}" ContentType="${type}"/>`);
}
function addRel(rels: string, id: string, type: string, target: string): string {
  return rels.replace('</Relationships>', `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`);
}

export interface RichOptions {
  /** the sheet that gets the threaded comment, validations and conditional formats (its part) */
  sheetPart: string;
  vba: boolean;
  /** the cell holding the threaded comment (B2 unless given) */
  threadedRef?: string;
}

/** The fixture with every kind of part a planner's workbook may hold. */
export async function richWorkbook(fixture: string, opts: RichOptions): Promise<Buffer> {
  const zip = await JSZip.loadAsync(fs.readFileSync(fixturePath(fixture)));
  let ct = await zip.file('[Content_Types].xml')!.async('string');
  let wb = await zip.file('xl/workbook.xml')!.async('string');
  let wbRels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');

  // a "Grafik" sheet, second in the tab order, with a chart and an image in its drawing
  zip.file(
    'xl/worksheets/sheet9.xml',
    `${DECL}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Grafik capaian</t></is></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/></worksheet>`,
  );
  zip.file(
    'xl/worksheets/_rels/sheet9.xml.rels',
    `${DECL}<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${NS_R}/drawing" Target="../drawings/drawing1.xml"/></Relationships>`,
  );
  zip.file(
    'xl/drawings/drawing1.xml',
    `${DECL}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_R}" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><xdr:twoCellAnchor><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor><xdr:oneCellAnchor><xdr:from><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="95250" cy="95250"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Logo"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>`,
  );
  zip.file(
    'xl/drawings/_rels/drawing1.xml.rels',
    `${DECL}<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${NS_R}/chart" Target="../charts/chart1.xml"/><Relationship Id="rId2" Type="${NS_R}/image" Target="../media/image1.png"/></Relationships>`,
  );
  zip.file(
    'xl/charts/chart1.xml',
    `${DECL}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'Grafik'!$A$1:$A$1</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`,
  );
  zip.file('xl/media/image1.png', PNG);
  ct = addOverride(ct, 'xl/worksheets/sheet9.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml');
  ct = addOverride(ct, 'xl/drawings/drawing1.xml', 'application/vnd.openxmlformats-officedocument.drawing+xml');
  ct = addOverride(ct, 'xl/charts/chart1.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
  ct = addDefault(ct, 'png', 'image/png');
  wbRels = addRel(wbRels, 'rId90', `${NS_R}/worksheet`, 'worksheets/sheet9.xml');
  const sheets = /<sheets>([\s\S]*?)<\/sheets>/.exec(wb)![1]!;
  const first = /<sheet\b[^>]*\/>/.exec(sheets)![0];
  wb = wb.replace(first, `${first}<sheet name="Grafik" sheetId="9" r:id="rId90"/>`);

  // defined names: a workbook name and a print area of the Grafik sheet (index 1)
  wb = wb.replace(
    '</sheets>',
    `</sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">Grafik!$A$1:$H$18</definedName><definedName name="Satuan">"Persen"</definedName></definedNames>`,
  );

  // the conditional format's differential style
  const styles = await zip.file('xl/styles.xml')!.async('string');
  zip.file('xl/styles.xml', styles.replace('<dxfs count="0"/>', '<dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font></dxf></dxfs>'));

  // a pivot cache
  zip.file(
    'xl/pivotCache/pivotCacheDefinition1.xml',
    `${DECL}<pivotCacheDefinition xmlns="${NS_MAIN}" xmlns:r="${NS_R}" r:id="rId1" refreshOnLoad="1" recordCount="0"><cacheSource type="worksheet"><worksheetSource ref="A1:A1" sheet="Grafik"/></cacheSource><cacheFields count="1"><cacheField name="Grafik capaian" numFmtId="0"><sharedItems/></cacheField></cacheFields></pivotCacheDefinition>`,
  );
  zip.file('xl/pivotCache/pivotCacheRecords1.xml', `${DECL}<pivotCacheRecords xmlns="${NS_MAIN}" count="0"/>`);
  zip.file(
    'xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels',
    `${DECL}<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${NS_R}/pivotCacheRecords" Target="pivotCacheRecords1.xml"/></Relationships>`,
  );
  ct = addOverride(
    ct,
    'xl/pivotCache/pivotCacheDefinition1.xml',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml',
  );
  ct = addOverride(
    ct,
    'xl/pivotCache/pivotCacheRecords1.xml',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml',
  );
  wbRels = addRel(wbRels, 'rId91', `${NS_R}/pivotCacheDefinition`, 'pivotCache/pivotCacheDefinition1.xml');
  wb = wb.replace('</workbook>', '<pivotCaches><pivotCache cacheId="1" r:id="rId91"/></pivotCaches></workbook>');

  // a threaded comment (and its legacy note) on B2, validations and conditional formats on the sheet
  const sp = opts.sheetPart;
  const tref = opts.threadedRef ?? 'B2';
  const tpos = /^([A-Z]+)(\d+)$/.exec(tref)!;
  const tcol = [...tpos[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const trow = Number(tpos[2]) - 1;
  let sheet = await zip.file(sp)!.async('string');
  sheet = sheet.replace(
    '<pageMargins',
    `<conditionalFormatting sqref="B3:B10"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>100</formula></cfRule></conditionalFormatting><dataValidations count="1"><dataValidation type="whole" allowBlank="1" showErrorMessage="1" sqref="Z1:Z9"><formula1>0</formula1><formula2>9</formula2></dataValidation></dataValidations><pageMargins`,
  );
  sheet = sheet.replace('</worksheet>', '<legacyDrawing r:id="rId81"/></worksheet>');
  zip.file(sp, sheet);
  const sheetName = sp.slice(sp.lastIndexOf('/') + 1);
  const sheetRelsPath = `xl/worksheets/_rels/${sheetName}.rels`;
  const sheetRels = (await zip.file(sheetRelsPath)?.async('string')) ?? `${DECL}<Relationships xmlns="${RELS_NS}"></Relationships>`;
  zip.file(
    sheetRelsPath,
    addRel(
      addRel(
        addRel(sheetRels, 'rId80', `${NS_R}/comments`, '../comments7.xml'),
        'rId81',
        `${NS_R}/vmlDrawing`,
        '../drawings/vmlDrawing7.vml',
      ),
      'rId82',
      'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment',
      '../threadedComments/threadedComment1.xml',
    ),
  );
  zip.file(
    'xl/comments7.xml',
    `${DECL}<comments xmlns="${NS_MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision"><authors><author>tc={7A3D1C2B-0000-4000-8000-000000000001}</author><author>Budi</author></authors><commentList><comment ref="${tref}" authorId="0" shapeId="0" xr:uid="{7A3D1C2B-0000-4000-8000-000000000001}"><text><t>[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment.\n\nComment:\n    RAPK revisi ke-1 disetujui</t></text></comment><comment ref="A3" authorId="1" shapeId="0"><text><r><rPr><b/><sz val="9"/></rPr><t>Budi:</t></r><r><rPr><sz val="9"/></rPr><t xml:space="preserve">\nRAPK lama, jangan dihapus</t></r></text></comment></commentList></comments>`,
  );
  zip.file(
    'xl/drawings/vmlDrawing7.vml',
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;visibility:hidden" fillcolor="#ffffe1"><x:ClientData ObjectType="Note"><x:Row>${trow}</x:Row><x:Column>${tcol}</x:Column></x:ClientData></v:shape><v:shape id="_x0000_s1026" type="#_x0000_t202" style="position:absolute;visibility:hidden" fillcolor="#ffffe1"><x:ClientData ObjectType="Note"><x:Row>2</x:Row><x:Column>0</x:Column></x:ClientData></v:shape></xml>\n`,
  );
  zip.file(
    'xl/threadedComments/threadedComment1.xml',
    `${DECL}<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${NS_MAIN}"><threadedComment ref="${tref}" dT="2025-01-02T03:04:05.00" personId="{11111111-2222-4333-8444-555555555555}" id="{7A3D1C2B-0000-4000-8000-000000000001}"><text>RAPK revisi ke-1 disetujui</text></threadedComment></ThreadedComments>`,
  );
  zip.file(
    'xl/persons/person.xml',
    `${DECL}<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${NS_MAIN}"><person displayName="Budi" id="{11111111-2222-4333-8444-555555555555}" userId="budi@pom.go.id" providerId="AD"/></personList>`,
  );
  ct = addOverride(ct, 'xl/comments7.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml');
  ct = addDefault(ct, 'vml', 'application/vnd.openxmlformats-officedocument.vmlDrawing');
  ct = addOverride(ct, 'xl/threadedComments/threadedComment1.xml', 'application/vnd.ms-excel.threadedcomments+xml');
  ct = addOverride(ct, 'xl/persons/person.xml', 'application/vnd.ms-excel.person+xml');
  wbRels = addRel(wbRels, 'rId92', 'http://schemas.microsoft.com/office/2017/10/relationships/person', 'persons/person.xml');

  // someone else's custom XML part
  zip.file('customXml/item1.xml', `${DECL}<anggaran xmlns="urn:contoh:lain"><versi>3</versi></anggaran>`);
  wbRels = addRel(wbRels, 'rId93', `${NS_R}/customXml`, '../customXml/item1.xml');

  if (opts.vba) {
    zip.file('xl/vbaProject.bin', VBA);
    ct = addDefault(ct, 'bin', 'application/vnd.ms-office.vbaProject');
    ct = ct.replace(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
      'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
    );
    wbRels = addRel(wbRels, 'rId94', 'http://schemas.microsoft.com/office/2006/relationships/vbaProject', 'vbaProject.bin');
  }
  zip.file('[Content_Types].xml', ct);
  zip.file('xl/workbook.xml', wb);
  zip.file('xl/_rels/workbook.xml.rels', wbRels);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export async function partsOf(buf: Buffer | Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(buf);
  const out = new Map<string, Buffer>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async('nodebuffer'));
  return out;
}

const attrs = (tag: string): Record<string, string> =>
  Object.fromEntries([...tag.matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));

function resolve(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const dir = from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : '';
  const out: string[] = [];
  for (const p of (dir ? `${dir}/${target}` : target).split('/')) {
    if (p === '..') out.pop();
    else if (p && p !== '.') out.push(p);
  }
  return out.join('/');
}

/** What Excel checks when it opens a package; returns the problems found (none = []). */
export function structureProblems(parts: Map<string, Buffer>): string[] {
  const problems: string[] = [];
  const ct = parts.get('[Content_Types].xml')?.toString('utf8') ?? '';
  const overrides = new Map([...ct.matchAll(/<Override\b[^>]*>/g)].map((m) => [attrs(m[0]).PartName!.slice(1), attrs(m[0]).ContentType!]));
  const defaults = new Map(
    [...ct.matchAll(/<Default\b[^>]*>/g)].map((m) => [attrs(m[0]).Extension!.toLowerCase(), attrs(m[0]).ContentType!]),
  );
  for (const p of overrides.keys()) if (!parts.has(p)) problems.push(`override for a missing part ${p}`);
  for (const p of parts.keys()) {
    if (p === '[Content_Types].xml') continue;
    const ext = p.slice(p.lastIndexOf('.') + 1).toLowerCase();
    if (!overrides.has(p) && !defaults.has(ext)) problems.push(`no content type for ${p}`);
  }
  for (const [p, buf] of parts) {
    if (!p.endsWith('.rels')) continue;
    const source = p.replace(/_rels\/([^/]+)\.rels$/, '$1').replace(/^\//, '');
    const ids = new Set<string>();
    for (const m of buf.toString('utf8').matchAll(/<Relationship\b[^>]*>/g)) {
      const a = attrs(m[0]);
      if (ids.has(a.Id!)) problems.push(`duplicate relationship id ${a.Id} in ${p}`);
      ids.add(a.Id!);
      if (a.TargetMode === 'External') continue;
      const target = resolve(source === p ? '' : source, a.Target!);
      if (!parts.has(target)) problems.push(`${p} ${a.Id} points to a missing part ${target}`);
    }
    // every r:id a part uses is one of its relationships
    const src = parts.get(source)?.toString('utf8');
    if (src)
      for (const m of src.matchAll(/r:(?:id|embed)="([^"]+)"/g))
        if (!ids.has(m[1]!)) problems.push(`${source} uses ${m[1]} with no relationship`);
  }
  const wb = parts.get('xl/workbook.xml')?.toString('utf8') ?? '';
  const sheets = [...wb.matchAll(/<sheet\b[^>]*>/g)].map((m) => attrs(m[0]));
  const names = sheets.map((s) => s.name!.toLowerCase());
  if (new Set(names).size !== names.length) problems.push('duplicate sheet names');
  const ids = sheets.map((s) => s.sheetId);
  if (new Set(ids).size !== ids.length) problems.push('duplicate sheetId');
  for (const m of wb.matchAll(/localSheetId="(\d+)"/g))
    if (Number(m[1]) >= sheets.length) problems.push(`localSheetId ${m[1]} out of range`);
  // every XML part is well-formed (a strict parser's check)
  for (const [p, buf] of parts) {
    if (!/\.(xml|rels|vml)$/.test(p)) continue;
    const ok = XMLValidator.validate(buf.toString('utf8'));
    if (ok !== true) problems.push(`${p}: ${ok.err.msg} (line ${ok.err.line})`);
  }
  return problems;
}
