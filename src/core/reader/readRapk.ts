/**
 * Reads a RAPK worksheet (layouts K, D and R) into a model. Never throws on any grid:
 * what cannot be read becomes a finding.
 */
import { type CellValue, type Grid, type Ref, a1, cellAt, formatAt, gridWidth, isBlankValue } from '../grid';
import { type Finding, finding } from '../findings';
import type { BudgetLine, CellNumber, Indikator, Layout, RapkModel, Sasaran, TotalRow } from '../model';
import { type NumberRole, type Parsed, isWholeRupiah, moneyValue, parseNumber } from '../numbers';
import { percentOf } from '../formats';
import { joinWrapped, norm, pad2, runningNumber, splitNumbered } from '../text';
import {
  type BudgetMap,
  type HeaderMap,
  type MainMap,
  headerAt,
  isOtherTotalLabel,
  isSasaranTotalLabel,
  isTotalLabel,
  looksLikeRingkasan,
  totalLabelAt,
} from './headers';

/** A budget-sized amount (SPEC T05). */
export const BUDGET_SIZED = 1_000_000;

export type SheetKind = 'rapk' | 'realisasi' | 'ringkasan' | 'none';

export interface ReadResult {
  kind: SheetKind;
  model: RapkModel | null;
  /** what the reader itself found: S01, S02, S03, S04 (sasaran), T02, T05, A07 */
  findings: Finding[];
}

const MONTH_LABELS = ['B01', 'B02', 'B03', 'B04', 'B05', 'B06', 'B07', 'B08', 'B09', 'B10', 'B11', 'B12'];
export function monthLabel(k: number): string {
  return MONTH_LABELS[k] ?? `B${k + 1}`;
}

interface PendingTotal {
  total: TotalRow;
  /** the indicator read last before the total row, or null */
  after: Indikator | null;
  ctx: 'main' | 'sub';
  detail: boolean;
}

type LastData = { kind: 'ind'; ind: Indikator; sasaran: Sasaran; map: MainMap } | { kind: 'line'; line: BudgetLine; map: BudgetMap } | null;

export function readRapk(grid: Grid): ReadResult {
  try {
    return new Reader(grid).read();
  } catch (e) {
    // The reader must never throw; an unexpected fault is reported as "no table".
    return {
      kind: 'none',
      model: null,
      findings: [finding('S01', grid.name, [], { reason: e instanceof Error ? e.message : String(e) })],
    };
  }
}

class Reader {
  private readonly width: number;
  private readonly height: number;
  private readonly findings: Finding[] = [];
  private readonly sasaran: Sasaran[] = [];
  private readonly totals: PendingTotal[] = [];
  private headers = new Map<number, HeaderMap>();
  private main: MainMap | null = null;
  private sub: BudgetMap | null = null;
  private ctx: 'main' | 'sub' = 'main';
  private current: Sasaran | null = null;
  private lastInd: Indikator | null = null;
  private last: LastData = null;
  private continuationOk = false;
  private closed = false;
  /** after a Total row only indicators and headers are read (footnotes, signatures follow) */
  private afterTotal = false;
  private layout: Layout = 'K';
  /** indexes over the indicators read so far (Layout D headings look them up) */
  private readonly order: Indikator[] = [];
  private readonly byNo = new Map<string, Indikator[]>();
  private readonly byName = new Map<string, Indikator>();
  private readonly sasaranOf = new Map<Indikator, Sasaran>();
  private readonly sasaranByNo = new Map<string, Sasaran[]>();
  private nextHeading = 0;
  /** what the last data row was (a detail header after a line continues that line's table) */
  private lastKind: 'ind' | 'heading' | 'line' | 'total' | null = null;
  private readonly seenNo = new Map<string, Indikator>();
  private readonly sasaranIds = new Map<Sasaran, number>();
  private readonly skippedSeen = new Set<string>();
  /** a budget sub-header was read and no data row after it yet */
  private subOpen = false;

  constructor(private readonly grid: Grid) {
    this.width = Math.min(gridWidth(grid), 16384);
    this.height = grid.values.length;
  }

