/**
 * The `Ringkasan TW n <year>` sheet: a document the planner prints and signs. Built from
 * sections appended one after the other (A–E, F the method, G the capaian chart and its data,
 * then the colour legend); a caller may append more sections (`extra`) without touching these.
 * Numbers are numbers with formats, kriteria and predikat are always written as words (colour
 * only helps); the bands, their colours and their ranges are the summary's settings (issue 13).
 *
 * Layout decisions (docs/adr/011-pane-and-ringkasan.md): section A's header row and the No +
 * Kode columns are frozen and repeat on every printed page; A4 landscape, one page wide; the
 * columns up to Kriteria fit a 1366-px screen at 100 % zoom with the task pane open.
 */
import { type Tw, TW_ROMAN, fillOfLabel } from '../measure/formulas';
import { type Lang, fmtNum } from '../locales/format';
import { RINGKASAN_TEXT, type RingkasanText } from '../locales/ringkasan';
import { ADD_IN_FILLS, fontOn } from './palette';
import { type BandSpec, bandText } from '../settings/bands';
import type { PlanCell, SheetPlan } from './plan';
import { safeSheetName } from './plan';
import type { Summary } from '../measure/summary';
import { type PlanChart, chartOfSummary } from './chart';

export function ringkasanSheetName(tw: Tw, year: number | null): string {
  return safeSheetName(`Ringkasan TW ${TW_ROMAN[tw - 1]}${year ? ` ${year}` : ''}`);
}

/**
 * Column widths in characters: A No, B Kode, C Sasaran, D Indikator, E Target, F Realisasi,
 * G Capaian, H Kriteria, I NPI, J Capaian against the annual target (and Efisiensi), K Status tahunan.
 */
export const RINGKASAN_WIDTHS = [5, 8, 26, 38, 10, 10, 10, 16, 8, 18, 18];
/** Index of the Capaian and Kriteria columns (they must be on screen without scrolling). */
export const RINGKASAN_KRITERIA_COL = 7;

const TEXT = RINGKASAN_TEXT;

export type { RingkasanText } from '../locales/ringkasan';

/** Appends rows to a sheet plan; sections use it one after the other. */
export class PlanBuilder {
  readonly cells: PlanCell[] = [];
  readonly merges: SheetPlan['merges'] = [];
  readonly charts: PlanChart[] = [];
  r = 0;

  put(c: number, value: PlanCell['value'], extra: Partial<PlanCell> = {}): void {
    if (value === null) {
      if (extra.border || extra.fill) this.cells.push({ r: this.r, c, value: null, ...extra });
      return;
    }
    this.cells.push({ r: this.r, c, value, ...extra });
  }

  /** a band written as its word on its colour, or the fallback text */
  band(c: number, label: string | null, fill: string | null, fallback: string): void {
    if (label && fill) this.put(c, label, { fill, font: fontOn(fill), border: true, align: 'center', bold: true, wrap: true });
    else this.put(c, fallback, { border: true, align: 'center', wrap: true });
  }

  /** a section title with an empty row before it */
  section(title: string): void {
    this.r++;
    this.put(0, title, { bold: true });
    this.r++;
  }

  /** one table row: each item starts at its column and spans `span` columns (merged) */
  row(items: [c: number, span: number, write: () => void][]): void {
    for (const [c, span] of items) if (span > 1) this.merges.push({ r1: this.r, c1: c, r2: this.r, c2: c + span - 1 });
    for (const [, , write] of items) write();
    this.r++;
  }

  /** a header cell (for `row`) */
  head(c: number, label: string): () => void {
    return () => this.put(c, label, { bold: true, fill: ADD_IN_FILLS.header, border: true, wrap: true, align: 'center', format: '@' });
  }
}

export interface RingkasanContext {
  s: Summary;
  T: RingkasanText;
  lang: Lang;
}

/** A block of the sheet; `planRingkasan` appends these in order. */
export type RingkasanSection = (b: PlanBuilder, ctx: RingkasanContext) => void;

