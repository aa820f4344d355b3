/**
 * The presentation generator (issue 10): one RAPK model rendered in many presentations, the
 * way real workbooks differ — layout K/D/R, header wordings and spellings, one to three header
 * rows, months as names, abbreviations, quarters or Excel dates, numbers as numbers or as
 * text in ID/EN styles, `%` formats, Rupiah decorations, float noise from formulas, title
 * blocks, extra and blank columns, page breaks repeating the main header, the sub-header or
 * nothing, wrapped indicator texts, and at most one planted mistake whose cell is known.
 * Everything is decided by a seed, so a failing rendering is reproduced from its seed alone.
 */
import { type RapkSpec, prng, randomSpec } from './generate';
import { renderD, renderK, renderR } from './presentLayouts';
import { type Presentation, type Rendering, Sheet, pick } from './presentStyles';

export type { Plant, Presentation, Rendering } from './presentStyles';

/** The presentation of a seed. */
export function presentationOf(seed: number): Presentation {
  const rnd = prng(seed ^ 0x5bd1e995);
  const layout = pick(rnd, ['K', 'K', 'D', 'R'] as const);
  // (the draws of Layout K come first and in their old order, so K's seeds keep their renderings)
  const K = layout === 'K';
  const headerRows = K || layout === 'R' ? pick(rnd, [1, 2, 2, 3] as const) : 1;
  const quarterOnly = layout === 'R' || K ? headerRows !== 3 && rnd() < 0.2 : false;
  const monthStyle = pick(rnd, ['B01', 'B01', 'B-1', 'id', 'idOld', 'abbr', 'en', 'dates', 'monthYear'] as const);
  const extraCols = K || layout === 'R' ? (['Satuan', 'Keterangan', 'PJ'] as const).filter(() => rnd() < 0.25) : [];
  const p: Presentation = {
    seed,
    layout,
    headerRows,
    monthStyle,
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
    // the dimensions of the real D and R documents (drawn after K's, unused by K)
    sasaranNo: pick(rnd, ['dot', 'number', 'mixed'] as const),
    mergeCells: rnd() < 0.5,
    totalLabel: pick(rnd, ['first', 'beforeAmount'] as const),
    totalAmount: pick(rnd, ['anggaran', 'lastMonth'] as const),
    signature: rnd() < 0.4,
    closingTotal: rnd() < 0.6,
    wrapLines: rnd() < 0.4,
    breakGap: rnd() < 0.5,
    leadingEmpty: rnd() < 0.3 ? pick(rnd, [1, 2, 3, 11] as const) : 0,
    dash: rnd() < 0.5,
    swappedRepeat: rnd() < 0.2,
    splitHeading: false,
  };
  // D and R: a row shifted one column left, as in the Dharmasraya summary (K keeps its own plants)
  if (layout !== 'K' && rnd() < 0.08) p.plant = 'T05';
  p.splitHeading = layout === 'D' && rnd() < 0.2;
  if (layout === 'D') {
    // Layout D takes every dimension of K too (drawn last, so its older draws stay as they were)
    p.headerRows = pick(rnd, [1, 2, 2, 3] as const);
    p.quarterOnly = p.headerRows !== 3 && rnd() < 0.2;
    p.extraCols = (['Satuan', 'Keterangan', 'PJ'] as const).filter(() => rnd() < 0.25);
    p.numbering = pick(rnd, ['dash', 'dot'] as const);
  }
  // dates are a second header row under TARGET
  if (p.monthStyle === 'dates' && p.headerRows === 1) p.monthStyle = 'B01';
  return p;
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

export function renderPresentation(seed: number, over: Partial<Presentation> = {}, source: RapkSpec = specOf(seed)): Rendering {
  const p: Presentation = { ...presentationOf(seed), ...over };
  // what a layout cannot have: dates sit under TARGET, TW I..IV over three months each
  if (p.headerRows === 1 && p.monthStyle === 'dates') p.monthStyle = 'B01';
  if (p.headerRows === 3) p.quarterOnly = false;
  // D and R: the first months without a target (the model says so too)
  const spec: RapkSpec =
    p.layout !== 'K' && p.leadingEmpty
      ? {
          ...source,
          sasaran: source.sasaran.map((x) => ({
            ...x,
            indikator: x.indikator.map((i) => ({ ...i, targets: i.targets.map((t, k) => (k < p.leadingEmpty ? null : t)) })),
          })),
        }
      : source;
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
  ].slice(0, p.titleRows);
  for (const t of title) {
    s.set(0, t);
    if (p.mergeCells && p.layout !== 'K') s.merge(s.r, 0, s.r, 15);
    s.next();
  }
  if (p.titleRows) s.next();
  if (p.layout === 'D') planted = renderD(p, s, spec, months, plantAt, title);
  else if (p.layout === 'R') planted = renderR(p, s, spec, months, plantAt);
  else planted = renderK(p, s, spec, months, plantAt);
  return { grid: s.finish(`RAPK ${spec.year}`), spec, presentation: p, planted, months };
}
