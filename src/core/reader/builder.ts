/**
 * The model while it is read: the sasaran and their indicators, the indices the reader looks
 * them up by, the Total rows still to be placed, and the reader's findings, all behind
 * methods. The objects handed out are the readonly model types; only the builder changes
 * them (each has a draft here, found by identity), and `build` hands the finished model over.
 */
import { type Finding, type ParamValue, finding } from '../findings';
import type { RuleCode } from '../rules/table';
import type { Ref } from '../grid/grid';
import { joinWrapped, norm } from '../grid/text';
import type { BudgetLine, Indikator, Layout, RapkModel, Sasaran, TotalRow } from './model';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type IndikatorDraft = Mutable<Omit<Indikator, 'lines'>> & { lines: BudgetLine[] };
type SasaranDraft = Mutable<Omit<Sasaran, 'indikator'>> & { indikator: Indikator[] };
type LineText = 'ro' | 'komponen' | 'subKomponen';

/** A Total row read, placed once the whole sheet is read (`resolveTotals`). */
export interface PendingTotal {
  readonly total: TotalRow;
  /** the indicator read last before the total row, or null */
  readonly after: Indikator | null;
  readonly table: 'main' | 'sub';
  readonly detail: boolean;
}

/** What the reader found besides the model: year, unit and the header's shape. */
export interface ModelMeta {
  readonly layout: Layout;
  readonly year: number | null;
  readonly unit: string | null;
  readonly hasSasaranColumn: boolean;
  readonly monthsInHeader: readonly boolean[];
}

export class ModelBuilder {
  private readonly sasaranList: SasaranDraft[] = [];
  /** each sasaran's draft and its place in reading order (its identity for S04) */
  private readonly sasaranDrafts = new Map<Sasaran, { draft: SasaranDraft; id: number }>();
  private readonly sasaranByNo = new Map<string, Sasaran[]>();
  private readonly order: Indikator[] = [];
  private readonly indDrafts = new Map<Indikator, IndikatorDraft>();
  private readonly byNo = new Map<string, Indikator[]>();
  private readonly byName = new Map<string, Indikator>();
  private readonly sasaranOfInd = new Map<Indikator, Sasaran>();
  /** `sasaran id|indicator no` → the first indicator with that number in that sasaran */
  private readonly seenNo = new Map<string, Indikator>();
  private readonly lineDrafts = new Map<BudgetLine, Mutable<BudgetLine>>();
  private readonly totals: PendingTotal[] = [];
  private readonly found: Finding[] = [];
  private readonly skippedSeen = new Set<string>();
  /** Layout D: the first indicator in order that may still lack its detail heading */
  private nextHeading = 0;

  constructor(readonly sheet: string) {}

  // ------------------------------------------------------------ findings
  report(code: RuleCode, cells: string[], params: Record<string, ParamValue> = {}): void {
    // a code known only at run time: its params are the loose bag the callers pass
    this.found.push(finding(code, this.sheet, cells, params as never) as Finding);
  }

  /** true the first time a key is seen (a skipped header label is reported once). */
  firstTime(key: string): boolean {
    if (this.skippedSeen.has(key)) return false;
    this.skippedSeen.add(key);
    return true;
  }

  // ------------------------------------------------------------ sasaran
  get sasaranCount(): number {
    return this.sasaranList.length;
  }

  sasaranWithNo(no: string): readonly Sasaran[] {
    return this.sasaranByNo.get(no) ?? [];
  }

  newSasaran(no: string, name: string, cell: Ref | null): Sasaran {
    const s: SasaranDraft = { no, name, cell, indikator: [] };
    this.sasaranDrafts.set(s, { draft: s, id: this.sasaranList.length });
    this.sasaranList.push(s);
    const list = this.sasaranByNo.get(no);
    if (list) list.push(s);
    else this.sasaranByNo.set(no, [s]);
    return s;
  }

  wrapSasaranName(s: Sasaran, more: string): void {
    const d = this.sasaranDraft(s);
    d.name = joinWrapped(d.name, more);
  }

  setSasaranSubtotal(s: Sasaran, total: TotalRow): void {
    this.sasaranDraft(s).subtotal = total;
  }

  // ------------------------------------------------------------ indicators
  /** The indicator already numbered `no` in sasaran s (S04), if any. */
  duplicateOf(s: Sasaran, no: string): Indikator | undefined {
    return this.seenNo.get(`${this.sasaranEntry(s).id}|${no}`);
  }

