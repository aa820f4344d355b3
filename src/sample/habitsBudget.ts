/**
 * The Excel habits of the budget sub-tables (habits.ts): a `Jumlah` row closing each, and the
 * sub-table headed `KODE` / `URAIAN` / `PAGU` / `KONTRIBUSI`, on the layouts they exist on.
 */
import type { CellValue, Grid } from '../core/grid/grid';
import { copy, headerRow, insertRows } from './habitEdits';
import type { Presentation, Rendering } from './present';
import { pick } from './presentStyles';

/** A budget sub-header: Layout K's (`... KONTRIBUSI`) or Layout R's list (`NO`, `KODE`, `RO`). */
export const isSubHeader = (row: readonly CellValue[]): boolean =>
  row.includes('KONTRIBUSI') || (row.includes('KODE') && row.includes('RO'));

/**
 * A `Jumlah` row closing each budget sub-table (the sum of its lines), after its last line (page
 * breaks inside it too). Layout K: under KONTRIBUSI, labelled in the sub-table's NO column;
 * Layout R: under ANGGARAN (the list's one amount), labelled in its NO or RO column. Layout D
 * closes each detail table with a `Total` row already: typed `Jumlah` there.
 */
export function jumlahEach(g: Grid, plain: Rendering, rnd: () => number): Grid {
  const { layout } = plain.presentation;
  const inds = plain.spec.sasaran.flatMap((s) => s.indikator);
  if (layout === 'D') return dJumlah(g, inds.length);
  const sub = g.values.find(isSubHeader);
  if (!sub) return g;
  const main = g.values[Math.max(0, headerRow(g, plain.presentation))]!;
  const k = layout === 'R' ? main.indexOf(plain.presentation.anggaranLabel) : sub.indexOf('KONTRIBUSI');
  const no = sub.indexOf('NO');
  const label = layout === 'R' && rnd() < 0.5 ? sub.indexOf('RO') : no;
  // the lines in order, each the next of its indicator's
  const lines: number[] = [];
  g.values.forEach((row, r) => {
    if (typeof row[k] === 'number' && /^\d+\.?$/.test(String(row[no] ?? ''))) lines.push(r);
  });
  let out = g;
  let at = 0;
  const ends: { r: number; sum: number }[] = [];
  for (const ind of inds) {
    at += ind.lines.length;
    if (ind.lines.length && lines[at - 1] !== undefined)
      ends.push({ r: lines[at - 1]!, sum: ind.lines.reduce((a, l) => a + l.kontribusi, 0) });
  }
  for (const e of ends.reverse()) {
    const jumlah: CellValue[] = Array<CellValue>(Math.max(k, label) + 1).fill(null);
    jumlah[label] = 'Jumlah';
    jumlah[k] = e.sum;
    out = insertRows(out, e.r + 1, [jumlah]);
  }
  return out;
}

/** Layout D: each detail table's closing `Total` typed `Jumlah` (the summary's and the closing grand total stay). */
function dJumlah(g: Grid, n: number): Grid {
  const { values, formats } = copy(g);
  // the detail tables' totals: a `Total` row with several amounts (the summary's has one)
  const totals = values
    .map((row, r) => ({ row, r }))
    .filter(({ row }) => row[0] === 'Total' && row.filter((v) => v !== null && v !== undefined).length > 2);
  totals.slice(0, n).forEach(({ row }) => (row[0] = 'Jumlah'));
  return { ...g, values, formats };
}

/**
 * The budget sub-table headed `KODE` / `URAIAN` / `PAGU` / `KONTRIBUSI`. Layout R's list keeps
 * its `KODE` column: its `RO` is `URAIAN`, and its amount column may say what it is.
 */
export function kodeUraian(g: Grid, p: Presentation, rnd: () => number): Grid {
  const { values, formats } = copy(g);
  const over = pick(rnd, ['PAGU', 'KONTRIBUSI', null]);
  const ang = values[Math.max(0, headerRow(g, p))]!.indexOf(p.anggaranLabel);
  for (const row of values) {
    if (row.includes('KODE') && row.includes('RO') && !row.includes('KONTRIBUSI')) {
      // Layout R: NO | KODE | URAIAN, the amount under the main header's last column
      row[row.indexOf('RO')] = 'URAIAN';
      if (over && ang > row.length - 1) {
        while (row.length < ang) row.push(null);
        row[ang] = over;
      }
      continue;
    }
    if (!row.includes('KONTRIBUSI') || !row.includes('RO')) continue;
    row.forEach((v, c) => {
      if (v === 'RO') row[c] = 'URAIAN';
      else if (v === 'NO') row[c] = 'KODE';
      else if (v === 'ANGGARAN') row[c] = 'PAGU';
      else if (v === 'KOMPONEN' || v === 'SUB KOMPONEN') row[c] = null;
    });
  }
  return { ...g, values, formats };
}