  read(): ReadResult {
    const g = this.grid;
    const name = g.name;
    if (looksLikeRingkasan(g)) return { kind: 'ringkasan', model: null, findings: [] };
    let firstMain: MainMap | null = null;
    let anyDetail = false;
    let anyBudget = false;
    let anyList = false;
    for (let r = 0; r < this.height; r++) {
      const h = headerAt(g, r, this.width);
      if (!h) continue;
      if (h.kind === 'realisasi') return { kind: 'realisasi', model: null, findings: [] };
      this.headers.set(r, h);
      if (h.kind === 'main') {
        if (!firstMain) firstMain = h;
        r = h.r2;
      } else if (h.kind === 'detail') anyDetail = true;
      else if (h.kind === 'budget') anyBudget = true;
      else anyList = true;
    }
    if (!firstMain) return { kind: 'none', model: null, findings: [finding('S01', name, [])] };
    this.layout = anyDetail ? 'D' : anyBudget ? 'K' : anyList ? 'R' : 'K';

    for (let r = firstMain.r1; r < this.height; r++) {
      const h = this.headers.get(r);
      if (h) {
        this.onHeader(h);
        r = h.r2;
        continue;
      }
      this.onRow(r);
    }
    for (const ref of g.noResult ?? []) {
      if (ref.r >= firstMain.r1) this.findings.push(finding('S05', name, [a1(ref)], { kind: 'formula', cell: a1(ref) }));
    }
    const total = this.resolveTotals();
    const monthsInHeader = Array.from({ length: 12 }, (_, k) => firstMain!.months.has(k));
    const model: RapkModel = {
      sheet: name,
      layout: this.layout,
      year: this.findYear(firstMain.r1),
      unit: this.findUnit(firstMain.r1),
      hasSasaranColumn: firstMain.sasaran !== null,
      monthsInHeader,
      sasaran: this.sasaran.filter((s) => s.indikator.length > 0),
      total,
    };
    return { kind: 'rapk', model, findings: this.findings };
  }

  // ---------------------------------------------------------------- headers
  private onHeader(h: HeaderMap): void {
    if (h.kind === 'main') {
      this.reportSkipped(h);
      this.main = h;
      // the main (Layout D: summary) header repeated at a page break inside a budget table does
      // not end that table: the rows after it are read by their shape (see `continuesLines`)
      if (this.sub && this.ctx === 'sub' && (this.lastKind === 'line' || this.subOpen)) {
        this.closed = false;
        this.afterTotal = false;
        return;
      }
      this.ctx = 'main';
      this.closed = false;
      this.afterTotal = false;
    } else if (h.kind !== 'realisasi') {
      if (h.kind === 'detail' && this.lastKind !== 'heading' && this.lastKind !== 'line') this.onHeadinglessDetail(h.r1);
      this.sub = h;
      this.ctx = 'sub';
      this.subOpen = true;
      this.afterTotal = false;
    }
  }

  /** S05: header labels no column takes, each reported once (page repeats say nothing new). */
  private reportSkipped(h: MainMap): void {
    for (const sk of h.skipped) {
      const key = `${sk.c}|${norm(sk.text)}`;
      if (this.skippedSeen.has(key)) continue;
      this.skippedSeen.add(key);
      this.findings.push(finding('S05', this.grid.name, [a1({ r: sk.r, c: sk.c })], { kind: 'header', text: sk.text }));
    }
  }

  /**
   * A row that carries on the detail table above it: its running number follows the last
   * line's and it has the line shape (texts in the detail table's text columns, amounts in its
   * amount columns). Such a row is a line even where the indicator column has text.
   */
  private continuesLines(r: number): boolean {
    const m = this.sub;
    const last = this.last;
    if (this.ctx !== 'sub' || !m || m.kind !== 'detail' || this.lastKind !== 'line' || !last || last.kind !== 'line') return false;
    const no = runningNumber(this.text(r, m.no));
    const prev = Number(last.line.no);
    if (no === null || !Number.isInteger(prev) || Number(no) !== prev + 1) return false;
    return m.amountCols.some((c) => this.numericAt(r, c, 'money')) && m.textCols.some((c) => /[A-Za-z0-9]/.test(this.text(r, c)));
  }

