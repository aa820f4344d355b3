/**
 * Native Excel charts for the CLI (ADR 012): a sheet plan's `charts` written as DrawingML
 * parts (xl/charts/chartN.xml, xl/drawings/drawingN.xml, their relationships, the sheet's
 * `<drawing>` and the content types) into an .xlsx package held by JSZip. It only adds parts,
 * so it works after any writer that produces the package (exceljs today, a part-level writer
 * tomorrow). The caches carry the plan's values, so a viewer that does not recalculate still
 * shows the bars.
 */
import type JSZip from 'jszip';
import { type CellRange, type CellValue, colName } from '../core/grid/grid';
import type { SheetPlan } from '../core/sheets/plan';
import type { PlanChart, PlanChartSeries } from '../core/sheets/chart';
import { WORKSHEET_ORDER } from './sheetXml';
import { RINGKASAN_TEXT } from '../core/locales/ringkasan';

const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

/** For attribute values and element text alike (apostrophes stay as they are: attributes use double quotes). */
export const xmlEscape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const unescapeXml = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** `'Ringkasan TW II 2024'!$A$10:$A$20` */
export function sheetRef(sheet: string, r: CellRange): string {
  const q = `'${sheet.replace(/'/g, "''")}'`;
  const a = `$${colName(r.c1)}$${r.r1 + 1}`;
  const b = `$${colName(r.c2)}$${r.r2 + 1}`;
  return r.r1 === r.r2 && r.c1 === r.c2 ? `${q}!${a}` : `${q}!${a}:${b}`;
}

const hex = (c: string): string => c.replace('#', '').toUpperCase();

function valuesOf(plan: SheetPlan): (r: number, c: number) => CellValue {
  const m = new Map<string, CellValue>();
  for (const c of plan.cells) m.set(`${c.r},${c.c}`, c.value);
  return (r, c) => m.get(`${r},${c}`) ?? null;
}

function cells(range: CellRange): { r: number; c: number }[] {
  const out: { r: number; c: number }[] = [];
  for (let r = range.r1; r <= range.r2; r++) for (let c = range.c1; c <= range.c2; c++) out.push({ r, c });
  return out;
}

function strRef(sheet: string, range: CellRange, at: (r: number, c: number) => CellValue): string {
  const list = cells(range);
  const pts = list.map((p, i) => `<c:pt idx="${i}"><c:v>${xmlEscape(String(at(p.r, p.c) ?? ''))}</c:v></c:pt>`).join('');
  return `<c:strRef><c:f>${xmlEscape(sheetRef(sheet, range))}</c:f><c:strCache><c:ptCount val="${list.length}"/>${pts}</c:strCache></c:strRef>`;
}

function numRef(sheet: string, range: CellRange, at: (r: number, c: number) => CellValue): string {
  const list = cells(range);
  const pts = list
    .map((p, i) => {
      const v = at(p.r, p.c);
      return typeof v === 'number' && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : '';
    })
    .join('');
  return `<c:numRef><c:f>${xmlEscape(sheetRef(sheet, range))}</c:f><c:numCache><c:formatCode>0.00</c:formatCode><c:ptCount val="${list.length}"/>${pts}</c:numCache></c:numRef>`;
}

const rich = (text: string, size = 1200): string =>
  `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="1"/></a:pPr><a:r><a:rPr lang="id-ID" sz="${size}" b="1"/><a:t>${xmlEscape(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/>`;

