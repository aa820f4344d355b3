/**
 * The numbered tables of the Ringkasan sheet as data (`TableSpec`), laid out and paginated by
 * `PagedBuilder`. Columns (0-based): 0 No, 1 Kode, 2 Sasaran, 3 Indikator, 4 Target Tahunan,
 * 5 Target TW, 6 Realisasi s.d. TW, 7 Capaian %, 8 Kriteria, 9 NPI, 10 Capaian tahunan %,
 * 11 Status tahunan. The smaller tables reuse the same columns, so one width set serves all.
 */
import { fillOfLabel } from '../measure/formulas';
import type { Summary } from '../measure/summary';
import type { BandSpec } from '../settings/bands';
import type { RingkasanText } from '../locales/ringkasan';
import { ADD_IN_FILLS, fontOn } from './palette';
import type { PlanCell } from './plan';
import type { TCell, TGroup, TRow, TableSpec } from './pagedBuilder';

const TEXT: Partial<PlanCell> = { border: true, wrap: true, format: '@' };
// numbers right-aligned at the top of their cell, like the text beside them
const NUM: Partial<PlanCell> = { border: true, format: '0.00', align: 'right' };
const RP: Partial<PlanCell> = { border: true, format: '#,##0', align: 'right' };
const CENTER: Partial<PlanCell> = { border: true, align: 'center', format: '@' };
const HEAD: Partial<PlanCell> = { bold: true, fill: ADD_IN_FILLS.header, border: true, wrap: true, align: 'center', format: '@' };

const head = (c: number, value: string, span = 1): TCell => ({ c, value, span, style: HEAD });
const cell = (c: number, value: TCell['value'], style: Partial<PlanCell>, span = 1): TCell => ({ c, value, span, style });

/** A band written as its word on its colour, or the reason there is none. */
function band(c: number, label: string | null, fill: string | null, fallback: string, span = 1): TCell {
  // the word on its colour (not bold: bold would follow the kriteria cell by cell and cost a call per run)
  if (label && fill) return cell(c, label, { fill, font: fontOn(fill), border: true, align: 'center', wrap: true, format: '@' }, span);
  return cell(c, fallback, { border: true, align: 'center', wrap: true, format: '@' }, span);
}

export interface TableContext {
  s: Summary;
  T: RingkasanText;
}

/** Tabel 1: one row per indicator; the sasaran cell spans its indicators. */
export function indikatorTable({ s, T }: TableContext, n: number): TableSpec {
  const header: TRow[] = [T.ind(s.tw).map((l, c) => head(c, l))];
  const sasName = new Map(s.sasaran.map((x) => [x.no, x.name]));
  const groups: TGroup[] = [];
  let no = 0;
  for (const sas of s.sasaran) {
    const inds = s.indikator.filter((i) => i.sasaranNo === sas.no);
    if (!inds.length) continue;
    groups.push({
      lead: cell(2, sasName.get(sas.no) ?? '', { border: true, wrap: true, format: '@' }),
      rows: inds.map(
        (i): TRow => [
          cell(0, ++no, { border: true, align: 'center' }),
          cell(1, i.kode, CENTER),
          cell(3, i.name, TEXT),
          cell(4, i.targetTahunan, NUM),
          cell(5, i.target, NUM),
          i.realisasiText !== null ? cell(6, i.realisasiText, { ...TEXT, align: 'right' }) : cell(6, i.realisasi, NUM),
          cell(7, i.capaian, NUM),
          band(8, i.kriteria, fillOfLabel(s.settings.kriteria, i.kriteria), i.why ? T.why[i.why] : T.none),
          cell(9, i.npi, NUM),
          cell(10, i.capaianTahunan, NUM),
          cell(11, i.statusTahunan ?? (i.realisasi === null ? T.why.noRealisasi : T.none), { ...CENTER, wrap: true }),
        ],
      ),
    });
  }
  const caption = T.tabel(n, T.capInd(s.tw));
  return { caption, continued: T.continued(caption), header, groups };
}

