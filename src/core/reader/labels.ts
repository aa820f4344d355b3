/**
 * Header labels: what a header cell names (a month, a quarter, a column role), in every
 * wording and spelling the real workbooks use (SPEC section 4), and the labels no column takes.
 */
import { type Grid, cellAt, formatAt } from '../grid/grid';
import { isDateFormat, monthOfSerial } from '../grid/formats';
import { norm } from '../grid/text';

const MONTH = /^b\s*-?\s*0?([1-9]|1[0-2])$/;
const BULAN = /^bulan\s*(?:ke\s*)?-?\s*0?([1-9]|1[0-2])$/;
/** Month names (Indonesian and English) and quarters (TW I = the target of B03, ...). */
export const MONTH_NAMES: [RegExp, number][] = [
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

export function monthOfNorm(label: string): number | null {
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

export type Role =
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
  | 'uraian'
  | 'target';

export function roleOf(label: string): Role | null {
  const t = norm(label)
    .replace(/[:*]+$/, '')
    .trim();
  if (!t || t.length > 80) return null;
  if (/^(no|nomor|no\s*urut)\.?$/.test(t)) return 'no';
  if (/^no\.?\s+ro$/.test(t)) return 'noro';
  // a label naming the indicator wins over SASARAN inside it (`INDIKATOR KINERJA SASARAN STRATEGIS`)
  if (t.length <= 60 && /^(indikator|ikk|iku|ikss)\b/.test(t)) return 'indikator';
  if (t.length <= 40 && /sasaran/.test(t)) return 'sasaran';
  // `ANGGARAN (Rp)`, `PAGU (dalam ribuan rupiah)`, `ANGGARAN (Rp 000)`: the unit in brackets
  if (
    /^(anggaran|pagu|pagu anggaran|alokasi anggaran|alokasi|jumlah anggaran|total anggaran)( ?\((dalam |x )?(rp\.?|rupiah|idr|ribu)[^()]{0,24}\))?$/.test(
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
  // the text of a budget line under other words (`KODE` / `URAIAN` / `PAGU`): its RO
  if (/^(uraian|uraian kegiatan|uraian komponen|uraian output|nama kegiatan|nama komponen|rincian|rincian kegiatan)$/.test(t))
    return 'uraian';
  if (/^komponen$/.test(t)) return 'komponen';
  if (/^kode\s*sub\s*-?\s*komponen$/.test(t)) return 'kodeSub';
  if (/^sub\s*-?\s*komponen$/.test(t)) return 'subKomponen';
  if (/^(total|jumlah)$/.test(t)) return 'total';
  if (/%|penyerapan/.test(t)) return 'percent';
  if (/^(unit|unit kerja|satker)$/.test(t)) return 'unit';
  if (/^(target|triwulan$|tw$)/.test(t)) return 'target';
  return null;
}

export interface RowLabels {
  roles: Map<number, Role>;
  months: Map<number, number>;
}

export const EMPTY_LABELS: RowLabels = { roles: new Map(), months: new Map() };

/** How every header label starts; other texts are skipped without normalising them. */
export const LABEL_START =
  /^\s*(no|nomor|sasaran|indikator|ikk|iku|ikss|anggaran|pagu|alokasi|jumlah|kontribusi|budget|ro\b|kro|kode|komponen|sub|total|unit|satker|target|realisasi|b\s*-?\s*\d|bulan|\(|%|rincian|klasifikasi|polaritas|penilaian|perspektif|nilai|uraian|nama|satuan|keterangan|ket\b|pj\b|penanggung|jan|feb|peb|mrt|mar|apr|mei|may|jun|jul|agu|agt|aug|sep|okt|oct|nov|des|dec|tw|triwulan|q\s*-?\s*[1-4iv])/i;

/** Header labels are short; data rows are mostly long texts and numbers. */
export const MAX_LABEL = 48;

export function labelsOf(grid: Grid, r: number, width: number, dates = false): RowLabels {
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
export function dateMonth(grid: Grid, r: number, c: number): number | null {
  const v = cellAt(grid, r, c);
  if (typeof v !== 'number' || !Number.isInteger(v)) return null;
  const f = formatAt(grid, r, c);
  if (f !== null && f !== 'General' && !isDateFormat(f)) return null;
  return monthOfSerial(v);
}

/** Labels a RAPK header may carry that the reader has no use for (never reported). */
export const KNOWN_EXTRA =
  /^(target|target kinerja|satuan|ket\.?|keterangan|catatan|pj|pic|penanggung ?jawab|sumber data|polaritas|perspektif|realisasi|kode|no|bulan|triwulan|tw|rencana|rencana aksi|target bulanan|target triwulan)$/;

/** Texts in the header rows that no column takes: S05 says they were skipped. */
/** A header label no column takes (reported as S05). */
export interface SkippedLabel {
  r: number;
  c: number;
  text: string;
}

export function skippedLabels(grid: Grid, rows: { r: number; mapped: Set<number> }[], width: number): SkippedLabel[] {
  const out: SkippedLabel[] = [];
  for (const { r, mapped } of rows) {
    const row = grid.values[r] ?? [];
    for (let c = 0; c < Math.min(width, row.length); c++) {
      const v = row[c];
      if (typeof v !== 'string' || mapped.has(c)) continue;
      const t = norm(v)
        .replace(/[:*]+$/, '')
        .trim();
      if (!t || t.length > MAX_LABEL || !/[a-z]/.test(t) || KNOWN_EXTRA.test(t) || ROMAN_QUARTER[t] !== undefined) continue;
      if (/^\(?\d{1,2}\)?$/.test(t) || !looksLikeLabel(v.trim())) continue;
      out.push({ r, c, text: v.trim() });
    }
  }
  return out;
}

/**
 * S05 names header labels only: not a formula's error (`#N/A`, `#REF!`), a date typed as text
 * (`1-Jan-2025`, `01/02/2025`), or an amount (`Rp 1.000.000`), which are data in a header row.
 */
export function looksLikeLabel(t: string): boolean {
  if (/^#[A-Z0-9_/]+[!?]?$/i.test(t)) return false;
  if (/^\d{1,2}[\s\-/.]+[a-z]{3,9}\.?[\s\-/.,]+\d{2,4}$/i.test(t)) return false;
  if (/^[a-z]{3,9}\.?[\s\-/.]+\d{1,2}[\s,]+\d{4}$/i.test(t)) return false;
  if (/^(rp\.?\s*)?[\d.,\s]+(-|,-)?$/i.test(t)) return false;
  return true;
}

export const ROMAN_QUARTER: Record<string, number> = { i: 2, ii: 5, iii: 8, iv: 11 };

/** Cells holding only I, II, III or IV, as quarter columns (month index of the quarter's last month). */
export function romanQuarters(grid: Grid, r: number, width: number): Map<number, number> {
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

export function first(roles: Map<number, Role>, role: Role): number | null {
  for (const [c, r] of roles) if (r === role) return c;
  return null;
}

export function has(roles: Map<number, Role>, role: Role): boolean {
  return first(roles, role) !== null;
}
