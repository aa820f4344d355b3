/**
 * Number formats owed for rows read without them (Validasi on Excel on the web, ADR 005
 * addendum of issue 21 item 10).
 *
 * The core reads a cell's number format only where the cell holds a number (a target or
 * realisasi shown as a percentage, a `(%)` cell, a month typed as a date). So the formats owed
 * are those of the cells holding numbers, nothing else, and Excel itself names them:
 * `getSpecialCellsOrNullObject(Constants | Formulas, Numbers)` on the rows read without
 * formats, queued in the batch that reads their values (a probe: a null object or its size,
 * never a call on a null object). A later batch loads the formats of the probes that found
 * cells, through their `areas` (each area's address and formats): a few bytes a number,
 * against ten a cell for every cell of the rows. A format weighs what those of the sheet's
 * first rows weigh (an accounting format ~45 bytes); a probe too large for one response is
 * probed again in row parts.
 */
import { type CellRange, type Grid, parseA1 } from '../core/grid/grid';

/** Bytes of an area beyond its formats (its address, the JSON around them), measured in the simulator's JSON. */
const BYTES_PER_AREA = 60;
/** Bytes of a cell's format in the response (`"0.00%",`) before the sheet's first rows say more: the fewest assumed. */
export const BYTES_PER_FORMAT = 10;
/** Parts a probe too large for one response is probed again in, at most (more, later, if still too large). */
const MAX_PARTS = 32;

type Areas = Excel.RangeAreas;
type CellType = 'Constants' | 'Formulas';

/** The cells holding numbers (constants or formulas) of rows `r1`–`r2` (absolute, 0-based) of a sheet. */
interface Probe {
  ws: Excel.Worksheet;
  type: CellType;
  r1: number;
  r2: number;
  areas: Areas;
}

/**
 * Bytes a cell's format weighs in the response, from the formats of the cells holding numbers
 * in rows read with every format (`values`, `formats`: rows by absolute index): their mean JSON
 * length and the comma and brackets around it, never below BYTES_PER_FORMAT. An accounting
 * format (`_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-`) weighs ~45 bytes, a percentage 7.
 */
export function bytesPerFormat(values: ReadonlyMap<number, unknown[]>, formats: ReadonlyMap<number, unknown[]>): number {
  let sum = 0;
  let n = 0;
  for (const [r, frow] of formats) {
    const vrow = values.get(r) ?? [];
    frow.forEach((f, c) => {
      if (typeof f !== 'string' || typeof vrow[c] !== 'number') return;
      sum += JSON.stringify(f).length + 3;
      n++;
    });
  }
  return n ? Math.max(BYTES_PER_FORMAT, sum / n) : BYTES_PER_FORMAT;
}

/** `'RAPK 2025'!D7:O7` (or `D7`) as a range, or null. */
export function areaRange(address: string): CellRange | null {
  const a = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
  const [from, to] = a.split(':');
  const p = parseA1(from ?? '');
  const q = to === undefined ? p : parseA1(to);
  return p && q ? { r1: p.r, c1: p.c, r2: q.r, c2: q.c } : null;
}

export class OwedFormats {
  /** bytes of a cell's format in the response (`bytesPerFormat`, once the sheet's first rows are read) */
  bytesPerFormat = BYTES_PER_FORMAT;
  /** probes queued in the batch being planned */
  private queued: Probe[] = [];
  /** probes that found cells, formats not loaded yet */
  private found: Probe[] = [];
  /** area loads in the batch being planned */
  private loading: { probe: Probe; list: Excel.RangeCollection }[] = [];
  /** probes too large, probed again in parts in the batch being planned */
  private split: Probe[] = [];

  /** Queues the probes of the cells holding numbers in rows `r1`–`r2` (read without formats). */
  probe(ws: Excel.Worksheet, r1: number, r2: number): void {
    for (const type of ['Constants', 'Formulas'] as const) this.queueProbe(ws, type, r1, r2);
  }

