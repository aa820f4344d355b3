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
import { renderD, renderKR } from './presentLayouts';
import { type Presentation, type Rendering, Sheet, pick } from './presentStyles';

export type { Plant, Presentation, Rendering } from './presentStyles';

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
