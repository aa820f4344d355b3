/**
 * The `Ringkasan TW n <year>` sheet: a report the planner prints, signs and sends to the head
 * of unit (issue 22, ADR 017). From the top: the agency, the unit and the title; Tabel 1
 * (indicators, the sasaran cell spanning its indicators) with Grafik 1 (its capaian as bars)
 * right under it; Tabel 2 (NPS), Tabel 3 (perspectives and NPSS), Tabel 4 (budget), Tabel 5
 * (the kriteria and predikat bands with their colours); the notes on the method; the place,
 * date and signature block. Below the print area, the chart's data (not printed).
 *
 * Print: A4 landscape at a fixed scale that fits the columns, margins and a "Halaman x dari y"
 * footer; the builder paginates itself (manual breaks between tables, a long table's caption
 * and header written again after a break), so no row repeats on a page it does not belong to.
 * Rows get the height their wrapped text needs. Nothing is frozen.
 */
import { type Tw, TW_ROMAN } from '../measure/formulas';
import { type Lang, fmtNum } from '../locales/format';
import { RINGKASAN_TEXT, type RingkasanText } from '../locales/ringkasan';
import type { CellRange } from '../grid/grid';
import type { PlanCell, SheetPlan } from './plan';
import { safeSheetName } from './plan';
import type { Summary } from '../measure/summary';
import { chartOfSummary, chartRowsFor } from './chart';
import { fillOfLabel } from '../measure/formulas';
import { PagedBuilder } from './pagedBuilder';
import { LINE_PT, PRINT_MARGINS, pageCapacity, scaleToFit } from './printLayout';
import { bandsTable, budgetTable, highestFirst, indikatorTable, perspektifTable, sasaranTable } from './ringkasanTables';
import { NO_SIGNER, type Signer } from '../settings/signature';

export function ringkasanSheetName(tw: Tw, year: number | null): string {
  return safeSheetName(`Ringkasan TW ${TW_ROMAN[tw - 1]}${year ? ` ${year}` : ''}`);
}

/** The add-in's own Ringkasan sheets (any quarter): a host reads only their title rows unless it replaces one. */
export const isRingkasanName = (name: string): boolean => /^\s*ringkasan\b/i.test(name);

/** A sheet named like the Ringkasan of quarter `tw` (any year): "Ringkasan TW II 2024". */
export function isRingkasanOf(name: string, tw: Tw): boolean {
  const words = name.trim().toLowerCase().split(/\s+/);
  return words[0] === 'ringkasan' && words[1] === 'tw' && words[2] === TW_ROMAN[tw - 1]!.toLowerCase();
}

/**
 * Column widths in characters: A No, B Kode, C Sasaran, D Indikator, E Target Tahunan,
 * F Target TW, G Realisasi s.d. TW, H Capaian %, I Kriteria, J NPI, K Capaian tahunan %, L Status.
 */
export const RINGKASAN_WIDTHS = [4, 7, 24, 36, 9, 9, 10, 9, 15, 9, 10, 17];
/** Index of the Kriteria column (Capaian and Kriteria must be on screen without scrolling). */
export const RINGKASAN_KRITERIA_COL = 8;
/** The signature block's columns (Kriteria … Status). */
const SIGN_COL = 8;

export type { RingkasanText } from '../locales/ringkasan';

export interface RingkasanOptions {
  /** who signs (the settings sheet's Penandatangan section) */
  signer?: Signer;
  /** the date written beside the place when the settings give none (the day the sheet is written) */
  date?: Date | null;
}

/** "17 Juli 2024" */
export function dateText(d: Date, T: RingkasanText): string {
  return `${d.getDate()} ${T.months[d.getMonth()]} ${d.getFullYear()}`;
}

const ACRONYMS = new Set(['POM', 'BPOM', 'BBPOM', 'UPT', 'RI', 'DKI']);
const PARTICLES = new Set(['di', 'dan', 'ke', 'pada']);

