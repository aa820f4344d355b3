/**
 * The presentation generator's Layout D, built like seed 000 (Dharmasraya): a summary table
 * (`No.`, indicator, months, anggaran) closed by its grand `Total`; optionally the signature,
 * the title and the summary header again; then per indicator its heading line and a detail
 * table closed by its `Total`, page breaks repeating the summary header (with or without the
 * detail header) inside them, a line's texts wrapped over the break onto a row of their own;
 * and the closing grand `Total` of all anggaran after the last detail table.
 */
import { LAYOUT_D_DETAIL_LABELS, type RapkSpec } from './generate';
import { type Presentation, type Rendering, Sheet, money, shiftLeft, signature, tableHeader, target } from './presentStyles';

/** A text wrapped in two: both halves keep a word (a tail that is only a number would read as a number). */
const half = (t: string): [string, string] => {
  const cut = t.indexOf(' ', Math.floor(t.length / 2));
  return cut > 12 && /[A-Za-z]{3}/.test(t.slice(cut + 1)) ? [t.slice(0, cut), t.slice(cut + 1)] : [t, ''];
};

export function renderD(
  p: Presentation,
  s: Sheet,
  spec: RapkSpec,
  months: number[],
  plantAt: number,
  title: string[],
): Rendering['planted'] {
  const all = spec.sasaran.flatMap((x) => x.indikator);
  const extra = p.extraCols;
  const m0 = 2 + extra.length;
  const mc = (k: number): number => m0 + months.indexOf(k);
  const ang = m0 + months.length;
  const fixed: [number, string][] = [[0, 'No.'], [1, p.indicatorLabel], ...extra.map((e, i): [number, string] => [2 + i, e])];
  const summaryHeader = (): void => tableHeader(p, s, spec.year, months, fixed, { m0, ang, mergeDown: [0, 1, ang], target: 'Target' });
  const no = (i: number): string | number => (p.numbering === 'dot' ? `${i + 1}.` : i + 1);
  let planted: Rendering['planted'] = null;
  const amounts = all.map((ind, i) => (i === plantAt && p.plant === 'A01' && ind.lines.length ? ind.anggaran + 1_000_000 : ind.anggaran));
  const grand = amounts.reduce((x, y) => x + y, 0);
  // a summary row, and the heading line of a detail table repeating it (T07 checks it)
  const row = (i: number, summary: boolean): void => {
    const ind = all[i]!;
    const plant = summary && i === plantAt ? p.plant : 'none';
    s.set(0, no(i));
    const cut: [string, string] = p.wrapIndicator && summary ? half(ind.name) : [ind.name, ''];
    s.set(1, cut[0]);
    extra.forEach((e, c) => s.set(2 + c, e === 'Satuan' ? '%' : e === 'PJ' ? 'Kepala' : null));
    months.forEach((k) => {
      const t = target(p, ind.targets[k] ?? null);
      if (t) s.set(mc(k), t.v, t.f);
      else if (p.dash) s.set(mc(k), '-');
    });
    const last = mc(months[months.length - 1]!);
    if (plant === 'T01') {
      s.rows[s.r]!.delete(last);
      planted = { code: 'T01', cell: s.address(s.r, last) };
    }
    if (plant === 'T02') {
      s.set(mc(months[1]!), 'tercapai');
      planted = { code: 'T02', cell: s.address(s.r, mc(months[1]!)) };
    }
    if (plant === 'A01' && ind.lines.length) planted = { code: 'A01', cell: s.address(s.r, ang) };
    const a = money(p, amounts[i]!);
    s.set(ang, a.v, a.f);
    if (plant === 'T05' && amounts[i]! >= 1_000_000) planted = { code: 'T05', cell: shiftLeft(s, months.map(mc), ang) };
    if (!summary && p.splitHeading && i === all.length - 1) {
      // seed 000, rows 190-191: the heading's numbers on a row of their own, its No. and text on the next
      const here = s.rows[s.r]!;
      const label = [...here].filter(([c]) => c < m0);
      for (const [c] of label) here.delete(c);
      s.next();
      for (const [c, v] of label) s.set(c, v.v, v.f);
    }
    s.next();
    if (cut[1]) {
      s.set(1, cut[1]);
      s.next();
    }
  };
  const pageTop = (): void => {
    if (p.breakGap || p.pageBreaks === 'blank') s.next();
  };
  summaryHeader();
  all.forEach((_, i) => {
    if (p.pageBreaks !== 'none' && i > 0 && i % p.breakEvery === 0) {
      pageTop();
      if (p.pageBreaks !== 'blank') summaryHeader();
    }
    row(i, true);
  });
  s.set(p.totalLabel === 'first' ? 0 : 1, 'Total');
  const g = money(p, grand);
  s.set(p.totalAmount === 'lastMonth' ? ang - 1 : ang, g.v, g.f);
  s.next();
  if (p.signature) {
    signature(s, Math.max(m0 + 8, ang - 4), spec);
    title.forEach((t) => {
      s.set(0, t);
      if (p.mergeCells) s.merge(s.r, 0, s.r, ang);
      s.next();
    });
    s.next();
    summaryHeader();
  } else s.next(2);
  // the detail tables; a page break may come before a heading, a detail header, a line or a Total
  let since = 0;
  let tails: string[] | null = null;
  const detailHeader = (): void => {
    LAYOUT_D_DETAIL_LABELS.forEach((l, c) => s.set(c, l));
    s.next();
  };
  const maybeBreak = (inTable: boolean): void => {
    since++;
    if (p.pageBreaks === 'none' || since <= p.breakEvery) return;
    since = 0;
    pageTop();
    if (p.pageBreaks === 'blank') return;
    summaryHeader();
    if (inTable && p.pageBreaks === 'main') detailHeader();
    // the texts of the line before the break, continued on a row of their own
    if (tails) {
      tails.forEach((t, c) => t && s.set(1 + c, t));
      s.next();
      tails = null;
    }
  };
  const texts = (l: RapkSpec['sasaran'][number]['indikator'][number]['lines'][number]): string[] => [
    spec.unit,
    /^([A-Z]{2}\.\d{4}\.[A-Z]{3})/.exec(l.ro)?.[1] ?? '',
    l.ro,
    l.komponen,
    '',
    l.sub.split(' - ').slice(1).join(' - ') || l.sub,
  ];
  all.forEach((ind, i) => {
    tails = null;
    maybeBreak(false);
    row(i, false);
    maybeBreak(false);
    detailHeader();
    const sums = [0, 0, 0, 0, 0, 0];
    ind.lines.forEach((l, j) => {
      if (j > 0) maybeBreak(true);
      const a = Math.floor(l.kontribusi * 0.2);
      const b = Math.floor(l.kontribusi * 0.3);
      const c = Math.floor(l.kontribusi * 0.3);
      const q = [a, b, c, l.kontribusi - a - b - c];
      s.set(0, p.numbering === 'dot' ? `${j + 1}.` : j + 1);
      // wrapped over the coming page break: the first half here, the rest after the header
      const wrap = p.wrapLines && p.pageBreaks !== 'blank' && p.pageBreaks !== 'none' && since + 1 > p.breakEvery;
      const t = texts(l).map((x): [string, string] => (wrap ? half(x) : [x, '']));
      tails = wrap ? t.map((x) => x[1]) : null;
      t.forEach((x, k) => x[0] && s.set(1 + k, x[0]));
      s.set(5, l.sub.split(' - ')[0] ?? '');
      const plan = money(p, l.anggaran);
      s.set(7, plan.v, plan.f);
      q.forEach((v, k) => {
        const m = money(p, v);
        s.set(8 + k, m.v, m.f);
      });
      const total = money(p, l.kontribusi);
      if (i === plantAt && p.plant === 'A07' && j === 0) {
        total.v = `${l.kontribusi.toLocaleString('de-DE')},5`;
        delete total.f;
        planted = { code: 'A07', cell: s.address(s.r, 12) };
      }
      s.set(12, total.v, total.f);
      const pct = Math.round((l.kontribusi / l.anggaran) * 10_000) / 100;
      if (p.percentStyle === 'fraction') s.set(13, pct / 100, '0.00%');
      else if (p.percentStyle === 'literalSuffix') s.set(13, pct, '0.00" (%)"');
      else s.set(13, `${pct.toFixed(2).replace('.', ',')} (%)`);
      sums[0]! += l.anggaran;
      q.forEach((v, k) => (sums[1 + k]! += v));
      sums[5]! += l.kontribusi;
      s.next();
    });
    if (ind.lines.length) maybeBreak(true);
    tails = null;
    s.set(0, 'Total');
    [7, 8, 9, 10, 11, 12].forEach((c, k) => {
      const m = money(p, sums[k]!);
      s.set(c, m.v, m.f);
    });
    s.next();
  });
  if (p.closingTotal) {
    s.next();
    s.set(0, 'Total');
    const c = money(p, grand);
    s.set(12, c.v, c.f);
    s.next();
  }
  if (p.signature) signature(s, 10, spec);
  return planted;
}
