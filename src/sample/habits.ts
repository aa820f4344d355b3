/**
 * Excel habits (issue 20 item 3) as variants of a presentation: each takes a rendering of
 * `present.ts` and applies one habit a planner's workbook has, so that the habit's grid must
 * read as the plain one does (the same indicators, targets, anggaran and budget lines, and the
 * same loud findings). Apart from `present.ts` on purpose: a habit is a change to a finished
 * grid (rows inserted, labels reworded, columns added), whatever its layout.
 */
import type { CellValue, Grid } from '../core/grid/grid';
import { isTotalLabel } from '../core/reader/headers';
import { type RapkSpec, prng } from './generate';
import { type Presentation, type Rendering, presentationOf, renderPresentation } from './present';
import { pick } from './presentStyles';
import { copy, headerRow, insertRows, width } from './habitEdits';
import { isSubHeader, jumlahEach, kodeUraian } from './habitsBudget';
import { mergedDown, targetMerged } from './habitsMerged';

export const HABITS = [
  'thousands',
  'totalWording',
  'sideBlock',
  'bulanKe',
  'wrap3',
  'filledDown',
  'jumlahEach',
  'kodeUraian',
  'unitName',
  'hiddenHelper',
  'mergedDown',
  'targetMerged',
  'wrapLineText',
] as const;
export type Habit = (typeof HABITS)[number];

/** What a habit needs of the presentation it is applied to (no planted mistake: rows move). */
const NEEDS: Record<Habit, Partial<Presentation>> = {
  thousands: { moneyStyle: 'number', titleRows: 2 },
  totalWording: {},
  sideBlock: { blankCols: [] },
  bulanKe: { headerRows: 2, monthStyle: 'B01', quarterOnly: false },
  wrap3: { numbering: 'dash', wrapIndicator: false },
  filledDown: { pageBreaks: 'none', quarterOnly: false },
  jumlahEach: { moneyStyle: 'number', quarterOnly: false, blankCols: [], extraCols: [] },
  kodeUraian: {},
  unitName: { titleRows: 3 },
  hiddenHelper: {},
  mergedDown: { wrapLines: false },
  targetMerged: { monthStyle: 'B01', quarterOnly: false, blankCols: [], extraCols: [] },
  // (the lines wrapped over a page break are the presentation's own dimension)
  wrapLineText: { wrapLines: false },
};

type Layout = Presentation['layout'];

/**
 * The layouts a habit exists on (every layout unless said). Layout D has no NO or SASARAN to
 * fill down: no SASARAN column (one implicit sasaran), and its `No.` is on every row already
 * (an indicator's in the summary, a line's in a detail table). Its detail tables keep the
 * export's own header (`Unit`, `KRO`, `Budget Plan`, ...), not a KODE / URAIAN one.
 */
const LAYOUTS: Partial<Record<Habit, readonly Layout[]>> = {
  filledDown: ['K', 'R'],
  kodeUraian: ['K', 'R'],
  // RO and KOMPONEN merged down: Layout K's budget sub-tables and Layout D's detail tables
  mergedDown: ['K', 'D'],
  targetMerged: ['K'],
};

/** The layouts a habit is rendered on. */
export function habitLayouts(habit: Habit): readonly Layout[] {
  return LAYOUTS[habit] ?? ['K', 'D', 'R'];
}

export interface HabitRendering {
  plain: Rendering;
  habit: Grid;
  /** the unit the title of the habit's grid names, when the habit changes it */
  unit?: string;
}

