/**
 * Header recognition by words, never by position (SPEC section 4).
 * A header row yields a column map; data rows are read with the map of the nearest header above.
 */
import { type Grid, cellAt, formatAt } from '../grid';
import { isDateFormat, monthOfSerial } from '../formats';
import { norm } from '../text';

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
  skipped: { r: number; c: number; text: string }[];
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

const MONTH = /^b\s*-?\s*0?([1-9]|1[0-2])$/;
const BULAN = /^bulan\s*(?:ke\s*)?-?\s*0?([1-9]|1[0-2])$/;
/** Month names (Indonesian and English) and quarters (TW I = the target of B03, ...). */
const MONTH_NAMES: [RegExp, number][] = [
  [/^jan(uari|uary)?\.?$/, 0],
  [/^(feb|peb)(ruari|ruary)?\.?$/, 1],
  [/^(mar(et|ch)?|mrt)\.?$/, 2],
  [/^apr(il)?\.?$/, 3],
  [/^(mei|may)$/, 4],
  [/^jun[ei]?\.?$/, 5],
  [/^jul[iy]?\.?$/, 6],
  [/^(agu|agt|ags|agst|agus|agust|agustus|aug|august)\.?$/, 7],
  [/^sep(t|tember)?\.?$/, 8],
  [/^(okt|oct|oktober|october)\.?$/, 9],
  [/^no[vp](ember)?\.?$/, 10],
  [/^(des|dec|desember|december)\.?$/, 11],
  [/^(tw|triwulan|q)\.?\s*-?\s*(i|1)$/, 2],
  [/^(tw|triwulan|q)\.?\s*-?\s*(ii|2)$/, 5],
  [/^(tw|triwulan|q)\.?\s*-?\s*(iii|3)$/, 8],
  [/^(tw|triwulan|q)\.?\s*-?\s*(iv|4)$/, 11],
];

export function monthOf(label: string): number | null {
  return monthOfNorm(norm(label));
}