/** "LOKA POM DI KOTA DUMAI" → "Loka POM di Kota Dumai" (a unit written in capitals, for the jabatan line). */
export function unitTitle(unit: string): string {
  if (unit !== unit.toUpperCase()) return unit;
  return unit
    .split(/\s+/)
    .map((w, i) => {
      if (ACRONYMS.has(w)) return w;
      const lo = w.toLowerCase();
      return i > 0 && PARTICLES.has(lo) ? lo : lo.charAt(0).toUpperCase() + lo.slice(1);
    })
    .join(' ');
}

/** The place, date and signature block, right-aligned under the tables. */
function signature(b: PagedBuilder, s: Summary, T: RingkasanText, o: RingkasanOptions): void {
  const who = o.signer ?? NO_SIGNER;
  const span = RINGKASAN_WIDTHS.length - SIGN_COL;
  const date = who.tanggal || (o.date ? dateText(o.date, T) : '');
  const jabatan = who.jabatan || T.sign.jabatan(unitTitle(s.unit ?? ''));
  const lines: [string, Partial<PlanCell>][] = [
    [T.sign.place(who.kota, date), {}],
    [who.plh ? `${who.plh} ${jabatan}` : jabatan, {}],
  ];
  const after: [string, Partial<PlanCell>][] = [
    [who.nama || T.sign.noName, { bold: !!who.nama }],
    [T.sign.nip(who.nip), {}],
  ];
  const pt = (text: string): number => b.need({ c: SIGN_COL, span, value: text, style: { wrap: true } });
  const total = LINE_PT + [...lines, ...after].reduce((n, [t]) => n + pt(t), 0) + 3 * LINE_PT;
  b.keep(total);
  b.end();
  for (const [t, st] of lines) b.line(SIGN_COL, span, t, { align: 'center', ...st });
  // room to sign
  b.end();
  b.end();
  b.end();
  for (const [t, st] of after) b.line(SIGN_COL, span, t, { align: 'center', ...st });
}

/** The notes under the tables: counts, the method in sentences. */
function notes(s: Summary, T: RingkasanText, lang: Lang): string[] {
  const st = s.settings;
  const M = T.metode;
  const fmt = (n: number): string => fmtNum(n, lang);
  const weights = [...st.weights].sort(([x], [y]) => x.localeCompare(y)).map(([k, w]) => `${k} (${fmt(w)})`);
  const ef = highestFirst(st.efisiensi)
    .reverse()
    .map((x) => `${x.label}: ${T.bandWords(x, fmt)}`)
    .join('; ');
  return [
    st.source === 'sheet' ? M.sourceSheet : M.sourceDefault,
    M.formula,
    M.npi(fmt(st.npiCap)),
    weights.length ? M.weights(weights.join(', ')) : M.allOne,
    M.annual(fmt(st.annualCutoff)),
    M.efisiensi(ef),
    M.colour,
  ];
}

/** Under Tabel 1: how much of the quarter is filled, text realisasi, percentages over 100. */
function countLines(s: Summary, T: RingkasanText): string[] {
  const counted = s.indikator.filter((i) => i.npi !== null).length;
  const akhir = s.indikator.filter((i) => i.why === 'akhirTahun').length;
  const out = [T.counted(counted, s.indikator.length, akhir)];
  const text = s.indikator.filter((i) => i.why === 'notNumber').map((i) => i.kode);
  if (text.length) out.push(T.notNumber(text.join(', ')));
  const over = s.indikator.filter((i) => i.over100).map((i) => i.kode);
  if (over.length) out.push(T.over100(over.join(', ')));
  return out;
}

