/**
 * Builds a sheet plan meant for paper, row by row, and paginates it as it goes (ADR 017):
 * every row gets the height its wrapped text needs, a table is kept on one page when it fits
 * (a manual page break before it otherwise), and a table longer than a page is broken between
 * its row groups with its caption ("(lanjutan)") and header rows written again after the break.
 * No print title rows: each table carries its own header on every page it spans.
 */
import type { CellRange, CellValue } from '../grid/grid';
import type { PlanCell } from './plan';
import type { PlanChart } from './chart';
import { LINE_PT, columnPx, linesOf } from './printLayout';

/** A cell of a table row: `span` columns wide, `down` rows tall (header cells only). */
export interface TCell {
  c: number;
  value: CellValue;
  span?: number;
  down?: number;
  style?: Partial<PlanCell>;
}
export type TRow = TCell[];

/** Rows kept together where possible; `lead` is merged down over all of them (the sasaran beside its indicators). */
export interface TGroup {
  rows: TRow[];
  lead?: TCell;
}

export interface TableSpec {
  caption: string;
  /** the caption after a page break */
  continued: string;
  header: TRow[];
  groups: TGroup[];
}

export class PagedBuilder {
  readonly cells: PlanCell[] = [];
  readonly merges: CellRange[] = [];
  readonly charts: PlanChart[] = [];
  readonly breaks: number[] = [];
  private readonly heights = new Map<number, number>();
  r = 0;
  /** points used on the current page */
  private used = 0;

  constructor(
    readonly widths: readonly number[],
    /** points of rows per page */
    readonly capacity: number,
  ) {}

  put(c: number, value: CellValue, extra: Partial<PlanCell> = {}): void {
    if (value === null && !extra.border && !extra.fill) return;
    this.cells.push({ r: this.r, c, value, ...extra });
  }

  /** Pixels of `span` columns from `c`. */
  px(c: number, span = 1): number {
    let n = 0;
    for (let i = c; i < c + span; i++) n += columnPx(this.widths[i] ?? 8.43);
    return n;
  }

  /** Points a cell's text needs (its lines × a line). */
  need(cell: TCell): number {
    if (typeof cell.value !== 'string' || !cell.style?.wrap) return LINE_PT;
    return linesOf(cell.value, this.px(cell.c, cell.span ?? 1), !!cell.style.bold) * LINE_PT;
  }

  /** Height of a row from its one-row cells. */
  rowHeight(row: TRow): number {
    return Math.max(LINE_PT, ...row.filter((x) => (x.down ?? 1) === 1).map((x) => this.need(x)));
  }

  /** Ends the current row at `pt` points (rows taller than a line get an explicit height). */
  end(pt = LINE_PT): void {
    if (pt > LINE_PT) this.heights.set(this.r, Math.ceil(pt));
    this.used += pt;
    this.r++;
  }

  /** Starts a new page before the current row when `pt` more points would not fit on this one. */
  keep(pt: number): void {
    if (this.used > 0 && this.used + pt > this.capacity) this.pageBreak();
  }

  pageBreak(): void {
    if (this.r > 0) this.breaks.push(this.r - 1);
    this.used = 0;
  }

  /** Writes a row of cells with their merges; returns nothing, advances one row at `pt` points. */
  writeRow(row: TRow, pt: number): void {
    for (const x of row) {
      const span = x.span ?? 1;
      const down = x.down ?? 1;
      if (span > 1 || down > 1) this.merges.push({ r1: this.r, c1: x.c, r2: this.r + down - 1, c2: x.c + span - 1 });
      this.put(x.c, x.value, x.style);
      // the other cells of a merged area carry its format (its border drawn, runs of one format unbroken)
      if (x.style?.border) {
        for (let dr = 0; dr < down; dr++)
          for (let dc = 0; dc < span; dc++) if (dr || dc) this.cells.push({ r: this.r + dr, c: x.c + dc, value: null, ...x.style });
      }
    }
    this.end(pt);
  }

  /** A text line (a caption, a note) across `span` columns from `c`, wrapped when long. */
  line(c: number, span: number, text: string, style: Partial<PlanCell> = {}): void {
    const cell: TCell = { c, span, value: text, style: { format: '@', wrap: true, ...style } };
    this.writeRow([cell], this.need(cell));
  }

