/**
 * Renders a RAPK (a plain description of sasaran, indicators and budget lines) as a sheet
 * plan in layout K, D or R. Used for the sample workbook, the property tests (model → grid
 * → model) and the benchmark's national-scale workbooks.
 */
import type { CellRange, CellValue, Grid } from '../core/grid/grid';
import type { PlanCell, SheetPlan } from '../core/sheets/plan';
import { planValues } from '../core/sheets/plan';

export interface GenLine {
  ro: string;
  komponen: string;
  sub: string;
  anggaran: number;
  kontribusi: number;
}

export interface GenIndikator {
  no: string;
  name: string;
  /** 12 monthly targets, null = none */
  targets: (number | null)[];
  anggaran: number;
  lines: GenLine[];
}

export interface GenSasaran {
  no: string;
  name: string;
  indikator: GenIndikator[];
}

export interface RapkSpec {
  year: number;
  unit: string;
  sasaran: GenSasaran[];
  /** write a final Total row */
  total?: boolean;
}

export interface RenderOptions {
  layout?: 'K' | 'D' | 'R';
  sheetName?: string;
  /** repeat the headers (a page break) every N data rows */
  pageBreakEvery?: number;
}

const MONTHS = ['B01', 'B02', 'B03', 'B04', 'B05', 'B06', 'B07', 'B08', 'B09', 'B10', 'B11', 'B12'];
const MONEY = '#,##0';
const HEADER_FILL = '#D9E1F2';

class PlanBuilder {
  readonly cells: PlanCell[] = [];
  readonly merges: CellRange[] = [];
  readonly pageBreaks: number[] = [];
  r = 0;
  cols = 0;

  set(c: number, value: CellValue, extra: Omit<PlanCell, 'r' | 'c' | 'value'> = {}, r = this.r): void {
    if (value === null || value === undefined) return;
    this.cells.push({ r, c, value, ...extra });
    if (c + 1 > this.cols) this.cols = c + 1;
  }

  merge(r1: number, c1: number, r2: number, c2: number): void {
    if (r1 === r2 && c1 === c2) return;
    this.merges.push({ r1, c1, r2, c2 });
  }

  plan(name: string, widths: number[]): SheetPlan {
    return {
      name,
      rows: this.r,
      cols: Math.max(this.cols, widths.length),
      cells: this.cells,
      merges: this.merges,
      widths,
      freeze: { rows: 6, cols: 0 },
      print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: { from: 4, to: 5 } },
      pageBreaks: this.pageBreaks,
    };
  }
}

function title(b: PlanBuilder, spec: RapkSpec, lastCol: number): void {
  const lines = [`RENCANA AKSI PERJANJIAN KINERJA TAHUN ${spec.year}`, spec.unit.toUpperCase(), 'BADAN PENGAWAS OBAT DAN MAKANAN'];
  for (const t of lines) {
    b.set(0, t, { bold: true, align: 'center' });
    b.merge(b.r, 0, b.r, lastCol);
    b.r++;
  }
  b.r++;
}

const hdr = { bold: true, fill: HEADER_FILL, align: 'center' as const, border: true, wrap: true };

