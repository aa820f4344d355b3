/**
 * The one writer of workbook files (CLI and harness, ADR 006): the core's plans applied to
 * an OOXML package part by part. Sheets, styles, notes and the workbook part are changed only
 * where a plan says so; every other part is copied byte for byte.
 */
import { type CellRange, type CellValue, colName, rangeA1 } from '../core/grid/grid';
import type { PlanCell, PlanValidation, SheetPlan } from '../core/sheets/plan';
import { type SheetEntry, XlsxPackage } from './package';
import { EMPTY_STYLES, type CellStyle, StyleBook } from './styles';
import { SheetXml } from './sheetXml';
import { SheetNotes } from './notes';
import { attr, esc, setAttr } from './xml';
import JSZip from 'jszip';
import { addChartParts } from './chartParts';
import { RINGKASAN_TEXT } from '../core/locales/ringkasan';

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

interface Edit {
  entry: SheetEntry;
  xml: SheetXml;
  notes: SheetNotes;
}

/** A cell to write: value and the style changes from the cell's current format. */
export interface CellWrite {
  r: number;
  c: number;
  value: CellValue;
  style?: CellStyle;
}

export class WorkbookWriter {
  readonly styles: StyleBook;
  private readonly edits = new Map<string, Edit>();
  private readonly stylesPart: string;
  /** plans whose charts are added as DrawingML parts when the package is saved (ADR 012) */
  private readonly charts: { plan: SheetPlan; axisTitles: { x: string; y: string } }[] = [];

  private constructor(readonly pkg: XlsxPackage) {
    this.stylesPart = pkg.stylesPart();
    this.styles = new StyleBook(pkg.text(this.stylesPart) ?? EMPTY_STYLES);
  }

  static async open(data: ArrayBuffer | Uint8Array): Promise<WorkbookWriter> {
    return new WorkbookWriter(await XlsxPackage.load(data));
  }

  /** The sheet's part, opened for editing (once per sheet). */
  edit(name: string): Edit | null {
    const hit = this.edits.get(name);
    if (hit) return hit;
    const entry = this.pkg.sheet(name);
    if (!entry || !entry.part) return null;
    const xml = new SheetXml(this.pkg.text(entry.part) ?? '');
    const legacy = xml.child('legacyDrawing');
    const e: Edit = { entry, xml, notes: new SheetNotes(this.pkg, entry.part, legacy ? attr(legacy, 'r:id') : null) };
    this.edits.set(name, e);
    return e;
  }

  /** Writes cells into an existing sheet (their other formatting kept, styles derived from theirs). */
  writeCells(sheet: string, cells: readonly CellWrite[]): void {
    const e = this.edit(sheet);
    if (!e) throw new Error(`no sheet ${sheet}`);
    for (const w of cells) {
      const base = e.xml.styleAt(w.r, w.c);
      e.xml.setValue(w.r, w.c, w.value, w.style ? this.styles.derive(base, w.style) : base);
    }
  }

