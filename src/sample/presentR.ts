/**
 * The presentation generator's Layout R, built like seed 004 (BPOM pusat): `NO` numbers the
 * sasaran on the first indicator row of each (`1.`, `2`, ...), the indicator column carries
 * `01 - …` afresh per sasaran (no sasaran column), and under each indicator a list `NO`, `KODE`,
 * `RO` with one amount per line in the ANGGARAN column; page headers repeat mid-list.
 */
import type { RapkSpec } from './generate';
import { type Presentation, type Rendering, Sheet, money, numbered, shiftLeft, signature, tableHeader, target } from './presentStyles';

export function sasaranNumber(p: Presentation, si: number): string | number {
  if (p.sasaranNo === 'number') return si + 1;
  if (p.sasaranNo === 'dot') return `${si + 1}.`;
  return si === 0 ? '1.' : si + 1;
}

export function renderR(p: Presentation, s: Sheet, spec: RapkSpec, months: number[], plantAt: number): Rendering['planted'] {
  // logical columns: 0 NO, 1-2 INDIKATOR (list: NO, KODE), extras, months (list: RO), ANGGARAN
  const extra = p.extraCols;
  const m0 = 3 + extra.length;
  const mc = (k: number): number => m0 + months.indexOf(k);
  const ang = m0 + months.length;
  const fixed: [number, string][] = [[0, 'NO'], [1, p.indicatorLabel], ...extra.map((e, i): [number, string] => [3 + i, e])];
  const mainHeader = (repeat: boolean): void => {
    const top = s.r;
    const merged = s.merges.length;
    tableHeader(p, s, spec.year, months, fixed, { m0, ang, mergeDown: [0, ang], span: p.mergeCells ? [[1, 2]] : [] });
    if (!repeat || !p.swappedRepeat) return;
    // seed 004, rows 162-163: the repeated page header has ANGGARAN over the last month and that month
    // over ANGGARAN, and no merges
    s.merges.splice(merged);
    const last = mc(months[months.length - 1]!);
    const labels = s.rows[s.r - 1]!.get(last)!;
    s.rows[s.r - 1]!.delete(last);
    s.set(ang, labels.v, labels.f, s.r - 1);
    s.rows[top]!.delete(ang);
    s.set(last, p.anggaranLabel, undefined, top);
  };
  const listHeader = (): void => {
    s.set(1, 'NO');
    s.set(2, 'KODE');
    s.set(3, 'RO');
    s.next();
  };
  mainHeader(false);
  let since = 0;
  const maybeBreak = (inList: boolean): void => {
    if (p.pageBreaks === 'none' || since < p.breakEvery) return;
    since = 0;
    if (p.breakGap || p.pageBreaks === 'blank') s.next();
    if (p.pageBreaks === 'blank') return;
    mainHeader(true);
    if (inList && p.pageBreaks === 'main') listHeader();
  };
  let planted: Rendering['planted'] = null;
  let n = 0;
  let grand = 0;
  spec.sasaran.forEach((sas, si) => {
    sas.indikator.forEach((ind, ii) => {
      maybeBreak(false);
      const plant = n++ === plantAt ? p.plant : 'none';
      if (ii === 0) s.set(0, sasaranNumber(p, si));
      const text = numbered(p, si + 1, ii + 1, ind.name);
      // wrapped: the rest of the text on the next row (a fragment with letters)
      const cut = p.wrapIndicator ? text.indexOf(' ', Math.floor(text.length / 2)) : -1;
      s.set(1, cut > 12 ? text.slice(0, cut) : text);
      if (p.mergeCells) s.merge(s.r, 1, s.r, 2);
      extra.forEach((e, i) => s.set(3 + i, e === 'Satuan' ? '%' : e === 'PJ' ? 'Kepala' : null));
      months.forEach((k) => {
        const t = target(p, ind.targets[k] ?? null);
        if (t) s.set(mc(k), t.v, t.f);
        // the document writes `-` for a month without a target
        else if (p.dash) s.set(mc(k), '-');
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
      if (plant === 'T05' && anggaran >= 1_000_000) planted = { code: 'T05', cell: shiftLeft(s, months.map(mc), ang) };
      grand += anggaran;
      s.next();
      if (cut > 12) {
        s.set(1, text.slice(cut + 1));
        s.next();
      }
      since++;
      if (!ind.lines.length) return;
      listHeader();
      ind.lines.forEach((l, j) => {
        maybeBreak(true);
        const amount = money(p, l.kontribusi);
        if (plant === 'A07' && j === 0) {
          amount.v = `${l.kontribusi.toLocaleString('de-DE')},5`;
          delete amount.f;
          planted = { code: 'A07', cell: s.address(s.r, ang) };
        }
        const code = /^(\S+)\s*-\s*(.*)$/.exec(l.ro);
        s.set(1, p.numbering === 'dot' ? `${j + 1}.` : j + 1);
        s.set(2, code ? code[1]! : l.ro);
        s.set(3, code ? code[2]! : '');
        if (p.mergeCells) s.merge(s.r, 3, s.r, ang - 1);
        s.set(ang, amount.v, amount.f);
        s.next();
        since++;
      });
    });
  });
  s.set(p.totalLabel === 'first' ? 0 : ang - 1, 'Total');
  const t = money(p, grand);
  s.set(ang, t.v, t.f);
  s.next();
  if (p.signature) signature(s, Math.max(m0 + 8, ang - 4), spec);
  return planted;
}
