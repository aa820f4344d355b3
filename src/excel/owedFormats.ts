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
 * against ten a cell for every cell of the rows.
 */
import { type CellRange, type Grid, parseA1 } from '../core/grid/grid';

/** Bytes of an area beyond its formats (its address, the JSON around them), measured in the simulator's JSON. */
const BYTES_PER_AREA = 60;
/** Bytes of a cell's format in the response (`"0.00%",`), a generous mean. */
const BYTES_PER_FORMAT = 10;

type Areas = Excel.RangeAreas;

/** `'RAPK 2025'!D7:O7` (or `D7`) as a range, or null. */
export function areaRange(address: string): CellRange | null {
  const a = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
  const [from, to] = a.split(':');
  const p = parseA1(from ?? '');
  const q = to === undefined ? p : parseA1(to);
  return p && q ? { r1: p.r, c1: p.c, r2: q.r, c2: q.c } : null;
}

export class OwedFormats {
  /** probes queued in the batch being planned */
  private queued: Areas[] = [];
  /** probes that found cells, formats not loaded yet */
  private found: Areas[] = [];
  /** area loads in the batch being planned */
  private loading: { areas: Areas; list: Excel.RangeCollection }[] = [];

  /** Queues the probes of the cells holding numbers in `range` (read without formats). */
  probe(range: Excel.Range): void {
    for (const type of ['Constants', 'Formulas'] as const) {
      const areas = range.getSpecialCellsOrNullObject(type, 'Numbers');
      areas.load('areaCount,cellCount');
      this.queued.push(areas);
    }
  }

  /** formats still to load (probes found cells) */
  get owed(): boolean {
    return this.found.length > 0 || this.queued.length > 0;
  }

  /** Queues the formats of the probes found, within `budget` bytes (with `force`, at least one probe's); returns the bytes planned. */
  queueLoads(budget: number, force = true): number {
    let planned = 0;
    while (this.found.length) {
      const areas = this.found[0]!;
      const bytes = areas.cellCount * BYTES_PER_FORMAT + areas.areaCount * BYTES_PER_AREA;
      if ((planned > 0 || !force) && planned + bytes > budget) break;
      this.found.shift();
      this.loading.push({ areas, list: areas.areas.load('items/address,items/numberFormat') });
      planned += bytes;
    }
    return planned;
  }

  /** The batch ran: the probes that found cells are owed; the loads give their formats to `set`. */
  commit(set: (r: number, c: number, format: string) => void): void {
    for (const p of this.queued) if (!p.isNullObject && p.cellCount > 0) this.found.push(p);
    this.queued = [];
    for (const { list } of this.loading) {
      for (const item of list.items) {
        const at = areaRange(item.address);
        if (!at) continue;
        const rows = item.numberFormat as unknown[][];
        rows.forEach((row, i) => row.forEach((f, j) => typeof f === 'string' && set(at.r1 + i, at.c1 + j, f)));
      }
    }
    this.loading = [];
  }

  /** The batch was refused: its probes and loads are planned again. */
  rollback(): void {
    this.queued = [];
    this.found.unshift(...this.loading.map((l) => l.areas));
    this.loading = [];
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