  // ---------------------------------------------------------------- rows
  private onRow(r: number): void {
    const row = this.grid.values[r];
    if (!row || this.isBlankRow(r)) {
      this.continuationOk = false;
      return;
    }
    if (this.closed) return;
    this.subOpen = false;
    const main = this.main;
    if (!main) return;
    if (this.isColumnNumbering(r)) return;
    // a page number alone on its row (PDF conversions) is neither a line nor an indicator
    if (this.isPageNumber(r)) return;
    if (this.continuesLines(r)) {
      this.onLine(r, this.sub!);
      return;
    }

    const isInd = this.isIndicatorRow(r, main);
    const totalCol = isInd ? null : totalLabelAt(this.grid, r, this.width);
    if (totalCol !== null) {
      this.onTotal(r, totalCol);
      return;
    }
    // a detail line just before a header repeated at a page break is a line, not a heading
    const inTable = (): boolean =>
      (this.lastKind === 'line' || this.lastKind === 'heading') &&
      this.ctx === 'sub' &&
      this.sub?.kind === 'detail' &&
      this.isLineRow(r, this.sub);
    const heading = this.layout === 'D' && this.nextIsDetailHeader(r) && !inTable() && !!this.headingText(r, main);
    if (this.afterTotal && !isInd && !heading) return;
    this.afterTotal = false;
    if (heading) {
      this.onHeading(r, main);
      return;
    }
    if (isInd) {
      this.onIndicator(r, main);
      return;
    }
    if (this.isSasaranOnlyRow(r, main)) {
      this.onSasaranOnly(r, main);
      return;
    }
    if (this.ctx === 'sub' && this.sub && this.isLineRow(r, this.sub)) {
      this.onLine(r, this.sub);
      return;
    }
    if (this.onOtherTotal(r)) return;
    if (!this.rowHasNumbers(r)) {
      if (this.continuationOk) this.onContinuation(r);
      return;
    }
    this.findings.push(finding('S02', this.grid.name, [a1(this.firstFilled(r))], { row: r + 1, kind: 'row' }));
    this.continuationOk = false;
  }

  /** The column-numbering row many government tables put under the header: `(1) (2) (3) ...` or `1 2 3 ...`. */
  private isColumnNumbering(r: number): boolean {
    const row = this.grid.values[r] ?? [];
    let expect = 0;
    let count = 0;
    for (const v of row) {
      if (isBlankValue(v ?? null)) continue;
      const n =
        typeof v === 'number' ? v : typeof v === 'string' && /^\s*\(?\s*\d{1,2}\s*\)?\s*$/.test(v) ? Number(v.replace(/[^\d]/g, '')) : NaN;
      if (!Number.isInteger(n)) return false;
      if (count === 0) expect = n;
      if (n !== expect) return false;
      expect++;
      count++;
    }
    return count >= 3;
  }

  /** A page number left by a PDF conversion: one small number (or `Halaman 2 dari 5`) alone on its row. */
  private isPageNumber(r: number): boolean {
    // runs on every row: find the single filled cell without allocating
    const row = this.grid.values[r] ?? [];
    let v: CellValue = null;
    for (const x of row) {
      if (isBlankValue(x ?? null)) continue;
      if (v !== null) return false;
      v = x;
    }
    if (typeof v === 'number') return Number.isInteger(v) && v > 0 && v < 1000;
    return typeof v === 'string' && /^\s*(-\s*)?((halaman|hal\.?|page)\s*)?\d{1,3}(\s*(dari|of|\/)\s*\d{1,3})?(\s*-)?\s*$/i.test(v);
  }

  private nextIsDetailHeader(r: number): boolean {
    for (let k = r + 1; k < Math.min(this.height, r + 4); k++) {
      const h = this.headers.get(k);
      if (h) return h.kind === 'detail';
      if (!this.isBlankRow(k)) return false;
    }
    return false;
  }

  private isBlankRow(r: number): boolean {
    const row = this.grid.values[r];
    if (!row) return true;
    for (let c = 0; c < row.length; c++) if (!isBlankValue(row[c] ?? null)) return false;
    return true;
  }

  private firstFilled(r: number): Ref {
    const row = this.grid.values[r] ?? [];
    for (let c = 0; c < row.length; c++) if (!isBlankValue(row[c] ?? null)) return { r, c };
    return { r, c: 0 };
  }

  private text(r: number, c: number | null): string {
    if (c === null) return '';
    const v = cellAt(this.grid, r, c);
    if (typeof v === 'string') return /\s\s|[\t\n\r\u00a0]/.test(v) ? v.replace(/\s+/g, ' ').trim() : v.trim();
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
    return '';
  }

  private rowHasNumbers(r: number): boolean {
    const row = this.grid.values[r] ?? [];
    for (const v of row) {
      if (typeof v === 'number') return true;
      if (typeof v === 'string' && v.length < 40) {
        const p = parseNumber(v, 'money');
        if (p.kind === 'number') return true;
      }
    }
    return false;
  }

  /** Indicator text: not a running number, not a budget code, has letters. */
  private indicatorText(r: number, main: MainMap): string {
    const t = this.text(r, main.indikator);
    if (!t || runningNumber(t) !== null || !/[A-Za-z]/.test(t) || isTotalLabel(t)) return '';
    return t;
  }