  private queueProbe(ws: Excel.Worksheet, type: CellType, r1: number, r2: number): void {
    const areas = ws.getRange(`${r1 + 1}:${r2 + 1}`).getSpecialCellsOrNullObject(type, 'Numbers');
    areas.load('areaCount,cellCount');
    this.queued.push({ ws, type, r1, r2, areas });
  }

  /** formats still to load (probes found cells) */
  get owed(): boolean {
    return this.found.length > 0 || this.queued.length > 0;
  }

  /**
   * Queues the formats of the probes found, within `budget` bytes; returns the bytes planned.
   * A probe over `full` (a whole response's budget) is probed again in parts, in this batch,
   * its formats loaded in later ones; with `force`, a probe that cannot be parted (one row) is
   * loaded whole when nothing else is planned.
   */
  queueLoads(budget: number, full = Infinity, force = false): number {
    let planned = 0;
    for (const p of [...this.found]) {
      const bytes = p.areas.cellCount * this.bytesPerFormat + p.areas.areaCount * BYTES_PER_AREA;
      const rows = p.r2 - p.r1 + 1;
      if (planned + bytes <= budget || (force && planned === 0 && (bytes <= full || rows === 1))) {
        this.loading.push({ probe: p, list: p.areas.areas.load('items/address,items/numberFormat') });
        planned += bytes;
      } else if (bytes > full && rows > 1) {
        const parts = Math.min(rows, MAX_PARTS, Math.ceil(bytes / Math.max(1, full)));
        const size = Math.ceil(rows / parts);
        for (let r = p.r1; r <= p.r2; r += size) this.queueProbe(p.ws, p.type, r, Math.min(p.r2, r + size - 1));
        this.split.push(p);
        planned += parts * BYTES_PER_AREA;
      } else continue;
      this.found.splice(this.found.indexOf(p), 1);
    }
    return planned;
  }

  /** The batch ran: the probes that found cells are owed; the loads give their formats to `set`. */
  commit(set: (r: number, c: number, format: string) => void): void {
    for (const p of this.queued) if (!p.areas.isNullObject && p.areas.cellCount > 0) this.found.push(p);
    this.queued = [];
    this.split = [];
    let sum = 0;
    let n = 0;
    for (const { list } of this.loading) {
      for (const item of list.items) {
        const at = areaRange(item.address);
        if (!at) continue;
        const rows = item.numberFormat as unknown[][];
        rows.forEach((row, i) =>
          row.forEach((f, j) => {
            if (typeof f !== 'string') return;
            set(at.r1 + i, at.c1 + j, f);
            sum += JSON.stringify(f).length + 3;
            n++;
          }),
        );
      }
    }
    this.loading = [];
    // the formats loaded say what the rest weigh, when more than the first rows said
    if (n) this.bytesPerFormat = Math.max(this.bytesPerFormat, sum / n);
  }

  /**
   * The batch was refused: its probes and loads are planned again (a probe parted, whole). When
   * it was refused for its size with loads in it, the formats weigh more than estimated (the
   * first rows' lighter than the rest's): they are planned at four times the weight from now on (as the batch is planned again at a quarter of its size), so
   * the same loads are not planned into a full batch again (the loads that run measure them).
   */
  rollback(tooLarge = false): void {
    if (tooLarge && this.loading.length) this.bytesPerFormat *= 4;
    this.queued = [];
    this.found.unshift(...this.loading.map((l) => l.probe), ...this.split);
    this.loading = [];
    this.split = [];
  }
}

/** `grid` with the formats `set` ([row, column, format]; `General` as null), as a new grid object. */
export function withFormatsSet(grid: Grid, set: readonly [number, number, string][]): Grid {
  const formats = (grid.formats ?? []).map((row) => [...row]);
  for (const [r, c, f] of set) {
    while (formats.length <= r) formats.push([]);
    const row = formats[r]!;
    while (row.length < c) row.push(null);
    row[c] = f === 'General' ? null : f;
  }
  return { ...grid, formats };
}
