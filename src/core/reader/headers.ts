/**
 * Header recognition by words, never by position (SPEC section 4).
 * A header row yields a column map; data rows are read with the map of the nearest header above.
 */
import { type Grid, cellAt, formatAt } from '../grid/grid';
import { isDateFormat } from '../grid/formats';
import { norm } from '../grid/text';
import { type Role, type SkippedLabel, MAX_LABEL, LABEL_START, first, has, labelsOf, romanQuarters, skippedLabels } from './labels';

export { monthOf } from './labels';

export interface MainMap {
  kind: 'main';
  /** first and last sheet row (0-based) of the header (two rows when months are on the second) */
  r1: number;
  r2: number;
  no: number | null;
  sasaran: number | null;
  indikator: number;
  /** month index 0..11 → column */
  months: Map<number, number>;
  anggaran: number | null;
  /** header labels the reader could not map to a column (reported once as S05) */
  skipped: SkippedLabel[];
}

export interface BudgetMap {
  kind: 'budget' | 'list' | 'detail';
  r1: number;
  r2: number;
  no: number | null;
  /** true when NO and RO share one cell (`NO RO`), as in PDF conversions */
  noInRo: boolean;
  unit: number | null;
  kro: number | null;
  kode: number | null;
  ro: number | null;
  komponen: number | null;
  kodeSub: number | null;
  subKomponen: number | null;
  anggaran: number | null;
  kontribusi: number | null;
  /** detail tables: Budget Plan, quarter amounts (month index → column), Total, (%) */
  budgetPlan: number | null;
  quarters: Map<number, number>;
  total: number | null;
  percent: number | null;
  /** the text columns (RO, komponen, ...) and the amount columns, for classifying rows */
  textCols: number[];
  amountCols: number[];
}

export interface OwnSheetMap {
  kind: 'realisasi';
  r1: number;
  r2: number;
}

export type HeaderMap = MainMap | BudgetMap | OwnSheetMap;

function isRealisasiHeader(grid: Grid, r: number, width: number): boolean {
  const row = grid.values[r];
  if (!row) return false;
  let kode = false;
  let real = false;
  for (let c = 0; c < Math.min(width, row.length); c++) {
    const v = row[c];
    if (typeof v !== 'string' || v.length > MAX_LABEL) continue;
    const t = norm(v);
    if (t === 'kode') kode = true;
    if (/^realisasi tw\s+(i|ii|iii|iv)$/.test(t)) real = true;
  }
  return kode && real;
}

/**
 * Classifies row r as a header, or returns null. A main header may take the next row too
 * (TARGET over B01..B12 on two rows).
 */
/**
 * Sub-headers repeat under every indicator (thousands of times in a national workbook): a
 * single-row header already classified is reused by its labels instead of read again.
 */
const subHeaderCache = new WeakMap<Grid, Map<string, BudgetMap>>();

function labelKey(row: readonly unknown[], width: number): string {
  let key = '';
  for (let c = 0; c < row.length && c < width; c++) {
    const v = row[c];
    if (typeof v === 'string' && v.length <= MAX_LABEL && LABEL_START.test(v)) key += `${c}\u0001${v}\u0002`;
  }
  return key;
}

export function headerAt(grid: Grid, r: number, width: number): HeaderMap | null {
  const row = grid.values[r];
  if (!row) return null;
  let cache = subHeaderCache.get(grid);
  if (!cache) {
    cache = new Map();
    subHeaderCache.set(grid, cache);
  }
  const key = labelKey(row, width);
  if (!key.includes('\u0002', key.indexOf('\u0002') + 1)) return null; // fewer than two labels
  const hit = cache.get(key);
  if (hit) return { ...hit, r1: r, r2: r };
  const h = classifyHeader(grid, r, width);
  // only single-row sub-headers are reused; a main header may take the next row too
  if (h && (h.kind === 'budget' || h.kind === 'list' || h.kind === 'detail')) cache.set(key, h);
  return h;
}

