/**
 * Small hand-built RAPK sheets for the SPEC tests (tests/spec): one clean sheet per layout,
 * written as rows so every expected cell address can be read off the table below.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { CellValue, Grid } from '../../src/core/grid/grid';
import { validateWorkbook } from '../../src/core/workbook';
import { allIndikator, type Indikator, type RapkModel } from '../../src/core/reader/model';
import type { Finding } from '../../src/core/rules/findings';
import { gridOf } from '../support/grids';
import { planRealisasi } from '../../src/core/sheets/realisasi';
import { planToGrid } from '../../src/sample/generate';

export const MONTHS = ['B01', 'B02', 'B03', 'B04', 'B05', 'B06', 'B07', 'B08', 'B09', 'B10', 'B11', 'B12'];
export const FLAT = (v: CellValue): CellValue[] => Array<CellValue>(12).fill(v);

/** Layout K: A NO. · B SASARAN KEGIATAN · C INDIKATOR KINERJA KEGIATAN · D..O B01..B12 · P ANGGARAN */
export const K_HEAD: CellValue[] = ['NO.', 'SASARAN KEGIATAN', 'INDIKATOR KINERJA KEGIATAN', ...MONTHS, 'ANGGARAN'];
/** the budget sub-header, in other columns: C NO · D RO · E KOMPONEN · F SUB KOMPONEN · G ANGGARAN · H KONTRIBUSI */
export const K_SUB: CellValue[] = [null, null, 'NO', 'RO', 'KOMPONEN', 'SUB KOMPONEN', 'ANGGARAN', 'KONTRIBUSI'];
export const kInd = (no: CellValue, sasaran: CellValue, name: CellValue, targets: CellValue[], anggaran: CellValue): CellValue[] => [
  no,
  sasaran,
  name,
  ...targets,
  anggaran,
];
export const kLine = (
  n: CellValue,
  ro: CellValue,
  komp: CellValue,
  sub: CellValue,
  anggaran: CellValue,
  kontribusi: CellValue,
): CellValue[] => [null, null, n, ro, komp, sub, anggaran, kontribusi];
export const RO_A = 'DR.3165.QIA.001 - Sampel Makanan';
export const RO_B = 'DR.3165.BDC.001 - Masyarakat KIE';
export const KOMP_A = '055 - Pengadaan sampel makanan';
export const KOMP_B = '051 - KIE oleh UPT';
export const SUB_A = 'A - PENGADAAN SAMPEL';
export const SUB_B = 'B - SOSIALISASI';
export const RISING = [10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 98, 100];

/**
 * The clean Layout K sheet (rows 1-based):
 *  1 title · 2 unit · 3 header · 4 indicator 01.01 · 5 sub-header · 6–7 its lines ·
 *  8 indicator 01.02 · 9 sub-header · 10 its line · 11 indicator 02.01 (sasaran 2) ·
 *  12 sub-header · 13 its line · 14 Total
 */
export function kRows(): CellValue[][] {
  return [
    ['RENCANA AKSI PERJANJIAN KINERJA TAHUN 2024'],
    ['BALAI POM DI CONTOH'],
    [...K_HEAD],
    kInd(
      '1.',
      '01 - Terwujudnya Obat dan Makanan yang memenuhi syarat',
      '01 - Persentase Makanan yang memenuhi syarat',
      FLAT(90),
      50_000_000,
    ),
    [...K_SUB],
    kLine('1.', RO_A, KOMP_A, SUB_A, 80_000_000, 30_000_000),
    kLine('2.', RO_B, KOMP_B, SUB_B, 20_000_000, 20_000_000),
    kInd(null, null, '02 - Indeks Kepuasan Masyarakat', RISING, 40_000_000),
    [...K_SUB],
    kLine('1.', RO_A, KOMP_A, SUB_A, 80_000_000, 40_000_000),
    kInd('2.', '02 - Meningkatnya tata kelola pemerintahan', '01 - Nilai AKIP', RISING, 10_000_000),
    [...K_SUB],
    kLine('1.', 'DR.3165.EBA.994 - Layanan Perkantoran', '002 - Operasional', 'A - LAYANAN', 10_000_000, 10_000_000),
    [null, null, null, null, null, null, null, null, null, null, null, null, null, null, 'Total', 100_000_000],
  ];
}