  private isIndicatorRow(r: number, main: MainMap): boolean {
    const t = this.indicatorText(r, main);
    if (!t) return false;
    const split = splitNumbered(t);
    if (split.no !== null) {
      // under a budget list the same column may hold line texts (`1. DR.3165.QIA.005 - ...`)
      return !(
        this.ctx === 'sub' &&
        this.sub &&
        this.isBudgetTextColumn(main.indikator) &&
        (this.looksLikeCode(split.name) || this.looksLikeCode(t))
      );
    }
    if (this.ctx === 'sub' && this.sub && this.isBudgetTextColumn(main.indikator)) return false;
    // unnumbered indicator text needs a number in a target or anggaran column: a text-only row
    // (even with sasaran text beside it) is the wrapped continuation of the row above
    if (this.layout === 'D' && main.no !== null && runningNumber(this.text(r, main.no))) return true;
    for (const c of main.months.values()) if (this.numericAt(r, c, 'target')) return true;
    if (main.anggaran !== null && this.numericAt(r, main.anggaran, 'money')) return true;
    return false;
  }

  private looksLikeCode(t: string): boolean {
    return /^[A-Z]{2}\.\d{4}\./.test(t.trim());
  }

  private isBudgetTextColumn(c: number): boolean {
    const s = this.sub;
    if (!s) return false;
    return s.textCols.includes(c);
  }

  private numericAt(r: number, c: number, role: NumberRole): boolean {
    const v = cellAt(this.grid, r, c);
    if (typeof v === 'number') return Number.isFinite(v);
    return v !== null && parseNumber(v, role).kind === 'number';
  }

  private isSasaranOnlyRow(r: number, main: MainMap): boolean {
    if (main.sasaran === null) return false;
    const t = this.text(r, main.sasaran);
    return !!t && splitNumbered(t).no !== null && !this.rowHasNumbers(r) && !(this.ctx === 'sub' && this.isBudgetTextColumn(main.sasaran));
  }

  // ---------------------------------------------------------------- sasaran
  private sasaranFor(r: number, main: MainMap, create: boolean): Sasaran | null {
    const name = this.grid.name;
    const parent = create ? splitNumbered(this.indicatorText(r, main)).parent : undefined;
    if (main.sasaran === null && parent) {
      // `1.1`, `2.3` numbering without a sasaran column: the first part numbers the sasaran
      this.current = this.sasaranByNo.get(parent)?.[0] ?? this.newSasaran(parent, '', null);
      return this.current;
    }
    if (main.sasaran === null) {
      // no sasaran column (Layout D and some R tables): one implicit sasaran `01`
      if (!this.current) this.current = this.newSasaran('01', '', null);
      return this.current;
    }
    const raw = this.text(r, main.sasaran);
    if (!raw) {
      if (!this.current && create) {
        this.current = this.newSasaran('00', '', null);
      }
      return this.current;
    }
    const split = splitNumbered(raw);
    const noCol = main.no !== null ? runningNumber(this.text(r, main.no)) : null;
    const no = split.no ?? noCol ?? pad2(this.sasaran.length + 1);
    const cur = this.current;
    if (cur && cur.no === no && (norm(cur.name) === norm(split.name) || !cur.name)) return cur;
    const withNo = this.sasaranByNo.get(no) ?? [];
    const sameName = withNo.find((x) => norm(x.name) === norm(split.name));
    if (sameName) {
      this.current = sameName;
      return sameName;
    }
    const same = withNo[0];
    const ref = { r, c: main.sasaran };
    if (same) this.findings.push(finding('S04', name, [a1(ref), ...(same.cell ? [a1(same.cell)] : [])], { kind: 'sasaran', no }));
    this.current = this.newSasaran(no, split.name, ref);
    return this.current;
  }

  private newSasaran(no: string, name: string, cell: Ref | null): Sasaran {
    const s: Sasaran = { no, name, cell, indikator: [] };
    this.sasaranIds.set(s, this.sasaran.length);
    this.sasaran.push(s);
    const list = this.sasaranByNo.get(no);
    if (list) list.push(s);
    else this.sasaranByNo.set(no, [s]);
    return s;
  }

  private onSasaranOnly(r: number, main: MainMap): void {
    const s = this.sasaranFor(r, main, true);
    if (s) this.last = null;
    this.continuationOk = false;
  }

