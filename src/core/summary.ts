/**
 * Ringkasan TW: capaian, NPI, NPS, perspective values, NPSS and budget efficiency for one
 * quarter (SPEC section 7), its JSON (section 8) and the summary sheet plan.
 */
import { type RapkModel, kodeOf } from './model';
import {
  type Penilaian,
  type Perspektif,
  type StatusTahunan,
  type Tw,
  PERSPEKTIF,
  TW_ROMAN,
  capaian,
  efficiency,
  fillOfLabel,
  kriteria,
  mean,
  npi,
  predikat,
  statusTahunan,
  weightedMean,
} from './measure';
import { round2 } from './numbers';
import { fmtNum } from './locales/format';
import { fontOn } from './palette';
import { DEFAULT_SETTINGS, type MethodSettings, bandText, weightOf } from './settings/bands';
import { chartOfSummary } from './summaryChart';
import { type RealisasiRow, type RealisasiSheet, settingsOf, twTarget, typedAmount, typedNumber } from './realisasi';
import type { PlanCell, SheetPlan } from './sheetPlan';
import { safeSheetName } from './sheetPlan';

export type NoCapaianReason = 'noTarget' | 'noRealisasi' | 'akhirTahun';

export interface IndicatorResult {
  kode: string;
  sasaranNo: string;
  name: string;
  target: number | null;
  realisasi: number | null;
  capaian: number | null;
  npi: number | null;
  kriteria: string | null;
  penilaian: Penilaian;
  /** the weight NPS gives this indicator (1 unless the settings say otherwise) */
  bobot: number;
  /** B12, the annual target */
  targetTahunan: number | null;
  /** realisasi of the TW against the annual target, same polarity rule */
  capaianTahunan: number | null;
  statusTahunan: StatusTahunan | null;
  why: NoCapaianReason | null;
  pagu: number | null;
  realisasiAnggaran: number | null;
}

export interface SasaranResult {
  no: string;
  name: string;
  perspektif: Perspektif;
  nps: number | null;
  predikat: string | null;
  pagu: number;
  realisasiAnggaran: number | null;
  penyerapan: number | null;
  ie: number | null;
  te: number | null;
  efisiensi: string | null;
}

export interface Summary {
  tw: Tw;
  year: number | null;
  unit: string | null;
  indikator: IndicatorResult[];
  sasaran: SasaranResult[];
  perspektif: { name: Perspektif; nilai: number | null; predikat: string | null }[];
  npss: number | null;
  predikat: string | null;
  /** the methodology used (SPEC defaults, or the workbook's `Pengaturan RAPK` sheet) */
  settings: MethodSettings;
}

/** Computes the quarter's summary at full precision (round only for output). */
export function summarize(model: RapkModel, sheet: RealisasiSheet | null, tw: Tw, settings: MethodSettings = DEFAULT_SETTINGS): Summary {
  const k = tw - 1;
  const rows = new Map<string, RealisasiRow>();
  for (const r of sheet?.rows ?? []) if (!rows.has(r.kode)) rows.set(r.kode, r);
  const indikator: IndicatorResult[] = [];
  const sasaran: SasaranResult[] = [];
  const seen = new Set<string>();
  for (const s of model.sasaran) {
    const results: IndicatorResult[] = [];
    let perspektif: Perspektif | null = null;
    for (const ind of s.indikator) {
      const kode = kodeOf(ind);
      if (seen.has(kode)) continue;
      seen.add(kode);
      const row = rows.get(kode);
      const st = settingsOf(ind, s.name, row);
      perspektif ??= st.perspektif;
      const target = twTarget(ind, k);
      const realisasi = row ? typedNumber(row.realisasi[k] ?? null, row.realisasiFormats?.[k] ?? null) : null;
      const c = capaian(target, realisasi, st.polaritas, st.penilaian, tw);
      const targetTahunan = twTarget(ind, 3);
      // the annual status is reported whatever the Penilaian (the LAKIN does so for year-end indicators)
      const ct = capaian(targetTahunan, realisasi, st.polaritas, 'Triwulan', 4);
      const why: NoCapaianReason | null =
        c !== null
          ? null
          : st.penilaian === 'Akhir Tahun' && tw < 4
            ? 'akhirTahun'
            : target === null || target === 0
              ? 'noTarget'
              : 'noRealisasi';
      const res: IndicatorResult = {
        kode,
        sasaranNo: s.no,
        name: ind.name,
        target,
        realisasi,
        capaian: c,
        npi: c === null ? null : npi(c, settings),
        kriteria: c === null ? null : kriteria(c, settings),
        penilaian: st.penilaian,
        bobot: weightOf(settings, kode),
        targetTahunan,
        capaianTahunan: ct,
        statusTahunan: ct === null ? null : statusTahunan(ct, settings),
        why,
        pagu: ind.anggaran.invalid ? null : ind.anggaran.value,
        realisasiAnggaran: row ? typedAmount(row.anggaran[k] ?? null) : null,
      };
      results.push(res);
      indikator.push(res);
    }
    if (results.length === 0) continue;
    const nps = weightedMean(results.flatMap((r) => (r.npi === null ? [] : [{ x: r.npi, w: r.bobot }])));
    const spent = results.filter((r) => r.realisasiAnggaran !== null);
    const counted = spent.length ? spent : results;
    const pagu = counted.reduce((a, r) => a + (r.pagu ?? 0), 0);
    const realisasiAnggaran = spent.length ? spent.reduce((a, r) => a + r.realisasiAnggaran!, 0) : null;
    const penyerapan = realisasiAnggaran !== null && pagu > 0 ? (realisasiAnggaran / pagu) * 100 : null;
    sasaran.push({
      no: s.no,
      name: s.name,
      perspektif: perspektif ?? 'Internal Process',
      nps,
      predikat: nps === null ? null : predikat(nps, settings),
      pagu,
      realisasiAnggaran,
      penyerapan,
      ...efficiency(nps, penyerapan, settings),
    });
  }
  const perspektif = PERSPEKTIF.map((name) => {
    const nilai = mean(sasaran.filter((s) => s.perspektif === name && s.nps !== null).map((s) => s.nps!));
    return { name, nilai, predikat: nilai === null ? null : predikat(nilai, settings) };
  });
  const npss = mean(perspektif.flatMap((p) => (p.nilai === null ? [] : [p.nilai])));
  return {
    tw,
    year: model.year,
    unit: model.unit,
    indikator,
    sasaran,
    perspektif,
    npss,
    predikat: npss === null ? null : predikat(npss, settings),
    settings,
  };
}

