/**
 * The Realisasi sheet as read back (SPEC section 6): its table found by header labels, each row
 * by Kode, and every target, realisasi and Realisasi Anggaran cell parsed once, here, into a
 * typed value. The rules (R01–R03, `../rules/realisasi.ts`) and the measures (`../measure/summary.ts`)
 * use these values; the cells as typed are kept for the plan, which writes them back unchanged.
 */
import { type CellValue, type Grid, cellAt, formatAt, gridWidth, textAt } from '../grid/grid';
import { percentOf } from '../grid/formats';
import { type NumberRole, parseNumber } from '../grid/numbers';
import { norm, normKode } from '../grid/text';
import { TW_ROMAN } from '../measure/formulas';

/** The Realisasi sheet's columns (SPEC section 6), found by these labels when read and written in this order by `../sheets/realisasi.ts`. */
export const REALISASI_LABELS = [
  'Kode',
  'Sasaran',
  'Indikator',
  'Perspektif',
  'Polaritas',
  'Penilaian',
  'Target TW I',
  'Realisasi TW I',
  'Target TW II',
  'Realisasi TW II',
  'Target TW III',
  'Realisasi TW III',
  'Target TW IV',
  'Realisasi TW IV',
  'Pagu',
  'Realisasi Anggaran TW I',
  'Realisasi Anggaran TW II',
  'Realisasi Anggaran TW III',
  'Realisasi Anggaran TW IV',
] as const;

export type RealisasiLabel = (typeof REALISASI_LABELS)[number];

export const COL = Object.fromEntries(REALISASI_LABELS.map((l, i) => [l, i])) as Record<RealisasiLabel, number>;
export const targetCol = (k: number): number => 6 + 2 * k;
export const realisasiCol = (k: number): number => 7 + 2 * k;
export const anggaranCol = (k: number): number => 15 + k;

/** The columns the planner types into (filled as input when written; the refresh never overwrites them). */
export const TYPED_LABELS: ReadonlySet<RealisasiLabel> = new Set(
  (['Perspektif', 'Polaritas', 'Penilaian'] as RealisasiLabel[]).concat(
    [0, 1, 2, 3].flatMap((k) => [REALISASI_LABELS[realisasiCol(k)]!, REALISASI_LABELS[anggaranCol(k)]!]),
  ),
);

/** A target, realisasi or Realisasi Anggaran cell, parsed once where it is read. */
export type RealisasiValue =
  | { kind: 'empty' }
  /** a number; `95%` typed (0.95 with a `%` format) is 95 */
  | { kind: 'number'; value: number }
  /** `-`: no value, as typed (no R01; the summary shows what was typed) */
  | { kind: 'dash'; text: string }
  /** text that is not a number: R01, and the summary lists it as typed */
  | { kind: 'text'; text: string }
  /** a value that is neither a number nor text (TRUE/FALSE, a non-finite number): R01 only */
  | { kind: 'other'; text: string };

/** One data row of a Realisasi sheet as read back. */
export interface RealisasiRow {
  /** 0-based sheet row */
  r: number;
  kode: string;
  sasaran: string;
  indikator: string;
  perspektifRaw: CellValue;
  polaritasRaw: CellValue;
  penilaianRaw: CellValue;
  /** the cells exactly as typed (the plan writes them back unchanged) */
  targets: CellValue[];
  realisasi: CellValue[];
  pagu: CellValue;
  anggaran: CellValue[];
  /** the same cells (TW I..IV) parsed once */
  values: { targets: RealisasiValue[]; realisasi: RealisasiValue[]; anggaran: RealisasiValue[] };
}

export interface RealisasiSheet {
  name: string;
  headerRow: number;
  /** label → column, for the labels found */
  cols: Partial<Record<RealisasiLabel, number>>;
  rows: RealisasiRow[];
}

/** The number of a parsed value, or null (blank, `-`, or not a number). */
export function numberOf(v: RealisasiValue | undefined): number | null {
  return v?.kind === 'number' ? v.value : null;
}

/** one object for every blank cell (most of a sheet's cells before the quarters are typed) */
const EMPTY: RealisasiValue = Object.freeze({ kind: 'empty' });

