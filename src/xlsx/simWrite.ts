/**
 * The harness's "Unduh .xlsx": the simulator's workbook written through the same part-level
 * writer as the CLI (ADR 006). A workbook opened from a file is written as that file plus what
 * changed in the simulator since it was opened — cell by cell on existing sheets, whole sheets
 * for new ones — so page setup, validations, borders, fonts, widths, freeze panes and every
 * part the simulator does not model stay as they were.
 */
import JSZip from 'jszip';
import type { CellRange } from '../core/grid/grid';
import type { PlanCell, SheetPlan } from '../core/sheets/plan';
import type { ExcelSimulator } from '../sim/excelSim';
import type { SimCell, SimSheet } from '../sim/store';
import { parseRange } from '../sim/store';
import { EMPTY_STYLES, type CellStyle } from './styles';
import { WorkbookWriter } from './writer';
import { MARKS_NS } from '../core/sheets/marksRecord';
import { namespaceOf } from '../sim/customXml';

/** What a sheet held when the file was opened (to write only what changed). */
export interface SheetBase {
  id: string;
  name: string;
  cells: Map<string, string>;
  notes: Map<string, string>;
}

export interface SimOrigin {
  bytes: Uint8Array;
  sheets: SheetBase[];
}

const cellKey = (c: SimCell): string => JSON.stringify(c);

/** Remembers the simulator's sheets as they were loaded from `bytes`. */
export function originOf(sim: ExcelSimulator, bytes: Uint8Array): SimOrigin {
  return {
    bytes,
    sheets: sim.store.sheets.map((s) => ({
      id: s.id,
      name: s.name,
      cells: new Map([...s.cells].map(([k, c]) => [k, cellKey(c)])),
      notes: new Map(s.notes),
    })),
  };
}

/** A package with a workbook, its styles and no sheet yet. */
export async function emptyPackage(): Promise<Uint8Array> {
  const zip = new JSZip();
  const decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  zip.file(
    '[Content_Types].xml',
    `${decl}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `${decl}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    `${decl}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets></sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `${decl}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  );
  zip.file('xl/styles.xml', EMPTY_STYLES);
  return zip.generateAsync({ type: 'uint8array' });
}

function planCell(r: number, c: number, x: SimCell): PlanCell {
  const pc: PlanCell = { r, c, value: x.value };
  if (x.numberFormat && x.numberFormat !== 'General') pc.format = x.numberFormat;
  if (x.fill && x.fill.pattern !== 'None') pc.fill = x.fill.color;
  if (x.fontColor) pc.font = x.fontColor;
  if (x.bold) pc.bold = true;
  if (x.wrap) pc.wrap = true;
  const al = (x.align ?? '').toLowerCase();
  if (al === 'left' || al === 'center' || al === 'right') pc.align = al;
  if (x.border) pc.border = true;
  return pc;
}

/** A simulator sheet as a sheet plan (a sheet the file did not have). */
export function planOfSimSheet(s: SimSheet): SheetPlan {
  const cells: PlanCell[] = [];
  let rows = 0;
  let cols = 0;
  for (const [k, x] of s.cells) {
    const [r, c] = k.split(',').map(Number) as [number, number];
    cells.push(planCell(r, c, x));
    rows = Math.max(rows, r + 1);
    cols = Math.max(cols, c + 1);
  }
  const widths: number[] = [];
  for (const [c, w] of s.colWidths) widths[c] = Math.round((w / 6) * 100) / 100;
  for (let i = 0; i < widths.length; i++) if (widths[i] === undefined) widths[i] = 8.43;
  const plan: SheetPlan = {
    name: s.name,
    rows,
    cols,
    cells,
    merges: [...s.merges],
    widths,
    validations: s.validations.map((v) => ({ range: parseRange(v.range), list: [...v.list] })),
    pageBreaks: [...s.pageBreaks],
    notes: [...s.notes].map(([a, text]) => {
      const r: CellRange = parseRange(a);
      return { r: r.r1, c: r.c1, text };
    }),
  };
  if (s.freezeRows || s.freezeCols) plan.freeze = { rows: s.freezeRows, cols: s.freezeCols };
  if (s.orientation !== 'Portrait' || s.paperSize === 'A4' || s.fitToWidth || s.printTitleRows) {
    const titles = s.printTitleRows ? /^\$?(\d+):\$?(\d+)$/.exec(s.printTitleRows) : null;
    plan.print = {
      orientation: s.orientation === 'Landscape' ? 'landscape' : 'portrait',
      paper: 'A4',
      fitToWidth: s.fitToWidth,
      ...(titles ? { titleRows: { from: Number(titles[1]) - 1, to: Number(titles[2]) - 1 } } : {}),
      // the Ringkasan's page setup (ADR 017): margins back to inches, footer, print area
      ...(s.margins ? { margins: marginsInches(s.margins) } : {}),
      ...(s.centerFooter ? { footer: s.centerFooter } : {}),
      ...(s.printArea ? { area: parseRange(s.printArea) } : {}),
    };
  }
  if (s.rowHeights?.size) plan.heights = [...s.rowHeights].map(([r, pt]) => ({ r, pt })).sort((a, b) => a.r - b.r);
  return plan;
}