const r2 = (x: number | null): number | null => (x === null ? null : round2(x));

/** The `summary --json` shape of SPEC section 8 (numbers rounded to 2 decimals). */
export function summaryJson(s: Summary) {
  return {
    tw: s.tw,
    indikator: s.indikator.map((i) => ({
      kode: i.kode,
      target: r2(i.target),
      realisasi: r2(i.realisasi),
      capaian: r2(i.capaian),
      npi: r2(i.npi),
      kriteria: i.kriteria,
      capaianTahunan: r2(i.capaianTahunan),
      statusTahunan: i.statusTahunan,
    })),
    sasaran: s.sasaran.map((x) => ({
      no: x.no,
      nps: r2(x.nps),
      predikat: x.predikat,
      perspektif: x.perspektif,
      pagu: x.pagu,
      realisasiAnggaran: x.realisasiAnggaran,
      penyerapan: r2(x.penyerapan),
      ie: r2(x.ie),
      te: r2(x.te),
      efisiensi: x.efisiensi,
    })),
    perspektif: s.perspektif.map((p) => ({ name: p.name, nilai: r2(p.nilai), predikat: p.predikat })),
    npss: r2(s.npss),
    predikat: s.predikat,
  };
}

// ---------------------------------------------------------------- the sheet

export function ringkasanSheetName(tw: Tw, year: number | null): string {
  return safeSheetName(`Ringkasan TW ${TW_ROMAN[tw - 1]}${year ? ` ${year}` : ''}`);
}