function classifyHeader(grid: Grid, r: number, width: number): HeaderMap | null {
  // data rows start with a number (`1.`, `01 - ...`, an amount); header rows with a word
  const row = grid.values[r];
  if (!row) return null;
  for (let c = 0; c < row.length && c < width; c++) {
    const v = row[c];
    if (v === null || v === undefined || v === '') continue;
    if (typeof v === 'number') return null;
    if (typeof v === 'string') {
      const t = v.trimStart();
      if (!t) continue;
      const ch = t.charCodeAt(0);
      if (ch >= 48 && ch <= 57) return null;
    }
    break;
  }
  const here = labelsOf(grid, r, width);
  if (here.roles.size + here.months.size < 2) {
    return null;
  }
  if (isRealisasiHeader(grid, r, width)) return { kind: 'realisasi', r1: r, r2: r };
  const roles = here.roles;

  // Layout D detail header: Budget Plan, or KRO with Komponen, or Unit with RO.
  const isDetail = has(roles, 'budgetPlan') || (has(roles, 'kro') && has(roles, 'komponen')) || (has(roles, 'unit') && has(roles, 'ro'));
  if (isDetail && !has(roles, 'indikator')) return budgetMap('detail', roles, here.months, r);

  // a budget table names its lines by RO, or by a code with its text (`KODE` / `URAIAN` / `PAGU`);
  // a numbered list of them (`NO` / `KODE` / `URAIAN`, Layout R's list reworded) has its one
  // amount under the main header's ANGGARAN, with no label of its own
  const hasAmount = has(roles, 'anggaran') || has(roles, 'kontribusi');
  const coded = has(roles, 'kode') && (has(roles, 'uraian') || has(roles, 'komponen'));
  const hasRo = has(roles, 'ro') || has(roles, 'noro') || (coded && (hasAmount || (has(roles, 'no') && has(roles, 'uraian'))));
  if (hasRo && !has(roles, 'indikator')) {
    const isBudget = has(roles, 'komponen') || has(roles, 'subKomponen') || has(roles, 'kontribusi');
    return budgetMap(isBudget ? 'budget' : 'list', roles, here.months, r);
  }

  if (has(roles, 'indikator')) {
    let months = here.months;
    let r2 = r;
    const merged = new Map(roles);
    if (months.size === 0) {
      // months typed as Excel dates on the one header row (no TARGET row above them)
      const dated = datedMonths(grid, r, width);
      if (dated.size >= 2) months = dated;
    }
    const mapped = [{ r, mapped: new Set([...roles.keys(), ...months.values()]) }];
    if (months.size === 0) {
      // TARGET over the months on the next row, or over TW I..IV then B01..B12 (three header rows)
      const next = labelsOf(grid, r + 1, width, true);
      const roman = next.months.size === 0 && has(roles, 'target') ? romanQuarters(grid, r + 1, width) : null;
      // `TARGET BULAN KE-` over 1..12 (or `TRIWULAN KE-` over 1..4)
      const numbered = next.months.size === 0 && !(roman && roman.size >= 2) ? numberedMonths(grid, r, width) : null;
      const quarters = roman && roman.size >= 2 ? roman : numbered && numbered.months.size >= 2 ? numbered.months : next.months;
      if (numbered && quarters === numbered.months) for (const c of numbered.labels) mapped[0]!.mapped.add(c);
      if (quarters.size > 0) {
        months = quarters;
        r2 = r + 1;
        for (const [c, role] of next.roles) if (!merged.has(c)) merged.set(c, role);
        mapped.push({ r: r + 1, mapped: new Set([...next.roles.keys(), ...quarters.values()]) });
        const third = labelsOf(grid, r + 2, width, true);
        if (third.months.size > quarters.size && third.roles.size === 0) {
          months = third.months;
          r2 = r + 2;
          mapped.push({ r: r + 2, mapped: new Set(third.months.values()) });
        }
      }
    }
    // a RAPK table has target columns: `Indikator` with `Pagu` only is a rekap or a PK sheet
    if (months.size === 0) return null;
    const anggaran = first(merged, 'anggaran');
    return {
      kind: 'main',
      r1: r,
      r2,
      no: first(merged, 'no'),
      sasaran: first(merged, 'sasaran'),
      indikator: first(merged, 'indikator')!,
      months,
      anggaran,
      skipped: skippedLabels(grid, mapped, width),
    };
  }
  return null;
}

/**
 * The months of a header row typed as Excel dates: serial numbers shown with a date format
 * (exceljs hands Date cells as serials with their format, Excel's `values` likewise). On the
 * header row itself a bare number is a number, not a month: the format must say it is a date.
 */
function datedMonths(grid: Grid, r: number, width: number): Map<number, number> {
  const months = labelsOf(grid, r, width, true).months;
  const out = new Map<number, number>();
  for (const [m, c] of months) if (isDateFormat(formatAt(grid, r, c))) out.set(m, c);
  return out;
}

