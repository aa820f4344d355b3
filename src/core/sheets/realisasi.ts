/**
 * The Realisasi sheet (SPEC section 6): its plan from a RAPK model, refreshing that keeps
 * every typed value by Kode, its reader, and rules R01–R03.
 */
import { type CellValue, type Grid, a1, cellAt, formatAt, gridWidth, textAt } from '../grid/grid';
import { percentOf, scalesPercent } from '../grid/formats';
import { type Finding, finding } from '../rules/findings';
import { type Indikator, type RapkModel, allIndikator, kodeOf } from '../reader/model';
import { parseNumber } from '../grid/numbers';
import { ADD_IN_FILLS } from './palette';
import {
  type Penilaian,
  type Perspektif,
  type Polaritas,
  PENILAIAN,
  PERSPEKTIF,
  POLARITAS,
  TW_ROMAN,
  parsePenilaian,
  parsePerspektif,
  parsePolaritas,
  perspektifOf,
} from '../measure/formulas';
import type { PlanCell, SheetPlan } from './plan';
import { safeSheetName } from './plan';
import { isPercentIndicator, norm, pad2 } from '../grid/text';

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

/** Rows: 0 title, 1 instructions, 2 header, 3.. data. */
export const HEADER_ROW = 2;
const FIRST_DATA = 3;
const INPUT_FILL = ADD_IN_FILLS.input;
const HEADER_FILL = ADD_IN_FILLS.header;
const ORPHAN_FILL = ADD_IN_FILLS.orphan;

export function realisasiSheetName(year: number | null): string {
  return safeSheetName(year ? `Realisasi ${year}` : 'Realisasi');
}

/** One data row of a Realisasi sheet as read back. Values are kept exactly as typed. */
export interface RealisasiRow {
  /** 0-based sheet row */
  r: number;
  kode: string;
  sasaran: string;
  indikator: string;
  perspektifRaw: CellValue;
  polaritasRaw: CellValue;
  penilaianRaw: CellValue;
  targets: CellValue[];
  realisasi: CellValue[];
  /** number formats of the target and realisasi cells (`95%` typed is 0.95 with a `%` format) */
  targetFormats?: (string | null)[];
  realisasiFormats?: (string | null)[];
  pagu: CellValue;
  anggaran: CellValue[];
}

export interface RealisasiSheet {
  name: string;
  headerRow: number;
  /** label → column, for the labels found */
  cols: Partial<Record<RealisasiLabel, number>>;
  rows: RealisasiRow[];
}

function normKode(v: CellValue): string | null {
  if (typeof v === 'number' && Number.isFinite(v) && v > 0) {
    const [a, b] = v.toFixed(2).split('.');
    return `${pad2(a!)}.${b}`;
  }
  if (typeof v !== 'string') return null;
  const m = /^\s*(\d{1,3})\s*\.\s*(\d{1,3})\s*$/.exec(v);
  return m ? `${pad2(m[1]!)}.${pad2(m[2]!)}` : null;
}

const readCache = new WeakMap<Grid, RealisasiSheet | null>();

