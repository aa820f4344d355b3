/**
 * A worksheet part edited cell by cell. Rows and cells we do not touch keep their exact XML;
 * a written cell keeps its other attributes. Strings are written inline (`t="inlineStr"`) and
 * never as formulas, so the shared-strings part is never rewritten.
 */
import { type CellValue, colName, parseA1 } from '../core/grid/grid';
import { attr, element, elements, escText, inner, setAttr, startTag } from './xml';

interface RowXml {
  r: number;
  /** the row's start tag (attributes kept) */
  tag: string;
  cells: Map<number, string>;
  /** set when the row was edited (otherwise its original XML is written back) */
  dirty: boolean;
  original: string;
}

/** Child elements of a worksheet, in the schema's order (CT_Worksheet). */
/** The child elements of a worksheet in the order ECMA-376 (CT_Worksheet) requires. */
export const WORKSHEET_ORDER = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

export class SheetXml {
  private head = '';
  private tail = '';
  private rows = new Map<number, RowXml>();
  private order: number[] = [];
  private dataOpen = '<sheetData>';
  private edited = false;
  /** a formula cell was overwritten (calcChain must go) */
  overwroteFormula = false;

  constructor(private readonly xml: string) {
    const data = element(xml, 'sheetData');
    if (!data) {
      const end = xml.lastIndexOf('</worksheet>');
      this.head = xml.slice(0, end);
      this.tail = xml.slice(end);
      return;
    }
    this.head = xml.slice(0, data.at);
    this.tail = xml.slice(data.at + data.el.length);
    this.dataOpen = startTag(data.el).replace(/\/>$/, '>');
    let prevRow = -1;
    for (const { el } of elements(inner(data.el), 'row')) {
      // rows and cells without `r` (some writers omit it) are positional
      const rAttr = attr(el, 'r');
      const r = rAttr ? Number(rAttr) - 1 : prevRow + 1;
      prevRow = r;
      const cells = new Map<number, string>();
      let prevCol = -1;
      for (const c of elements(inner(el), 'c')) {
        const ref = parseA1(attr(c.el, 'r') ?? '');
        const col = ref ? ref.c : prevCol + 1;
        prevCol = col;
        cells.set(col, ref ? c.el : setAttr(c.el, 'r', `${colName(col)}${r + 1}`));
      }
      this.rows.set(r, { r, tag: startTag(el).replace(/\/>$/, '>'), cells, dirty: false, original: el });
      this.order.push(r);
    }
  }

  get changed(): boolean {
    return this.edited;
  }

  /** The raw XML of a cell, or null. */
  cell(r: number, c: number): string | null {
    return this.rows.get(r)?.cells.get(c) ?? null;
  }

  /** A cell's style index: its own, else its row's, else its column's. */
  styleAt(r: number, c: number): number {
    const cell = this.cell(r, c);
    const own = cell ? attr(cell, 's') : null;
    if (own !== null) return Number(own);
    const row = this.rows.get(r);
    if (row && attr(row.tag, 'customFormat') === '1' && attr(row.tag, 's') !== null) return Number(attr(row.tag, 's'));
    const cols = element(this.head, 'cols');
    for (const col of cols ? elements(cols.el, 'col') : []) {
      const min = Number(attr(col.el, 'min')) - 1;
      const max = Number(attr(col.el, 'max')) - 1;
      if (c >= min && c <= max && attr(col.el, 'style') !== null) return Number(attr(col.el, 'style'));
    }
    return 0;
  }

  hasFormula(r: number, c: number): boolean {
    const x = this.cell(r, c);
    return !!x && /<f[\s/>]/.test(x);
  }

  private row(r: number): RowXml {
    let row = this.rows.get(r);
    if (!row) {
      row = { r, tag: `<row r="${r + 1}">`, cells: new Map(), dirty: true, original: '' };
      this.rows.set(r, row);
      this.order.push(r);
      this.order.sort((a, b) => a - b);
    }
    row.dirty = true;
    this.edited = true;
    return row;
  }

  /** Sets a row's height in points (a custom height: hosts keep it instead of autofitting). */
  setRowHeight(r: number, pt: number): void {
    const row = this.row(r);
    row.tag = setAttr(setAttr(row.tag, 'ht', String(pt)), 'customHeight', '1');
  }

  /** Changes only a cell's style index (its value and formula stay). */
  setStyle(r: number, c: number, s: number): void {
    const row = this.row(r);
    const old = row.cells.get(c) ?? `<c r="${colName(c)}${r + 1}"/>`;
    row.cells.set(c, setAttr(old, 's', s === 0 ? null : String(s)));
  }

  /** The row a cell goes in, its reference and its style attribute (the given style, else the cell's or its row's or column's); a formula replaced is noted. */
  private place(r: number, c: number, s?: number): { row: RowXml; ref: string; sAttr: string } {
    const row = this.row(r);
    const old = row.cells.get(c);
    if (old && /<f[\s/>]/.test(old)) this.overwroteFormula = true;
    const style = s !== undefined ? s : old ? Number(attr(old, 's') ?? 0) : this.styleAt(r, c);
    return { row, ref: `${colName(c)}${r + 1}`, sAttr: style ? ` s="${style}"` : '' };
  }