/** Replaces cell `address` (A1) in rows (copied). */
export function set(rows: CellValue[][], address: string, value: CellValue): CellValue[][] {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  let c = 0;
  for (const ch of m[1]!) c = c * 26 + ch.charCodeAt(0) - 64;
  const r = Number(m[2]) - 1;
  const out = rows.map((x) => [...x]);
  while (out.length <= r) out.push([]);
  const row = out[r]!;
  while (row.length < c) row.push(null);
  row[c - 1] = value;
  return out;
}

export const grid = (rows: CellValue[][], name = 'RAPK 2024', extra: Partial<Grid> = {}): Grid => ({ ...gridOf(name, rows), ...extra });

export function validate(rows: CellValue[][] | Grid, name?: string): { findings: Finding[]; model: RapkModel | null } {
  const g = Array.isArray(rows) ? grid(rows, name) : rows;
  const v = validateWorkbook([g]);
  return { findings: v.findings, model: v.sheets[0]?.model ?? null };
}

/** `CODE@cell` of every finding (first cell = the mark). */
export const codes = (rows: CellValue[][] | Grid, name?: string): string[] =>
  validate(rows, name).findings.map((f) => `${f.code}@${f.cells[0] ?? ''}`);

export const inds = (rows: CellValue[][] | Grid): readonly Indikator[] => allIndikator(validate(rows).model!);

/** Writes grids as a workbook (values only, plus merges and number formats) for the CLI. */
export async function writeXlsx(file: string, grids: Grid[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const g of grids) {
    const ws = wb.addWorksheet(g.name);
    g.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = v;
        const f = g.formats?.[r]?.[c];
        if (f) cell.numFmt = f;
      }),
    );
    for (const m of g.merges ?? []) ws.mergeCells(m.r1 + 1, m.c1 + 1, m.r2 + 1, m.c2 + 1);
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await wb.xlsx.writeFile(file);
  return file;
}