/** Tabel 2: NPS and predikat per sasaran. */
export function sasaranTable({ s, T }: TableContext, n: number): TableSpec {
  const H = T.sas;
  const caption = T.tabel(n, T.capSas(s.tw));
  return {
    caption,
    continued: T.continued(caption),
    header: [[head(0, H[0]!), head(1, H[1]!, 3), head(4, H[2]!, 3), head(7, H[3]!), head(8, H[4]!)]],
    groups: s.sasaran.map((x) => ({
      rows: [
        [
          cell(0, x.no, CENTER),
          cell(1, x.name, TEXT, 3),
          cell(4, x.perspektif, TEXT, 3),
          cell(7, x.nps, NUM),
          band(8, x.predikat, fillOfLabel(s.settings.predikat, x.predikat), T.none),
        ],
      ],
    })),
  };
}

/** Tabel 3: the perspective values and, last, the NPSS. */
export function perspektifTable({ s, T }: TableContext, n: number): TableSpec {
  const H = T.per;
  const caption = T.tabel(n, T.capPer);
  const rows: TGroup[] = s.perspektif.map((p) => ({
    rows: [[cell(1, p.name, TEXT, 6), cell(7, p.nilai, NUM), band(8, p.predikat, fillOfLabel(s.settings.predikat, p.predikat), T.none)]],
  }));
  rows.push({
    rows: [
      [
        cell(1, T.npssRow, { ...TEXT, bold: true }, 6),
        cell(7, s.npss, { ...NUM, bold: true }),
        band(8, s.predikat, fillOfLabel(s.settings.predikat, s.predikat), T.none),
      ],
    ],
  });
  return { caption, continued: T.continued(caption), header: [[head(1, H[0]!, 6), head(7, H[1]!), head(8, H[2]!)]], groups: rows };
}

/** Tabel 4: budget and efficiency per sasaran (SPEC 8: Pagu, Realisasi s.d. TW, %, IE, TE, efisiensi). */
export function budgetTable({ s, T }: TableContext, n: number): TableSpec {
  const H = T.bud(s.tw);
  const caption = T.tabel(n, T.capBud(s.tw));
  return {
    caption,
    continued: T.continued(caption),
    header: [
      [
        head(0, H[0]!),
        head(1, H[1]!, 3),
        head(4, H[2]!, 2),
        head(6, H[3]!, 2),
        head(8, H[4]!),
        head(9, H[5]!),
        head(10, H[6]!),
        head(11, H[7]!),
      ],
    ],
    groups: s.sasaran.map((x) => ({
      rows: [
        [
          cell(0, x.no, CENTER),
          cell(1, x.name, TEXT, 3),
          cell(4, x.pagu, RP, 2),
          cell(6, x.realisasiAnggaran, RP, 2),
          cell(8, x.penyerapan, NUM),
          cell(9, x.ie, NUM),
          cell(10, x.te, NUM),
          band(11, x.efisiensi, fillOfLabel(s.settings.efisiensi, x.efisiensi), T.none),
        ],
      ],
    })),
  };
}

/** Highest band first: by lower bound (open = −∞), an exclusive bound above an inclusive one, then by upper bound. */
export function highestFirst(bands: readonly BandSpec[]): BandSpec[] {
  const lo = (x: BandSpec): number => x.lower ?? -Infinity;
  const hi = (x: BandSpec): number => x.upper ?? Infinity;
  return [...bands].sort((x, y) => lo(y) - lo(x) || Number(y.lowerIncl === false) - Number(x.lowerIncl === false) || hi(y) - hi(x));
}

/** Tabel 5: the kriteria bands (left) and the predikat bands (right), each word on its colour with its range in words. */
export function bandsTable({ s, T }: TableContext, n: number, fmt: (x: number) => string): TableSpec {
  const H = T.bands;
  const caption = T.tabel(n, T.capBands);
  const k = highestFirst(s.settings.kriteria);
  const p = highestFirst(s.settings.predikat);
  const groups: TGroup[] = [];
  for (let i = 0; i < Math.max(k.length, p.length); i++) {
    const row: TRow = [];
    const a = k[i];
    const b = p[i];
    if (a) row.push(band(1, a.label, a.fill, a.label, 2), cell(3, T.bandWords(a, fmt), TEXT));
    if (b) row.push(band(5, b.label, b.fill, b.label, 3), cell(8, T.bandWords(b, fmt), TEXT, 2));
    groups.push({ rows: [row] });
  }
  return {
    caption,
    continued: T.continued(caption),
    header: [[head(1, H[0]!, 2), head(3, H[1]!), head(5, H[2]!, 3), head(8, H[3]!, 2)]],
    groups,
  };
}
