/**
 * SAKTI's realisation report ("Laporan FA Detail (16 Segmen)", sheet
 * `GLP039_LAPORAN REALISASI SUPER`) as downloaded to Excel, read into budget lines (issue 24,
 * ADR 021): title rows (satker, period), a header of one or two rows, then the hierarchy with
 * each level's code in its own column (or KRO/RO in one), amounts per akun row. Columns are
 * found by their header words; without words, by the two documented column maps. A sub
 * komponen's pagu and realisasi are the sums of its akun rows (its own row's where it has none).
 */
import { type Grid, type Ref, textAt } from '../grid/grid';
import { moneyValue, parseNumber } from '../grid/numbers';
import { akunOf, kegiatanOf, komponenOf, kroOf, type LineCode, roOf, subOf } from './codes';

export const SAKTI_SHEET = /^GLP039/i;

export type Level = 'program' | 'kegiatan' | 'kro' | 'ro' | 'kroRo' | 'komponen' | 'sub' | 'akun';

export interface SaktiColumns {
  /** the code columns, left to right, with the level each holds */
  codes: { c: number; level: Level | 'programKegiatan' }[];
  name: number | null;
  pagu: number;
  realisasi: number;
  /** how the code columns were found: by their header words, or SAKTI's documented positions */
  by?: 'words' | 'positions';
}

export interface SaktiLine {
  code: LineCode;
  name: string;
  pagu: number;
  realisasi: number;
  /** the sub komponen's row (its code cell) */
  cell: Ref;
  akunRows: number;
}

export interface SaktiReport {
  sheet: string;
  satker: string | null;
  year: number | null;
  /** the month the period ends in (1..12), realisasi s.d. periode being cumulative to it */
  month: number | null;
  period: string | null;
  lines: SaktiLine[];
  columns: SaktiColumns;
}

/** What the reader looked for, when a sheet is not such a report (said to the planner). */
export type SaktiMissing = 'header' | 'pagu' | 'realisasi' | 'codes' | 'mapped';

const MONTHS = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'];