function series(sheet: string, chart: PlanChart, s: PlanChartSeries, i: number, at: (r: number, c: number) => CellValue): string {
  const head = `<c:idx val="${i}"/><c:order val="${i}"/><c:tx>${strRef(sheet, { r1: s.name.r, c1: s.name.c, r2: s.name.r, c2: s.name.c }, at)}</c:tx>`;
  const cat = `<c:cat>${strRef(sheet, chart.categories, at)}</c:cat>`;
  const val = `<c:val>${numRef(sheet, s.values, at)}</c:val>`;
  if (s.type === 'line') {
    const ln = `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${hex(s.color)}"/></a:solidFill><a:prstDash val="dash"/></a:ln></c:spPr>`;
    return `<c:ser>${head}${ln}<c:marker><c:symbol val="none"/></c:marker>${cat}${val}<c:smooth val="0"/></c:ser>`;
  }
  const fill = (c: string): string =>
    `<c:spPr><a:solidFill><a:srgbClr val="${hex(c)}"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill></a:ln></c:spPr>`;
  const dpts = (s.pointFills ?? [])
    .map((c, k) => `<c:dPt><c:idx val="${k}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>${fill(c)}</c:dPt>`)
    .join('');
  return `<c:ser>${head}${fill(s.color)}<c:invertIfNegative val="0"/>${dpts}${cat}${val}</c:ser>`;
}

/** The chart part: clustered columns (capaian, kriteria colours per bar) and a line (100 %). */
export function chartXml(sheet: string, chart: PlanChart, plan: SheetPlan, axisTitles: { x: string; y: string }): string {
  const at = valuesOf(plan);
  const bars = chart.series.map((s, i) => ({ s, i })).filter((x) => x.s.type === 'column');
  const lines = chart.series.map((s, i) => ({ s, i })).filter((x) => x.s.type === 'line');
  const ax = '<c:axId val="50010001"/><c:axId val="50010002"/>';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_R}">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    `<c:title>${rich(chart.title, 1400)}</c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${bars.map((x) => series(sheet, chart, x.s, x.i, at)).join('')}<c:gapWidth val="60"/>${ax}</c:barChart>` +
    (lines.length
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lines.map((x) => series(sheet, chart, x.s, x.i, at)).join('')}<c:marker val="1"/>${ax}</c:lineChart>`
      : '') +
    `<c:catAx><c:axId val="50010001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:title>${rich(axisTitles.x, 1000)}</c:title><c:numFmt formatCode="@" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/><c:crossAx val="50010002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="50010002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:title>${rich(axisTitles.y, 1000)}</c:title><c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="50010001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}

function drawingXml(anchors: { chart: PlanChart; rid: string; id: number }[]): string {
  const one = ({ chart, rid, id }: { chart: PlanChart; rid: string; id: number }): string => {
    const a = chart.anchor;
    const pos = (c: number, r: number): string =>
      `<xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
    return (
      `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${pos(a.c, a.r)}</xdr:from><xdr:to>${pos(a.c + a.cols, a.r + a.rows)}</xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id + 1}" name="${xmlEscape(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${NS_R}" r:id="${rid}"/></a:graphicData></a:graphic>` +
      '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
    );
  };
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    anchors.map(one).join('') +
    '</xdr:wsDr>'
  );
}

const rels = (items: { id: string; type: string; target: string }[]): string =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  items.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join('') +
  '</Relationships>';

async function text(zip: JSZip, path: string): Promise<string | null> {
  const f = zip.file(path);
  return f ? f.async('string') : null;
}

/** The worksheet part of a sheet, e.g. `xl/worksheets/sheet3.xml`. */
export async function worksheetPart(zip: JSZip, sheet: string): Promise<string | null> {
  const wb = await text(zip, 'xl/workbook.xml');
  const wbRels = await text(zip, 'xl/_rels/workbook.xml.rels');
  if (!wb || !wbRels) return null;
  let rid: string | null = null;
  for (const m of wb.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    if (name !== undefined && unescapeXml(name) === sheet) rid = /\br:id="([^"]*)"/.exec(m[0])?.[1] ?? null;
  }
  if (!rid) return null;
  for (const m of wbRels.matchAll(/<Relationship\b[^>]*>/g)) {
    if (/\bId="([^"]*)"/.exec(m[0])?.[1] !== rid) continue;
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (!target) return null;
    return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  }
  return null;
}

const nextFree = (zip: JSZip, prefix: string): number => {
  let n = 1;
  while (zip.file(`${prefix}${n}.xml`)) n++;
  return n;
};