  /** Writes a value (and a style) into a cell; strings as inline text, never a formula. */
  setValue(r: number, c: number, value: CellValue, s?: number): void {
    const { row, ref, sAttr } = this.place(r, c, s);
    let xml: string;
    if (value === null) xml = `<c r="${ref}"${sAttr}/>`;
    else if (typeof value === 'number')
      xml = Number.isFinite(value) ? `<c r="${ref}"${sAttr}><v>${value}</v></c>` : `<c r="${ref}"${sAttr}/>`;
    else if (typeof value === 'boolean') xml = `<c r="${ref}"${sAttr} t="b"><v>${value ? 1 : 0}</v></c>`;
    else xml = `<c r="${ref}"${sAttr} t="inlineStr"><is><t xml:space="preserve">${escText(value)}</t></is></c>`;
    row.cells.set(c, xml);
  }

  /** Writes a formula (with its last value, when known) into a cell; Excel recalculates on open. */
  setFormula(r: number, c: number, formula: string, cached: CellValue, s?: number): void {
    const { row, ref, sAttr } = this.place(r, c, s);
    const f = `<f>${escText(formula.replace(/^=/, ''))}</f>`;
    let v = '';
    let t = '';
    if (typeof cached === 'number' && Number.isFinite(cached)) v = `<v>${cached}</v>`;
    else if (typeof cached === 'boolean') {
      t = ' t="b"';
      v = `<v>${cached ? 1 : 0}</v>`;
    } else if (typeof cached === 'string') {
      t = ' t="str"';
      v = `<v>${escText(cached)}</v>`;
    }
    row.cells.set(c, `<c r="${ref}"${sAttr}${t}>${f}${v}</c>`);
    this.overwroteFormula = true;
  }

  /** Inserts or replaces a worksheet child element (`legacyDrawing`, `dataValidations`, …) at its schema position. */
  setChild(name: string, xml: string | null): void {
    this.edited = true;
    const inHead = WORKSHEET_ORDER.indexOf(name) < WORKSHEET_ORDER.indexOf('sheetData');
    let part = inHead ? this.head : this.tail;
    const old = element(part, name);
    if (old) part = part.slice(0, old.at) + (xml ?? '') + part.slice(old.at + old.el.length);
    else if (xml !== null) {
      const later = WORKSHEET_ORDER.slice(WORKSHEET_ORDER.indexOf(name) + 1)
        .map((n) => element(part, n))
        .filter((x): x is { el: string; at: number } => !!x)
        .sort((a, b) => a.at - b.at)[0];
      const at = later ? later.at : inHead ? part.length : part.lastIndexOf('</worksheet>');
      part = part.slice(0, at) + xml + part.slice(at);
    }
    if (inHead) this.head = part;
    else this.tail = part;
  }

  child(name: string): string | null {
    return element(this.head, name)?.el ?? element(this.tail, name)?.el ?? null;
  }

  /** The worksheet's XML (the original text when nothing changed). */
  serialize(): string {
    if (!this.edited) return this.xml;
    const rows: string[] = [];
    let maxR = -1;
    let maxC = -1;
    let minR = Infinity;
    let minC = Infinity;
    for (const r of this.order) {
      const row = this.rows.get(r)!;
      const cs = [...row.cells.keys()];
      if (cs.length) {
        maxR = Math.max(maxR, r);
        maxC = Math.max(maxC, ...cs);
        minR = Math.min(minR, r);
        minC = Math.min(minC, ...cs);
      }
      if (!row.dirty) {
        rows.push(row.original);
        continue;
      }
      const cells = [...row.cells.entries()].sort((a, b) => a[0] - b[0]).map(([, x]) => x);
      // spans is only a hint for loading; it is dropped where cells were added
      const tag = setAttr(row.tag, 'spans', null);
      rows.push(cells.length ? `${tag}${cells.join('')}</row>` : tag.replace(/>$/, '/>'));
    }
    let head = this.head;
    const dim = element(head, 'dimension');
    if (dim && maxR >= 0) {
      const old = attr(dim.el, 'ref') ?? 'A1';
      const [a, b] = old.split(':');
      const p = parseA1(a ?? 'A1') ?? { r: 0, c: 0 };
      const q = parseA1(b ?? a ?? 'A1') ?? p;
      const ref = `${colName(Math.min(p.c, minC))}${Math.min(p.r, minR) + 1}:${colName(Math.max(q.c, maxC))}${Math.max(q.r, maxR) + 1}`;
      if (ref !== old) head = head.slice(0, dim.at) + setAttr(dim.el, 'ref', ref) + head.slice(dim.at + dim.el.length);
    }
    return `${head}${this.dataOpen}${rows.join('')}</sheetData>${this.tail}`;
  }
}
