/**
 * Adds a column chart (DrawingML) to one sheet of a saved .xlsx: exceljs writes no charts, so
 * the chart, its drawing and their relationships are added as package parts with jszip
 * (ADR 014). Text goes through `esc`; nothing from a workbook reaches the XML unescaped.
 */
import JSZip from 'jszip';
import { colName, type CellRange } from '../core/grid';
import type { PlanChart } from '../core/rekap';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const unesc = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const k = e.toLowerCase();
    if (k.startsWith('#x')) return String.fromCodePoint(parseInt(k.slice(2), 16));
    if (k.startsWith('#')) return String.fromCodePoint(parseInt(k.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[k]!;
  });

/** `'Rekap TW II 2024'!$B$5:$B$9` */
function ref(sheet: string, r: CellRange): string {
  const a = (row: number, c: number): string => `$${colName(c)}$${row + 1}`;
  return `'${sheet.replace(/'/g, "''")}'!${a(r.r1, r.c1)}:${a(r.r2, r.c2)}`;
}

function chartXml(sheet: string, c: PlanChart, labels: string[], values: (number | null)[]): string {
  const strPts = labels.map((l, i) => `<c:pt idx="${i}"><c:v>${esc(l)}</c:v></c:pt>`).join('');
  const numPts = values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('');
  const run = (t: string): string =>
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr b="1"/></a:pPr><a:r><a:rPr lang="id-ID" b="1"/><a:t>${esc(t)}</a:t></a:r></a:p></c:rich></c:tx>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<c:roundedCorners val="0"/>' +
    `<c:chart><c:title>${run(c.title)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${esc(c.seriesName)}</c:v></c:tx>` +
    '<c:spPr><a:solidFill><a:srgbClr val="4472C4"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>' +
    '<c:dLbls><c:numFmt formatCode="0.00" sourceLinked="0"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>' +
    `<c:cat><c:strRef><c:f>${esc(ref(sheet, c.categories))}</c:f><c:strCache><c:ptCount val="${labels.length}"/>${strPts}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${esc(ref(sheet, c.values))}</c:f><c:numCache><c:formatCode>0.00</c:formatCode><c:ptCount val="${values.length}"/>${numPts}</c:numCache></c:numRef></c:val>` +
    '</c:ser><c:gapWidth val="50"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>' +
    '<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    '<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>' +
    '</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}

function drawingXml(anchor: CellRange, name: string): string {
  const m = (c: number, r: number): string =>
    `<xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${m(anchor.c1, anchor.r1)}</xdr:from><xdr:to>${m(anchor.c2 + 1, anchor.r2 + 1)}</xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${esc(name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></a:graphicData></a:graphic>' +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
  );
}

const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const rels = (items: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${REL_NS}">${items}</Relationships>`;

/** The elements that follow `<drawing>` in a worksheet (CT_Worksheet order). */
const AFTER_DRAWING = [
  '<legacyDrawing',
  '<legacyDrawingHF',
  '<drawingHF',
  '<picture',
  '<oleObjects',
  '<controls',
  '<webPublishItems',
  '<tableParts',
  '<extLst',
  '</worksheet>',
];

/** Returns the .xlsx with `chart` added to `sheet`; the cached labels and values are those given. */
export async function addChart(
  xlsx: Uint8Array | ArrayBuffer,
  sheet: string,
  chart: PlanChart,
  cache: { labels: string[]; values: (number | null)[] },
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const wbXml = await zip.file('xl/workbook.xml')!.async('string');
  const wbRels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const sheetEl = [...wbXml.matchAll(/<sheet\b[^>]*>/g)]
    .map((m) => m[0])
    .find((s) => unesc(/\bname="([^"]*)"/.exec(s)?.[1] ?? '') === sheet);
  const rid = sheetEl ? /r:id="([^"]+)"/.exec(sheetEl)?.[1] : undefined;
  const target = rid ? new RegExp(`<Relationship\\b[^>]*Id="${rid}"[^>]*>`).exec(wbRels)?.[0] : undefined;
  const file = target ? /Target="([^"]+)"/.exec(target)?.[1] : undefined;
  if (!file) throw new Error(`sheet "${sheet}" not found in the package`);
  const sheetPath = file.startsWith('/') ? file.slice(1) : `xl/${file}`;
  const base = sheetPath.slice(sheetPath.lastIndexOf('/') + 1);
  let n = 1;
  while (zip.file(`xl/charts/chart${n}.xml`) || zip.file(`xl/drawings/drawing${n}.xml`)) n++;
  zip.file(`xl/charts/chart${n}.xml`, chartXml(sheet, chart, cache.labels, cache.values));
  zip.file(`xl/drawings/drawing${n}.xml`, drawingXml(chart.anchor, chart.title));
  zip.file(
    `xl/drawings/_rels/drawing${n}.xml.rels`,
    rels(
      `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart${n}.xml"/>`,
    ),
  );
  const relsPath = `xl/worksheets/_rels/${base}.rels`;
  const oldRels = await zip.file(relsPath)?.async('string');
  const drawingRel = `<Relationship Id="rIdRapkChart${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing${n}.xml"/>`;
  zip.file(relsPath, oldRels ? oldRels.replace('</Relationships>', `${drawingRel}</Relationships>`) : rels(drawingRel));
  let ws = await zip.file(sheetPath)!.async('string');
  if (!ws.includes('xmlns:r='))
    ws = ws.replace('<worksheet ', '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ');
  const at = Math.min(...AFTER_DRAWING.map((t) => ws.indexOf(t)).filter((i) => i >= 0));
  ws = `${ws.slice(0, at)}<drawing r:id="rIdRapkChart${n}"/>${ws.slice(at)}`;
  zip.file(sheetPath, ws);
  let types = await zip.file('[Content_Types].xml')!.async('string');
  types = types.replace(
    '</Types>',
    `<Override PartName="/xl/charts/chart${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>` +
      `<Override PartName="/xl/drawings/drawing${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`,
  );
  zip.file('[Content_Types].xml', types);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