  // ---------------------------------------------------------------- indicators
  private readIndicatorCells(r: number, main: MainMap): Omit<Indikator, 'no' | 'name' | 'sasaranNo' | 'lines' | 'nameCell' | 'row'> {
    const name = this.grid.name;
    const targets: (number | null)[] = Array(12).fill(null);
    const targetCells: (Ref | null)[] = Array(12).fill(null);
    let anggaran: CellNumber = { value: null, cell: main.anggaran !== null ? { r, c: main.anggaran } : null };
    let shift = 0;

    if (main.anggaran !== null) {
      const ac = main.anggaran;
      const own = parseNumber(cellAt(this.grid, r, ac), 'money');
      const ownIsAmount = own.kind === 'number' && Math.abs(own.value) >= BUDGET_SIZED;
      if (!ownIsAmount) {
        const cand = this.misplacedAmount(r, main);
        if (cand) {
          shift = ac - cand.c;
          this.findings.push(finding('T05', name, [a1({ r, c: cand.c }), a1({ r, c: ac })], { indicator: this.indicatorText(r, main) }));
          anggaran = { value: cand.value, cell: { r, c: cand.c } };
        }
      }
      if (shift === 0) anggaran = this.money(r, ac, 'anggaran');
    }

    // a shifted row takes its targets from the target (or ANGGARAN) column `shift` away
    const sourceCols = shift === 0 ? null : new Set<number>([...main.months.values(), ...(main.anggaran !== null ? [main.anggaran] : [])]);
    for (const [k, c] of main.months) {
      const src = c - shift;
      if (sourceCols && (!sourceCols.has(src) || src === anggaran.cell?.c)) continue;
      const ref = { r, c: src };
      targetCells[k] = ref;
      const v = cellAt(this.grid, r, src);
      targets[k] =
        typeof v === 'number' && Number.isFinite(v)
          ? percentOf(v, formatAt(this.grid, r, src))
          : this.targetValue(parseNumber(v, 'target'), ref, k);
    }
    return { targets, targetCells, anggaran };
  }

  /** A budget-sized amount in a target column or beyond the ANGGARAN column (T05). */
  private misplacedAmount(r: number, main: MainMap): { c: number; value: number } | null {
    const ac = main.anggaran!;
    let best: { c: number; value: number } | null = null;
    const consider = (c: number): void => {
      if (c === ac) return;
      const v = cellAt(this.grid, r, c);
      if (v === null) return;
      const value =
        typeof v === 'number'
          ? v
          : (() => {
              const p = parseNumber(v, 'money');
              return p.kind === 'number' ? p.value : NaN;
            })();
      if (!(value >= BUDGET_SIZED)) return;
      if (!best || Math.abs(c - ac) < Math.abs(best.c - ac)) best = { c, value };
    };
    for (const c of main.months.values()) consider(c);
    for (let c = ac + 1; c <= ac + 3; c++) consider(c);
    return best;
  }

  private targetValue(p: Parsed, ref: Ref, k: number): number | null {
    const name = this.grid.name;
    if (p.kind === 'number') {
      if (p.fromText) this.findings.push(finding('S03', name, [a1(ref)], { text: p.text ?? '', field: monthLabel(k) }));
      return p.value;
    }
    if (p.kind === 'invalid') {
      this.findings.push(finding('T02', name, [a1(ref)], { text: p.text, month: monthLabel(k) }));
    }
    return null;
  }

  /** Reads an amount (anggaran, kontribusi, ...): S03 for text, A07 for nonsense. */
  private money(r: number, c: number | null, field: string): CellNumber {
    if (c === null) return { value: null, cell: null };
    const ref = { r, c };
    const raw = cellAt(this.grid, r, c);
    // the common case, a number cell with a whole, non-negative amount, allocates nothing more
    if (typeof raw === 'number' && Number.isFinite(raw) && raw >= 0 && isWholeRupiah(raw)) return { value: moneyValue(raw), cell: ref };
    const parsed = parseNumber(raw, 'money');
    const p = parsed.kind === 'number' ? { ...parsed, value: moneyValue(parsed.value) } : parsed;
    if (p.kind === 'number') {
      if (p.fromText) this.findings.push(finding('S03', this.grid.name, [a1(ref)], { text: p.text ?? '', field }));
      if (p.value < 0 || !isWholeRupiah(p.value)) {
        this.findings.push(finding('A07', this.grid.name, [a1(ref)], { field, value: p.value, text: p.text ?? String(p.value) }));
        return { value: p.value, cell: ref, invalid: true };
      }
      return { value: p.value, cell: ref };
    }
    if (p.kind === 'invalid') {
      this.findings.push(finding('A07', this.grid.name, [a1(ref)], { field, value: null, text: p.text }));
      return { value: null, cell: ref, invalid: true };
    }
    return { value: null, cell: ref };
  }

  private splitIndicator(r: number, main: MainMap, s: Sasaran): { no: string; name: string } {
    const split = splitNumbered(this.indicatorText(r, main));
    let no = split.no;
    if (!no && this.layout === 'D' && main.no !== null) no = runningNumber(this.text(r, main.no));
    if (!no) no = pad2(s.indikator.length + 1);
    return { no, name: split.name };
  }