/** Reads a Realisasi sheet by its header labels; null when the sheet is not one (cached per grid). */
export function readRealisasi(grid: Grid): RealisasiSheet | null {
  if (readCache.has(grid)) return readCache.get(grid)!;
  const sheet = readRealisasiUncached(grid);
  readCache.set(grid, sheet);
  return sheet;
}

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
    const tCols = TW_ROMAN.map((n) => cols[`Target TW ${n}` as RealisasiLabel]);
    const rCols = TW_ROMAN.map((n) => cols[`Realisasi TW ${n}` as RealisasiLabel]);
    /** the formats of a row's targets and realisasi, kept only when one of them scales by 100 */
    const percentFormats = (rr: number): Pick<RealisasiRow, 'targetFormats' | 'realisasiFormats'> => {
      if (!grid.formats?.[rr]) return {};
      let any = false;
      for (const c of [...tCols, ...rCols]) if (c !== undefined && scalesPercent(formatAt(grid, rr, c))) any = true;
      if (!any) return {};
      const f = (c: number | undefined): string | null => (c === undefined ? null : formatAt(grid, rr, c));
      return { targetFormats: tCols.map(f), realisasiFormats: rCols.map(f) };
    };
    const rows: RealisasiRow[] = [];
    for (let rr = r + 1; rr < grid.values.length; rr++) {
      const kode = normKode(at(rr, 'Kode'));
      if (!kode) continue;
      const tw = (prefix: 'Target TW ' | 'Realisasi TW ' | 'Realisasi Anggaran TW '): CellValue[] =>
        TW_ROMAN.map((n) => at(rr, `${prefix}${n}` as RealisasiLabel));
      rows.push({
        r: rr,
        kode,
        sasaran: String(at(rr, 'Sasaran') ?? ''),
        indikator: String(at(rr, 'Indikator') ?? ''),
        perspektifRaw: at(rr, 'Perspektif'),
        polaritasRaw: at(rr, 'Polaritas'),
        penilaianRaw: at(rr, 'Penilaian'),
        targets: tw('Target TW '),
        realisasi: tw('Realisasi TW '),
        ...percentFormats(rr),
        pagu: at(rr, 'Pagu'),
        anggaran: tw('Realisasi Anggaran TW '),
      });
    }
    return { name: grid.name, headerRow: r, cols, rows };
  }
  return null;
}

/** The settings of one indicator as the planner left them (defaults where blank or unknown). */
export interface IndicatorSettings {
  perspektif: Perspektif;
  polaritas: Polaritas;
  penilaian: Penilaian;
}

export function settingsOf(ind: Indikator, sasaranName: string, row: RealisasiRow | undefined): IndicatorSettings {
  return {
    perspektif: parsePerspektif(row?.perspektifRaw) ?? perspektifOf(sasaranName),
    polaritas: parsePolaritas(row?.polaritasRaw) ?? 'Maximize',
    penilaian: parsePenilaian(row?.penilaianRaw) ?? 'Triwulan',
  };
}

/** The TW k target (0-based k) of an indicator: the target of month 3k+3. */
export function twTarget(ind: Indikator, k: number): number | null {
  return ind.targets[3 * k + 2] ?? null;
}

/** A typed numeric value, or null (blank, `-`, or not a number); `95%` typed (0.95, `%` format) is 95. */
export function typedNumber(v: CellValue, format: string | null = null): number | null {
  const p = parseNumber(v, 'target');
  if (p.kind !== 'number') return null;
  return p.fromText ? p.value : percentOf(p.value, format);
}

export function typedAmount(v: CellValue): number | null {
  const p = parseNumber(v, 'money');
  return p.kind === 'number' ? p.value : null;
}

/**
 * The Realisasi sheet plan. With `existing`, typed Realisasi, Perspektif, Polaritas,
 * Penilaian and Realisasi Anggaran are kept by Kode; targets and Pagu come from the RAPK;
 * rows whose Kode left the RAPK are kept at the bottom, greyed, with a note.
 */
