/**
 * The `Rekap TW <n> <tahun>` sheet: units by rank with NPSS, perspectives, budget and findings;
 * the national mean and median; the capaian matrix coloured by kriteria; the indicators of the
 * matrix, the unmatched ones and the unusable files; and where the NPSS chart goes.
 */
import type { CellRange } from '../grid/grid';
import { type Tw, TW_ROMAN, predikatFill, efisiensiFill } from '../measure/formulas';
import { DEFAULT_SETTINGS } from '../settings';
import type { Lang } from '../locales';
import { DEFAULT_PALETTE, fontOn } from './palette';
import type { PlanCell, SheetPlan } from './plan';
import type { PlanChart } from './chart';
import { safeSheetName } from './plan';
import type { Rekap } from '../measure/rekap';
import { REKAP_TEXT } from '../locales/rekap';
import { baseName } from '../measure/rekapUnit';

export interface RekapPlan {
  /** the sheet; its `charts` hold the NPSS chart (none when no unit has an NPSS) */
  plan: SheetPlan;
}

/** The NPSS chart's axis titles (unit, NPSS), as the adapters draw them. */
export function rekapChartAxes(lang: Lang): { x: string; y: string } {
  const C = REKAP_TEXT[lang].cols;
  return { x: C.unit, y: C.npss };
}

const HEADER_FILL = '#D9E1F2';
/** The kriteria bands of the default settings, highest first (Tidak Dapat Disimpulkan … Kurang). */
export const DEFAULT_LEGEND: readonly { label: string; fill: string }[] = [...DEFAULT_SETTINGS.kriteria]
  .reverse()
  .map((b) => ({ label: b.label, fill: b.fill }));
const CHART_ROWS = 20;
const CHART_COLS = 13;
const CHART_COLOR = '#4472C4';

export function rekapSheetName(tw: Tw, year: number | null): string {
  return safeSheetName(`Rekap TW ${TW_ROMAN[tw - 1]}${year ? ` ${year}` : ''}`);
}

