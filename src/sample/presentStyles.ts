/**
 * The presentation generator's vocabulary: what a presentation chooses, the sheet it builds
 * on logical columns, and how a month label, an amount or a target is written in each style.
 */
import type { CellRange, CellValue, Grid } from '../core/grid/grid';
import { a1 } from '../core/grid/grid';
import { TW_ROMAN } from '../core/measure/formulas';
import type { RuleCode } from '../core/rules/findings';
import type { RapkSpec } from './generate';

/** A planted mistake; T05 (a row shifted one column left, Layouts D and R) as the Dharmasraya summary has it. */
export type Plant = 'none' | 'T01' | 'T02' | 'A01' | 'A07' | 'T05';

export interface Presentation {
  seed: number;
  layout: 'K' | 'D' | 'R';
  headerRows: 1 | 2 | 3;
  monthStyle: 'B01' | 'B-1' | 'id' | 'idOld' | 'abbr' | 'en' | 'dates' | 'monthYear';
  /** only the quarter months B03, B06, B09, B12 have target columns */
  quarterOnly: boolean;
  indicatorLabel: string;
  sasaranLabel: string;
  anggaranLabel: string;
  numbering: 'dash' | 'dot' | 'code';
  targetStyle: 'number' | 'percentFormat' | 'textId' | 'textPercent';
  moneyStyle: 'number' | 'textId' | 'textEn' | 'rupiahDash' | 'rupiahDot' | 'rupiahTight' | 'noise';
  /** Layout D: how the (%) column is written */
  percentStyle: 'fraction' | 'literalSuffix' | 'text';
  titleRows: number;
  blankCols: number[];
  extraCols: ('Satuan' | 'Keterangan' | 'PJ')[];
  pageBreaks: 'none' | 'main' | 'mainOnly' | 'blank';
  breakEvery: number;
  wrapIndicator: boolean;
  plant: Plant;
  /** Layout R: how `NO` numbers the sasaran (`1.`, `1`, or `1.` then `2`, `3` as seed 004 does) */
  sasaranNo: 'dot' | 'number' | 'mixed';
  /** Layouts D and R: the document's merges (title rows, R's indicator over two columns, R's RO across the targets) */
  mergeCells: boolean;
  /** Layouts D and R: the `Total` label in the first column (the documents) or left of the amount */
  totalLabel: 'first' | 'beforeAmount';
  /** Layout D: the summary's grand total under ANGGARAN or under the last month (seed 000) */
  totalAmount: 'anggaran' | 'lastMonth';
  /** Layouts D and R: place, date and signature under the table (D: then the title and the summary header again) */
  signature: boolean;
  /** Layout D: the closing grand `Total` of all anggaran after the last detail table (seed 000) */
  closingTotal: boolean;
  /** Layout D: a budget line's texts wrapped over a page break onto a row of their own (seed 000) */
  wrapLines: boolean;
  /** Layouts D and R: a blank row (the page top) before each repeated header */
  breakGap: boolean;
  /** Layouts D and R: the first months have no target (an index with only B12, a plan starting late) */
  leadingEmpty: number;
  /** Layouts D and R: a month without a target written `-` (seed 004) rather than left blank */
  dash: boolean;
  /** Layout D: the last heading line split, its numbers on a row above its No. and text (seed 000) */
  splitHeading: boolean;
  /** Layout R: a repeated page header with ANGGARAN and the last month's label changing places (seed 004) */
  swappedRepeat: boolean;
}

export interface Rendering {
  grid: Grid;
  spec: RapkSpec;
  presentation: Presentation;
  /** the planted mistake: its code and the A1 address of its cell */
  planted: { code: RuleCode; cell: string } | null;
  /** months that have a target column (index 0 = B01) */
  months: number[];
}

export const ID_MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
export const OLD_MONTHS = ['Jan', 'Pebruari', 'Mrt', 'Apr', 'Mei', 'Jun', 'Jul', 'Agust', 'Sept', 'Okt', 'Nopember', 'Des'];
export const ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agt', 'Sep', 'Okt', 'Nov', 'Des'];
export const EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const TW = TW_ROMAN.map((r) => `TW ${r}`);
export const TW_FORMS = [(n: number) => `TARGET TW ${TW_ROMAN[n]}`, (n: number) => `Tw. ${TW_ROMAN[n]}`, (n: number) => `TW-${n + 1}`];

export function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)]!;
}

export interface Cell {
  v: CellValue;
  f?: string;
}

/** Builds rows on logical columns; `finish` maps them to sheet columns (blank columns inserted). */
export class Sheet {
  readonly rows: Map<number, Cell>[] = [];
  readonly merges: CellRange[] = [];
  r = 0;
  constructor(private readonly blankCols: number[]) {}
  set(c: number, v: CellValue, f?: string, r = this.r): void {
    while (this.rows.length <= r) this.rows.push(new Map());
    this.rows[r]!.set(c, f ? { v, f } : { v });
  }
  merge(r1: number, c1: number, r2: number, c2: number): void {
    if (r1 !== r2 || c1 !== c2) this.merges.push({ r1, c1, r2, c2 });
  }
  next(n = 1): void {
    this.r += n;
    while (this.rows.length < this.r) this.rows.push(new Map());
  }
  col(c: number): number {
    return c + this.blankCols.filter((b) => b <= c).length;
  }
  address(r: number, c: number): string {
    return a1({ r, c: this.col(c) });
  }
  finish(name: string): Grid {
    const values: CellValue[][] = [];
    const formats: (string | null)[][] = [];
    for (const row of this.rows) {
      const vals: CellValue[] = [];
      const fmts: (string | null)[] = [];
      for (const [c, cell] of row) {
        const pc = this.col(c);
        while (vals.length <= pc) {
          vals.push(null);
          fmts.push(null);
        }
        vals[pc] = cell.v;
        fmts[pc] = cell.f ?? null;
      }
      values.push(vals);
      formats.push(fmts);
    }
    const merges = this.merges.map((m) => ({ r1: m.r1, r2: m.r2, c1: this.col(m.c1), c2: this.col(m.c2) }));
    return { name, values, merges, formats };
  }
}