function label(grid: Grid, r: number, c: number): string {
  return textAt(grid, r, c).replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The header: the first row (of 25) holding a pagu and a realisasi word, with the row under it when it continues it. */
function findHeader(grid: Grid): { r: number; rows: number; labels: string[] } | null {
  const width = Math.max(0, ...grid.values.slice(0, 30).map((row) => row.length));
  for (let r = 0; r < Math.min(grid.values.length, 25); r++) {
    const row = Array.from({ length: width }, (_, c) => label(grid, r, c));
    if (!row.some((t) => /\bpagu\b/.test(t)) || !row.some((t) => /realisasi|s\.?\s?d\.?\s*periode/.test(t))) continue;
    const next = Array.from({ length: width }, (_, c) => label(grid, r + 1, c));
    const continues = next.some((t) => /periode|lalu|ini|s\.?\s?d/.test(t)) && !next.some((t) => /^\d{3}\.\d{2}/.test(t));
    const labels = row.map((t, c) => (continues && next[c] ? `${t} ${next[c]}`.trim() : t));
    return { r, rows: continues ? 2 : 1, labels };
  }
  return null;
}

function levelOfLabel(t: string): SaktiColumns['codes'][number]['level'] | null {
  if (/sub\s*komponen/.test(t)) return 'sub';
  if (/komponen/.test(t)) return 'komponen';
  if (/akun/.test(t)) return 'akun';
  if (/kro\s*\/\s*ro|output/.test(t)) return 'kroRo';
  if (/\bkro\b/.test(t)) return 'kro';
  if (/\bro\b/.test(t)) return 'ro';
  if (/program.*kegiatan/.test(t)) return 'programKegiatan';
  if (/kegiatan/.test(t)) return 'kegiatan';
  if (/program/.test(t)) return 'program';
  return null;
}

/** The two column maps SAKTI's versions use when the header words are missing (ADR 021). */
const MAP_SEPARATE: Level[] = ['program', 'kegiatan', 'kro', 'ro', 'komponen', 'sub', 'akun'];
const MAP_COMBINED: (Level | 'programKegiatan')[] = ['programKegiatan', 'kroRo', 'komponen', 'sub', 'akun'];

function columnsOf(labels: string[]): SaktiColumns | SaktiMissing {
  const find = (re: RegExp): number => labels.findIndex((t) => re.test(t));
  const pagu = find(/pagu\s*revisi|^pagu$|\bpagu\b(?!.*lock)/);
  if (pagu < 0) return 'pagu';
  const realisasi = find(/s\.?\s?d\.?\s*periode|sampai dengan periode|kumulatif/);
  if (realisasi < 0) return 'realisasi';
  const nameAt = find(/uraian|keterangan|^nama/);
  let name = nameAt >= 0 ? nameAt : null;
  const left = Math.min(pagu, name ?? Infinity);
  const codes: SaktiColumns['codes'] = [];
  let by: 'words' | 'positions' = 'words';
  for (let c = 0; c < left; c++) {
    const level = levelOfLabel(labels[c] ?? '');
    if (level) codes.push({ c, level });
  }
  if (codes.length === 0) {
    // no words over the codes: the documented positions (the codes, then Uraian, then Pagu Revisi)
    const n = name ?? pagu - 1;
    const map = n === MAP_SEPARATE.length ? MAP_SEPARATE : n === MAP_COMBINED.length ? MAP_COMBINED : null;
    if (!map) return 'codes';
    map.forEach((level, c) => codes.push({ c, level }));
    name ??= n;
    by = 'positions';
  }
  return { codes, name, pagu, realisasi, by };
}

/** The report's period and satker, from the title rows above `before`. */
export function periodOf(
  grid: Grid,
  before: number,
): { year: number | null; month: number | null; period: string | null; satker: string | null } {
  let year: number | null = null;
  let month: number | null = null;
  let period: string | null = null;
  let satker: string | null = null;
  for (let r = 0; r < before; r++) {
    const text = (grid.values[r] ?? [])
      .map((_, c) => textAt(grid, r, c))
      .filter(Boolean)
      .join(' ');
    const t = text.toLowerCase();
    if (!satker && /satker|satuan kerja/.test(t)) satker = text.replace(/^.*?(satker|satuan kerja)\s*:?\s*/i, '').trim() || null;
    if (!/periode|bulan|s\.?\s?d|tahun/.test(t)) continue;
    const years = [...t.matchAll(/\b(20\d\d)\b/g)].map((m) => Number(m[1]));
    const names = [
      ...t.matchAll(/\b(januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|nopember|november|desember)\b/g),
    ].map((m) => (m[1] === 'pebruari' ? 2 : m[1] === 'nopember' ? 11 : MONTHS.indexOf(m[1]!) + 1));
    const dates = [...t.matchAll(/\b(\d{1,2})[-/.](\d{1,2})[-/.](20\d\d)\b/g)].map((m) => Number(m[2]));
    const months = [...names, ...dates];
    if (months.length) {
      month = months[months.length - 1]!;
      period = text.trim();
    }
    if (years.length) year = years[years.length - 1]!;
  }
  return { year, month, period, satker };
}

function money(grid: Grid, r: number, c: number): number {
  const p = parseNumber(grid.values[r]?.[c] ?? null, 'money');
  return p.kind === 'number' ? moneyValue(p.value) : 0;
}

/** The report on `grid`, or what was looked for and not found. */
export function readSakti(grid: Grid): SaktiReport | { missing: SaktiMissing } {
  const h = findHeader(grid);
  if (!h) return { missing: 'header' };
  const cols = columnsOf(h.labels);
  if (typeof cols === 'string') return { missing: cols };
  const meta = periodOf(grid, h.r);
  const lines: SaktiLine[] = [];
  const ctx: { kegiatan: string | null; kro: string | null; ro: string | null; komponen: string | null } = {
    kegiatan: null,
    kro: null,
    ro: null,
    komponen: null,
  };
  let current: SaktiLine | null = null;
  for (let r = h.r + h.rows; r < grid.values.length; r++) {
    // the deepest code on the row says its level
    let level: SaktiColumns['codes'][number]['level'] | null = null;
    let code = '';
    let at = -1;
    for (const { c, level: l } of cols.codes) {
      const t = textAt(grid, r, c).trim();
      if (t) {
        level = l;
        code = t;
        at = c;
      }
    }
    if (!level) continue;
    if (level === 'program' || level === 'programKegiatan' || level === 'kegiatan') {
      // a program (`063.01.DR`) or kegiatan (`3165`, `AB.3165`) row starts a new branch; other text (JUMLAH) is skipped
      const k = level === 'program' ? null : kegiatanOf(code);
      const program = /^\d{3}\.\d{2}\.[A-Z]{2}$/i.test(code.split(/\s/)[0]!);
      if (!k && !program) continue;
      ctx.kegiatan = k;
      ctx.kro = ctx.ro = ctx.komponen = null;
      current = null;
      continue;
    }
    if (level === 'kro' || level === 'kroRo') {
      const kro = kroOf(code);
      const ro = level === 'kroRo' ? roOf(code) : null;
      if (kro) ctx.kro = kro;
      ctx.ro = ro;
      ctx.komponen = null;
      current = null;
      continue;
    }
    if (level === 'ro') {
      ctx.ro = roOf(code) ?? ctx.ro;
      ctx.komponen = null;
      current = null;
      continue;
    }
    if (level === 'komponen') {
      ctx.komponen = komponenOf(code) ?? ctx.komponen;
      current = null;
      continue;
    }
    if (level === 'sub') {
      const sub = subOf(code);
      if (!sub || !ctx.kro || !ctx.ro || !ctx.komponen) continue;
      current = {
        code: { kegiatan: ctx.kegiatan, kro: ctx.kro, ro: ctx.ro, komponen: ctx.komponen, sub },
        name: cols.name === null ? '' : textAt(grid, r, cols.name).trim(),
        pagu: money(grid, r, cols.pagu),
        realisasi: money(grid, r, cols.realisasi),
        cell: { r, c: at },
        akunRows: 0,
      };
      lines.push(current);
      continue;
    }
    // an akun row adds to its sub komponen (the first one replaces the sub komponen's own figures)
    if (level === 'akun' && current && akunOf(code)) {
      if (current.akunRows === 0) current.pagu = current.realisasi = 0;
      current.akunRows++;
      current.pagu = moneyValue(current.pagu + money(grid, r, cols.pagu));
      current.realisasi = moneyValue(current.realisasi + money(grid, r, cols.realisasi));
    }
  }
  if (lines.length === 0) return { missing: 'codes' };
  return { sheet: grid.name, ...meta, lines, columns: cols };
}

/** The report among a workbook's sheets: the GLP039 sheet first, else the first sheet that reads as one. */
export function findSakti(grids: readonly Grid[]): SaktiReport | { missing: SaktiMissing } {
  const ordered = [...grids.filter((g) => SAKTI_SHEET.test(g.name)), ...grids.filter((g) => !SAKTI_SHEET.test(g.name))];
  let first: { missing: SaktiMissing } | null = null;
  for (const g of ordered) {
    const r = readSakti(g);
    if (!('missing' in r)) return r;
    first ??= r;
  }
  return first ?? { missing: 'header' };
}