  private onIndicator(r: number, main: MainMap): void {
    const name = this.grid.name;
    const hadSasaran = this.current !== null || (main.sasaran !== null && !!this.text(r, main.sasaran));
    const s = this.sasaranFor(r, main, true)!;
    const { no, name: indName } = this.splitIndicator(r, main, s);
    const nameCell = { r, c: main.indikator };
    if (!hadSasaran && main.sasaran !== null) {
      this.findings.push(finding('S02', name, [a1(nameCell)], { kind: 'noSasaran', indicator: `${no} - ${indName}` }));
    }
    const dupKey = `${this.sasaranIds.get(s) ?? -1}|${no}`;
    const dup = this.seenNo.get(dupKey);
    if (dup) {
      this.findings.push(finding('S04', name, [a1(nameCell), a1(dup.nameCell)], { kind: 'indikator', no: `${s.no}.${no}` }));
    }
    const cells = this.readIndicatorCells(r, main);
    const ind: Indikator = { no, name: indName, row: r + 1, nameCell, sasaranNo: s.no, lines: [], ...cells };
    s.indikator.push(ind);
    if (!dup) this.seenNo.set(dupKey, ind);
    this.order.push(ind);
    this.lastKind = 'ind';
    const list = this.byNo.get(no);
    if (list) list.push(ind);
    else this.byNo.set(no, [ind]);
    const key = norm(indName);
    if (!this.byName.has(key)) this.byName.set(key, ind);
    this.sasaranOf.set(ind, s);
    this.lastInd = ind;
    this.last = { kind: 'ind', ind, sasaran: s, map: main };
    this.continuationOk = true;
  }