function monthOfNorm(label: string): number | null {
  // `TARGET TW I`, `Target B03`: the word TARGET in front of a month in one cell
  const t = label.length > 7 && label.startsWith('target') ? label.replace(/^target\s*/, '') : label;
  if (t.length > 14) return null;
  if (t.charCodeAt(0) === 98 /* b */) {
    const m = MONTH.exec(t) ?? BULAN.exec(t);
    if (m) return Number(m[1]) - 1;
  }
  for (const [re, k] of MONTH_NAMES) if (re.test(t)) return k;
  // `Jan 2024`, `Jan-24`, `Agustus '24`: a month name with its year
  const y = /^([a-z]+)\.?[\s\-'/]*(?:20\d\d|\d\d)$/.exec(t);
  if (y && !/^(tw|triwulan|q|b|bulan)$/.test(y[1]!)) for (const [re, k] of MONTH_NAMES) if (re.test(y[1]!)) return k;
  return null;
}

type Role =
  | 'no'
  | 'noro'
  | 'sasaran'
  | 'indikator'
  | 'anggaran'
  | 'ro'
  | 'kro'
  | 'kode'
  | 'komponen'
  | 'kodeSub'
  | 'subKomponen'
  | 'kontribusi'
  | 'budgetPlan'
  | 'total'
  | 'percent'
  | 'unit'
  | 'target';

function roleOf(label: string): Role | null {
  const t = norm(label)
    .replace(/[:*]+$/, '')
    .trim();
  if (!t || t.length > 80) return null;
  if (/^(no|nomor|no\s*urut)\.?$/.test(t)) return 'no';
  if (/^no\.?\s+ro$/.test(t)) return 'noro';
  // a label naming the indicator wins over SASARAN inside it (`INDIKATOR KINERJA SASARAN STRATEGIS`)
  if (t.length <= 60 && /^(indikator|ikk|iku|ikss)\b/.test(t)) return 'indikator';
  if (t.length <= 40 && /sasaran/.test(t)) return 'sasaran';
  if (
    /^(anggaran|pagu|pagu anggaran|alokasi anggaran|alokasi|jumlah anggaran|total anggaran)( \((rp\.?|rupiah|idr)\)| \(dalam rupiah\))?$/.test(
      t,
    )
  ) {
    return 'anggaran';
  }
  if (/\bkontribusi\b/.test(t)) return 'kontribusi';
  if (/^budget\s*plan$/.test(t)) return 'budgetPlan';
  if (/^(ro|rincian output( \(ro\))?|kode ro|nama ro|uraian ro)$/.test(t)) return 'ro';
  if (/^(kro|klasifikasi rincian output)$/.test(t)) return 'kro';
  if (/^(kode|kode akun|kode output)$/.test(t)) return 'kode';
  if (/^komponen$/.test(t)) return 'komponen';
  if (/^kode\s*sub\s*-?\s*komponen$/.test(t)) return 'kodeSub';
  if (/^sub\s*-?\s*komponen$/.test(t)) return 'subKomponen';
  if (/^(total|jumlah)$/.test(t)) return 'total';
  if (/%|penyerapan/.test(t)) return 'percent';
  if (/^(unit|unit kerja|satker)$/.test(t)) return 'unit';
  if (/^(target|triwulan$|tw$)/.test(t)) return 'target';
  return null;
}

interface RowLabels {
  roles: Map<number, Role>;
  months: Map<number, number>;
}

const EMPTY_LABELS: RowLabels = { roles: new Map(), months: new Map() };

/** How every header label starts; other texts are skipped without normalising them. */
const LABEL_START =
  /^\s*(no|nomor|sasaran|indikator|ikk|iku|ikss|anggaran|pagu|alokasi|jumlah|kontribusi|budget|ro\b|kro|kode|komponen|sub|total|unit|satker|target|realisasi|b\s*-?\s*\d|bulan|\(|%|rincian|klasifikasi|polaritas|penilaian|perspektif|nilai|uraian|nama|satuan|keterangan|ket\b|pj\b|penanggung|jan|feb|peb|mrt|mar|apr|mei|may|jun|jul|agu|agt|aug|sep|okt|oct|nov|des|dec|tw|triwulan|q\s*-?\s*[1-4iv])/i;

/** Header labels are short; data rows are mostly long texts and numbers. */
const MAX_LABEL = 48;

function labelsOf(grid: Grid, r: number, width: number, dates = false): RowLabels {
  const row = grid.values[r];
  if (!row) return EMPTY_LABELS;
  const w = Math.min(width, row.length);
  let short = 0;
  for (let c = 0; c < w && short < 2; c++) {
    const v = row[c];
    if (typeof v === 'string' ? v.length <= MAX_LABEL && LABEL_START.test(v) : dates && dateMonth(grid, r, c) !== null) short++;
  }
  if (short < 2) return EMPTY_LABELS;
  let roles: Map<number, Role> | null = null;
  let months: Map<number, number> | null = null;
  for (let c = 0; c < w; c++) {
    const v = row[c];
    if (dates && typeof v === 'number') {
      // months typed as Excel dates (`Jan 2024`): the host hands their serial numbers
      const m = dateMonth(grid, r, c);
      if (m !== null) {
        months ??= new Map();
        if (!months.has(m)) months.set(m, c);
      }
      continue;
    }
    if (typeof v !== 'string' || v.length > MAX_LABEL) continue;
    if (!LABEL_START.test(v)) continue; // running numbers, amounts and data texts are never labels
    const t = norm(v);
    const m = monthOfNorm(t);
    if (m !== null) {
      months ??= new Map();
      if (!months.has(m)) months.set(m, c);
      continue;
    }
    const role = roleOf(t);
    if (role) (roles ??= new Map()).set(c, role);
  }
  if (!roles && !months) return EMPTY_LABELS;
  return { roles: roles ?? new Map(), months: months ?? new Map() };
}

/** The month of a header cell holding a date (a serial number with a date format, or a bare serial of 2000..2099). */
function dateMonth(grid: Grid, r: number, c: number): number | null {
  const v = cellAt(grid, r, c);
  if (typeof v !== 'number' || !Number.isInteger(v)) return null;
  const f = formatAt(grid, r, c);
  if (f !== null && f !== 'General' && !isDateFormat(f)) return null;
  return monthOfSerial(v);
}

/** Labels a RAPK header may carry that the reader has no use for (never reported). */
const KNOWN_EXTRA =
  /^(target|target kinerja|satuan|ket\.?|keterangan|catatan|pj|pic|penanggung ?jawab|sumber data|polaritas|perspektif|realisasi|kode|no|bulan|triwulan|tw|rencana|rencana aksi|target bulanan|target triwulan)$/;

/** Texts in the header rows that no column takes: S05 says they were skipped. */
function skippedLabels(grid: Grid, rows: { r: number; mapped: Set<number> }[], width: number): MainMap['skipped'] {
  const out: MainMap['skipped'] = [];
  for (const { r, mapped } of rows) {
    const row = grid.values[r] ?? [];
    for (let c = 0; c < Math.min(width, row.length); c++) {
      const v = row[c];
      if (typeof v !== 'string' || mapped.has(c)) continue;
      const t = norm(v)
        .replace(/[:*]+$/, '')
        .trim();
      if (!t || t.length > MAX_LABEL || !/[a-z]/.test(t) || KNOWN_EXTRA.test(t) || ROMAN_QUARTER[t] !== undefined) continue;
      if (/^\(?\d{1,2}\)?$/.test(t)) continue;
      out.push({ r, c, text: v.trim() });
    }
  }
  return out;
}

const ROMAN_QUARTER: Record<string, number> = { i: 2, ii: 5, iii: 8, iv: 11 };

/** Cells holding only I, II, III or IV, as quarter columns (month index of the quarter's last month). */
function romanQuarters(grid: Grid, r: number, width: number): Map<number, number> {
  const out = new Map<number, number>();
  const row = grid.values[r];
  if (!row) return out;
  for (let c = 0; c < Math.min(width, row.length); c++) {
    const v = row[c];
    if (typeof v !== 'string') continue;
    const k = ROMAN_QUARTER[v.trim().toLowerCase()];
    if (k !== undefined && !out.has(k)) out.set(k, c);
  }
  return out;
}

function first(roles: Map<number, Role>, role: Role): number | null {
  for (const [c, r] of roles) if (r === role) return c;
  return null;
}

function has(roles: Map<number, Role>, role: Role): boolean {
  return first(roles, role) !== null;
}

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

  const hasRo = has(roles, 'ro') || has(roles, 'noro');
  if (hasRo && !has(roles, 'indikator')) {
    const isBudget = has(roles, 'komponen') || has(roles, 'subKomponen') || has(roles, 'kontribusi');
    return budgetMap(isBudget ? 'budget' : 'list', roles, here.months, r);
  }

  if (has(roles, 'indikator')) {
    let months = here.months;
    let r2 = r;
    const merged = new Map(roles);
    const mapped = [{ r, mapped: new Set([...roles.keys(), ...here.months.values()]) }];
    if (months.size === 0) {
      // TARGET over the months on the next row, or over TW I..IV then B01..B12 (three header rows)
      const next = labelsOf(grid, r + 1, width, true);
      const roman = next.months.size === 0 && has(roles, 'target') ? romanQuarters(grid, r + 1, width) : null;
      const quarters = roman && roman.size >= 2 ? roman : next.months;
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
    ro: noro ?? first(roles, 'ro'),
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
  if (v.length > 40 || !TOTAL_START.test(v)) return false;
  const t = norm(v)
    .replace(/[:*]+$/, '')
    .trim();
  return /^(grand total|total|jumlah|jumlah total|total anggaran|jumlah anggaran|total keseluruhan|jumlah keseluruhan|sub ?total)$/.test(t);
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
    if (typeof v !== 'string' || v.length > 40) continue;
    if (isTotalLabel(v)) return c;
  }
  return null;
}

export function looksLikeRingkasan(grid: Grid): boolean {
  if (/^ringkasan\b/i.test(grid.name.trim())) return true;
  for (let r = 0; r < Math.min(3, grid.values.length); r++) {
    const v = cellAt(grid, r, 0);
    if (typeof v === 'string' && /^ringkasan (capaian )?(kinerja )?tw/i.test(v.trim())) return true;
  }
  return false;
}