/** Layout K: seeds 001/003. Budget sub-table in C..N under the target columns. */
function renderK(spec: RapkSpec, opts: RenderOptions): SheetPlan {
  const b = new PlanBuilder();
  title(b, spec, 15);
  const mainHeader = (): void => {
    const r = b.r;
    b.set(0, 'NO.', hdr);
    b.set(1, 'SASARAN KEGIATAN', hdr);
    b.set(2, 'INDIKATOR KINERJA KEGIATAN', hdr);
    b.set(3, 'TARGET', hdr);
    b.set(15, 'ANGGARAN', hdr);
    b.merge(r, 3, r, 14);
    for (const c of [0, 1, 2, 15]) b.merge(r, c, r + 1, c);
    b.r++;
    MONTHS.forEach((m, k) => b.set(3 + k, m, hdr));
    b.r++;
  };
  const budgetHeader = (): void => {
    const r = b.r;
    b.set(2, 'NO', hdr);
    b.set(3, 'RO', hdr);
    b.set(6, 'KOMPONEN', hdr);
    b.set(9, 'SUB KOMPONEN', hdr);
    b.set(12, 'ANGGARAN', hdr);
    b.set(13, 'KONTRIBUSI', hdr);
    b.merge(r, 3, r, 5);
    b.merge(r, 6, r, 8);
    b.merge(r, 9, r, 11);
    b.r++;
  };
  mainHeader();
  let sinceBreak = 0;
  const maybeBreak = (inBudget: boolean): void => {
    if (!opts.pageBreakEvery || sinceBreak < opts.pageBreakEvery) return;
    b.pageBreaks.push(b.r - 1);
    mainHeader();
    if (inBudget) budgetHeader();
    sinceBreak = 0;
  };
  let sasNo = 0;
  let sum = 0;
  for (const s of spec.sasaran) {
    sasNo++;
    s.indikator.forEach((ind, i) => {
      maybeBreak(false);
      if (i === 0) {
        b.set(0, `${sasNo}.`, { align: 'center' });
        b.set(1, `${s.no} - ${s.name}`, { wrap: true });
      }
      b.set(2, `${ind.no} - ${ind.name}`, { wrap: true });
      ind.targets.forEach((t, k) => b.set(3 + k, t, { format: '0.00' }));
      b.set(15, ind.anggaran, { format: MONEY });
      sum += ind.anggaran;
      b.r++;
      sinceBreak++;
      if (ind.lines.length) {
        budgetHeader();
        ind.lines.forEach((l, j) => {
          maybeBreak(true);
          b.set(2, `${j + 1}.`, { align: 'center' });
          b.set(3, l.ro, { wrap: true });
          b.set(6, l.komponen, { wrap: true });
          b.set(9, l.sub, { wrap: true });
          b.set(12, l.anggaran, { format: MONEY });
          b.set(13, l.kontribusi, { format: MONEY });
          b.merge(b.r, 3, b.r, 5);
          b.merge(b.r, 6, b.r, 8);
          b.merge(b.r, 9, b.r, 11);
          b.r++;
          sinceBreak++;
        });
      }
    });
  }
  if (spec.total) {
    b.set(12, 'Total', { bold: true });
    b.set(13, sum, { format: MONEY, bold: true });
    b.r++;
  }
  const widths = [5, 40, 45, ...Array(12).fill(8), 16];
  return b.plan(opts.sheetName ?? `RAPK ${spec.year}`, widths);
}

/** Layout D (2023 style): a summary table, then one detail table per indicator. */
function renderD(spec: RapkSpec, opts: RenderOptions): SheetPlan {
  const b = new PlanBuilder();
  title(b, spec, 14);
  const summaryHeader = (): void => {
    b.set(0, 'No.', hdr);
    b.set(1, 'Indikator Kinerja', hdr);
    MONTHS.forEach((m, k) => b.set(2 + k, m, hdr));
    b.set(14, 'Anggaran', hdr);
    b.r++;
  };
  summaryHeader();
  b.r++; // the real documents leave a row between header and data
  const all = spec.sasaran.flatMap((s) => s.indikator);
  const row = (n: number, ind: GenIndikator): void => {
    b.set(0, n, { align: 'center' });
    b.set(1, ind.name, { wrap: true });
    ind.targets.forEach((t, k) => b.set(2 + k, t, { format: '0.00' }));
    b.set(14, ind.anggaran, { format: MONEY });
    b.r++;
  };
  all.forEach((ind, i) => row(i + 1, ind));
  b.set(1, 'Total', { bold: true });
  b.set(
    14,
    all.reduce((s, i) => s + i.anggaran, 0),
    { format: MONEY, bold: true },
  );
  b.r += 2;
  all.forEach((ind, i) => {
    row(i + 1, ind);
    LAYOUT_D_DETAIL_LABELS.forEach((l, c) => b.set(c, l, hdr));
    b.r++;
    const sums = [0, 0, 0, 0, 0, 0];
    ind.lines.forEach((l, j) => {
      const q = splitQuarters(l.kontribusi);
      b.set(0, j + 1);
      b.set(1, spec.unit);
      b.set(2, /^([A-Z]{2}\.\d{4}\.[A-Z]{3})/.exec(l.ro)?.[1] ?? '');
      b.set(3, l.ro, { wrap: true });
      b.set(4, l.komponen, { wrap: true });
      b.set(5, l.sub.split(' - ')[0] ?? '');
      b.set(6, l.sub.split(' - ').slice(1).join(' - ') || l.sub, { wrap: true });
      b.set(7, l.anggaran, { format: MONEY });
      q.forEach((v, k) => b.set(8 + k, v, { format: MONEY }));
      b.set(12, l.kontribusi, { format: MONEY });
      b.set(13, l.anggaran ? l.kontribusi / l.anggaran : 0, { format: '0.00%' });
      sums[0] = (sums[0] ?? 0) + l.anggaran;
      q.forEach((v, k) => (sums[1 + k]! += v));
      sums[5] = (sums[5] ?? 0) + l.kontribusi;
      b.r++;
    });
    b.set(0, 'Total', { bold: true });
    b.set(7, sums[0]!, { format: MONEY, bold: true });
    for (let k = 0; k < 4; k++) b.set(8 + k, sums[1 + k]!, { format: MONEY, bold: true });
    b.set(12, sums[5]!, { format: MONEY, bold: true });
    b.r += 2;
  });
  return b.plan(opts.sheetName ?? `RAPK ${spec.year}`, [6, 40, ...Array(12).fill(9), 16]);
}