/** Layout D detail header (A..N), as the 2023 documents write it. */
export const D_DETAIL: CellValue[] = [
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
const UNIT_D = 'Loka POM di Kabupaten Contoh';
export const dLine = (
  n: CellValue,
  ro: CellValue,
  sub: CellValue,
  plan: CellValue,
  q: CellValue[],
  total: CellValue,
  pct: CellValue,
): CellValue[] => [n, UNIT_D, 'Pemantauan Produk', ro, 'Pelaksanaan koordinasi', 'A', sub, plan, ...q, total, pct];
export const dTotal = (plan: CellValue, q: CellValue[], total: CellValue): CellValue[] => [
  'Total',
  null,
  null,
  null,
  null,
  null,
  null,
  plan,
  ...q,
  total,
];

/**
 * The clean Layout D sheet (seed 000's form), rows 1-based:
 *  1 title · 2 unit · 4–5 summary header (Target over B01..B12 in C..N, Anggaran in O) ·
 *  6 indicator 1 · 7 indicator 2 · 8 heading line of 1 · 9 detail header · 10–11 lines ·
 *  12 Total · 13 heading line of 2 · 14 detail header · 15 line · 16 Total · 18 grand Total (M)
 */
export function dRows(): CellValue[][] {
  return [
    ['RENCANA AKSI PERJANJIAN KINERJA TAHUN 2023'],
    ['Loka POM di Kabupaten Contoh Badan Pengawas Obat dan Makanan'],
    [],
    ['No.', 'Indikator Kinerja', 'Target', null, null, null, null, null, null, null, null, null, null, null, 'Anggaran'],
    [null, null, ...MONTHS, null],
    ['1.', 'Persentase Obat yang memenuhi syarat', ...FLAT(90), 30_000_000],
    ['2.', 'Jumlah sampel yang diuji', ...RISING, 20_000_000],
    ['1.', 'Persentase Obat yang memenuhi syarat', ...FLAT(90), 30_000_000],
    [...D_DETAIL],
    dLine('1.', 'Sampel Obat', 'PENGADAAN SAMPEL', 40_000_000, [5_000_000, 5_000_000, 5_000_000, 5_000_000], 20_000_000, 50),
    dLine(
      '2.',
      'Laporan koordinasi',
      'KOORDINASI LINTAS SEKTOR',
      10_000_000,
      [2_500_000, 2_500_000, 2_500_000, 2_500_000],
      10_000_000,
      100,
    ),
    dTotal(50_000_000, [7_500_000, 7_500_000, 7_500_000, 7_500_000], 30_000_000),
    ['2.', 'Jumlah sampel yang diuji', ...RISING, 20_000_000],
    [...D_DETAIL],
    dLine('1.', 'Sampel Makanan', 'PENGADAAN SAMPEL MAKANAN', 20_000_000, [5_000_000, 5_000_000, 5_000_000, 5_000_000], 20_000_000, 100),
    dTotal(20_000_000, [5_000_000, 5_000_000, 5_000_000, 5_000_000], 20_000_000),
    [],
    ['Total', null, null, null, null, null, null, null, null, null, null, null, '50.000.000,00'],
  ];
}

/** R list line: B NO · C KODE · D RO · P amount */
export const rLine = (n: CellValue, kode: CellValue, ro: CellValue, amount: CellValue): CellValue[] => [
  null,
  n,
  kode,
  ro,
  ...Array<CellValue>(11).fill(null),
  amount,
];
export const R_LIST: CellValue[] = [null, 'NO', 'KODE', 'RO'];
export const rInd = (no: CellValue, name: CellValue, targets: CellValue[], anggaran: CellValue): CellValue[] => [
  no,
  name,
  null,
  ...targets,
  anggaran,
];

/**
 * The clean Layout R sheet (seed 004's form), rows 1-based:
 *  1–2 title · 4–5 header (NO · INDIKATOR KINERJA SASARAN STRATEGIS · TARGET over B01..B12 in
 *  D..O · ANGGARAN in P) · 6 sasaran 1 indicator 01 · 7 list header · 8–9 lines ·
 *  10 sasaran 1 indicator 02 · 11 list header · 12 line · 13 sasaran 2 indicator 01 ·
 *  14 list header · 15 line · 16 Total
 */
export function rRows(): CellValue[][] {
  const dash = (last: number): CellValue[] => [...Array<CellValue>(11).fill('-'), last];
  return [
    ['RENCANA AKSI PERJANJIAN KINERJA TAHUN 2024'],
    ['BADAN PENGAWAS OBAT DAN MAKANAN'],
    [],
    [
      'NO',
      'INDIKATOR KINERJA SASARAN STRATEGIS',
      null,
      'TARGET',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      'ANGGARAN',
    ],
    [null, null, null, ...MONTHS, null],
    rInd('1.', '01 - Indeks Pengawasan Obat dan Makanan', dash(83), '30.000.000,00'),
    [...R_LIST],
    rLine(1, '3165.PDD.001', 'Laboratorium pengawasan Obat dan Makanan', 20_000_000),
    rLine(2, '4129.CAB.001', 'Sarana Pengawasan Obat Tradisional', 10_000_000),
    rInd(null, '02 - Persentase Obat yang memenuhi syarat', ['-', ...FLAT(97).slice(1)], 5_000_000),
    [...R_LIST],
    rLine(1, '3165.QIA.005', 'Sampel Obat yang Diperiksa', 5_000_000),
    rInd(2, '01 - Indeks kepatuhan pelaku usaha di bidang Obat dan Makanan', dash(86), 8_000_000),
    [...R_LIST],
    rLine(1, '3165.QIC.001', 'Sarana Produksi yang Diperiksa', 8_000_000),
    ['Total', ...Array<CellValue>(14).fill(null), 43_000_000],
  ];
}

/** The Realisasi sheet the add-in creates for `rows` (header on row 3; 01.01 on row 4, 01.02 on 5, 02.01 on 6 for kRows). */
export function realisasiRows(rows: CellValue[][]): CellValue[][] {
  const model = validate(rows).model!;
  return planToGrid(planRealisasi(model)).values.map((r) => [...r]);
}

/** A Perjanjian Kinerja sheet (P01, P02) of the given rows: No, Sasaran Strategis, Indikator Kinerja, Target. */
export const pk = (rows: CellValue[][]): Grid =>
  grid(
    [['PERJANJIAN KINERJA TAHUN 2024'], ['BALAI POM DI CONTOH'], [], ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target'], ...rows],
    'PK 2024',
  );

/** The PK rows agreeing with `kRows()`: its three indicators and their annual targets. */
export const pkRows = (): CellValue[][] => [
  [1, '01 - Terwujudnya Obat dan Makanan yang memenuhi syarat', '01 - Persentase Makanan yang memenuhi syarat', 90],
  [2, null, '02 - Indeks Kepuasan Masyarakat', 100],
  [3, '02 - Meningkatnya tata kelola pemerintahan', '01 - Nilai AKIP', 100],
];
