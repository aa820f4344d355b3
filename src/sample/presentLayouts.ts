/** The presentation generator's Layout K: main table (sasaran, indicator, targets, anggaran) with a budget sub-table under each indicator. */
import type { RapkSpec } from './generate';
import { type Presentation, type Rendering, Sheet, money, numbered, tableHeader, target } from './presentStyles';

export { renderD } from './presentD';
export { renderR } from './presentR';

export function renderK(p: Presentation, s: Sheet, spec: RapkSpec, months: number[], plantAt: number): Rendering['planted'] {
  // logical columns: 0 NO, 1 SASARAN, 2 INDIKATOR, extras, months, ANGGARAN
  const extra = p.extraCols;
  const m0 = 3 + extra.length;
  const mc = (k: number): number => m0 + months.indexOf(k);
  const ang = m0 + months.length;
  const fixed: [number, string][] = [
    [0, 'NO.'],
    [1, p.sasaranLabel],
    [2, p.indicatorLabel],
    ...extra.map((e, i): [number, string] => [3 + i, e]),
  ];
  const mainHeader = (): void => tableHeader(p, s, spec.year, months, fixed, { m0, ang, mergeDown: [0, 1, 2, ang] });
  // the budget sub-table sits under the target columns (seed 003)
  const subCols = { no: 2, ro: m0, komponen: m0 + 3, sub: m0 + 6, ang: m0 + 9, kontribusi: m0 + 10 };
  const subHeader = (): void => {
    s.set(subCols.no, 'NO');
    s.set(subCols.ro, 'RO');
    s.set(subCols.komponen, 'KOMPONEN');
    s.set(subCols.sub, 'SUB KOMPONEN');
    s.set(subCols.ang, 'ANGGARAN');
    s.set(subCols.kontribusi, 'KONTRIBUSI');
    s.next();
  };
  // K needs room for the sub-table: at least 11 month-or-extra columns after m0
  if (ang - m0 < 11) {
    // quarter-only K tables keep their budget sub-table in the indicator's columns
    subCols.ro = 1;
    subCols.komponen = m0;
    subCols.sub = m0 + 1;
    subCols.ang = m0 + 2;
    subCols.kontribusi = m0 + 3;
  }
  mainHeader();
  let since = 0;
  const maybeBreak = (inList: boolean): void => {
    if (p.pageBreaks === 'none' || since < p.breakEvery) return;
    since = 0;
    if (p.pageBreaks === 'blank') {
      s.next();
      return;
    }
    mainHeader();
    if (inList && p.pageBreaks === 'main') subHeader();
  };
  let planted: Rendering['planted'] = null;
  let n = 0;
  let grand = 0;
  spec.sasaran.forEach((sas, si) => {
    sas.indikator.forEach((ind, ii) => {
      maybeBreak(false);
      const here = n++;
      const plant = here === plantAt ? p.plant : 'none';
      if (ii === 0) {
        s.set(0, `${si + 1}.`);
        s.set(1, `${String(si + 1).padStart(2, '0')} - ${sas.name}`);
      }
      const text = numbered(p, si + 1, ii + 1, ind.name);
      // wrapped: the rest of the text on the next row (a fragment with letters)
      const cut = p.wrapIndicator ? text.indexOf(' ', Math.floor(text.length / 2)) : -1;
      s.set(2, cut > 12 ? text.slice(0, cut) : text);
      extra.forEach((e, i) => s.set(3 + i, e === 'Satuan' ? '%' : e === 'PJ' ? 'Kepala' : null));
      months.forEach((k) => {
        const t = target(p, ind.targets[k] ?? null);
        if (t) s.set(mc(k), t.v, t.f);
      });
      const last = months[months.length - 1]!;
      if (plant === 'T01') {
        s.rows[s.r]!.delete(mc(last));
        planted = { code: 'T01', cell: s.address(s.r, mc(last)) };
      }
      if (plant === 'T02') {
        s.set(mc(months[1]!), 'tercapai');
        planted = { code: 'T02', cell: s.address(s.r, mc(months[1]!)) };
      }
      const anggaran = plant === 'A01' && ind.lines.length ? ind.anggaran + 1_000_000 : ind.anggaran;
      if (plant === 'A01' && ind.lines.length) planted = { code: 'A01', cell: s.address(s.r, ang) };
      const a = money(p, anggaran);
      s.set(ang, a.v, a.f);
      grand += anggaran;
      s.next();
      if (cut > 12) {
        s.set(2, text.slice(cut + 1));
        s.next();
      }
      since++;
      if (!ind.lines.length) return;
      subHeader();
      ind.lines.forEach((l, j) => {
        maybeBreak(true);
        const kontribusi = money(p, l.kontribusi);
        if (plant === 'A07' && j === 0) {
          kontribusi.v = `${l.kontribusi.toLocaleString('de-DE')},5`;
          delete kontribusi.f;
          planted = { code: 'A07', cell: s.address(s.r, subCols.kontribusi) };
        }
        s.set(subCols.no, `${j + 1}.`);
        s.set(subCols.ro, l.ro);
        s.set(subCols.komponen, l.komponen);
        s.set(subCols.sub, l.sub);
        const la = money(p, l.anggaran);
        s.set(subCols.ang, la.v, la.f);
        s.set(subCols.kontribusi, kontribusi.v, kontribusi.f);
        s.next();
        since++;
      });
    });
  });
  s.set(ang - 1, 'Total');
  const t = money(p, grand);
  s.set(ang, t.v, t.f);
  s.next();
  return planted;
}
