/** Rules R01–R03: the Realisasi sheet against the RAPK (SPEC section 5), on the values its reader parsed. */
import { type Ref, a1 } from '../grid/grid';
import { round2 } from '../grid/numbers';
import { isPercentIndikator } from '../grid/text';
import { TW_ROMAN } from '../measure/formulas';
import { twTarget } from '../measure/indikator';
import { type RapkModel, allIndikator, kodeOf } from '../reader/model';
import { type RealisasiRow, type RealisasiSheet, numberOf } from '../reader/realisasi';
import type { RealisasiLabel } from '../reader/realisasi';
import { type Finding, finding } from './findings';

/** `noResult`: the sheet's formulas saved without a value (a file not saved by Excel); each is S05, not an empty cell. */
export function checkRealisasi(model: RapkModel, sheet: RealisasiSheet, noResult: readonly Ref[] = []): Finding[] {
  const out: Finding[] = [];
  const unread = new Set(noResult.map((ref) => a1(ref)));
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
    const percent = isPercentIndikator(ind.name);
    for (let k = 0; k < 4; k++) {
      const tw = `TW ${TW_ROMAN[k]}`;
      const rc = sheet.cols[`Realisasi TW ${TW_ROMAN[k]}` as RealisasiLabel];
      const p = row.values.realisasi[k] ?? { kind: 'empty' };
      if (rc !== undefined && (p.kind === 'text' || p.kind === 'other')) {
        out.push(finding('R01', sheet.name, [a1({ r: row.r, c: rc })], { kind: 'text', kode: row.kode, tw, text: p.text }));
      } else if (rc !== undefined && p.kind === 'number' && percent && round2(p.value) > 100) {
        out.push(finding('R01', sheet.name, [a1({ r: row.r, c: rc })], { kind: 'over100', kode: row.kode, tw, value: p.value }));
      }
      // "Realisasi" is also the spent budget (SPEC section 2): text in a Realisasi Anggaran cell is R01 too
      const ac = sheet.cols[`Realisasi Anggaran TW ${TW_ROMAN[k]}` as RealisasiLabel];
      const pa = row.values.anggaran[k] ?? { kind: 'empty' };
      if (ac !== undefined && (pa.kind === 'text' || pa.kind === 'other')) {
        out.push(finding('R01', sheet.name, [a1({ r: row.r, c: ac })], { kind: 'anggaranText', kode: row.kode, tw, text: pa.text }));
      }
      const tc = sheet.cols[`Target TW ${TW_ROMAN[k]}` as RealisasiLabel];
      if (tc === undefined) continue;
      const typed = numberOf(row.values.targets[k]);
      const rapk = twTarget(ind, k);
      const same = typed === null ? rapk === null : rapk !== null && round2(typed) === round2(rapk);
      if (!same && !unread.has(a1({ r: row.r, c: tc })))
        out.push(finding('R03', sheet.name, [a1({ r: row.r, c: tc })], { kode: row.kode, tw, value: typed, rapk }));
    }
  }
  // a formula saved without its value is said (SPEC section 4: "reported (S05), not read as 0")
  const valueCols = new Set(Object.entries(sheet.cols).flatMap(([l, c]) => (/ TW /.test(l) ? [c] : [])));
  const dataRows = new Set(sheet.rows.map((row) => row.r));
  for (const ref of noResult) {
    if (dataRows.has(ref.r) && valueCols.has(ref.c)) out.push(finding('S05', sheet.name, [a1(ref)], { kind: 'formula', cell: a1(ref) }));
  }
  return out;
}