/** The plain rendering of a seed (with what the habit needs) and the same with the habit. */
export function renderHabit(seed: number, habit: Habit, over: Partial<Presentation> = {}): HabitRendering {
  const layouts = habitLayouts(habit);
  const layout = over.layout ?? presentationOf(seed).layout;
  const fit = layouts.includes(layout) ? {} : { layout: layouts[0]! };
  const plain = renderPresentation(seed, { ...over, ...NEEDS[habit], ...fit, plant: 'none' });
  const rnd = prng(seed ^ 0x68ab1f);
  const g = plain.grid;
  switch (habit) {
    case 'thousands':
      return { plain, habit: thousands(g, rnd) };
    case 'totalWording':
      return { plain, habit: totalWording(g, rnd) };
    case 'sideBlock':
      return { plain, habit: sideBlock(g, plain, rnd) };
    case 'bulanKe':
      return { plain, habit: bulanKe(g) };
    case 'wrap3':
      return { plain, habit: wrap3(g, plain) };
    case 'filledDown':
      return { plain, habit: filledDown(g, plain.presentation) };
    case 'jumlahEach':
      return { plain, habit: jumlahEach(g, plain, rnd) };
    case 'kodeUraian':
      return { plain, habit: kodeUraian(g, plain.presentation, rnd) };
    case 'unitName':
      return unitName(plain);
    case 'hiddenHelper':
      return { plain, habit: hiddenHelper(g, plain.presentation) };
    case 'mergedDown':
      return mergedDown(plain);
    case 'targetMerged':
      return targetMerged(plain);
    case 'wrapLineText':
      return { plain, habit: wrapLineText(g, plain.spec, rnd) };
  }
}

// ---------------------------------------------------------------- the habits

/** Amounts typed in thousands, under a title that says so. */
function thousands(g: Grid, rnd: () => number): Grid {
  const words = ['(dalam ribuan rupiah)', 'Anggaran dalam ribuan rupiah', '(Rp 000)'][Math.floor(rnd() * 3)]!;
  const { values, formats } = copy(g);
  // every amount (targets are below 1,000; month dates in the header keep their date format)
  const scaled = values.map((row, r) =>
    row.map((v, c) => (typeof v === 'number' && v >= 1000 && !/[dmy]/i.test(formats[r]![c] ?? '') ? v / 1000 : v)),
  );
  return insertRows({ ...g, values: scaled, formats }, 1, [[words]]);
}

/** The grand total (the last Total row) worded otherwise. */
function totalWording(g: Grid, rnd: () => number): Grid {
  const wording = ['TOTAL PAGU ANGGARAN', 'JUMLAH PAGU', 'Total Anggaran (Rp)', 'GRAND TOTAL ANGGARAN', 'JUMLAH SELURUHNYA'][
    Math.floor(rnd() * 5)
  ]!;
  const { values, formats } = copy(g);
  for (let r = values.length - 1; r >= 0; r--) {
    const row = values[r]!;
    const c = row.findIndex((v) => typeof v === 'string' && isTotalLabel(v));
    if (c < 0 || !row.some((v) => typeof v === 'number')) continue;
    row[c] = wording;
    break;
  }
  return { ...g, values, formats };
}

/**
 * A `Rekap anggaran per sasaran` block right of the table, one or two empty columns away, with
 * its own JUMLAH: on the main header's row or a few rows below it, in one of a few wordings.
 */
function sideBlock(g: Grid, plain: Rendering, rnd: () => number): Grid {
  const { values, formats } = copy(g);
  const at = Math.max(0, headerRow(g, plain.presentation)) + Math.floor(rnd() * 4);
  const c0 = width(g) + 1 + Math.floor(rnd() * 2);
  const [title, heads, total] = pick(rnd, [
    ['Rekap anggaran per sasaran', ['SASARAN', 'ANGGARAN'], 'JUMLAH'],
    ['REKAPITULASI PAGU PER SASARAN', ['NO', 'SASARAN', 'PAGU (Rp)'], 'TOTAL'],
    ['Rekap per sasaran', ['Uraian', 'Jumlah (Rp)'], 'Jumlah'],
    ['Anggaran per sasaran kegiatan', ['Sasaran', 'Pagu'], 'JUMLAH PAGU'],
  ] as const);
  const numbered = heads[0] === 'NO';
  const sums = plain.spec.sasaran.map((s) => s.indikator.reduce((a, i) => a + i.anggaran, 0));
  const block: CellValue[][] = [
    [title],
    [...heads],
    ...plain.spec.sasaran.map((s, i): CellValue[] => [...(numbered ? [i + 1] : []), `Sasaran ${s.no}`, sums[i]!]),
    [...(numbered ? [null] : []), total, sums.reduce((a, b) => a + b, 0)],
  ];
  block.forEach((cells, i) => {
    const r = at + i;
    while (values.length <= r) {
      values.push([]);
      formats.push([]);
    }
    const row = values[r]!;
    while (row.length < c0) row.push(null);
    row.push(...cells);
  });
  return { ...g, values, formats };
}