export function planRealisasi(model: RapkModel, existing: RealisasiSheet | null = null, lang: 'id' | 'en' = 'id'): SheetPlan {
  const cells: PlanCell[] = [];
  const notes: { r: number; c: number; text: string }[] = [];
  const width = REALISASI_LABELS.length;
  const byKode = new Map((existing?.rows ?? []).map((r) => [r.kode, r]));
  const title = `REALISASI KINERJA TAHUN ${model.year ?? ''}${model.unit ? ` - ${model.unit.toUpperCase()}` : ''}`
    .replace(/\s+/g, ' ')
    .trim();
  cells.push({ r: 0, c: 0, value: title, bold: true });
  cells.push({
    r: 1,
    c: 0,
    value:
      lang === 'id'
        ? 'Isi kolom berwarna kuning: Realisasi (capaian indikator s.d. akhir TW) dan Realisasi Anggaran (kumulatif s.d. akhir TW). Kode jangan diubah; Target dan Pagu diperbarui dari RAPK.'
        : 'Fill the yellow columns: Realisasi (indicator value up to the end of the quarter) and Realisasi Anggaran (cumulative spending). Do not change Kode; targets and Pagu are refreshed from the RAPK.',
    wrap: false,
  });
  REALISASI_LABELS.forEach((l, c) =>
    cells.push({ r: HEADER_ROW, c, value: l, bold: true, fill: HEADER_FILL, wrap: true, align: 'center', border: true }),
  );

  const inputCols = new Set<number>([
    COL.Perspektif,
    COL.Polaritas,
    COL.Penilaian,
    ...[0, 1, 2, 3].map(realisasiCol),
    ...[0, 1, 2, 3].map(anggaranCol),
  ]);
  let r = FIRST_DATA;
  const put = (c: number, value: CellValue, extra: Partial<PlanCell> = {}): void => {
    const cell: PlanCell = { r, c, value, border: true, ...extra };
    if (inputCols.has(c) && !cell.fill) cell.fill = INPUT_FILL;
    cells.push(cell);
  };
  const seen = new Set<string>();
  for (const s of model.sasaran) {
    for (const ind of s.indikator) {
      const kode = kodeOf(ind);
      if (seen.has(kode)) continue; // a duplicate number (S04) keeps its first row
      seen.add(kode);
      const old = byKode.get(kode);
      const st = settingsOf(ind, s.name, old);
      put(COL.Kode, kode, { format: '@', align: 'center' });
      put(COL.Sasaran, s.name, { wrap: true });
      put(COL.Indikator, ind.name, { wrap: true });
      put(COL.Perspektif, old && old.perspektifRaw !== null ? old.perspektifRaw : st.perspektif);
      put(COL.Polaritas, old && old.polaritasRaw !== null ? old.polaritasRaw : st.polaritas);
      put(COL.Penilaian, old && old.penilaianRaw !== null ? old.penilaianRaw : st.penilaian);
      for (let k = 0; k < 4; k++) {
        put(targetCol(k), twTarget(ind, k), { format: '0.00' });
        put(realisasiCol(k), old ? (old.realisasi[k] ?? null) : null, { format: '0.00' });
        put(anggaranCol(k), old ? (old.anggaran[k] ?? null) : null, { format: '#,##0' });
      }
      put(COL.Pagu, ind.anggaran.invalid ? null : ind.anggaran.value, { format: '#,##0' });
      r++;
    }
  }
  // rows that left the RAPK: kept, never silently dropped
  for (const old of existing?.rows ?? []) {
    if (seen.has(old.kode)) continue;
    seen.add(old.kode);
    const grey = { fill: ORPHAN_FILL };
    put(COL.Kode, old.kode, { ...grey, format: '@', align: 'center' });
    put(COL.Sasaran, old.sasaran, { ...grey, wrap: true });
    put(COL.Indikator, old.indikator, { ...grey, wrap: true });
    put(COL.Perspektif, old.perspektifRaw, grey);
    put(COL.Polaritas, old.polaritasRaw, grey);
    put(COL.Penilaian, old.penilaianRaw, grey);
    for (let k = 0; k < 4; k++) {
      put(targetCol(k), old.targets[k] ?? null, { ...grey, format: '0.00' });
      put(realisasiCol(k), old.realisasi[k] ?? null, { ...grey, format: '0.00' });
      put(anggaranCol(k), old.anggaran[k] ?? null, { ...grey, format: '#,##0' });
    }
    put(COL.Pagu, old.pagu, { ...grey, format: '#,##0' });
    notes.push({
      r,
      c: COL.Kode,
      text:
        lang === 'id'
          ? `RAPK: indikator ${old.kode} tidak ada lagi di RAPK. Baris ini disimpan agar data yang sudah diisi tidak hilang; hapus sendiri bila memang tidak diperlukan.`
          : `RAPK: indicator ${old.kode} is no longer in the RAPK. This row is kept so typed data is not lost; delete it yourself if it is not needed.`,
    });
    r++;
  }
  const last = Math.max(r - 1, FIRST_DATA);
  const list = (c: number, values: readonly string[]) => ({ range: { r1: FIRST_DATA, c1: c, r2: last, c2: c }, list: [...values] });
  return {
    name: realisasiSheetName(model.year),
    rows: Math.max(r, FIRST_DATA + 1),
    cols: width,
    cells,
    merges: [{ r1: 0, c1: 0, r2: 0, c2: width - 1 }],
    widths: [8, 40, 48, 18, 12, 13, 10, 11, 10, 11, 10, 11, 10, 11, 16, 16, 16, 16, 16],
    freeze: { rows: FIRST_DATA, cols: 3 },
    validations: [list(COL.Perspektif, PERSPEKTIF), list(COL.Polaritas, POLARITAS), list(COL.Penilaian, PENILAIAN)],
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: { from: HEADER_ROW, to: HEADER_ROW } },
    notes,
  };
}