/** Quarterly budget amounts that add up exactly to the total. */
function splitQuarters(total: number): [number, number, number, number] {
  const a = Math.floor(total * 0.2);
  const b = Math.floor(total * 0.3);
  const c = Math.floor(total * 0.3);
  return [a, b, c, total - a - b - c];
}

/** Layout R (central agency): indicators, each with a NO / KODE / RO list of amounts. */
function renderR(spec: RapkSpec, opts: RenderOptions): SheetPlan {
  const b = new PlanBuilder();
  title(b, spec, 15);
  b.set(0, 'NO', hdr);
  b.set(1, 'SASARAN STRATEGIS', hdr);
  b.set(2, 'INDIKATOR KINERJA', hdr);
  MONTHS.forEach((m, k) => b.set(3 + k, m, hdr));
  b.set(15, 'ANGGARAN', hdr);
  b.r++;
  let sum = 0;
  spec.sasaran.forEach((s, si) => {
    s.indikator.forEach((ind, i) => {
      if (i === 0) {
        b.set(0, si + 1);
        b.set(1, `${s.no} - ${s.name}`, { wrap: true });
      }
      b.set(2, `${ind.no} - ${ind.name}`, { wrap: true });
      ind.targets.forEach((t, k) => b.set(3 + k, t, { format: '0.00' }));
      b.set(15, ind.anggaran, { format: MONEY });
      sum += ind.anggaran;
      b.r++;
      if (ind.lines.length) {
        b.set(1, 'NO', hdr);
        b.set(2, 'KODE', hdr);
        b.set(3, 'RO', hdr);
        b.merge(b.r, 3, b.r, 14);
        b.r++;
        ind.lines.forEach((l, j) => {
          b.set(1, `${j + 1}.`);
          const code = /^(\S+)\s*-\s*(.*)$/.exec(l.ro);
          b.set(2, code ? code[1]! : l.ro);
          b.set(3, code ? code[2]! : '', { wrap: true });
          b.merge(b.r, 3, b.r, 14);
          b.set(15, l.kontribusi, { format: MONEY });
          b.r++;
        });
      }
    });
  });
  if (spec.total) {
    b.set(14, 'TOTAL', { bold: true });
    b.set(15, sum, { format: MONEY, bold: true });
    b.r++;
  }
  return b.plan(opts.sheetName ?? `RAPK ${spec.year}`, [5, 40, 45, ...Array(12).fill(8), 16]);
}

/** The header of a Layout D detail table, as the 2023 documents write it. */
export const LAYOUT_D_DETAIL_LABELS: readonly string[] = [
  'No.',
  'Unit',
  'KRO',
  'RO',
  'Komponen',
  'Kode Sub Komponen',
  'Sub Komponen',
  'Budget Plan',
  'B03',
  'B06',
  'B09',
  'B12',
  'Total',
  '(%) Plan Penyerapan Budget',
];

export function renderRapk(spec: RapkSpec, opts: RenderOptions = {}): SheetPlan {
  const layout = opts.layout ?? 'K';
  return layout === 'D' ? renderD(spec, opts) : layout === 'R' ? renderR(spec, opts) : renderK(spec, opts);
}

/** A sheet plan seen as the grid a host would read back (values + merges). */
export function planToGrid(plan: SheetPlan): Grid {
  const formats = Array.from({ length: plan.rows }, () => Array<string | null>(plan.cols).fill(null));
  for (const c of plan.cells) if (c.format && formats[c.r]) formats[c.r]![c.c] = c.format;
  return { name: plan.name, values: planValues(plan), merges: plan.merges, formats };
}

export { type RandomSpecOptions, prng, randomSpec } from './random';
