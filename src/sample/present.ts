/**
 * The presentation generator (issue 10): one RAPK model rendered in many presentations, the
 * way real workbooks differ — layout K/D/R, header wordings and spellings, one to three header
 * rows, months as names, abbreviations, quarters or Excel dates, numbers as numbers or as
 * text in ID/EN styles, `%` formats, Rupiah decorations, float noise from formulas, title
 * blocks, extra and blank columns, page breaks repeating the main header, the sub-header or
 * nothing, wrapped indicator texts, and at most one planted mistake whose cell is known.
 * Everything is decided by a seed, so a failing rendering is reproduced from its seed alone.
 */
import type { CellRange, CellValue, Grid } from '../core/grid';
import { a1 } from '../core/grid';
import type { RuleCode } from '../core/findings';
import { type RapkSpec, prng, randomSpec } from './generate';

export type Plant = 'none' | 'T01' | 'T02' | 'A01' | 'A07';

export interface Presentation {
  seed: number;
  layout: 'K' | 'D' | 'R';
  headerRows: 1 | 2 | 3;
  monthStyle: 'B01' | 'B-1' | 'id' | 'idOld' | 'abbr' | 'en' | 'dates' | 'monthYear';
  /** only the quarter months B03, B06, B09, B12 have target columns */
  quarterOnly: boolean;
  indicatorLabel: string;
  sasaranLabel: string;
  anggaranLabel: string;
  numbering: 'dash' | 'dot' | 'code';
  targetStyle: 'number' | 'percentFormat' | 'textId' | 'textPercent';
  moneyStyle: 'number' | 'textId' | 'textEn' | 'rupiahDash' | 'rupiahDot' | 'rupiahTight' | 'noise';
  /** Layout D: how the (%) column is written */
  percentStyle: 'fraction' | 'literalSuffix' | 'text';
  titleRows: number;
  blankCols: number[];
  extraCols: ('Satuan' | 'Keterangan' | 'PJ')[];
  pageBreaks: 'none' | 'main' | 'mainOnly' | 'blank';
  breakEvery: number;
  wrapIndicator: boolean;
  plant: Plant;
}

export interface Rendering {
  grid: Grid;
  spec: RapkSpec;
  presentation: Presentation;
  /** the planted mistake: its code and the A1 address of its cell */
  planted: { code: RuleCode; cell: string } | null;
  /** months that have a target column (index 0 = B01) */
  months: number[];
}

const ID_MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
const OLD_MONTHS = ['Jan', 'Pebruari', 'Mrt', 'Apr', 'Mei', 'Jun', 'Jul', 'Agust', 'Sept', 'Okt', 'Nopember', 'Des'];
const ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agt', 'Sep', 'Okt', 'Nov', 'Des'];
const EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const TW = ['TW I', 'TW II', 'TW III', 'TW IV'];
const TW_FORMS = [
  (n: number) => `TARGET TW ${['I', 'II', 'III', 'IV'][n]}`,
  (n: number) => `Tw. ${['I', 'II', 'III', 'IV'][n]}`,
  (n: number) => `TW-${n + 1}`,
];

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)]!;
}