/** `TARGET BULAN KE-` over the month numbers 1..12 (every header, page repeats too). */
function bulanKe(g: Grid): Grid {
  const { values, formats } = copy(g);
  values.forEach((row, r) => {
    const months = row.map((v) => (typeof v === 'string' ? /^B(0[1-9]|1[0-2])$/.exec(v.trim()) : null));
    if (months.filter(Boolean).length < 12) return;
    months.forEach((m, c) => {
      if (m) row[c] = Number(m[1]);
    });
    const above = values[r - 1] ?? [];
    const t = above.findIndex((v) => typeof v === 'string' && /^target$/i.test(v.trim()));
    if (t >= 0) above[t] = 'TARGET BULAN KE-';
  });
  return { ...g, values, formats };
}

/**
 * Every indicator wrapped over three rows: number and first words on top, numbers on the middle
 * row, the last words below (Layout D: its summary rows and its detail tables' heading lines,
 * the `No.` on top with the first words).
 */
function wrap3(g: Grid, plain: Rendering): Grid {
  const p = plain.presentation;
  let out = g;
  const h = headerRow(g, p);
  const c = h < 0 ? -1 : g.values[h]!.indexOf(p.indicatorLabel);
  if (c < 0) return g;
  const names = new Set(plain.spec.sasaran.flatMap((s) => s.indikator.map((i) => i.name)));
  for (let r = g.values.length - 1; r > h; r--) {
    const row = out.values[r]!;
    const v = row[c];
    if (typeof v !== 'string' || !row.some((x, i) => i > c && x !== null)) continue;
    // K and R number the indicator in its text (`01 - ...`); D in its `No.` column
    const lead = p.layout === 'D' ? (names.has(v) ? 1 : 0) : /^\d\d - \S+ \S+ \S+/.test(v) ? 3 : 0;
    const words = v.split(' ');
    if (!lead || words.length < lead + 3) continue;
    // `01 - Persentase` | `sampel ... yang` | `diuji 1.2`
    const top: CellValue[] = row.slice(0, c).map((v) => v);
    top.push(words.slice(0, lead).join(' '));
    const mid = [...row];
    for (let i = 0; i < c; i++) mid[i] = null;
    mid[c] = words.slice(lead, -2).join(' ') || null;
    const bottom: CellValue[] = [...Array<CellValue>(c).fill(null), words.slice(-2).join(' ')];
    const { values, formats } = copy(out);
    values[r] = mid;
    out = insertRows({ ...out, values, formats }, r + 1, [bottom]);
    out = insertRows(out, r, [top]);
  }
  return out;
}

/**
 * NO and SASARAN filled down on every row of the table (unmerged for AutoFilter): the columns
 * left of the indicator (Layout R: its NO, which numbers the sasaran; it has no SASARAN column).
 */
