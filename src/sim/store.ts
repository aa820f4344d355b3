/**
 * The in-memory workbook behind the Excel simulator (used by adapter tests, the benchmark
 * and the browser harness). Plain data, no proxies: the proxies live in `excelSim.ts`.
 */
import { type CellRange, type CellValue, colName, parseA1 } from '../core/grid/grid';
import type { SimXmlPart } from './customXml';

export interface SimFill {
  color: string;
  pattern: 'Solid' | 'None' | string;
  /** colour of a pattern's lines (ExcelApi 1.9; Excel reports null for an automatic one) */
  patternColor?: string | null;
  /** -1 (darker) … 1 (lighter) (ExcelApi 1.9) */
  tintAndShade?: number;
}

export interface SimCell {
  value: CellValue;
  formula?: string;
  numberFormat?: string;
  fill?: SimFill | null;
  fontColor?: string;
  bold?: boolean;
  wrap?: boolean;
  align?: string;
  border?: boolean;
  /** the cell's hyperlink address (cleared by `Range.clear`: All, Hyperlinks, RemoveHyperlinks) */
  hyperlink?: string;
}

export interface SimSheet {
  id: string;
  name: string;
  protected: boolean;
  /** what a protected sheet still allows (ExcelApi 1.2 `protection.options`) */
  protectionOptions: { allowFormatCells: boolean; allowEditObjects: boolean };
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  /** 0-based hidden columns */
  hiddenCols: Set<number>;
  cells: Map<string, SimCell>;
  merges: CellRange[];
  notes: Map<string, string>;
  comments: { id: string; address: string; content: string }[];
  freezeRows: number;
  freezeCols: number;
  colWidths: Map<number, number>;
  validations: { range: string; list: string[] }[];
  /** the ranges conditional formats apply to (ExcelApi 1.6 `range.conditionalFormats`) */
  conditionalFormats: CellRange[];
  orientation: string;
  paperSize: string;
  printTitleRows: string | null;
  fitToWidth: boolean;
  pageBreaks: number[];
  /** an AutoFilter hides rows of the sheet: a values write across several rows is refused (FilteredRangeConflict) */
  filtered?: boolean;
  /** row heights set by the add-in (points), page margins (points), centre footer, print area (ExcelApi 1.9) */
  rowHeights?: Map<number, number>;
  margins?: Partial<Record<'left' | 'right' | 'top' | 'bottom' | 'header' | 'footer', number>>;
  centerFooter?: string;
  printArea?: string | null;
}

const key = (r: number, c: number): string => `${r},${c}`;

const MAX_ROW = 1048575;
const MAX_COL = 16383;

export function parseRange(address: string): CellRange {
  const a = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  // whole rows (`1:5000`) and whole columns (`A:C`)
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(a);
  if (rows) return { r1: Number(rows[1]) - 1, c1: 0, r2: Number(rows[2]) - 1, c2: MAX_COL };
  const cols = /^\$?([A-Za-z]+):\$?([A-Za-z]+)$/.exec(a);
  if (cols) {
    const p = parseA1(`${cols[1]}1`)!;
    const q = parseA1(`${cols[2]}1`)!;
    return { r1: 0, c1: p.c, r2: MAX_ROW, c2: q.c };
  }
  const [p, q] = a.replace(/\$/g, '').split(':');
  const s = parseA1(p ?? '');
  if (!s) throw new Error(`bad address ${address}`);
  if (!q) return { r1: s.r, c1: s.c, r2: s.r, c2: s.c };
  const e = parseA1(q);
  if (!e) throw new Error(`bad address ${address}`);
  return { r1: Math.min(s.r, e.r), c1: Math.min(s.c, e.c), r2: Math.max(s.r, e.r), c2: Math.max(s.c, e.c) };
}