function marginsInches(m: NonNullable<SimSheet['margins']>): NonNullable<NonNullable<SheetPlan['print']>['margins']> {
  const i = (pt: number | undefined, d: number): number => (pt === undefined ? d : Math.round((pt / 72) * 100) / 100);
  return {
    left: i(m.left, 0.7),
    right: i(m.right, 0.7),
    top: i(m.top, 0.75),
    bottom: i(m.bottom, 0.75),
    header: i(m.header, 0.3),
    footer: i(m.footer, 0.3),
  };
}

/** Style changes of a cell since it was loaded. */
function styleChanges(was: SimCell | null, now: SimCell): CellStyle {
  const s: CellStyle = {};
  if ((now.numberFormat ?? 'General') !== (was?.numberFormat ?? 'General')) s.numFmt = now.numberFormat ?? 'General';
  const fill = (x: SimCell | null | undefined): string | null => (x?.fill && x.fill.pattern !== 'None' ? x.fill.color.toUpperCase() : null);
  if (fill(now) !== fill(was)) s.fill = fill(now);
  if (now.fontColor && now.fontColor !== was?.fontColor) s.font = now.fontColor;
  if (now.bold && !was?.bold) s.bold = true;
  if (now.wrap && !was?.wrap) s.wrap = true;
  const al = (now.align ?? '').toLowerCase();
  if (al !== (was?.align ?? '').toLowerCase() && (al === 'left' || al === 'center' || al === 'right')) s.align = al;
  if (now.border && !was?.border) s.border = true;
  return s;
}

/** The simulator's workbook as a file: the opened file plus the changes, or a new file. */
export async function simToXlsx(sim: ExcelSimulator, origin: SimOrigin | null): Promise<Uint8Array> {
  const w = await WorkbookWriter.open(origin ? origin.bytes : await emptyPackage());
  const base = new Map((origin?.sheets ?? []).map((b) => [b.id, b]));
  sim.store.sheets.forEach((s, position) => {
    const b = base.get(s.id);
    if (!b || !w.pkg.sheet(b.name)) {
      // a sheet the file did not have (or one the add-in replaced): written whole
      w.writePlan(planOfSimSheet(s), { position, ...(w.pkg.sheet(s.name) ? { replace: s.name } : {}) });
      return;
    }
    const e = w.edit(b.name)!;
    for (const [k, x] of s.cells) {
      if (b.cells.get(k) === cellKey(x)) continue;
      const [r, c] = k.split(',').map(Number) as [number, number];
      const was = b.cells.has(k) ? (JSON.parse(b.cells.get(k)!) as SimCell) : null;
      const st = styleChanges(was, x);
      const style = Object.keys(st).length ? w.styles.derive(e.xml.styleAt(r, c), st) : undefined;
      if (x.formula) e.xml.setFormula(r, c, x.formula, x.value, style);
      else if (was && was.value === x.value && !was.formula && style !== undefined) e.xml.setStyle(r, c, style);
      else e.xml.setValue(r, c, x.value, style);
    }
    for (const k of b.cells.keys()) {
      if (s.cells.has(k)) continue;
      const [r, c] = k.split(',').map(Number) as [number, number];
      e.xml.setValue(r, c, null);
    }
    for (const [a, text] of s.notes) if (b.notes.get(a) !== text) e.notes.set(a, text);
    for (const a of b.notes.keys()) if (!s.notes.has(a)) e.notes.delete(a);
  });
  // the marks record (a custom XML part): as the simulator holds it now
  const record = sim.store.customXmlParts.find((p) => namespaceOf(p.xml) === MARKS_NS);
  if (record) w.pkg.setCustomXml(MARKS_NS, record.xml, record.id);
  else w.pkg.removeCustomXml(MARKS_NS);
  return w.save();
}