export function planRekap(rk: Rekap, lang: Lang = 'id', legend: readonly { label: string; fill: string }[] = DEFAULT_LEGEND): RekapPlan {
  const T = REKAP_TEXT[lang];
  const roman: string = TW_ROMAN[rk.tw - 1] ?? '';
  const year = String(rk.year ?? '');
  const cells: PlanCell[] = [];
  const merges: CellRange[] = [];
  const A_COLS = 19;
  const cols = Math.max(A_COLS, 2 + rk.matrix.columns.length);
  let r = 0;
  const put = (c: number, value: PlanCell['value'], extra: Partial<PlanCell> = {}): void => {
    if (value === null && !extra.border && !extra.fill) return;
    cells.push({ r, c, value, ...extra });
  };
  const cell = (c: number, value: PlanCell['value'], extra: Partial<PlanCell> = {}): void => put(c, value, { border: true, ...extra });
  const band = (c: number, label: string | null, fill: string | null): void => {
    if (label && fill) cell(c, label, { fill, font: fontOn(fill), align: 'center', bold: true });
    else cell(c, T.none, { align: 'center' });
  };
  const header = (labels: string[], from = 0): void => {
    labels.forEach((l, i) => put(from + i, l, { bold: true, fill: HEADER_FILL, border: true, wrap: true, align: 'center' }));
    r++;
  };
  const section = (t: string): void => {
    r++;
    put(0, t, { bold: true });
    r++;
  };

  put(0, T.title(roman, year), { bold: true, align: 'center' });
  merges.push({ r1: r, c1: 0, r2: r, c2: A_COLS - 1 });
  r++;
  put(0, T.stats(rk.units.length, rk.failed.length), { align: 'center' });
  merges.push({ r1: r, c1: 0, r2: r, c2: A_COLS - 1 });
  r++;

  // A. units by rank
  section(T.a);
  const C = T.cols;
  const persp = rk.units[0]?.perspektif.map((p) => p.name) ?? ['Stakeholder', 'Internal Process', 'Learning & Growth'];
  header([
    C.rank,
    C.unit,
    C.npss,
    C.predikat,
    ...persp,
    C.year,
    C.indikator,
    C.terisi,
    C.pagu,
    C.realisasi,
    C.penyerapan,
    C.ie,
    C.efisiensi,
    C.errors,
    C.warnings,
    C.file,
    C.flags,
  ]);
  const firstUnitRow = r;
  for (const u of rk.units) {
    cell(0, u.rank, { align: 'center' });
    cell(1, u.unit ?? baseName(u.file), { wrap: true });
    cell(2, u.npss, { format: '0.00', bold: true });
    band(3, u.predikat, u.predikat ? predikatFill(u.predikat) : null);
    u.perspektif.forEach((p, i) => cell(4 + i, p.nilai, { format: '0.00' }));
    cell(7, u.year, { align: 'center', format: '0' });
    cell(8, u.indikator, { align: 'center', format: '0' });
    cell(9, u.terisi, { align: 'center', format: '0' });
    cell(10, u.pagu, { format: '#,##0' });
    cell(11, u.realisasiAnggaran, { format: '#,##0' });
    cell(12, u.penyerapan, { format: '0.00' });
    cell(13, u.ie, { format: '0.00' });
    band(14, u.efisiensi, u.efisiensi ? efisiensiFill(u.efisiensi) : null);
    cell(15, u.errors, { align: 'center', format: '0', ...(u.errors ? { fill: DEFAULT_PALETTE.mark.error, font: '#000000' } : {}) });
    cell(16, u.warnings, { align: 'center', format: '0', ...(u.warnings ? { fill: DEFAULT_PALETTE.mark.warning, font: '#000000' } : {}) });
    cell(17, baseName(u.file), { wrap: true });
    cell(18, u.flags.map((f) => T.flag[f](year)).join('; ') || null, { wrap: true });
    r++;
  }
  const ranked = rk.units.filter((u) => u.rank !== null).length;
  const lastRanked = firstUnitRow + ranked - 1;
  for (const [label, v] of [
    [T.mean, rk.mean],
    [T.median, rk.median],
  ] as const) {
    merges.push({ r1: r, c1: 0, r2: r, c2: 1 });
    cell(0, label, { bold: true });
    cell(2, v, { format: '0.00', bold: true });
    r++;
  }

  // the chart of NPSS per unit, over the rows reserved for it
  // (one column series: name in the NPSS header cell, values the ranked units' NPSS, categories their names)
  const charts: PlanChart[] = [];
  if (ranked > 0) {
    r++;
    charts.push({
      title: T.chartTitle(roman, year),
      name: 'Grafik NPSS',
      categories: { r1: firstUnitRow, c1: 1, r2: lastRanked, c2: 1 },
      series: [
        {
          name: { r: firstUnitRow - 1, c: 2 },
          values: { r1: firstUnitRow, c1: 2, r2: lastRanked, c2: 2 },
          type: 'column',
          color: CHART_COLOR,
        },
      ],
      anchor: { r, c: 0, rows: CHART_ROWS, cols: CHART_COLS },
    });
    r += CHART_ROWS;
  }

  // B. the matrix
  section(T.b);
  const cs = rk.matrix.columns;
  const matrixHeader = r;
  header([C.rank, C.unit, ...cs.map((c) => c.code)]);
  rk.units.forEach((u, n) => {
    cell(0, u.rank, { align: 'center' });
    cell(1, u.unit ?? baseName(u.file), { wrap: true });
    rk.matrix.rows[n]!.forEach((m, i) => {
      if (m.capaian !== null && m.fill) cell(2 + i, m.capaian, { format: '0.00', fill: m.fill, font: fontOn(m.fill), align: 'center' });
      else cell(2 + i, T.none, { align: 'center' });
    });
    r++;
  });
  r++;
  put(0, T.legend, { bold: true });
  r++;
  for (const l of legend) {
    merges.push({ r1: r, c1: 0, r2: r, c2: 1 });
    cell(0, l.label, { fill: l.fill, font: fontOn(l.fill), bold: true, align: 'center' });
    r++;
  }

  // C. the indicators of the matrix
  section(T.c);
  header([C.code, C.name, C.units]);
  for (const c of cs) {
    cell(0, c.code, { align: 'center' });
    cell(1, c.name, { wrap: true });
    cell(2, c.units, { align: 'center', format: '0' });
    r++;
  }

  // D. unmatched indicators
  section(T.d);
  if (rk.unmatched.length === 0) {
    put(0, T.noUnmatched);
    r++;
  } else {
    header([C.unit, C.name], 0);
    for (const x of rk.unmatched) {
      cell(0, x.unit, { wrap: true });
      cell(1, x.name, { wrap: true });
      r++;
    }
  }

  // E. unusable files
  section(T.e);
  if (rk.failed.length === 0 && rk.superseded.length === 0) {
    put(0, T.noFailed);
    r++;
  } else {
    header([C.file, C.reason]);
    for (const f of rk.failed) {
      cell(0, baseName(f.file), { wrap: true });
      cell(1, T.reason[f.reason], { wrap: true });
      r++;
    }
    for (const x of rk.superseded) {
      cell(0, baseName(x.file), { wrap: true });
      cell(1, T.superseded(x.unit, baseName(x.by)), { wrap: true });
      r++;
    }
  }
  r++;
  put(0, T.foot);
  r++;

  const widths = Array.from({ length: cols }, (_, c) => (c === 0 ? 24 : c === 1 ? 46 : c >= 17 && c < A_COLS ? 30 : 12));
  return {
    plan: {
      name: rekapSheetName(rk.tw, rk.year),
      rows: r,
      cols,
      cells,
      merges,
      widths,
      freeze: { rows: 0, cols: 2 },
      print: { orientation: 'landscape', paper: 'A4', fitToWidth: true },
      pageBreaks: [matrixHeader - 2],
      ...(charts.length ? { charts } : {}),
    },
  };
}