/** The one parse of a Realisasi sheet value cell (`format`: the cell's number format; amounts pass none). */
export function realisasiValue(v: CellValue, role: NumberRole, format: string | null = null): RealisasiValue {
  const p = parseNumber(v, role);
  switch (p.kind) {
    case 'empty':
      return EMPTY;
    case 'dash':
      return { kind: 'dash', text: String(v) };
    case 'number':
      return { kind: 'number', value: p.fromText ? p.value : percentOf(p.value, format) };
    case 'invalid':
      return typeof v === 'string' ? { kind: 'text', text: p.text } : { kind: 'other', text: p.text };
  }
}

const readCache = new WeakMap<Grid, RealisasiSheet | null>();

/** Reads a Realisasi sheet by its header labels; null when the sheet is not one (cached per grid). */
export function readRealisasi(grid: Grid): RealisasiSheet | null {
  if (readCache.has(grid)) return readCache.get(grid)!;
  const sheet = readRealisasiUncached(grid);
  readCache.set(grid, sheet);
  return sheet;
}

type TwPrefix = 'Target TW ' | 'Realisasi TW ' | 'Realisasi Anggaran TW ';

function readRealisasiUncached(grid: Grid): RealisasiSheet | null {
  const width = Math.min(gridWidth(grid), 200);
  const labels = new Map(REALISASI_LABELS.map((l) => [norm(l), l]));
  for (let r = 0; r < Math.min(grid.values.length, 30); r++) {
    const cols: Partial<Record<RealisasiLabel, number>> = {};
    for (let c = 0; c < width; c++) {
      const l = labels.get(norm(textAt(grid, r, c)));
      if (l && cols[l] === undefined) cols[l] = c;
    }
    if (cols.Kode === undefined || cols['Realisasi TW I'] === undefined) continue;
    const at = (row: number, l: RealisasiLabel): CellValue => (cols[l] === undefined ? null : cellAt(grid, row, cols[l]!));
    const twCols = (prefix: TwPrefix): (number | undefined)[] => TW_ROMAN.map((n) => cols[`${prefix}${n}` as RealisasiLabel]);
    const tCols = twCols('Target TW ');
    const rCols = twCols('Realisasi TW ');
    const aCols = twCols('Realisasi Anggaran TW ');
    const cells = (rr: number, cs: (number | undefined)[]): CellValue[] => cs.map((c) => (c === undefined ? null : cellAt(grid, rr, c)));
    /** targets and realisasi with their number format (`95%` typed is 95); amounts without */
    const parsed = (rr: number, cs: (number | undefined)[], raw: CellValue[], role: NumberRole): RealisasiValue[] =>
      cs.map((c, k) => realisasiValue(raw[k] ?? null, role, c === undefined || role === 'money' ? null : formatAt(grid, rr, c)));
    const rows: RealisasiRow[] = [];
    for (let rr = r + 1; rr < grid.values.length; rr++) {
      const kode = normKode(at(rr, 'Kode'));
      if (!kode) continue;
      const targets = cells(rr, tCols);
      const realisasi = cells(rr, rCols);
      const anggaran = cells(rr, aCols);
      rows.push({
        r: rr,
        kode,
        sasaran: String(at(rr, 'Sasaran') ?? ''),
        indikator: String(at(rr, 'Indikator') ?? ''),
        perspektifRaw: at(rr, 'Perspektif'),
        polaritasRaw: at(rr, 'Polaritas'),
        penilaianRaw: at(rr, 'Penilaian'),
        targets,
        realisasi,
        pagu: at(rr, 'Pagu'),
        anggaran,
        values: {
          targets: parsed(rr, tCols, targets, 'target'),
          realisasi: parsed(rr, rCols, realisasi, 'target'),
          anggaran: parsed(rr, aCols, anggaran, 'money'),
        },
      });
    }
    return { name: grid.name, headerRow: r, cols, rows };
  }
  return null;
}

/** The rows with something the planner typed (a quarter's realisation or budget realisation): what a refresh keeps. */
export function typedRows(sheet: RealisasiSheet): number {
  const typed = (v: RealisasiValue): boolean => v.kind !== 'empty';
  return sheet.rows.filter((row) => row.values.realisasi.some(typed) || row.values.anggaran.some(typed)).length;
}