/** A. one row per indicator */
function sectionIndicators(b: PlanBuilder, { s, T }: RingkasanContext): void {
  b.section(T.a);
  b.row(T.ind(s.tw).map((l, c): [number, number, () => void] => [c, 1, b.head(c, l)]));
  const sasName = new Map(s.sasaran.map((x) => [x.no, x.name]));
  s.indikator.forEach((i, n) => {
    b.put(0, n + 1, { border: true, align: 'center' });
    b.put(1, i.kode, { border: true, align: 'center', format: '@' });
    // the sasaran is written on its first indicator only, as in the report's tables
    const first = n === 0 || s.indikator[n - 1]!.sasaranNo !== i.sasaranNo;
    b.put(2, first ? (sasName.get(i.sasaranNo) ?? '') : null, { border: true, wrap: true, format: '@' });
    b.put(3, i.name, { border: true, wrap: true, format: '@' });
    b.put(4, i.target, { border: true, format: '0.00' });
    if (i.realisasiText !== null) b.put(5, i.realisasiText, { border: true, format: '@', align: 'right' });
    else b.put(5, i.realisasi, { border: true, format: '0.00' });
    b.put(6, i.capaian, { border: true, format: '0.00' });
    b.band(7, i.kriteria, fillOfLabel(s.settings.kriteria, i.kriteria), i.why ? T.why[i.why] : T.none);
    b.put(8, i.npi, { border: true, format: '0.00' });
    // against the annual target (B12), reported whatever the Penilaian
    b.put(9, i.capaianTahunan, { border: true, format: '0.00' });
    b.put(10, i.statusTahunan ?? (i.realisasi === null ? T.why.noRealisasi : T.none), {
      border: true,
      align: 'center',
      wrap: true,
      format: '@',
    });
    b.r++;
  });
}

function sectionSasaran(b: PlanBuilder, { s, T }: RingkasanContext): void {
  b.section(T.b);
  b.row([
    [0, 1, b.head(0, T.sas[0]!)],
    [1, 2, b.head(1, T.sas[1]!)],
    [3, 1, b.head(3, T.sas[2]!)],
    [4, 1, b.head(4, T.sas[3]!)],
    [5, 1, b.head(5, T.sas[4]!)],
  ]);
  for (const x of s.sasaran) {
    b.row([
      [0, 1, () => b.put(0, x.no, { border: true, align: 'center', format: '@' })],
      [1, 2, () => b.put(1, x.name, { border: true, wrap: true, format: '@' })],
      [3, 1, () => b.put(3, x.perspektif, { border: true })],
      [4, 1, () => b.put(4, x.nps, { border: true, format: '0.00' })],
      [5, 1, () => b.band(5, x.predikat, fillOfLabel(s.settings.predikat, x.predikat), T.none)],
    ]);
  }
}

function sectionPerspektif(b: PlanBuilder, { s, T }: RingkasanContext): void {
  b.section(T.c);
  b.row([
    [1, 2, b.head(1, T.per[0]!)],
    [3, 1, b.head(3, T.per[1]!)],
    [4, 1, b.head(4, T.per[2]!)],
  ]);
  for (const p of s.perspektif) {
    b.row([
      [1, 2, () => b.put(1, p.name, { border: true })],
      [3, 1, () => b.put(3, p.nilai, { border: true, format: '0.00' })],
      [4, 1, () => b.band(4, p.predikat, fillOfLabel(s.settings.predikat, p.predikat), T.none)],
    ]);
  }
}

function sectionNpss(b: PlanBuilder, { s, T }: RingkasanContext): void {
  b.section(T.d);
  b.row([
    [1, 2, b.head(1, T.npss[0]!)],
    [3, 1, b.head(3, T.npss[1]!)],
  ]);
  b.row([
    [1, 2, () => b.put(1, s.npss, { border: true, format: '0.00', bold: true, align: 'center' })],
    [3, 1, () => b.band(3, s.predikat, fillOfLabel(s.settings.predikat, s.predikat), T.none)],
  ]);
  // how much of the quarter is filled, and typed text that was not counted
  const counted = s.indikator.filter((i) => i.npi !== null).length;
  const akhir = s.indikator.filter((i) => i.why === 'akhirTahun').length;
  b.put(1, T.counted(counted, s.indikator.length, akhir), { format: '@' });
  b.r++;
  const text = s.indikator.filter((i) => i.why === 'notNumber').map((i) => i.kode);
  if (text.length) {
    b.put(1, T.notNumber(text.join(', ')), { format: '@' });
    b.r++;
  }
  const over = s.indikator.filter((i) => i.over100).map((i) => i.kode);
  if (over.length) {
    b.put(1, T.over100(over.join(', ')), { format: '@' });
    b.r++;
  }
}

