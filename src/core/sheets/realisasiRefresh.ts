/**
 * Refreshing an existing Realisasi sheet in place (ADR 009). The add-in owns its columns (found
 * by header label) and its rows (found by Kode); everything else on the sheet is the planner's
 * and is never written: extra columns, cells beside and below the table, formulas, formats,
 * notes, validations, widths. In owned rows only the cells whose value comes from the RAPK
 * (Sasaran, Indikator, targets, Pagu) are written, and only when their value differs; typed
 * cells (Realisasi, Perspektif, Polaritas, Penilaian, Realisasi Anggaran) are never written, so a
 * typed value or formula stays exactly as it is. Nothing is moved: a missing owned column is
 * added after the last used column, new indicators get rows below the table.
 */
import { type CellValue, type Grid, cellAt, gridWidth, isBlankValue } from '../grid/grid';
import { EPS } from '../grid/numbers';
import { type RapkModel, kodeOf } from '../reader/model';
import { PENILAIAN, PERSPEKTIF, POLARITAS } from '../measure/formulas';
import type { RealisasiSheet } from '../reader/realisasi';
import { settingsOf, twTarget } from '../measure/indikator';
import { REALISASI_LABELS, type RealisasiLabel, TYPED_LABELS, anggaranCol, realisasiCol, targetCol } from '../reader/realisasi';
import { ADD_IN_FILLS } from './palette';
import type { PlanCell, PlanValidation } from './plan';

const INPUT_FILL = ADD_IN_FILLS.input;
const HEADER_FILL = ADD_IN_FILLS.header;
const ORPHAN_FILL = ADD_IN_FILLS.orphan;

/** Cell-level updates of an existing Realisasi sheet. */
export interface RealisasiRefresh {
  sheet: string;
  /** the cells to write; every other cell of the sheet is left as it is */
  cells: PlanCell[];
  /** list validations for new rows and new columns */
  validations: PlanValidation[];
  /** owned columns that were missing and are added after the last used column */
  addedColumns: RealisasiLabel[];
  /** rows added for indicators new in the RAPK */
  added: number;
  /** rows whose Kode left the RAPK: kept where they are, greyed */
  orphans: number;
  /** rows refreshed in place (their typed cells untouched) */
  kept: number;
}

const FORMAT: Partial<Record<RealisasiLabel, string>> = { Kode: '@' };
for (let k = 0; k < 4; k++) {
  FORMAT[REALISASI_LABELS[targetCol(k)]!] = '0.00';
  FORMAT[REALISASI_LABELS[realisasiCol(k)]!] = '0.00';
  FORMAT[REALISASI_LABELS[anggaranCol(k)]!] = '#,##0';
}
FORMAT.Pagu = '#,##0';

function same(a: CellValue, b: CellValue): boolean {
  if (isBlankValue(a) && isBlankValue(b)) return true;
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < EPS;
  if (typeof a === 'string' && typeof b === 'string') return a.trim() === b.trim();
  return a === b;
}