/** The `Ringkasan TW n <year>` sheet plan. */
export function planRingkasan(s: Summary, lang: Lang = 'id', o: RingkasanOptions = {}): SheetPlan {
  const T = RINGKASAN_TEXT[lang];
  const W = RINGKASAN_WIDTHS.length;
  const scale = scaleToFit(RINGKASAN_WIDTHS);
  const b = new PagedBuilder(RINGKASAN_WIDTHS, pageCapacity(scale));
  const ctx = { s, T };
  const fmt = (n: number): string => fmtNum(n, lang);
  const titleLine = (text: string): void => b.line(0, W, text, { bold: true, align: 'center', wrap: false });

  titleLine(T.agency);
  if (s.unit) titleLine(s.unit.toUpperCase());
  titleLine(T.title(s.tw, String(s.year ?? '')));
  b.end();

  b.table(indikatorTable(ctx, 1));
  for (const t of countLines(s, T)) b.flow(0, W, t);

  // Grafik 1 right under the table it draws; its data lie below the print area
  const measured = s.indikator.filter((i) => i.capaian !== null);
  const chartRows = Math.min(chartRowsFor(measured.length), Math.floor(b.capacity / LINE_PT) - 3);
  let chartAt: { r: number; rows: number } | null = null;
  if (measured.length) {
    b.end();
    b.keep(LINE_PT * (chartRows + 1));
    b.line(0, W, T.grafik(1, T.capChart(s.tw)), { bold: true, wrap: false });
    chartAt = { r: b.r, rows: chartRows };
    for (let i = 0; i < chartRows; i++) b.end();
  }

  let n = 2;
  for (const table of [sasaranTable(ctx, n++), perspektifTable(ctx, n++), budgetTable(ctx, n++), bandsTable(ctx, n++, fmt)]) {
    b.end();
    b.table(table);
  }

  b.end();
  const lines = notes(s, T, lang);
  // the notes together on one page when they fit
  const notesPt = lines.reduce((n, t, i) => n + b.need({ c: 0, span: W, value: `${i + 1}. ${t}`, style: { wrap: true } }), LINE_PT);
  b.keep(Math.min(notesPt, b.capacity));
  b.line(0, W, T.notes, { bold: true, wrap: false });
  lines.forEach((t, i) => b.flow(0, W, `${i + 1}. ${t}`));
  signature(b, s, T, o);
  const printed: CellRange = { r1: 0, c1: 0, r2: b.r - 1, c2: W - 1 };

  // the chart's source table, below the print area
  if (chartAt) {
    b.end();
    b.end();
    b.line(0, W, T.chartData, { bold: true, wrap: false });
    const headerRow = b.r;
    T.chartHead.forEach((l, c) => b.put(c, l, { bold: true, border: true, format: '@', align: 'center' }));
    b.end();
    const fills = measured.map((i) => fillOfLabel(s.settings.kriteria, i.kriteria));
    measured.forEach((i, k) => {
      b.put(0, i.kode, { border: true, align: 'center', format: '@' });
      b.put(1, i.capaian, { border: true, format: '0.00' });
      b.put(2, 100, { border: true, format: '0.00' });
      b.put(3, i.kriteria ?? T.none, { border: true, format: '@', ...(fills[k] ? { fill: fills[k]! } : {}) });
      b.end();
    });
    const chart = chartOfSummary({
      title: T.chartTitle(s.tw),
      headerRow,
      firstRow: headerRow + 1,
      count: measured.length,
      fills: fills.map((f) => f ?? '#A6A6A6'),
      anchorCol: 1,
      anchor: { r: chartAt.r, c: 1, rows: chartAt.rows, cols: 8 },
    });
    if (chart) b.charts.push(chart);
  }

  const heights = b.rowHeights();
  return {
    name: ringkasanSheetName(s.tw, s.year),
    rows: b.r,
    cols: W,
    cells: b.cells,
    merges: b.merges,
    ...(b.charts.length ? { charts: b.charts } : {}),
    widths: [...RINGKASAN_WIDTHS],
    ...(heights.length ? { heights } : {}),
    ...(b.breaks.length ? { pageBreaks: [...b.breaks] } : {}),
    print: {
      orientation: 'landscape',
      paper: 'A4',
      // one page wide; the breaks above are placed for the scale that takes (ADR 017)
      fitToWidth: true,
      margins: { ...PRINT_MARGINS },
      footer: T.footer,
      area: printed,
    },
  };
}