  /** A text line in running text: on the next page when it does not fit on this one. */
  flow(c: number, span: number, text: string, style: Partial<PlanCell> = {}): void {
    const cell: TCell = { c, span, value: text, style: { format: '@', wrap: true, ...style } };
    this.keep(this.need(cell));
    this.writeRow([cell], this.need(cell));
  }

  private headerPt(header: TRow[]): number[] {
    const pts = header.map((row) => this.rowHeight(row));
    // a cell merged down over several header rows must fit in their sum
    header.forEach((row, i) => {
      for (const x of row.filter((y) => (y.down ?? 1) > 1)) {
        const rows = pts.slice(i, i + x.down!);
        const short = this.need({ ...x, style: { ...x.style, wrap: true } }) - rows.reduce((a, b) => a + b, 0);
        if (short > 0) pts[i + x.down! - 1]! += short;
      }
    });
    return pts;
  }

  private groupPt(g: TGroup): number[] {
    const pts = g.rows.map((row) => this.rowHeight(row));
    if (g.lead) {
      const short = this.need(g.lead) - pts.reduce((a, b) => a + b, 0);
      if (short > 0) pts[pts.length - 1]! += short;
    }
    return pts;
  }

  /** A numbered table: caption, header rows, groups; paginated as the file header says. */
  table(t: TableSpec): void {
    const head = (caption: string): void => {
      this.line(0, this.widths.length, caption, { bold: true, wrap: false });
      const pts = this.headerPt(t.header);
      t.header.forEach((row, i) => this.writeRow(row, pts[i]!));
    };
    const headPt = LINE_PT + this.headerPt(t.header).reduce((a, b) => a + b, 0);
    const groupPts = t.groups.map((g) => this.groupPt(g));
    const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
    const whole = headPt + sum(groupPts.map(sum));
    // the whole table on one page when it fits; otherwise at least its header and first group together
    this.keep(whole <= this.capacity ? whole : headPt + sum(groupPts[0] ?? []));
    head(t.caption);
    t.groups.forEach((g, gi) => {
      const pts = groupPts[gi]!;
      const left = this.capacity - this.used;
      // where a group that does not fit in the rest of the page is split (-1: not here)
      let splitAt = -1;
      if (sum(pts) > left && sum(pts) + headPt <= this.capacity) {
        // split only when much of the page is left, at the last row where both parts hold the sasaran
        // (it is written again after the break); otherwise the whole group goes to the next page
        const lead = g.lead ? this.need(g.lead) : 0;
        let fit = 0;
        for (let k = 0; k < pts.length && fit + pts[k]! <= left; k++) {
          fit += pts[k]!;
          if (k + 1 < pts.length && fit >= lead && sum(pts) - fit >= lead) splitAt = k + 1;
        }
        if (left < this.capacity * 0.4 || splitAt < 0) {
          splitAt = -1;
          this.pageBreak();
          head(t.continued);
        }
      }
      let from = this.r;
      let chunkStart = 0;
      const closeLead = (): void => {
        if (!g.lead) return;
        const down = this.r - from;
        if (down > 1) this.merges.push({ r1: from, c1: g.lead.c, r2: this.r - 1, c2: g.lead.c + (g.lead.span ?? 1) - 1 });
        this.cells.push({ r: from, c: g.lead.c, value: g.lead.value, ...g.lead.style });
        for (let r = from + 1; r < this.r; r++) this.cells.push({ r, c: g.lead.c, value: null, ...g.lead.style });
      };
      g.rows.forEach((row, i) => {
        // a group longer than the rest of the page breaks between its rows (the sasaran is written again)
        if (i === splitAt || (i > chunkStart && this.used + pts[i]! > this.capacity)) {
          closeLead();
          this.pageBreak();
          head(t.continued);
          from = this.r;
          chunkStart = i;
        }
        this.writeRow(row, pts[i]!);
      });
      closeLead();
    });
  }

  /** Row heights for the plan. */
  rowHeights(): { r: number; pt: number }[] {
    return [...this.heights].map(([r, pt]) => ({ r, pt })).sort((a, b) => a.r - b.r);
  }
}