/** The presentation of a seed. */
export function presentationOf(seed: number): Presentation {
  const rnd = prng(seed ^ 0x5bd1e995);
  const layout = pick(rnd, ['K', 'K', 'D', 'R'] as const);
  const headerRows = layout === 'D' ? 1 : pick(rnd, [1, 2, 2, 3] as const);
  const quarterOnly = layout !== 'D' && headerRows !== 3 && rnd() < 0.2;
  const monthStyle = pick(rnd, ['B01', 'B01', 'B-1', 'id', 'idOld', 'abbr', 'en', 'dates', 'monthYear'] as const);
  const extraCols = layout === 'K' ? (['Satuan', 'Keterangan', 'PJ'] as const).filter(() => rnd() < 0.25) : [];
  return {
    seed,
    layout,
    headerRows,
    // dates are a second header row under TARGET
    monthStyle: monthStyle === 'dates' && headerRows === 1 ? 'B01' : monthStyle,
    quarterOnly,
    indicatorLabel: pick(
      rnd,
      layout === 'R'
        ? ['INDIKATOR KINERJA SASARAN STRATEGIS', 'INDIKATOR KINERJA', 'IKSS']
        : layout === 'D'
          ? ['Indikator Kinerja', 'INDIKATOR KINERJA KEGIATAN']
          : ['INDIKATOR KINERJA KEGIATAN', 'Indikator Kinerja Kegiatan', 'IKK', 'INDIKATOR KINERJA SASARAN STRATEGIS'],
    ),
    sasaranLabel: pick(rnd, ['SASARAN KEGIATAN', 'Sasaran Strategis', 'SASARAN']),
    anggaranLabel: pick(rnd, ['ANGGARAN', 'ANGGARAN (Rupiah)', 'PAGU (Rp)', 'Pagu Anggaran', 'Anggaran (Rp)', 'PAGU']),
    numbering: layout === 'D' ? 'dash' : pick(rnd, ['dash', 'dash', 'dot', 'code'] as const),
    targetStyle: pick(rnd, ['number', 'number', 'percentFormat', 'textId', 'textPercent'] as const),
    moneyStyle: pick(rnd, ['number', 'number', 'textId', 'textEn', 'rupiahDash', 'rupiahDot', 'rupiahTight', 'noise'] as const),
    percentStyle: pick(rnd, ['fraction', 'literalSuffix', 'text'] as const),
    titleRows: Math.floor(rnd() * 5),
    blankCols: rnd() < 0.3 ? [Math.floor(rnd() * 18)] : [],
    extraCols: [...extraCols],
    pageBreaks: pick(rnd, ['none', 'main', 'mainOnly', 'blank'] as const),
    breakEvery: 2 + Math.floor(rnd() * 7),
    wrapIndicator: rnd() < 0.3,
    plant: pick(rnd, ['none', 'none', 'none', 'T01', 'T02', 'A01', 'A07'] as const),
  };
}

/** The model of a seed: a small consistent RAPK (1-3 sasaran, 1-3 indicators, 1-3 lines each). */
export function specOf(seed: number): RapkSpec {
  const rnd = prng(seed);
  const spec = randomSpec(seed, {
    sasaran: 1 + Math.floor(rnd() * 3),
    indicatorsPerSasaran: 1 + Math.floor(rnd() * 3),
    // every indicator has budget lines (one without is an A08 warning, not a clean sheet)
    linesPerIndicator: 1 + Math.floor(rnd() * 3),
    year: 2024 + Math.floor(rnd() * 2),
  });
  return spec;
}

interface Cell {
  v: CellValue;
  f?: string;
}

/** Builds rows on logical columns; `finish` maps them to sheet columns (blank columns inserted). */
class Sheet {
  readonly rows: Map<number, Cell>[] = [];
  readonly merges: CellRange[] = [];
  r = 0;
  constructor(private readonly blankCols: number[]) {}
  set(c: number, v: CellValue, f?: string, r = this.r): void {
    while (this.rows.length <= r) this.rows.push(new Map());
    this.rows[r]!.set(c, f ? { v, f } : { v });
  }
  merge(r1: number, c1: number, r2: number, c2: number): void {
    if (r1 !== r2 || c1 !== c2) this.merges.push({ r1, c1, r2, c2 });
  }
  next(n = 1): void {
    this.r += n;
    while (this.rows.length < this.r) this.rows.push(new Map());
  }
  col(c: number): number {
    return c + this.blankCols.filter((b) => b <= c).length;
  }
  address(r: number, c: number): string {
    return a1({ r, c: this.col(c) });
  }
  finish(name: string): Grid {
    const values: CellValue[][] = [];
    const formats: (string | null)[][] = [];
    for (const row of this.rows) {
      const vals: CellValue[] = [];
      const fmts: (string | null)[] = [];
      for (const [c, cell] of row) {
        const pc = this.col(c);
        while (vals.length <= pc) {
          vals.push(null);
          fmts.push(null);
        }
        vals[pc] = cell.v;
        fmts[pc] = cell.f ?? null;
      }
      values.push(vals);
      formats.push(fmts);
    }
    const merges = this.merges.map((m) => ({ r1: m.r1, r2: m.r2, c1: this.col(m.c1), c2: this.col(m.c2) }));
    return { name, values, merges, formats };
  }
}