/** The refresh of `existing` (read from `grid`) from the RAPK model. */
export function planRealisasiRefresh(model: RapkModel, grid: Grid, existing: RealisasiSheet): RealisasiRefresh {
  const cols: Partial<Record<RealisasiLabel, number>> = { ...existing.cols };
  const cells: PlanCell[] = [];
  const validations: PlanValidation[] = [];
  // owned columns that are missing go after everything used on the sheet: no planner column moves
  const addedColumns = REALISASI_LABELS.filter((l) => cols[l] === undefined);
  let next = gridWidth(grid);
  for (const l of addedColumns) {
    cols[l] = next++;
    cells.push({ r: existing.headerRow, c: cols[l]!, value: l, bold: true, fill: HEADER_FILL, wrap: true, align: 'center', border: true });
  }
  const col = (l: RealisasiLabel): number => cols[l]!;
  const byKode = new Map<string, number>();
  for (const row of existing.rows) if (!byKode.has(row.kode)) byKode.set(row.kode, row.r);

  /** the RAPK's value of each column for an indicator */
  const rapkValues = (s: RapkModel['sasaran'][number], ind: RapkModel['sasaran'][number]['indikator'][number]) => {
    const st = settingsOf(ind, s.name, undefined);
    const v: Partial<Record<RealisasiLabel, CellValue>> = {
      Kode: kodeOf(ind),
      Sasaran: s.name,
      Indikator: ind.name,
      Perspektif: st.perspektif,
      Polaritas: st.polaritas,
      Penilaian: st.penilaian,
      Pagu: ind.anggaran.invalid ? null : ind.anggaran.value,
    };
    for (let k = 0; k < 4; k++) v[REALISASI_LABELS[targetCol(k)]!] = twTarget(ind, k);
    return v;
  };

  const seen = new Set<string>();
  const fresh: { s: RapkModel['sasaran'][number]; ind: RapkModel['sasaran'][number]['indikator'][number] }[] = [];
  let kept = 0;
  for (const s of model.sasaran) {
    for (const ind of s.indikator) {
      const kode = kodeOf(ind);
      if (seen.has(kode)) continue;
      seen.add(kode);
      const r = byKode.get(kode);
      if (r === undefined) {
        fresh.push({ s, ind });
        continue;
      }
      kept++;
      const v = rapkValues(s, ind);
      for (const l of REALISASI_LABELS) {
        const added = addedColumns.includes(l);
        // typed cells are the planner's once the row exists (a new column starts from the default)
        if (TYPED_LABELS.has(l) && !added) continue;
        const want = v[l] ?? null;
        if (!added && same(cellAt(grid, r, col(l)), want)) continue;
        const cell: PlanCell = { r, c: col(l), value: want, border: true };
        const fmt = FORMAT[l];
        if (fmt) cell.format = fmt;
        if (added && TYPED_LABELS.has(l)) cell.fill = INPUT_FILL;
        cells.push(cell);
      }
    }
  }

  // rows whose Kode left the RAPK stay where they are, greyed (their values untouched)
  let orphans = 0;
  for (const [kode, r] of byKode) {
    if (seen.has(kode)) continue;
    orphans++;
    cells.push({ r, c: col('Kode'), value: kode, format: '@', fill: ORPHAN_FILL, border: true, align: 'center' });
  }

  // new indicators: below the table, in rows where every owned column is empty
  const owned = REALISASI_LABELS.map(col);
  const free = (r: number): boolean => owned.every((c) => isBlankValue(cellAt(grid, r, c)));
  let r = Math.max(existing.headerRow, ...existing.rows.map((x) => x.r)) + 1;
  let firstNew = -1;
  for (const { s, ind } of fresh) {
    while (!free(r)) r++;
    if (firstNew < 0) firstNew = r;
    const v = rapkValues(s, ind);
    for (const l of REALISASI_LABELS) {
      const cell: PlanCell = { r, c: col(l), value: v[l] ?? null, border: true };
      const fmt = FORMAT[l];
      if (fmt) cell.format = fmt;
      if (TYPED_LABELS.has(l)) cell.fill = INPUT_FILL;
      if (l === 'Sasaran' || l === 'Indikator') cell.wrap = true;
      if (l === 'Kode') cell.align = 'center';
      cells.push(cell);
    }
    r++;
  }
  const lists: [RealisasiLabel, readonly string[]][] = [
    ['Perspektif', PERSPEKTIF],
    ['Polaritas', POLARITAS],
    ['Penilaian', PENILAIAN],
  ];
  for (const [l, list] of lists) {
    // a new column gets its list for every row; new rows get it in the existing column
    const rows = addedColumns.includes(l)
      ? [...existing.rows.map((x) => x.r), ...(fresh.length ? [r - 1] : [])]
      : fresh.length
        ? [firstNew, r - 1]
        : [];
    if (!rows.length) continue;
    const from = addedColumns.includes(l) ? Math.min(...rows) : firstNew;
    validations.push({ range: { r1: from, c1: col(l), r2: Math.max(...rows), c2: col(l) }, list: [...list] });
  }
  return { sheet: existing.name, cells, validations, addedColumns, added: fresh.length, orphans, kept };
}