function sectionBudget(b: PlanBuilder, { s, T }: RingkasanContext): void {
  b.section(T.e);
  const bud = T.bud(s.tw);
  b.row([
    [0, 1, b.head(0, bud[0]!)],
    [1, 2, b.head(1, bud[1]!)],
    ...bud.slice(2).map((l, i): [number, number, () => void] => [3 + i, 1, b.head(3 + i, l)]),
  ]);
  for (const x of s.sasaran) {
    b.row([
      [0, 1, () => b.put(0, x.no, { border: true, align: 'center', format: '@' })],
      [1, 2, () => b.put(1, x.name, { border: true, wrap: true, format: '@' })],
      [3, 1, () => b.put(3, x.pagu, { border: true, format: '#,##0' })],
      [4, 1, () => b.put(4, x.realisasiAnggaran, { border: true, format: '#,##0' })],
      [5, 1, () => b.put(5, x.penyerapan, { border: true, format: '0.00' })],
      [6, 1, () => b.put(6, x.nps, { border: true, format: '0.00' })],
      [7, 1, () => b.put(7, x.ie, { border: true, format: '0.00' })],
      [8, 1, () => b.put(8, x.te, { border: true, format: '0.00' })],
      [9, 1, () => b.band(9, x.efisiensi, fillOfLabel(s.settings.efisiensi, x.efisiensi), T.none)],
    ]);
  }
}

/** F. the method these numbers were computed with (issue 13): source, bands, NPI cap, weights, cut-off */
function sectionMetode(b: PlanBuilder, { s, T, lang }: RingkasanContext): void {
  b.section(T.f);
  const st = s.settings;
  const M = T.metode;
  const W = RINGKASAN_WIDTHS.length;
  const fmt = (n: number): string => fmtNum(n, lang);
  const bands = (list: readonly BandSpec[]): string => list.map((x) => `${x.label}: ${bandText(x, fmt)}`).join(' · ');
  const weights = [...st.weights].sort(([x], [y]) => x.localeCompare(y)).map(([k, w]) => `${k}: ${fmt(w)}`);
  const metode: [string, string][] = [
    [M.source, st.source === 'sheet' ? M.sourceSheet : M.sourceDefault],
    [M.kriteria, bands(st.kriteria)],
    [M.predikat, bands(st.predikat)],
    [M.efisiensi, bands(st.efisiensi)],
    [M.cap, fmt(st.npiCap)],
    [M.weights, weights.length ? weights.join('; ') : M.allOne],
    [M.cutoff, M.cutoffText(fmt(st.annualCutoff))],
  ];
  for (const [k, v] of metode) {
    b.row([
      [0, 2, () => b.put(0, k, { bold: true, border: true, wrap: true, format: '@' })],
      [2, W - 2, () => b.put(2, v, { border: true, wrap: true, format: '@' })],
    ]);
  }
}

/** G. the chart's data (Kode, capaian, a 100 % line, kriteria) with the chart beside it; rows are reserved for the chart */
function sectionChart(b: PlanBuilder, { s, T }: RingkasanContext): void {
  b.section(T.g);
  const headerRow = b.r;
  b.row(T.chartHead.map((l, c): [number, number, () => void] => [c, 1, b.head(c, l)]));
  const measured = s.indikator.filter((i) => i.capaian !== null);
  const fills = measured.map((i) => fillOfLabel(s.settings.kriteria, i.kriteria));
  measured.forEach((i, n) => {
    b.put(0, i.kode, { border: true, align: 'center', format: '@' });
    b.put(1, i.capaian, { border: true, format: '0.00' });
    b.put(2, 100, { border: true, format: '0.00' });
    b.band(3, i.kriteria, fills[n]!, T.none);
    b.r++;
  });
  const chart = chartOfSummary({
    title: T.chartTitle(s.tw),
    headerRow,
    firstRow: headerRow + 1,
    count: measured.length,
    fills: fills.map((f) => f ?? '#A6A6A6'),
    anchorCol: 5,
  });
  if (!chart) return;
  b.charts.push(chart);
  b.r = Math.max(b.r, chart.anchor.r + chart.anchor.rows);
}