  /**
   * Creates the plan's sheet, or replaces a sheet of that name that the add-in owns (its old
   * notes go with it). `position` is the tab index for a new sheet.
   */
  writePlan(plan: SheetPlan, opts: { replace?: string; position?: number; axisTitles?: { x: string; y: string } } = {}): void {
    const xml = this.planXml(plan);
    const old = this.pkg.sheet(opts.replace ?? plan.name) ?? this.pkg.sheet(plan.name);
    let entry: SheetEntry;
    if (old) {
      for (const rel of this.pkg.rels(old.part)) {
        if (rel.external) continue;
        const t = this.pkg.target(old.part, rel);
        if (/comments|vmlDrawing/i.test(rel.type)) {
          this.pkg.remove(t);
          this.pkg.removeOverride(t);
        } else if (/\/drawing$/.test(rel.type)) {
          // the old sheet's drawing and the charts on it go with the sheet
          for (const dr of this.pkg.rels(t)) {
            if (dr.external || !/\/chart$/.test(dr.type)) continue;
            const chart = this.pkg.target(t, dr);
            this.pkg.remove(chart);
            this.pkg.removeOverride(chart);
          }
          const drawingRels = t.replace(/([^/]+)$/, '_rels/$1.rels');
          if (this.pkg.has(drawingRels)) this.pkg.remove(drawingRels);
          this.pkg.remove(t);
          this.pkg.removeOverride(t);
        }
      }
      const relsPath = old.part.replace(/([^/]+)$/, '_rels/$1.rels');
      if (this.pkg.has(relsPath)) this.pkg.remove(relsPath);
      this.pkg.write(old.part, xml);
      entry = old;
      this.edits.delete(old.name);
    } else entry = this.pkg.addSheet(plan.name, xml, opts.position ?? this.pkg.sheets().length);
    this.pkg.setDefinedName(
      '_xlnm.Print_Titles',
      entry.name,
      plan.print?.titleRows ? `${quoteSheet(entry.name)}!$${plan.print.titleRows.from + 1}:$${plan.print.titleRows.to + 1}` : null,
    );
    this.pkg.setDefinedName('_xlnm.Print_Area', entry.name, plan.print?.area ? printAreaRef(entry.name, plan.print.area) : null);
    if (plan.charts?.length) this.charts.push({ plan, axisTitles: opts.axisTitles ?? RINGKASAN_TEXT.id.chartAxes });
    if (plan.notes?.length) {
      const e = this.edit(entry.name)!;
      for (const n of plan.notes) e.notes.set(rangeA1({ r1: n.r, c1: n.c, r2: n.r, c2: n.c }), n.text);
    }
  }

  /**
   * Writes plan cells into an existing sheet, in place: each cell keeps its own format, with the
   * plan's changes (number format, fill, font, border, alignment) on top.
   */
  applyCells(sheet: string, cells: readonly PlanCell[]): void {
    this.writeCells(
      sheet,
      cells.map((pc) => ({ r: pc.r, c: pc.c, value: pc.value, style: cellStyle(pc) })),
    );
  }

  /** Adds list validations to an existing sheet (its own validations stay as they are). */
  addValidations(sheet: string, list: readonly PlanValidation[]): void {
    if (!list.length) return;
    const e = this.edit(sheet);
    if (!e) return;
    const old = e.xml.child('dataValidations');
    const items = list.map((v) => validationXml(rangeA1(v.range), v.list)).join('');
    if (!old) e.xml.setChild('dataValidations', `<dataValidations count="${list.length}">${items}</dataValidations>`);
    else {
      const count = (old.match(/<dataValidation\b/g) ?? []).length + list.length;
      e.xml.setChild('dataValidations', setAttr(old.replace('</dataValidations>', `${items}</dataValidations>`), 'count', String(count)));
    }
  }

  private styleOf(pc: SheetPlan['cells'][number]): number {
    const s = cellStyle(pc);
    return Object.keys(s).length ? this.styles.derive(0, s) : 0;
  }