export function rangeAddress(r: CellRange): string {
  const a = `${colName(r.c1)}${r.r1 + 1}`;
  return r.r1 === r.r2 && r.c1 === r.c2 ? a : `${a}:${colName(r.c2)}${r.r2 + 1}`;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export class SimStore {
  sheets: SimSheet[] = [];
  activeId: string | null = null;
  settings = new Map<string, string>();
  /** the workbook's structure is protected (Review → Protect Workbook): no sheet added, deleted, renamed or moved */
  structureProtected = false;
  /** the file is open read-only or view-only (`workbook.readOnly`, ExcelApi 1.8): every change is refused (AccessDenied) */
  readOnly = false;
  /** another workbook has the focus: activating, selecting and adding sheets fail (InactiveWorkbook) */
  inactive = false;
  /** cells were written while calculation was suspended and no `application.calculate` followed: formulas are stale */
  calcStale = false;
  selection: { sheet: string; address: string } | null = null;
  private nextId = 1;
  /** the workbook's custom XML parts (ExcelApi 1.5: `workbook.customXmlParts`) */
  customXmlParts: SimXmlPart[] = [];
  /** custom XML part ids handed out by `add` */
  partSeq = 0;
  /** the largest custom XML part (characters) the host saves: tests refuse the marks record with it */
  partLimit = Infinity;

  addSheet(name: string, position?: number): SimSheet {
    const s: SimSheet = {
      id: `{sheet-${this.nextId++}}`,
      name,
      protected: false,
      protectionOptions: { allowFormatCells: false, allowEditObjects: false },
      visibility: 'Visible',
      hiddenCols: new Set(),
      cells: new Map(),
      merges: [],
      notes: new Map(),
      comments: [],
      freezeRows: 0,
      freezeCols: 0,
      colWidths: new Map(),
      validations: [],
      conditionalFormats: [],
      orientation: 'Portrait',
      paperSize: 'Letter',
      printTitleRows: null,
      fitToWidth: false,
      pageBreaks: [],
    };
    if (position === undefined || position >= this.sheets.length) this.sheets.push(s);
    else this.sheets.splice(Math.max(0, position), 0, s);
    if (!this.activeId) this.activeId = s.id;
    return s;
  }

  sheet(name: string): SimSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheetById(id: string): SimSheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  active(): SimSheet | undefined {
    return this.sheets.find((s) => s.id === this.activeId) ?? this.sheets[0];
  }

  removeSheet(id: string): void {
    const i = this.sheets.findIndex((s) => s.id === id);
    if (i < 0) return;
    this.sheets.splice(i, 1);
    if (this.activeId === id) this.activeId = this.sheets[Math.max(0, i - 1)]?.id ?? null;
  }

  cell(s: SimSheet, r: number, c: number): SimCell | undefined {
    return s.cells.get(key(r, c));
  }

  cellW(s: SimSheet, r: number, c: number): SimCell {
    let x = s.cells.get(key(r, c));
    if (!x) {
      x = { value: null };
      s.cells.set(key(r, c), x);
    }
    return x;
  }

  /** The used range (values only when `valuesOnly`; of the cells `within` a range), or null when there is none. */
  usedRange(s: SimSheet, valuesOnly: boolean, within?: CellRange): CellRange | null {
    let r1 = Infinity;
    let c1 = Infinity;
    let r2 = -1;
    let c2 = -1;
    for (const [k, cell] of s.cells) {
      const hasValue = (cell.value !== null && cell.value !== '') || !!cell.formula;
      if (valuesOnly ? !hasValue : !hasValue && !cell.fill && !cell.numberFormat) continue;
      const [r, c] = k.split(',').map(Number) as [number, number];
      if (within && (r < within.r1 || r > within.r2 || c < within.c1 || c > within.c2)) continue;
      if (r < r1) r1 = r;
      if (c < c1) c1 = c;
      if (r > r2) r2 = r;
      if (c > c2) c2 = c;
    }
    if (r2 < 0) return null;
    return { r1, c1, r2, c2 };
  }

  /** Values as Excel reports them: "" for empty cells. */
  values(s: SimSheet, r: CellRange): (string | number | boolean)[][] {
    const out: (string | number | boolean)[][] = [];
    for (let i = r.r1; i <= r.r2; i++) {
      const row: (string | number | boolean)[] = [];
      for (let j = r.c1; j <= r.c2; j++) {
        const v = s.cells.get(key(i, j))?.value;
        row.push(v === null || v === undefined ? '' : v);
      }
      out.push(row);
    }
    return out;
  }

  /**
   * Writes one value the way Excel's `range.values` does: text that looks like a formula
   * becomes a formula and text that looks like a number becomes a number, unless the cell's
   * number format is Text (`@`).
   */
  writeValue(s: SimSheet, r: number, c: number, v: unknown): void {
    const cell = this.cellW(s, r, c);
    delete cell.formula;
    if (v === null || v === undefined || v === '') {
      cell.value = null;
      return;
    }
    if (typeof v === 'string' && cell.numberFormat !== '@') {
      if (/^[=+\-@]./s.test(v)) {
        cell.formula = v;
        cell.value = '#NAME?';
        return;
      }
      const n = Number(v.trim());
      if (v.trim() !== '' && Number.isFinite(n) && /^[\d.\-+eE ]+$/.test(v.trim())) {
        cell.value = n;
        return;
      }
    }
    cell.value = typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string' ? v : String(v);
  }
}