export function filledDown(g: Grid, p: Presentation): Grid {
  const { values, formats } = copy(g);
  const h = headerRow(g, p);
  if (h < 0) return g;
  const ind = values[h]!.indexOf(p.indicatorLabel);
  const cols = [0, 1].filter((c) => c < ind && typeof values[h]![c] === 'string');
  const carry: CellValue[] = [null, null];
  for (let r = h + 1; r < values.length; r++) {
    const row = values[r]!;
    if (row.some((v) => typeof v === 'string' && (v === p.indicatorLabel || isTotalLabel(v)))) break;
    // a budget sub-header is not filled (its labels are not carried either)
    if (isSubHeader(row)) continue;
    for (const c of cols) {
      if (row[c] !== null && row[c] !== undefined) carry[c] = row[c]!;
      else if (carry[c] !== null) {
        while (row.length <= c) row.push(null);
        row[c] = carry[c]!;
      }
    }
  }
  return { ...g, values, formats };
}

/** The unit's full name in the title. */
function unitName(plain: Rendering): HabitRendering {
  const short = plain.spec.unit.toUpperCase();
  const full = short.replace(/^BALAI POM\b/, 'BALAI PENGAWAS OBAT DAN MAKANAN');
  const { values, formats } = copy(plain.grid);
  const habit = { ...plain.grid, values: values.map((row) => row.map((v) => (v === short ? full : v))), formats };
  return { plain, habit, unit: full };
}

/** A hidden helper column of lookups (`#N/A`) and dates right of the table. */
function hiddenHelper(g: Grid, p: Presentation): Grid {
  const { values, formats } = copy(g);
  const c = width(g);
  const h = Math.max(0, headerRow(g, p));
  values.forEach((row, r) => {
    if (r < h) return;
    while (row.length < c) row.push(null);
    row.push(r === h ? 'Cek VLOOKUP' : r % 3 === 0 ? '#N/A' : 45_292 + r);
  });
  return { ...g, values, formats, hiddenCols: [c] };
}

/**
 * A text cut in two as Excel wraps it: after the code's dash (`DR.3165.QGA.006 -` | `Rincian
 * output 6`) or at a space near the middle; the second half keeps a word (a tail that is only a
 * number would read as a number). Null when the text does not wrap.
 */
export function wrapText(t: string, afterDash: boolean): [string, string] | null {
  const dash = t.indexOf(' - ');
  const mid = Math.floor(t.length / 2);
  const cuts = afterDash && dash > 0 ? [dash + 2] : [t.indexOf(' ', mid), t.lastIndexOf(' ', mid)];
  for (const cut of cuts) {
    const [head, tail] = [t.slice(0, Math.max(0, cut)).trimEnd(), t.slice(cut + 1).trim()];
    if (cut > 0 && head && /[A-Za-z]{3}/.test(tail)) return [head, tail];
  }
  return null;
}

/**
 * The texts of the budget lines (RO and komponen, with or without their codes; Layout D's Unit
 * too) wrapped over two rows, the rest of each text on a row of its own under its line (every
 * layout).
 */
function wrapLineText(g: Grid, spec: RapkSpec, rnd: () => number): Grid {
  const texts = new Set(
    spec.sasaran.flatMap((s) =>
      s.indikator.flatMap((i) => i.lines.flatMap((l) => [l.ro, l.komponen].flatMap((t) => [t, t.split(' - ').slice(1).join(' - ')]))),
    ),
  );
  texts.delete('');
  // Layout D names the unit on every detail line (the title writes it in capitals)
  texts.add(spec.unit);
  const { values, formats } = copy(g);
  const wraps: { r: number; tails: Map<number, string> }[] = [];
  values.forEach((row, r) => {
    const tails = new Map<number, string>();
    row.forEach((v, c) => {
      const cut = typeof v === 'string' && texts.has(v) ? wrapText(v, rnd() < 0.6) : null;
      if (!cut) return;
      row[c] = cut[0];
      tails.set(c, cut[1]);
    });
    if (tails.size > 0) wraps.push({ r, tails });
  });
  let out: Grid = { ...g, values, formats };
  for (const { r, tails } of wraps.reverse()) {
    const row: CellValue[] = Array<CellValue>(Math.max(...tails.keys()) + 1).fill(null);
    for (const [c, t] of tails) row[c] = t;
    out = insertRows(out, r + 1, [row]);
  }
  return out;
}