  /** A whole worksheet part from a plan. */
  private planXml(plan: SheetPlan): string {
    const sheet = new SheetXml(`${XML_DECL}<worksheet ${NS}><sheetData/></worksheet>`);
    for (const pc of plan.cells) sheet.setValue(pc.r, pc.c, pc.value, this.styleOf(pc));
    for (const h of plan.heights ?? []) sheet.setRowHeight(h.r, h.pt);
    const fr = plan.freeze;
    let pane = '';
    if (fr && (fr.rows || fr.cols)) {
      const top = rangeA1({ r1: fr.rows, c1: fr.cols, r2: fr.rows, c2: fr.cols });
      const active = fr.rows && fr.cols ? 'bottomRight' : fr.rows ? 'bottomLeft' : 'topRight';
      pane = `<pane${fr.cols ? ` xSplit="${fr.cols}"` : ''}${fr.rows ? ` ySplit="${fr.rows}"` : ''} topLeftCell="${top}" activePane="${active}" state="frozen"/><selection pane="${active}"/>`;
    }
    if (plan.print?.fitToWidth) sheet.setChild('sheetPr', '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    sheet.setChild('dimension', '<dimension ref="A1"/>');
    sheet.setChild('sheetViews', `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>`);
    sheet.setChild('sheetFormatPr', '<sheetFormatPr defaultRowHeight="15"/>');
    if (plan.widths.length)
      sheet.setChild(
        'cols',
        `<cols>${plan.widths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`,
      );
    if (plan.merges.length)
      sheet.setChild(
        'mergeCells',
        `<mergeCells count="${plan.merges.length}">${plan.merges.map((m) => `<mergeCell ref="${rangeA1(m)}"/>`).join('')}</mergeCells>`,
      );
    const dv = plan.validations ?? [];
    if (dv.length) sheet.setChild('dataValidations', validationsXml(dv.map((v) => ({ sqref: rangeA1(v.range), list: v.list }))));
    const m = plan.print?.margins ?? { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
    sheet.setChild(
      'pageMargins',
      `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`,
    );
    if (plan.print) {
      const fit = plan.print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : '';
      sheet.setChild('pageSetup', `<pageSetup paperSize="9" orientation="${plan.print.orientation}"${fit}/>`);
      if (plan.print.footer)
        sheet.setChild('headerFooter', `<headerFooter><oddFooter>${esc(`&C${plan.print.footer}`)}</oddFooter></headerFooter>`);
    }
    const breaks = plan.pageBreaks ?? [];
    if (breaks.length)
      sheet.setChild(
        'rowBreaks',
        `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r + 1}" max="16383" man="1"/>`).join('')}</rowBreaks>`,
      );
    return sheet.serialize();
  }

  /** The package with every edit written. */
  async save(): Promise<Uint8Array> {
    let formulas = false;
    for (const e of this.edits.values()) {
      e.notes.flush(e.xml);
      if (e.xml.changed) this.pkg.write(e.entry.part, e.xml.serialize());
      formulas ||= e.xml.overwroteFormula;
    }
    if (formulas) this.pkg.dropCalcChain();
    if (this.styles.changed) this.pkg.write(this.stylesPart, this.styles.serialize());
    const bytes = await this.pkg.save();
    if (!this.charts.length) return bytes;
    // charts only add parts: they go onto the saved package (every other part stays as written)
    const zip = await JSZip.loadAsync(bytes);
    for (const c of this.charts) await addChartParts(zip, c.plan, c.axisTitles);
    return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  }
}

export function validationXml(sqref: string, list: readonly string[]): string {
  return `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${sqref}"><formula1>${esc(`"${list.join(',')}"`)}</formula1></dataValidation>`;
}

export function validationsXml(list: { sqref: string; list: readonly string[] }[]): string {
  return `<dataValidations count="${list.length}">${list.map((v) => validationXml(v.sqref, v.list)).join('')}</dataValidations>`;
}

/** A plan cell's formatting as style changes. */
export function cellStyle(pc: PlanCell): CellStyle {
  const s: CellStyle = {};
  if (pc.format) s.numFmt = pc.format;
  if (pc.fill) s.fill = pc.fill;
  if (pc.font) s.font = pc.font;
  if (pc.bold) s.bold = true;
  if (pc.wrap) s.wrap = true;
  if (pc.align) s.align = pc.align;
  if (pc.wrap || pc.align) s.vTop = true;
  if (pc.border) s.border = true;
  return s;
}

/** `'Ringkasan TW II 2024'!$A$1:$L$97` */
export function printAreaRef(sheet: string, r: CellRange): string {
  return `${quoteSheet(sheet)}!$${colName(r.c1)}$${r.r1 + 1}:$${colName(r.c2)}$${r.r2 + 1}`;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
