/** The presentation generator's layouts: K and R (main table with budget lists) and D (summary and detail tables). */
import { LAYOUT_D_DETAIL_LABELS, type RapkSpec } from './generate';
import { type Presentation, type Rendering, Sheet, TW, TW_FORMS, monthLabel, money, numbered, target } from './presentStyles';

// ---------------------------------------------------------------- layouts K and R

export function renderKR(p: Presentation, s: Sheet, spec: RapkSpec, months: number[], plantAt: number): Rendering['planted'] {
  const K = p.layout === 'K';
  // logical columns: 0 NO, 1 SASARAN, 2 INDIKATOR, extras, months, ANGGARAN
  const extra = p.extraCols;
  const m0 = 3 + extra.length;
  const mc = (k: number): number => m0 + months.indexOf(k);
  const ang = m0 + months.length;
  const mainHeader = (): void => {
    const r = s.r;
    s.set(0, K ? 'NO.' : 'NO');
    s.set(1, p.sasaranLabel);
    s.set(2, p.indicatorLabel);
    extra.forEach((e, i) => s.set(3 + i, e));
    s.set(ang, p.anggaranLabel);
    if (p.headerRows === 1) {
      months.forEach((k, i) => {
        const l = p.quarterOnly ? { v: TW_FORMS[p.seed % TW_FORMS.length]!(i) } : monthLabel(p, k, spec.year);
        s.set(mc(k), l.v, l.f);
      });
      s.next();
      return;
    }
    s.set(m0, 'TARGET');
    s.merge(r, m0, r, ang - 1);
    for (const c of [0, 1, 2, ang]) s.merge(r, c, r + p.headerRows - 1, c);
    s.next();
    if (p.headerRows === 3) {
      TW.forEach((t, i) => {
        s.set(m0 + 3 * i, t);
        s.merge(s.r, m0 + 3 * i, s.r, m0 + 3 * i + 2);
      });
      s.next();
    }
    months.forEach((k) => {
      const l = p.quarterOnly && p.monthStyle !== 'dates' ? { v: TW[months.indexOf(k)]! } : monthLabel(p, k, spec.year);
      s.set(mc(k), l.v, l.f);
    });
    s.next();
  };
  // the budget sub-table sits under the target columns (seed 003)
  const subCols = { no: 2, ro: m0, komponen: m0 + 3, sub: m0 + 6, ang: m0 + 9, kontribusi: m0 + 10, amount: ang };
  const subHeader = (): void => {
    if (K) {
      s.set(subCols.no, 'NO');
      s.set(subCols.ro, 'RO');
      s.set(subCols.komponen, 'KOMPONEN');
      s.set(subCols.sub, 'SUB KOMPONEN');
      s.set(subCols.ang, 'ANGGARAN');
      s.set(subCols.kontribusi, 'KONTRIBUSI');
    } else {
      s.set(1, 'NO');
      s.set(2, 'KODE');
      s.set(m0, 'RO');
    }
    s.next();
  };
  // K needs room for the sub-table: at least 11 month-or-extra columns after m0
  if (K && ang - m0 < 11) {
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
        s.set(0, K ? `${si + 1}.` : si + 1);
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
        }
        if (K) {
          s.set(subCols.no, `${j + 1}.`);
          s.set(subCols.ro, l.ro);
          s.set(subCols.komponen, l.komponen);
          s.set(subCols.sub, l.sub);
          const la = money(p, l.anggaran);
          s.set(subCols.ang, la.v, la.f);
          s.set(subCols.kontribusi, kontribusi.v, kontribusi.f);
          if (plant === 'A07' && j === 0) planted = { code: 'A07', cell: s.address(s.r, subCols.kontribusi) };
        } else {
          s.set(1, `${j + 1}.`);
          const code = /^(\S+)\s*-\s*(.*)$/.exec(l.ro);
          s.set(2, code ? code[1]! : l.ro);
          s.set(m0, code ? code[2]! : '');
          s.set(subCols.amount, kontribusi.v, kontribusi.f);
          if (plant === 'A07' && j === 0) planted = { code: 'A07', cell: s.address(s.r, subCols.amount) };
        }
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

// ---------------------------------------------------------------- layout D

export function renderD(p: Presentation, s: Sheet, spec: RapkSpec, months: number[], plantAt: number): Rendering['planted'] {
  const all = spec.sasaran.flatMap((x) => x.indikator);
  const ang = 2 + months.length;
  const summaryHeader = (): void => {
    s.set(0, 'No.');
    s.set(1, p.indicatorLabel);
    months.forEach((k) => {
      const l = monthLabel(p, k, spec.year);
      s.set(2 + months.indexOf(k), l.v, l.f);
    });
    s.set(ang, p.anggaranLabel);
    s.next();
  };
  let planted: Rendering['planted'] = null;
  const amounts: number[] = [];
  const row = (n: number, i: number): void => {
    const ind = all[i]!;
    const plant = i === plantAt ? p.plant : 'none';
    s.set(0, n);
    s.set(1, ind.name);
    months.forEach((k) => {
      const t = target(p, ind.targets[k] ?? null);
      if (t) s.set(2 + months.indexOf(k), t.v, t.f);
    });
    const anggaran = amounts[i] ?? (plant === 'A01' && ind.lines.length ? ind.anggaran + 1_000_000 : ind.anggaran);
    amounts[i] = anggaran;
    const a = money(p, anggaran);
    s.set(ang, a.v, a.f);
  };
  summaryHeader();
  s.next();
  all.forEach((ind, i) => {
    row(i + 1, i);
    const plant = i === plantAt ? p.plant : 'none';
    const last = 2 + months.length - 1;
    if (plant === 'T01') {
      s.rows[s.r]!.delete(last);
      planted = { code: 'T01', cell: s.address(s.r, last) };
    }
    if (plant === 'T02') {
      s.set(3, 'tercapai');
      planted = { code: 'T02', cell: s.address(s.r, 3) };
    }
    if (plant === 'A01' && ind.lines.length) planted = { code: 'A01', cell: s.address(s.r, ang) };
    s.next();
  });
  s.set(1, 'Total');
  const g = money(
    p,
    amounts.reduce((x, y) => x + y, 0),
  );
  s.set(ang, g.v, g.f);
  s.next(3);
  const labels = LAYOUT_D_DETAIL_LABELS;
  all.forEach((ind, i) => {
    // the heading line repeats the summary row (T07 checks it); a detail table follows
    row(i + 1, i);
    s.next();
    labels.forEach((l, c) => s.set(c, l));
    s.next();
    const sums = [0, 0, 0, 0, 0, 0];
    ind.lines.forEach((l, j) => {
      if (p.pageBreaks !== 'none' && j > 0 && j % p.breakEvery === 0) {
        // class 2: the summary header repeated at a page break inside the detail table
        if (p.pageBreaks !== 'blank') summaryHeader();
        else s.next();
      }
      const a = Math.floor(l.kontribusi * 0.2);
      const b = Math.floor(l.kontribusi * 0.3);
      const c = Math.floor(l.kontribusi * 0.3);
      const q = [a, b, c, l.kontribusi - a - b - c];
      s.set(0, j + 1);
      s.set(1, spec.unit);
      s.set(2, /^([A-Z]{2}\.\d{4}\.[A-Z]{3})/.exec(l.ro)?.[1] ?? '');
      s.set(3, l.ro);
      s.set(4, l.komponen);
      s.set(5, l.sub.split(' - ')[0] ?? '');
      s.set(6, l.sub.split(' - ').slice(1).join(' - ') || l.sub);
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
    s.set(0, 'Total');
    [7, 8, 9, 10, 11, 12].forEach((c, k) => {
      const m = money(p, sums[k]!);
      s.set(c, m.v, m.f);
    });
    s.next(2);
  });
  return planted;
}