/**
 * `TARGET BULAN KE-` (or `BULAN KE-`) over the month numbers 1..12 on the next row, or
 * `TARGET TRIWULAN KE-` over 1..4: the months by their columns, and the label cells. The
 * numbers must rise from left to right, under or right of the label (a data row does not).
 */
function numberedMonths(grid: Grid, r: number, width: number): { months: Map<number, number>; labels: number[] } | null {
  const row = grid.values[r] ?? [];
  const labels: number[] = [];
  let quarters = false;
  for (let c = 0; c < Math.min(width, row.length); c++) {
    const v = row[c];
    if (typeof v !== 'string' || v.length > MAX_LABEL) continue;
    const t = norm(v);
    if (/^(target\s*)?(per\s*)?(bulan|triwulan|tw)(\s*ke)?\s*-?\s*:?$/.test(t)) {
      labels.push(c);
      quarters ||= /triwulan|tw/.test(t);
    }
  }
  if (labels.length === 0) return null;
  const next = grid.values[r + 1] ?? [];
  const months = new Map<number, number>();
  let last = 0;
  for (let c = labels[0]!; c < Math.min(width, next.length); c++) {
    const v = next[c];
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*0?\d{1,2}\s*$/.test(v) ? Number(v) : null;
    if (n === null || v === null) continue;
    if (!Number.isInteger(n) || n <= last || n > (quarters ? 4 : 12)) return null;
    last = n;
    months.set(quarters ? n * 3 - 1 : n - 1, c);
  }
  return months.size >= 2 ? { months, labels } : null;
}

function budgetMap(kind: BudgetMap['kind'], roles: Map<number, Role>, months: Map<number, number>, r: number): BudgetMap {
  const noro = first(roles, 'noro');
  const amount = first(roles, 'anggaran');
  const m: Omit<BudgetMap, 'textCols' | 'amountCols'> = {
    kind,
    r1: r,
    r2: r,
    no: noro ?? first(roles, 'no'),
    noInRo: noro !== null,
    unit: first(roles, 'unit'),
    kro: first(roles, 'kro'),
    kode: first(roles, 'kode'),
    ro: noro ?? first(roles, 'ro') ?? first(roles, 'uraian'),
    komponen: first(roles, 'komponen'),
    kodeSub: first(roles, 'kodeSub'),
    subKomponen: first(roles, 'subKomponen'),
    anggaran: kind === 'detail' ? (first(roles, 'budgetPlan') ?? amount) : amount,
    kontribusi: first(roles, 'kontribusi'),
    budgetPlan: first(roles, 'budgetPlan'),
    quarters: months,
    total: first(roles, 'total'),
    percent: first(roles, 'percent'),
  };
  // the columns rows are tested on, computed once per header (not per row)
  const present = (cols: (number | null)[]): number[] => [...new Set(cols.filter((c): c is number => c !== null))];
  return {
    ...m,
    textCols: present([m.ro, m.komponen, m.subKomponen, m.kode, m.kro, m.kodeSub, m.unit]),
    amountCols: present([m.anggaran, m.kontribusi, m.total, m.budgetPlan, ...months.values()]),
  };
}

const TOTAL_START = /^\s*(grand|total|jumlah|sub)/i;

export function isTotalLabel(v: string): boolean {
  if (v.length > 48 || !TOTAL_START.test(v)) return false;
  const t = norm(v)
    .replace(/[:*]+$/, '')
    .trim();
  // `TOTAL PAGU ANGGARAN`, `JUMLAH SELURUHNYA`, `Total Anggaran (Rp)`: a total, in any of its wordings
  return /^(grand total|total|jumlah|jumlah total|sub ?total)( (pagu|anggaran|pagu anggaran|biaya|dana|keseluruhan|seluruhnya|semua|akhir|umum|keseluruhan anggaran|anggaran keseluruhan|seluruh anggaran|pagu keseluruhan))?( ?\((rp\.?|rupiah|idr)[^()]{0,16}\))?$/.test(
    t,
  );
}

/** `Jumlah Sasaran 1`, `Total sasaran strategis ...`: a sub-total of one sasaran. */
export function isSasaranTotalLabel(v: string): boolean {
  return v.length <= 80 && /^\s*(jumlah|total|sub\s*-?\s*total)\b.*\bsasaran\b/i.test(v);
}

/** Any other short `Jumlah ...` / `Total ...` label: a total the reader cannot check. */
export function isOtherTotalLabel(v: string): boolean {
  return v.length <= 60 && /^\s*(jumlah|total|sub\s*-?\s*total|grand total)\b/i.test(v);
}

