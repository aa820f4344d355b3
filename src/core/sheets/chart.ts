/**
 * The capaian chart of the Ringkasan sheet (issue 13, ADR 012) as data: bars of capaian per
 * indicator (axis labelled by Kode, each bar in its kriteria colour) and a line at 100 %.
 * The Excel adapter draws it with the charts API, the CLI writes it as DrawingML parts.
 */
import type { CellRange } from '../grid/grid';

export interface PlanChartSeries {
  /** the series' name cell */
  name: { r: number; c: number };
  values: CellRange;
  type: 'column' | 'line';
  /** one fill per data point (the kriteria colours), column series only */
  pointFills?: string[];
  /** line or bar colour */
  color: string;
}

export interface PlanChart {
  title: string;
  /** the chart object's name in Excel (default `Grafik Capaian`) */
  name?: string;
  /** the category labels (the Kode column) */
  categories: CellRange;
  series: PlanChartSeries[];
  /** where the chart sits, in cells (0-based top-left, size in rows and columns) */
  anchor: { r: number; c: number; rows: number; cols: number };
}

/** Rows of chart per indicator, within limits, so bars stay readable. */
export const chartRowsFor = (n: number): number => Math.max(16, Math.min(40, 6 + n));

/**
 * The chart over a data table whose header is at `headerRow` and whose `count` rows start at
 * `firstRow`: Kode in column A, capaian in B, the 100 % line in C. Null when nothing is measured.
 * The chart sits beside the table (`anchorCol`) unless an `anchor` places it elsewhere.
 */
export function chartOfSummary(p: {
  title: string;
  headerRow: number;
  firstRow: number;
  count: number;
  fills: string[];
  anchorCol: number;
  anchor?: PlanChart['anchor'];
}): PlanChart | null {
  if (p.count === 0) return null;
  const last = p.firstRow + p.count - 1;
  const col = (c: number): CellRange => ({ r1: p.firstRow, c1: c, r2: last, c2: c });
  return {
    title: p.title,
    categories: col(0),
    series: [
      { name: { r: p.headerRow, c: 1 }, values: col(1), type: 'column', pointFills: p.fills, color: '#4472C4' },
      { name: { r: p.headerRow, c: 2 }, values: col(2), type: 'line', color: '#C00000' },
    ],
    anchor: p.anchor ?? { r: p.headerRow, c: p.anchorCol, rows: chartRowsFor(p.count), cols: 6 },
  };
}