function monthLabel(p: Presentation, k: number, year: number): Cell {
  switch (p.monthStyle) {
    case 'B01':
      return { v: `B${String(k + 1).padStart(2, '0')}` };
    case 'B-1':
      return { v: `B-${k + 1}` };
    case 'id':
      return { v: ID_MONTHS[k]! };
    case 'idOld':
      return { v: OLD_MONTHS[k]! };
    case 'abbr':
      return { v: ABBR[k]! };
    case 'en':
      return { v: EN[k]! };
    case 'monthYear':
      return { v: `${ABBR[k]!} ${year}` };
    case 'dates':
      return { v: Math.round(Date.UTC(year, k, 1) / 86_400_000 + 25_569), f: 'mmm yyyy' };
  }
}

function money(p: Presentation, v: number): Cell {
  const id = v.toLocaleString('de-DE');
  switch (p.moneyStyle) {
    case 'number':
      return { v, f: '#,##0' };
    case 'textId':
      return { v: `${id},00` };
    case 'textEn':
      return { v: v.toLocaleString('en-US') };
    case 'rupiahDash':
      return { v: `Rp ${id},-` };
    case 'rupiahDot':
      return { v: `Rp. ${id},00` };
    case 'rupiahTight':
      return { v: `Rp${id}` };
    case 'noise':
      // what `=M57*55%` leaves: the nearest float above the amount
      return { v: v * (1 + 2 ** -52), f: '#,##0' };
  }
}

function target(p: Presentation, v: number | null): Cell | null {
  if (v === null) return null;
  switch (p.targetStyle) {
    case 'number':
      return { v, f: '0.00' };
    case 'percentFormat':
      return { v: v / 100, f: '0.00%' };
    case 'textId':
      return { v: String(v).replace('.', ',') };
    case 'textPercent':
      return { v: `${String(v).replace('.', ',')}%` };
  }
}

function numbered(p: Presentation, sasNo: number, indNo: number, name: string): string {
  if (p.numbering === 'code') return `${sasNo}.${indNo} ${name}`;
  if (p.numbering === 'dot') return `${indNo}. ${name}`;
  return `${String(indNo).padStart(2, '0')} - ${name}`;
}

/** Renders the model of `seed` in the presentation of `seed` (or the ones given). */
export function renderPresentation(seed: number, over: Partial<Presentation> = {}, spec: RapkSpec = specOf(seed)): Rendering {
  const p: Presentation = { ...presentationOf(seed), ...over };
  // what a layout cannot have: Layout D has a one-row summary header; dates sit under TARGET
  if (p.layout === 'D') p.headerRows = 1;
  if (p.layout === 'D') p.quarterOnly = false;
  if (p.headerRows === 1 && p.monthStyle === 'dates') p.monthStyle = 'B01';
  const s = new Sheet(p.blankCols);
  const rnd = prng(seed ^ 0x2545f491);
  const months = p.quarterOnly ? [2, 5, 8, 11] : [...Array(12).keys()];
  const all = spec.sasaran.flatMap((x) => x.indikator);
  // the planted mistake: which indicator
  const plantAt = all.length ? Math.floor(rnd() * all.length) : -1;
  let planted: Rendering['planted'] = null;
  const title = [
    `RENCANA AKSI PERJANJIAN KINERJA TAHUN ${spec.year}`,
    spec.unit.toUpperCase(),
    'BADAN PENGAWAS OBAT DAN MAKANAN',
    'Dokumen internal',
  ];
  for (let i = 0; i < p.titleRows; i++) {
    s.set(0, title[i] ?? '');
    s.next();
  }
  if (p.titleRows) s.next();
  if (p.layout === 'D') planted = renderD(p, s, spec, months, plantAt);
  else planted = renderKR(p, s, spec, months, plantAt);
  return { grid: s.finish(`RAPK ${spec.year}`), spec, presentation: p, planted, months };
}

// ---------------------------------------------------------------- layouts K and R

function renderKR(p: Presentation, s: Sheet, spec: RapkSpec, months: number[], plantAt: number): Rendering['planted'] {
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

function renderD(p: Presentation, s: Sheet, spec: RapkSpec, months: number[], plantAt: number): Rendering['planted'] {
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
  const labels = [
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