/** Rules R01–R03: the Realisasi sheet against the RAPK. */
export function checkRealisasi(model: RapkModel, sheet: RealisasiSheet): Finding[] {
  const out: Finding[] = [];
  const inds = new Map(allIndikator(model).map((i) => [kodeOf(i), i]));
  const rows = new Map<string, RealisasiRow>();
  for (const row of sheet.rows) if (!rows.has(row.kode)) rows.set(row.kode, row);
  const kodeCol = sheet.cols.Kode ?? 0;
  const headerCell = a1({ r: sheet.headerRow, c: kodeCol });

  for (const [kode] of inds) {
    if (!rows.has(kode)) out.push(finding('R02', sheet.name, [headerCell], { kind: 'missing', kode }));
  }
  for (const row of sheet.rows) {
    const ind = inds.get(row.kode);
    if (!ind) {
      out.push(finding('R02', sheet.name, [a1({ r: row.r, c: kodeCol })], { kind: 'unknown', kode: row.kode }));
      continue;
    }
    const percent = isPercentIndicator(ind.name);
    for (let k = 0; k < 4; k++) {
      const tw = `TW ${TW_ROMAN[k]}`;
      const rc = sheet.cols[`Realisasi TW ${TW_ROMAN[k]}` as RealisasiLabel];
      const v = row.realisasi[k] ?? null;
      const parsed = parseNumber(v, 'target');
      const p = parsed.kind === 'number' ? { ...parsed, value: typedNumber(v, row.realisasiFormats?.[k] ?? null)! } : parsed;
      if (rc !== undefined && p.kind === 'invalid') {
        out.push(finding('R01', sheet.name, [a1({ r: row.r, c: rc })], { kind: 'text', kode: row.kode, tw, text: p.text }));
      } else if (rc !== undefined && p.kind === 'number' && percent && p.value > 100) {
        out.push(finding('R01', sheet.name, [a1({ r: row.r, c: rc })], { kind: 'over100', kode: row.kode, tw, value: p.value }));
      }
      const tc = sheet.cols[`Target TW ${TW_ROMAN[k]}` as RealisasiLabel];
      if (tc === undefined) continue;
      const typed = typedNumber(row.targets[k] ?? null, row.targetFormats?.[k] ?? null);
      const rapk = twTarget(ind, k);
      const same = typed === null ? rapk === null : rapk !== null && Math.abs(typed - rapk) < 1e-9;
      if (!same) out.push(finding('R03', sheet.name, [a1({ r: row.r, c: tc })], { kode: row.kode, tw, value: typed, rapk }));
    }
  }
  return out;
}