/** Highest band first: by lower bound (open = −∞), an exclusive bound above an inclusive one, then by upper bound. */
function highestFirst(bands: readonly BandSpec[]): BandSpec[] {
  const lo = (x: BandSpec): number => x.lower ?? -Infinity;
  const hi = (x: BandSpec): number => x.upper ?? Infinity;
  return [...bands].sort((x, y) => lo(y) - lo(x) || Number(y.lowerIncl === false) - Number(x.lowerIncl === false) || hi(y) - hi(x));
}

/** A band's range for the legend; a point band reads `x = 100` (no text may start with `=`). */
export function legendRange(x: BandSpec, fmt: (n: number) => string): string {
  const t = bandText(x, fmt);
  return t.startsWith('=') ? `x ${t}` : t;
}

/** The kriteria and predikat bands of the settings with their colours and ranges. */
function sectionLegend(b: PlanBuilder, { s, T, lang }: RingkasanContext): void {
  b.section(T.legend);
  const fmt = (n: number): string => fmtNum(n, lang);
  const table = (head: string[], bands: readonly BandSpec[]): void => {
    b.row([
      [1, 2, b.head(1, head[0]!)],
      [3, 1, b.head(3, head[1]!)],
    ]);
    for (const x of highestFirst(bands)) {
      b.row([
        [1, 2, () => b.band(1, x.label, x.fill, x.label)],
        [3, 1, () => b.put(3, legendRange(x, fmt), { border: true, format: '@' })],
      ]);
    }
  };
  table(T.legendHead.kriteria, s.settings.kriteria);
  b.r++;
  table(T.legendHead.predikat, s.settings.predikat);
  b.r++;
  b.put(0, T.foot, { wrap: false, format: '@' });
  b.r++;
}

export const RINGKASAN_SECTIONS: readonly RingkasanSection[] = [
  sectionIndicators,
  sectionSasaran,
  sectionPerspektif,
  sectionNpss,
  sectionBudget,
  sectionMetode,
  sectionChart,
  sectionLegend,
];

/** The `Ringkasan TW n <year>` sheet plan; `extra` sections are appended after the legend. */
export function planRingkasan(s: Summary, lang: Lang = 'id', extra: readonly RingkasanSection[] = []): SheetPlan {
  const T = TEXT[lang];
  const W = RINGKASAN_WIDTHS.length;
  const b = new PlanBuilder();
  b.put(0, T.title(s.tw, String(s.year ?? '')), { bold: true, align: 'center', format: '@' });
  b.merges.push({ r1: b.r, c1: 0, r2: b.r, c2: W - 1 });
  b.r++;
  if (s.unit) {
    b.put(0, s.unit.toUpperCase(), { bold: true, align: 'center', format: '@' });
    b.merges.push({ r1: b.r, c1: 0, r2: b.r, c2: W - 1 });
    b.r++;
  }
  const ctx: RingkasanContext = { s, T, lang };
  // section A's header row (after an empty row and its title): frozen and repeated on every page
  const headerRow = b.r + 2;
  for (const section of [...RINGKASAN_SECTIONS, ...extra]) section(b, ctx);
  return {
    name: ringkasanSheetName(s.tw, s.year),
    rows: b.r,
    cols: W,
    cells: b.cells,
    merges: b.merges,
    ...(b.charts.length ? { charts: b.charts } : {}),
    widths: [...RINGKASAN_WIDTHS],
    freeze: { rows: headerRow + 1, cols: 2 },
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: { from: headerRow, to: headerRow } },
  };
}