const TEXT = {
  id: {
    title: (tw: string, y: string) => `RINGKASAN CAPAIAN KINERJA TRIWULAN ${tw} TAHUN ${y}`,
    a: 'A. Capaian Indikator Kinerja',
    b: 'B. Nilai Sasaran (NPS)',
    c: 'C. Nilai Perspektif',
    d: 'D. Nilai Kinerja Organisasi (NPSS)',
    e: 'E. Efisiensi Anggaran per Sasaran',
    ind: [
      'No',
      'Kode',
      'Sasaran',
      'Indikator',
      'Target TW',
      'Realisasi TW',
      'Capaian (%)',
      'Kriteria',
      'NPI',
      'Capaian thd Target Tahunan (%)',
      'Status Tahunan',
    ],
    sas: ['No', 'Sasaran', 'Perspektif', 'NPS', 'Predikat'],
    per: ['Perspektif', 'Nilai', 'Predikat'],
    npss: ['NPSS', 'Predikat'],
    bud: ['No', 'Sasaran', 'Pagu (Rp)', 'Realisasi s.d. TW (Rp)', 'Penyerapan (%)', 'NPS', 'IE', 'TE', 'Efisiensi'],
    why: { noTarget: 'Tidak ada target', noRealisasi: 'Realisasi belum diisi', akhirTahun: 'Dinilai akhir tahun' } as Record<
      NoCapaianReason,
      string
    >,
    none: 'Belum dapat dihitung',
    foot: 'Capaian = Realisasi / Target × 100 (Minimize: (2 − R/T) × 100); NPI = min(capaian, batas NPI); NPS = rata-rata (berbobot) NPI per sasaran; NPSS = rata-rata nilai perspektif. Warna hanya membantu: kriteria dan predikat selalu ditulis.',
    f: 'F. Metode',
    g: 'G. Grafik Capaian per Indikator',
    metode: {
      source: 'Sumber pengaturan',
      sourceSheet: 'sheet "Pengaturan RAPK"',
      sourceDefault: 'bawaan (SPEC bagian 7)',
      kriteria: 'Kriteria indikator',
      predikat: 'Predikat NPS/NPSS',
      efisiensi: 'Efisiensi (TE)',
      cap: 'Batas NPI',
      weights: 'Bobot ≠ 1',
      allOne: 'semua indikator berbobot 1',
      cutoff: 'Status tahunan',
      cutoffText: (c: string) =>
        `Melampaui: > 100 · Tercapai: 100 · Akan Tercapai: ${c} s.d. < 100 · Perlu Upaya Keras: < ${c} (capaian terhadap target tahunan B12; batas ${c})`,
    },
    chartHead: ['Kode', 'Capaian (%)', 'Target 100%', 'Kriteria'],
    chartTitle: (tw: string) => `Capaian Indikator TW ${tw} (%)`,
  },
  en: {
    title: (tw: string, y: string) => `QUARTERLY PERFORMANCE SUMMARY, QUARTER ${tw} ${y}`,
    a: 'A. Indicator achievement',
    b: 'B. Sasaran values (NPS)',
    c: 'C. Perspective values',
    d: 'D. Organisation value (NPSS)',
    e: 'E. Budget efficiency per sasaran',
    ind: [
      'No',
      'Code',
      'Sasaran',
      'Indicator',
      'Target',
      'Realisation',
      'Achievement (%)',
      'Criterion',
      'NPI',
      'Against annual target (%)',
      'Annual status',
    ],
    sas: ['No', 'Sasaran', 'Perspective', 'NPS', 'Rating'],
    per: ['Perspective', 'Value', 'Rating'],
    npss: ['NPSS', 'Rating'],
    bud: ['No', 'Sasaran', 'Budget (Rp)', 'Spent to date (Rp)', 'Absorption (%)', 'NPS', 'IE', 'TE', 'Efficiency'],
    why: { noTarget: 'No target', noRealisasi: 'Realisation not entered', akhirTahun: 'Assessed at year end' } as Record<
      NoCapaianReason,
      string
    >,
    none: 'Cannot be computed yet',
    foot: 'Achievement = Realisation / Target × 100 (Minimize: (2 − R/T) × 100); NPI = min(achievement, NPI cap); NPS = (weighted) mean NPI per sasaran; NPSS = mean of perspective values. Colour only helps: criteria and ratings are always written.',
    f: 'F. Method',
    g: 'G. Achievement per indicator (chart)',
    metode: {
      source: 'Settings from',
      sourceSheet: 'sheet "Pengaturan RAPK"',
      sourceDefault: 'defaults (SPEC section 7)',
      kriteria: 'Indicator criteria',
      predikat: 'NPS/NPSS rating',
      efisiensi: 'Efficiency (TE)',
      cap: 'NPI cap',
      weights: 'Weights ≠ 1',
      allOne: 'every indicator weighs 1',
      cutoff: 'Annual status',
      cutoffText: (c: string) =>
        `Melampaui: > 100 · Tercapai: 100 · Akan Tercapai: ${c} to < 100 · Perlu Upaya Keras: < ${c} (achievement against the annual target B12; cut-off ${c})`,
    },
    chartHead: ['Code', 'Achievement (%)', 'Target 100%', 'Criterion'],
    chartTitle: (tw: string) => `Indicator achievement, quarter ${tw} (%)`,
  },
};

const HEADER_FILL = '#D9E1F2';