export function monthLabel(p: Presentation, k: number, year: number): Cell {
  switch (p.monthStyle) {
    case 'B01':
      return { v: `B${String(k + 1).padStart(2, '0')}` };
    case 'B-1':
      return { v: `B-${k + 1}` };
    case 'id':
      return { v: ID_MONTHS[k]! };
    case 'idOld':
      return { v: OLD_MONTHS[k]! };
    case 'abbr':
      return { v: ABBR[k]! };
    case 'en':
      return { v: EN[k]! };
    case 'monthYear':
      return { v: `${ABBR[k]!} ${year}` };
    case 'dates':
      return { v: Math.round(Date.UTC(year, k, 1) / 86_400_000 + 25_569), f: 'mmm yyyy' };
  }
}

export function money(p: Presentation, v: number): Cell {
  const id = v.toLocaleString('de-DE');
  switch (p.moneyStyle) {
    case 'number':
      return { v, f: '#,##0' };
    case 'textId':
      return { v: `${id},00` };
    case 'textEn':
      return { v: v.toLocaleString('en-US') };
    case 'rupiahDash':
      return { v: `Rp ${id},-` };
    case 'rupiahDot':
      return { v: `Rp. ${id},00` };
    case 'rupiahTight':
      return { v: `Rp${id}` };
    case 'noise':
      // what `=M57*55%` leaves: the nearest float above the amount
      return { v: v * (1 + 2 ** -52), f: '#,##0' };
  }
}

export function target(p: Presentation, v: number | null): Cell | null {
  if (v === null) return null;
  switch (p.targetStyle) {
    case 'number':
      return { v, f: '0.00' };
    case 'percentFormat':
      return { v: v / 100, f: '0.00%' };
    case 'textId':
      return { v: String(v).replace('.', ',') };
    case 'textPercent':
      return { v: `${String(v).replace('.', ',')}%` };
  }
}

export function numbered(p: Presentation, sasNo: number, indNo: number, name: string): string {
  if (p.numbering === 'code') return `${sasNo}.${indNo} ${name}`;
  if (p.numbering === 'dot') return `${indNo}. ${name}`;
  return `${String(indNo).padStart(2, '0')} - ${name}`;
}

/**
 * A main or summary header in one to three rows (TARGET over the months, TW I..IV between), as
 * K, D and R share it: `fixed` are the labels left of the months, merged down over the header
 * rows when `mergeDown` names their column; `span` merges a label across the next columns.
 */
export function tableHeader(
  p: Presentation,
  s: Sheet,
  year: number,
  months: number[],
  fixed: [number, string][],
  cols: { m0: number; ang: number; mergeDown: number[]; span?: [number, number][]; target?: string },
): void {
  const r = s.r;
  const mc = (k: number): number => cols.m0 + months.indexOf(k);
  for (const [c, v] of fixed) s.set(c, v);
  s.set(cols.ang, p.anggaranLabel);
  for (const [c, to] of cols.span ?? []) s.merge(r, c, r + p.headerRows - 1, to);
  if (p.headerRows === 1) {
    months.forEach((k, i) => {
      const l = p.quarterOnly ? { v: TW_FORMS[p.seed % TW_FORMS.length]!(i) } : monthLabel(p, k, year);
      s.set(mc(k), l.v, l.f);
    });
    s.next();
    return;
  }
  s.set(cols.m0, cols.target ?? 'TARGET');
  s.merge(r, cols.m0, r, cols.ang - 1);
  for (const c of cols.mergeDown) s.merge(r, c, r + p.headerRows - 1, c);
  s.next();
  if (p.headerRows === 3) {
    TW.forEach((t, i) => {
      s.set(cols.m0 + 3 * i, t);
      s.merge(s.r, cols.m0 + 3 * i, s.r, cols.m0 + 3 * i + 2);
    });
    s.next();
  }
  months.forEach((k) => {
    const l = p.quarterOnly && p.monthStyle !== 'dates' ? { v: TW[months.indexOf(k)]! } : monthLabel(p, k, year);
    s.set(mc(k), l.v, l.f);
  });
  s.next();
}

/**
 * A row shifted one column left as a PDF conversion leaves it (seed 000, rows 7-14): every target
 * one month earlier (the first is lost) and the anggaran in the last month's column, the ANGGARAN
 * cell empty. Returns the cell of the misplaced amount (where T05 marks).
 */
export function shiftLeft(s: Sheet, cols: number[], ang: number): string {
  const row = s.rows[s.r]!;
  cols.forEach((c, i) => {
    const from = i + 1 < cols.length ? cols[i + 1]! : ang;
    const v = row.get(from);
    if (v) row.set(c, v);
    else row.delete(c);
  });
  row.delete(ang);
  return s.address(s.r, cols[cols.length - 1]!);
}

/** The place, date and signature a document ends with (text only, right of the table). */
export function signature(s: Sheet, c: number, spec: RapkSpec): void {
  s.next();
  s.set(c, `Jakarta, 20 Desember ${spec.year - 1}`);
  s.next();
  s.set(c, `Kepala ${spec.unit}`);
  s.next(3);
  s.set(c, 'Drs. Nama Pejabat, Apt., M.M.');
  s.next(2);
}