  addIndikator(s: Sasaran, fields: Omit<Indikator, 'lines'>): Indikator {
    const { draft: d, id } = this.sasaranEntry(s);
    const ind: IndikatorDraft = { ...fields, lines: [] };
    this.indDrafts.set(ind, ind);
    const dupKey = `${id}|${ind.no}`;
    if (!this.seenNo.has(dupKey)) this.seenNo.set(dupKey, ind);
    d.indikator.push(ind);
    this.order.push(ind);
    const list = this.byNo.get(ind.no);
    if (list) list.push(ind);
    else this.byNo.set(ind.no, [ind]);
    const key = norm(ind.name);
    if (!this.byName.has(key)) this.byName.set(key, ind);
    this.sasaranOfInd.set(ind, s);
    return ind;
  }

  indikatorWithNo(no: string): readonly Indikator[] {
    return this.byNo.get(no) ?? [];
  }

  /** the first indicator read under this (normalised) name */
  indikatorNamed(key: string): Indikator | undefined {
    return this.byName.get(key);
  }

  sasaranOf(ind: Indikator): Sasaran {
    const s = this.sasaranOfInd.get(ind);
    if (!s) throw new Error('indicator not read by this builder');
    return s;
  }

  /** Layout D: the next indicator in order without a detail heading (each is handed out once). */
  nextWithoutHeading(): Indikator | undefined {
    while (this.nextHeading < this.order.length && this.order[this.nextHeading]!.heading) this.nextHeading++;
    return this.order[this.nextHeading];
  }

  setHeading(ind: Indikator, heading: NonNullable<Indikator['heading']>): void {
    this.indDraft(ind).heading = heading;
  }

  setSubtotal(ind: Indikator, total: TotalRow): void {
    this.indDraft(ind).subtotal = total;
  }

  wrapIndikatorName(ind: Indikator, more: string): void {
    const d = this.indDraft(ind);
    d.name = joinWrapped(d.name, more);
  }

  /** An indicator wrapped over several rows takes the numbers of the row that carries them. */
  setIndikatorCells(ind: Indikator, cells: Pick<Indikator, 'targets' | 'anggaran'>): void {
    const d = this.indDraft(ind);
    d.targets = cells.targets;
    d.anggaran = cells.anggaran;
  }

  /** every indicator read, in sheet order */
  indikatorList(): readonly Indikator[] {
    return this.sasaranList.flatMap((s) => s.indikator);
  }

  // ------------------------------------------------------------ budget lines
  addLine(ind: Indikator, line: BudgetLine): BudgetLine {
    const d: Mutable<BudgetLine> = { ...line };
    this.lineDrafts.set(d, d);
    this.indDraft(ind).lines.push(d);
    return d;
  }

  wrapLine(line: BudgetLine, field: LineText, more: string): void {
    const d = this.lineDrafts.get(line);
    if (!d) throw new Error('budget line not read by this builder');
    d[field] = joinWrapped(d[field], more);
  }

  // ------------------------------------------------------------ totals
  addTotal(t: PendingTotal): void {
    this.totals.push(t);
  }

  pendingTotals(): readonly PendingTotal[] {
    return this.totals;
  }

  // ------------------------------------------------------------ the result
  findings(): readonly Finding[] {
    return this.found;
  }

  build(meta: ModelMeta, total: TotalRow | null, otherGrandTotals: readonly TotalRow[] = []): RapkModel {
    const model: RapkModel = {
      sheet: this.sheet,
      layout: meta.layout,
      year: meta.year,
      unit: meta.unit,
      hasSasaranColumn: meta.hasSasaranColumn,
      monthsInHeader: meta.monthsInHeader,
      sasaran: this.sasaranList.filter((s) => s.indikator.length > 0),
      total,
    };
    return otherGrandTotals.length > 0 ? { ...model, otherGrandTotals } : model;
  }

  private sasaranEntry(s: Sasaran): { draft: SasaranDraft; id: number } {
    const e = this.sasaranDrafts.get(s);
    if (!e) throw new Error('sasaran not read by this builder');
    return e;
  }

  private sasaranDraft(s: Sasaran): SasaranDraft {
    return this.sasaranEntry(s).draft;
  }

  private indDraft(ind: Indikator): IndikatorDraft {
    const d = this.indDrafts.get(ind);
    if (!d) throw new Error('indicator not read by this builder');
    return d;
  }
}