/** Elements a worksheet's `<drawing>` must precede (ECMA-376 CT_Worksheet order). */
const AFTER_DRAWING = WORKSHEET_ORDER.slice(WORKSHEET_ORDER.indexOf('drawing') + 1);

/**
 * Adds the plan's charts to its sheet in the package. Returns the number of charts written
 * (0 when the plan has none, or the sheet already carries a drawing, which is left alone).
 */
export async function addChartParts(
  zip: JSZip,
  plan: SheetPlan,
  axisTitles: { x: string; y: string } = RINGKASAN_TEXT.id.chartAxes,
): Promise<number> {
  const charts = plan.charts ?? [];
  if (!charts.length) return 0;
  const part = await worksheetPart(zip, plan.name);
  const xml = part ? await text(zip, part) : null;
  if (!part || xml === null || /<drawing\b/.test(xml)) return 0;
  const dir = part.slice(0, part.lastIndexOf('/'));
  const base = part.slice(part.lastIndexOf('/') + 1);
  const relsPath = `${dir}/_rels/${base}.rels`;
  const sheetRels = await text(zip, relsPath);
  // the relationship id continues the sheet's own numbering (rId1, rId2, … → the next one)
  const existing = sheetRels ? [...sheetRels.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]!) : [];
  const numbers = existing
    .map((id) => /^rId(\d+)$/.exec(id)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
  let k = Math.max(0, ...numbers) + 1;
  while (existing.includes(`rId${k}`)) k++;
  const drawingRid = `rId${k}`;

  const d = nextFree(zip, 'xl/drawings/drawing');
  const anchors: { chart: PlanChart; rid: string; id: number }[] = [];
  const overrides: string[] = [];
  let n = nextFree(zip, 'xl/charts/chart');
  for (const [i, chart] of charts.entries()) {
    zip.file(`xl/charts/chart${n}.xml`, chartXml(plan.name, chart, plan, axisTitles));
    overrides.push(`<Override PartName="/xl/charts/chart${n}.xml" ContentType="${CT_CHART}"/>`);
    anchors.push({ chart, rid: `rId${i + 1}`, id: i + 1 });
    n++;
  }
  const firstChart = n - charts.length;
  zip.file(`xl/drawings/drawing${d}.xml`, drawingXml(anchors));
  zip.file(
    `xl/drawings/_rels/drawing${d}.xml.rels`,
    rels(anchors.map((a, i) => ({ id: a.rid, type: REL_CHART, target: `../charts/chart${firstChart + i}.xml` }))),
  );
  overrides.push(`<Override PartName="/xl/drawings/drawing${d}.xml" ContentType="${CT_DRAWING}"/>`);

  const rel = `<Relationship Id="${drawingRid}" Type="${REL_DRAWING}" Target="../drawings/drawing${d}.xml"/>`;
  zip.file(
    relsPath,
    sheetRels
      ? sheetRels.replace('</Relationships>', `${rel}</Relationships>`)
      : rels([{ id: drawingRid, type: REL_DRAWING, target: `../drawings/drawing${d}.xml` }]),
  );

  let sheetXml = xml;
  if (!/xmlns:r="/.test(sheetXml.slice(0, sheetXml.indexOf('>', sheetXml.indexOf('<worksheet'))))) {
    sheetXml = sheetXml.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS_R}"`);
  }
  const tag = `<drawing r:id="${drawingRid}"/>`;
  const at = AFTER_DRAWING.map((t) => sheetXml.search(new RegExp(`<${t}\\b`))).filter((i) => i >= 0);
  const pos = at.length ? Math.min(...at) : sheetXml.lastIndexOf('</worksheet>');
  sheetXml = sheetXml.slice(0, pos) + tag + sheetXml.slice(pos);
  zip.file(part, sheetXml);

  const ct = await text(zip, '[Content_Types].xml');
  if (ct) zip.file('[Content_Types].xml', ct.replace('</Types>', `${overrides.join('')}</Types>`));
  return charts.length;
}