  /** Layout D: the heading line of a detail table repeats a summary indicator. */
  /**
   * The text of a Layout D detail heading: the indicator column, or (when the heading is a
   * title across the table, `Indikator 2: Persentase ...`) the first text in the row.
   */
  private headingText(r: number, main: MainMap): string {
    const t = this.indicatorText(r, main);
    if (t) return t;
    const row = this.grid.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string' || !/[A-Za-z]/.test(v) || isTotalLabel(v)) continue;
      return v
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^(rincian( anggaran)?|detail|indikator( kinerja)?)\s*(?=\d|:)/i, '')
        .replace(/^(\d{1,3})\s*:\s*/, '$1 - ');
    }
    return '';
  }

  private onHeading(r: number, main: MainMap): void {
    const t = this.headingText(r, main);
    const split = splitNumbered(t);
    const no = split.no ?? (main.no !== null ? runningNumber(this.text(r, main.no)) : null);
    const free = (i: Indikator | undefined): Indikator | undefined => (i && !i.heading ? i : undefined);
    // by number, else by name, else the next summary indicator without a heading (in order)
    let target = (no ? (this.byNo.get(no) ?? []).find((i) => !i.heading) : undefined) ?? free(this.byName.get(norm(split.name)));
    if (!target) {
      while (this.nextHeading < this.order.length && this.order[this.nextHeading]!.heading) this.nextHeading++;
      target = this.order[this.nextHeading];
    }
    if (!target) {
      // a detail table for an indicator the summary lacks: read it as an indicator
      this.onIndicator(r, main);
      this.lastKind = 'heading';
      return;
    }
    const cells = this.readIndicatorCells(r, main);
    target.heading = { row: r + 1, targets: cells.targets, targetCells: cells.targetCells, anggaran: cells.anggaran };
    this.lastInd = target;
    this.last = { kind: 'ind', ind: target, sasaran: this.sasaranOf.get(target)!, map: main };
    this.continuationOk = false;
    this.lastKind = 'heading';
  }

  /** A detail table with no heading line: it belongs to the next summary indicator in order. */
  private onHeadinglessDetail(row: number): void {
    while (this.nextHeading < this.order.length && this.order[this.nextHeading]!.heading) this.nextHeading++;
    const target = this.order[this.nextHeading];
    if (!target) return;
    const none = Array<null>(12).fill(null);
    target.heading = { row: row + 1, targets: [...none], targetCells: [...none], anggaran: { value: null, cell: null } };
    this.lastInd = target;
  }

  // ---------------------------------------------------------------- budget lines
  private isLineRow(r: number, m: BudgetMap): boolean {
    const noText = this.text(r, m.no);
    const hasNo = m.no !== null && !m.noInRo && runningNumber(noText) !== null;
    const hasNoInRo = m.noInRo && /^\s*\d{1,3}\s*[.)]\s*\S/.test(noText);
    const hasText = m.textCols.some((c) => /[A-Za-z0-9]/.test(this.text(r, c)));
    const hasAmount = m.amountCols.some((c) => this.numericAt(r, c, 'money'));
    if (m.kind === 'list' && !hasAmount && hasText && !hasNo) return this.rowHasNumbers(r);
    return hasNo || hasNoInRo || (hasText && hasAmount);
  }

  private onLine(r: number, m: BudgetMap): void {
    const ind = this.lastInd;
    if (!ind) {
      this.findings.push(finding('S02', this.grid.name, [a1(this.firstFilled(r))], { row: r + 1, kind: 'row' }));
      return;
    }
    let no = this.text(r, m.no);
    let ro = this.text(r, m.ro);
    if (m.noInRo) {
      const mm = /^\s*(\d{1,3})\s*[.)]\s*(.*)$/.exec(ro);
      if (mm) {
        no = mm[1]!;
        ro = mm[2]!.trim();
      } else no = '';
    }
    if (m.kode !== null) {
      const kode = this.text(r, m.kode);
      if (kode && m.ro !== null) ro = ro ? `${kode} - ${ro}` : kode;
      else if (kode) ro = kode;
    }
    if (m.kro !== null) {
      const kro = this.text(r, m.kro);
      if (kro && !ro.includes(kro)) ro = ro ? `${kro} / ${ro}` : kro;
    }
    let sub = this.text(r, m.subKomponen);
    if (m.kodeSub !== null) {
      const ks = this.text(r, m.kodeSub);
      if (ks && !sub.startsWith(ks)) sub = sub ? `${ks} - ${sub}` : ks;
    }
    const line: BudgetLine = {
      row: r + 1,
      no: runningNumber(no) ?? no,
      ro,
      komponen: this.text(r, m.komponen),
      subKomponen: sub,
      anggaran: { value: null, cell: null },
      kontribusi: { value: null, cell: null },
    };
    if (m.kind === 'detail') {
      line.anggaran = this.money(r, m.anggaran, 'budgetPlan');
      line.budgetPlan = line.anggaran;
      line.quarters = [2, 5, 8, 11].map((k) => this.money(r, m.quarters.get(k) ?? null, monthLabel(k)));
      line.kontribusi = this.money(r, m.total, 'total');
      if (m.percent !== null) {
        const ref = { r, c: m.percent };
        const p = parseNumber(cellAt(this.grid, r, m.percent), 'percent');
        line.percent = {
          value: p.kind === 'number' ? p.value : null,
          cell: ref,
          // a number format only applies to numbers, not to text such as `35,00 (%)`
          format: p.kind === 'number' && !p.fromText ? formatAt(this.grid, r, m.percent) : null,
        };
        if (p.kind === 'number' && p.fromText && !/%/.test(p.text ?? '')) {
          this.findings.push(finding('S03', this.grid.name, [a1(ref)], { text: p.text ?? '', field: '(%)' }));
        }
      }
    } else if (m.kind === 'list') {
      const amountCol = m.kontribusi ?? m.anggaran ?? this.lastNumberCol(r);
      line.kontribusi = this.money(r, amountCol, 'kontribusi');
    } else {
      line.anggaran = this.money(r, m.anggaran, 'anggaranLine');
      line.kontribusi = this.money(r, m.kontribusi, 'kontribusi');
    }
    ind.lines.push(line);
    this.lastKind = 'line';
    this.last = { kind: 'line', line, map: m };
    this.continuationOk = true;
  }

  private lastNumberCol(r: number): number | null {
    const row = this.grid.values[r] ?? [];
    for (let c = row.length - 1; c >= 0; c--) {
      const v = row[c] ?? null;
      if (typeof v === 'number' || (typeof v === 'string' && parseNumber(v, 'money').kind === 'number')) return c;
    }
    return null;
  }

  // ---------------------------------------------------------------- continuation
  private onContinuation(r: number): void {
    const last = this.last;
    if (!last) return;
    const row = this.grid.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string' || !v.trim()) continue;
      if (last.kind === 'line') {
        const m = this.sub && this.sub.kind === last.map.kind ? this.sub : last.map;
        const l = last.line;
        if (c === m.ro || c === m.kode) l.ro = joinWrapped(l.ro, v);
        else if (c === m.komponen) l.komponen = joinWrapped(l.komponen, v);
        else if (c === m.subKomponen || c === m.kodeSub) l.subKomponen = joinWrapped(l.subKomponen, v);
      } else {
        const m = this.main ?? last.map;
        if (c === m.indikator) last.ind.name = joinWrapped(last.ind.name, v);
        else if (c === m.sasaran && last.sasaran.cell) last.sasaran.name = joinWrapped(last.sasaran.name, v);
      }
    }
  }

  // ---------------------------------------------------------------- totals
  private onTotal(r: number, labelCol: number): void {
    const detail = this.ctx === 'sub' && this.sub?.kind === 'detail';
    let amount: CellNumber = { value: null, cell: null };
    const columns: { key: string; amount: CellNumber }[] = [];
    if (detail && this.sub) {
      const m = this.sub;
      amount = this.money(r, m.total, 'total');
      if (m.budgetPlan !== null) columns.push({ key: 'budgetPlan', amount: this.money(r, m.budgetPlan, 'budgetPlan') });
      for (const [k, c] of m.quarters) columns.push({ key: monthLabel(k), amount: this.money(r, c, monthLabel(k)) });
    } else {
      const c = this.amountNear(r, labelCol);
      if (c !== null) amount = this.money(r, c, 'total');
    }
    const total: TotalRow = { row: r + 1, amount, ...(columns.length ? { columns } : {}) };
    this.totals.push({ total, after: this.lastInd, ctx: this.ctx, detail });
    this.lastKind = 'total';
    this.continuationOk = false;
    this.last = null;
    this.afterTotal = !detail;
    if (detail && this.lastInd) this.lastInd.subtotal = total;
  }

  /**
   * `Jumlah Sasaran 1` closes the current sasaran (A05 checks it against its indicators);
   * any other `Jumlah ...`/`Total ...` label is a total the reader cannot check, not S02.
   */
  private onOtherTotal(r: number): boolean {
    const row = this.grid.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string') continue;
      if (isSasaranTotalLabel(v)) {
        const col = this.amountNear(r, c);
        if (this.current && col !== null) this.current.subtotal = { row: r + 1, amount: this.money(r, col, 'total') };
        this.continuationOk = false;
        return true;
      }
      if (isOtherTotalLabel(v)) {
        this.continuationOk = false;
        return true;
      }
    }
    return false;
  }

  /** The amount of a Total row: the first number right of the label, else the nearest left. */
  private amountNear(r: number, labelCol: number): number | null {
    const row = this.grid.values[r] ?? [];
    const isNum = (c: number): boolean => {
      const p = parseNumber(row[c] ?? null, 'money');
      return p.kind === 'number' || (p.kind === 'invalid' && /\d/.test(p.text));
    };
    for (let c = labelCol + 1; c < row.length; c++) if (isNum(c)) return c;
    for (let c = labelCol - 1; c >= 0; c--) if (isNum(c)) return c;
    return null;
  }

  /**
   * Decides which Total rows close the whole table (grand total) and which close one
   * indicator's budget list (sub-total).
   */
  private resolveTotals(): TotalRow | null {
    let grand: TotalRow | null = null;
    const allInd = this.sasaran.flatMap((s) => s.indikator);
    const lastInd = allInd[allInd.length - 1] ?? null;
    const trailing = this.totals.filter((t) => !t.detail && t.after === lastInd);
    for (const t of this.totals) {
      if (t.detail) continue;
      if (t.ctx === 'main' && !grand) {
        grand = t.total;
        continue;
      }
      const isLast = trailing.length > 0 && t === trailing[trailing.length - 1];
      if (isLast && !grand) grand = t.total;
      else if (t.after && !t.after.subtotal) t.after.subtotal = t.total;
    }
    return grand;
  }

  // ---------------------------------------------------------------- title
  private titleTexts(headerRow: number): string[] {
    const out: string[] = [];
    for (let r = 0; r < Math.min(headerRow, 15); r++) {
      const row = this.grid.values[r] ?? [];
      for (const v of row) if (typeof v === 'string' && v.trim()) out.push(v.trim());
    }
    return out;
  }

  private findYear(headerRow: number): number | null {
    for (const t of [...this.titleTexts(headerRow), this.grid.name]) {
      const m = /\b(20\d\d)\b/.exec(t);
      if (m) return Number(m[1]);
    }
    return null;
  }

  private findUnit(headerRow: number): string | null {
    const texts = this.titleTexts(headerRow);
    const unit = texts.find((t) => /\b(balai besar pom|bbpom|balai pom|bpom di|loka pom|lokapom)\b/i.test(t));
    if (unit) return unit.replace(/\s+/g, ' ');
    const agency = texts.find((t) => /(badan pengawas obat|badan pom|deputi|direktorat|biro|pusat)/i.test(t));
    return agency ? agency.replace(/\s+/g, ' ') : null;
  }
}