/** A `Total`/`Jumlah` label in the row: its column, or null. */
export function totalLabelAt(grid: Grid, r: number, width: number): number | null {
  const row = grid.values[r];
  if (!row) return null;
  for (let c = 0; c < Math.min(width, row.length); c++) {
    const v = row[c];
    if (typeof v !== 'string' || v.length > 48) continue;
    if (isTotalLabel(v)) return c;
  }
  return null;
}

/** The add-in's own output sheets: Ringkasan TW and the national Rekap TW (never read as a RAPK). */
export function looksLikeRingkasan(grid: Grid): boolean {
  if (/^ringkasan\b/i.test(grid.name.trim())) return true;
  if (/^rekap tw (i|ii|iii|iv)\b/i.test(grid.name.trim())) return true;
  for (let r = 0; r < Math.min(3, grid.values.length); r++) {
    const v = cellAt(grid, r, 0);
    if (typeof v === 'string' && /^ringkasan (capaian )?(kinerja )?tw/i.test(v.trim())) return true;
    if (typeof v === 'string' && /^(rekapitulasi nasional capaian kinerja|national performance rekap)\b/i.test(v.trim())) return true;
  }
  return false;
}

/**
 * The columns a main header reads: NO, SASARAN, INDIKATOR, the months, ANGGARAN. NO and
 * SASARAN come before the indicator in every layout: a `NO` or `SASARAN` label right of it
 * heads a block beside the table (`Rekap anggaran per sasaran`: SASARAN | ANGGARAN), not a
 * column of the table, and does not widen it.
 */
function usedColumns(h: MainMap): number[] {
  const left = [h.no, h.sasaran].filter((c) => c !== null && c < h.indikator);
  return [...left, h.indikator, h.anggaran, ...h.months.values()].filter((c): c is number => c !== null);
}

/**
 * The table without a block beside it: a side table to the right of the RAPK (`Rekap
 * anggaran per sasaran` with its own `JUMLAH`), after a column that is empty from the main
 * header down, is not read as part of the table. The rows above the header (the title) stay
 * whole. Returns the grid itself when there is no such block.
 */
export function withoutSideBlocks(grid: Grid, width: number): Grid {
  let main: MainMap | null = null;
  for (let r = 0; r < grid.values.length && !main; r++) {
    const h = headerAt(grid, r, width);
    if (h?.kind === 'main') main = h;
  }
  if (!main) return grid;
  // the table's right edge: the main header's columns, or a Layout D detail header's when wider
  // (a detail table is wider than a quarters-only summary table)
  let edge = Math.max(...usedColumns(main));
  for (let r = main.r2 + 1; r < grid.values.length; r++) {
    const h = headerAt(grid, r, width);
    if (!h || h.kind !== 'detail') continue;
    // the detail table's own columns (never a side block's cells on the same row)
    edge = Math.max(
      edge,
      ...h.textCols,
      ...h.amountCols,
      ...[h.no, h.total, h.percent, h.budgetPlan, h.kontribusi].filter((c): c is number => c !== null),
    );
    r = h.r2;
  }
  const filled: boolean[] = [];
  let beyond = false;
  for (let r = main.r1; r < grid.values.length; r++) {
    const row = grid.values[r]!;
    for (let c = edge + 1; c < Math.min(width, row.length); c++) {
      const v = row[c];
      if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
      filled[c] = true;
      beyond = true;
    }
  }
  if (!beyond) return grid;
  let gap = -1;
  for (let c = edge + 1; c < filled.length; c++) {
    if (!filled[c]) {
      gap = c;
      break;
    }
  }
  // nothing after the gap, or no gap: there is no side block
  if (gap < 0 || !filled.slice(gap).some(Boolean)) return grid;
  // merges in the header rows that reach past the gap (a title over the whole width) stay clipped
  const crop = <T>(rows: readonly (readonly T[])[] | undefined): T[][] | undefined =>
    rows?.map((row, r) => (r >= main.r1 && row.length > gap ? row.slice(0, gap) : [...row]));
  const merges = (grid.merges ?? []).flatMap((m) => (m.r2 < main.r1 ? [m] : m.c1 >= gap ? [] : [{ ...m, c2: Math.min(m.c2, gap - 1) }]));
  const out: Grid = { ...grid, values: crop(grid.values)!, merges };
  const formats = crop(grid.formats);
  if (formats) out.formats = formats;
  if (grid.noResult) out.noResult = grid.noResult.filter((x) => x.r < main.r1 || x.c < gap);
  return out;
}
