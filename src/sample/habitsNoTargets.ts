/**
 * An indicator with no target at all (no anggaran, no budget line: a row the planner has not
 * filled yet) followed by an indicator whose number the planner left out, on a sheet with NO
 * and SASARAN filled down (habits.ts). The unnumbered indicator has its own targets and
 * anggaran: it is an indicator of its own, not the rest of the empty one's name wrapped onto
 * the row below. NO filled down on Layouts K and R; Layout D has no NO or SASARAN to fill down
 * (its `No.` numbers every indicator of the summary and every line of a detail table): there the
 * number left out is the summary row's `No.`.
 */
import type { Grid } from '../core/grid/grid';
import { type GenIndikator, type RapkSpec, prng } from './generate';
import { filledDown } from './habits';
import { copy, headerRow } from './habitEdits';
import { type Presentation, type Rendering, renderPresentation, specOf } from './present';
import { numbered, pick } from './presentStyles';

/** The layouts the habit is rendered on (NO filled down on K and R; D leaves the summary row's `No.` empty). */
export const NO_TARGETS_LAYOUTS = ['K', 'R', 'D'] as const;

const EMPTY_NAMES = [
  'Persentase tindak lanjut hasil pengawasan yang diselesaikan',
  'Jumlah rekomendasi hasil pengawasan yang ditindaklanjuti',
  'Indeks Profesionalitas ASN UPT',
  'Persentase pemenuhan sarana dan prasarana pengujian',
];

export interface NoTargetsRendering {
  /** the same table, NO not filled down and the next indicator numbered: read right */
  plain: Rendering;
  habit: Grid;
  /** the empty indicator: its sasaran's and its own position in it, its position among all (0-based) */
  empty: { sasaran: number; indikator: number; index: number };
  /** a numbered indicator follows the unnumbered one in its sasaran (false: no sasaran has two indicators) */
  decidable: boolean;
}

/**
 * A seed's rendering with an empty indicator inserted before one of a sasaran's indicators
 * (any but its last: the one after it is the sasaran's first or a later one), the one after it
 * unnumbered and NO and SASARAN filled down (`habit`); `plain` keeps the number and the merged
 * look (`filled` false: NO not filled down in `habit` either). The empty indicator's row keeps what the layout writes on every indicator row (Satuan,
 * PJ, a `-` for each month without a target), nothing else.
 */
export function renderNoTargets(seed: number, over: Partial<Presentation> = {}, filled = true): NoTargetsRendering {
  const rnd = prng(seed ^ 0x3c6ef372);
  const source = specOf(seed);
  // the unnumbered indicator has a numbered one after it in its sasaran (the number after next:
  // the numbering gives it the one between); last in its sasaran, nothing tells it from the rest
  // of a name wrapped over two rows with its numbers on the second, read so (`decidable` false)
  const several = source.sasaran.flatMap((x, k) => (x.indikator.length >= 2 ? [k] : []));
  const si = several.length ? several[Math.floor(rnd() * several.length)]! : Math.floor(rnd() * source.sasaran.length);
  const count = source.sasaran[si]!.indikator.length;
  const ii = count >= 2 ? Math.floor(rnd() * (count - 1)) : 0;
  const empty: GenIndikator = {
    no: '',
    name: `${pick(rnd, EMPTY_NAMES)} ${si + 1}.${ii + 1}`,
    targets: Array<number | null>(12).fill(null),
    anggaran: 0,
    lines: [],
  };
  const spec: RapkSpec = {
    ...source,
    sasaran: source.sasaran.map((s, k) =>
      k === si ? { ...s, indikator: [...s.indikator.slice(0, ii), empty, ...s.indikator.slice(ii)] } : s,
    ),
  };
  // the empty indicator and one other, its name wrapped onto a row of its own under its numbers,
  // and nothing else: the very shape of one name wrapped over three rows, its numbers centred
  // (habits.ts, wrap3), which no rule tells apart; the names are kept on one row each there
  const alone = source.sasaran.every((s) => s.indikator.length === 1) && source.sasaran.length === 1;
  const plain = renderPresentation(
    seed,
    { ...over, ...(alone ? { wrapIndicator: false } : {}), pageBreaks: 'none', quarterOnly: false, plant: 'none' },
    spec,
  );
  const p = plain.presentation;
  const g = plain.grid;
  const h = headerRow(g, p);
  const ind = g.values[h]!.indexOf(p.indicatorLabel);
  const ang = g.values[h]!.indexOf(p.anggaranLabel);
  const { values, formats } = copy(g);
  // the rows whose indicator text starts the numbered text of the empty indicator and of the next
  const rowOf = (text: string, from: number): number =>
    values.findIndex((row, r) => {
      const v = row[ind];
      return r > from && typeof v === 'string' && v.length > 12 && text.startsWith(v);
    });
  // Layout D numbers its indicators in `No.`, not in their text
  const D = p.layout === 'D';
  const text = (k: number, name: string): string => (D ? name : numbered(p, si + 1, k + 1, name));
  const at = rowOf(text(ii, empty.name), h);
  // the empty indicator has no anggaran (the layout wrote 0 for it; D: on its detail table's heading line too)
  values[at]![ang] = null;
  if (D) values[rowOf(empty.name, at)]![ang] = null;
  const next = spec.sasaran[si]!.indikator[ii + 1]!;
  const nextAt = rowOf(text(ii + 1, next.name), at);
  const plainGrid: Grid = { ...g, values: values.map((row) => [...row]), formats: formats.map((row) => [...row]) };
  if (D) values[nextAt]![g.values[h]!.indexOf('No.')] = null;
  else values[nextAt]![ind] = String(values[nextAt]![ind]).slice(numbered(p, si + 1, ii + 2, '').length);
  const habit = filled && !D ? filledDown({ ...g, values, formats }, p) : { ...g, values, formats };
  return {
    plain: { ...plain, grid: plainGrid },
    habit,
    empty: { sasaran: si, indikator: ii, index: ii + spec.sasaran.slice(0, si).reduce((a, x) => a + x.indikator.length, 0) },
    decidable: count >= 2,
  };
}