/** The `Ringkasan TW n <year>` sheet: numbers as numbers with formats, bands as words + colours. */
export function planRingkasan(s: Summary, lang: 'id' | 'en' = 'id'): SheetPlan {
  const T = TEXT[lang];
  const roman: string = TW_ROMAN[s.tw - 1] ?? '';
  const cells: PlanCell[] = [];
  const merges: SheetPlan['merges'] = [];
  const W = 11;
  const st = s.settings;
  const kriteriaFill = (l: string): string | null => fillOfLabel(st.kriteria, l);
  const predikatFill = (l: string): string | null => fillOfLabel(st.predikat, l);
  const efisiensiFill = (l: string): string | null => fillOfLabel(st.efisiensi, l);
  let r = 0;
  const put = (c: number, value: PlanCell['value'], extra: Partial<PlanCell> = {}): void => {
    if (value === null) {
      if (extra.border || extra.fill) cells.push({ r, c, value: null, ...extra });
      return;
    }
    cells.push({ r, c, value, ...extra });
  };
  const band = (c: number, label: string | null, fill: string | null, fallback: string): void => {
    if (label && fill) put(c, label, { fill, font: fontOn(fill), border: true, align: 'center', bold: true });
    else put(c, fallback, { border: true, align: 'center' });
  };
  const header = (labels: string[]): void => {
    labels.forEach((l, c) => put(c, l, { bold: true, fill: HEADER_FILL, border: true, wrap: true, align: 'center' }));
    r++;
  };
  const section = (t: string): void => {
    r++;
    put(0, t, { bold: true });
    r++;
  };
  put(0, T.title(roman, String(s.year ?? '')), { bold: true, align: 'center' });
  merges.push({ r1: r, c1: 0, r2: r, c2: W - 1 });
  r++;
  if (s.unit) {
    put(0, s.unit.toUpperCase(), { bold: true, align: 'center' });
    merges.push({ r1: r, c1: 0, r2: r, c2: W - 1 });
    r++;
  }
  section(T.a);
  const ind = [...T.ind];
  ind[4] = `${ind[4]} ${roman}`;
  ind[5] = `${ind[5]} ${roman}`;
  const freezeAt = r + 1;
  header(ind);
  const sasName = new Map(s.sasaran.map((x) => [x.no, x.name]));
  s.indikator.forEach((i, n) => {
    put(0, n + 1, { border: true, align: 'center' });
    put(1, i.kode, { border: true, align: 'center' });
    // the sasaran is written on its first indicator only, as in the report's tables
    const first = n === 0 || s.indikator[n - 1]!.sasaranNo !== i.sasaranNo;
    put(2, first ? (sasName.get(i.sasaranNo) ?? '') : null, { border: true, wrap: true });
    put(3, i.name, { border: true, wrap: true });
    put(4, i.target, { border: true, format: '0.00' });
    put(5, i.realisasi, { border: true, format: '0.00' });
    put(6, i.capaian, { border: true, format: '0.00' });
    band(7, i.kriteria, i.kriteria ? kriteriaFill(i.kriteria) : null, i.why ? T.why[i.why] : T.none);
    put(8, i.npi, { border: true, format: '0.00' });
    put(9, i.capaianTahunan, { border: true, format: '0.00' });
    put(10, i.statusTahunan ?? (i.realisasi === null ? T.why.noRealisasi : T.none), { border: true, align: 'center', format: '@' });
    r++;
  });

  /** A table row: each item starts at its column and spans `span` columns (merged). */
  const row = (items: [number, number, () => void][]): void => {
    for (const [c, span] of items) if (span > 1) merges.push({ r1: r, c1: c, r2: r, c2: c + span - 1 });
    for (const [, , write] of items) write();
    r++;
  };
  const hcell = (c: number, l: string) => (): void =>
    put(c, l, { bold: true, fill: HEADER_FILL, border: true, wrap: true, align: 'center' });

  section(T.b);
  row([
    [0, 1, hcell(0, T.sas[0]!)],
    [1, 2, hcell(1, T.sas[1]!)],
    [3, 1, hcell(3, T.sas[2]!)],
    [4, 1, hcell(4, T.sas[3]!)],
    [5, 1, hcell(5, T.sas[4]!)],
  ]);
  for (const x of s.sasaran) {
    row([
      [0, 1, () => put(0, x.no, { border: true, align: 'center', format: '@' })],
      [1, 2, () => put(1, x.name, { border: true, wrap: true })],
      [3, 1, () => put(3, x.perspektif, { border: true })],
      [4, 1, () => put(4, x.nps, { border: true, format: '0.00' })],
      [5, 1, () => band(5, x.predikat, x.predikat ? predikatFill(x.predikat) : null, T.none)],
    ]);
  }

  section(T.c);
  row([
    [1, 2, hcell(1, T.per[0]!)],
    [3, 1, hcell(3, T.per[1]!)],
    [4, 1, hcell(4, T.per[2]!)],
  ]);
  for (const p of s.perspektif) {
    row([
      [1, 2, () => put(1, p.name, { border: true })],
      [3, 1, () => put(3, p.nilai, { border: true, format: '0.00' })],
      [4, 1, () => band(4, p.predikat, p.predikat ? predikatFill(p.predikat) : null, T.none)],
    ]);
  }

  section(T.d);
  row([
    [1, 2, hcell(1, T.npss[0]!)],
    [3, 1, hcell(3, T.npss[1]!)],
  ]);
  row([
    [1, 2, () => put(1, s.npss, { border: true, format: '0.00', bold: true, align: 'center' })],
    [3, 1, () => band(3, s.predikat, s.predikat ? predikatFill(s.predikat) : null, T.none)],
  ]);

  section(T.e);
  const bud = [...T.bud];
  bud[3] = `${bud[3]} ${roman}`;
  row([
    [0, 1, hcell(0, bud[0]!)],
    [1, 2, hcell(1, bud[1]!)],
    ...bud.slice(2).map((l, i): [number, number, () => void] => [3 + i, 1, hcell(3 + i, l)]),
  ]);
  for (const x of s.sasaran) {
    row([
      [0, 1, () => put(0, x.no, { border: true, align: 'center', format: '@' })],
      [1, 2, () => put(1, x.name, { border: true, wrap: true })],
      [3, 1, () => put(3, x.pagu, { border: true, format: '#,##0' })],
      [4, 1, () => put(4, x.realisasiAnggaran, { border: true, format: '#,##0' })],
      [5, 1, () => put(5, x.penyerapan, { border: true, format: '0.00' })],
      [6, 1, () => put(6, x.nps, { border: true, format: '0.00' })],
      [7, 1, () => put(7, x.ie, { border: true, format: '0.00' })],
      [8, 1, () => put(8, x.te, { border: true, format: '0.00' })],
      [9, 1, () => band(9, x.efisiensi, x.efisiensi ? efisiensiFill(x.efisiensi) : null, T.none)],
    ]);
  }
  // F. the method these numbers were computed with (issue 13)
  section(T.f);
  const M = T.metode;
  const fmt = (n: number): string => fmtNum(n, lang);
  const bands = (list: MethodSettings['kriteria']): string => list.map((b) => `${b.label}: ${bandText(b, fmt)}`).join(' · ');
  const weights = [...st.weights].sort(([a], [b]) => a.localeCompare(b)).map(([k, w]) => `${k}: ${fmt(w)}`);
  const metode: [string, string][] = [
    [M.source, st.source === 'sheet' ? M.sourceSheet : M.sourceDefault],
    [M.kriteria, bands(st.kriteria)],
    [M.predikat, bands(st.predikat)],
    [M.efisiensi, bands(st.efisiensi)],
    [M.cap, fmt(st.npiCap)],
    [M.weights, weights.length ? weights.join('; ') : M.allOne],
    [M.cutoff, M.cutoffText(fmt(st.annualCutoff))],
  ];
  for (const [k, v] of metode) {
    row([
      [0, 2, () => put(0, k, { bold: true, border: true, wrap: true, format: '@' })],
      [2, W - 2, () => put(2, v, { border: true, wrap: true, format: '@' })],
    ]);
  }

  // G. the chart's data (bars = capaian per Kode, a 100 % line); the chart sits beside it
  section(T.g);
  const chartFirst = r;
  header(T.chartHead);
  const measured = s.indikator.filter((i) => i.capaian !== null);
  for (const i of measured) {
    put(0, i.kode, { border: true, align: 'center', format: '@' });
    put(1, i.capaian, { border: true, format: '0.00' });
    put(2, 100, { border: true, format: '0.00' });
    band(3, i.kriteria, i.kriteria ? kriteriaFill(i.kriteria) : null, T.none);
    r++;
  }
  const chart = chartOfSummary({
    title: T.chartTitle(roman),
    headerRow: chartFirst,
    firstRow: chartFirst + 1,
    count: measured.length,
    fills: measured.map((i) => (i.kriteria ? (kriteriaFill(i.kriteria) ?? '#A6A6A6') : '#A6A6A6')),
    anchorCol: 5,
  });
  r = Math.max(r, chart ? chart.anchor.r + chart.anchor.rows : r);
  r++;
  put(0, T.foot, { wrap: false });
  r++;
  return {
    name: ringkasanSheetName(s.tw, s.year),
    rows: r,
    cols: W,
    cells,
    merges,
    ...(chart ? { charts: [chart] } : {}),
    widths: [6, 10, 42, 44, 16, 16, 14, 24, 10, 16, 20],
    freeze: { rows: freezeAt, cols: 0 },
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true },
  };
}
