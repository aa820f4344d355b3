/**
 * Ringkasan TW: capaian, NPI, NPS, perspective values, NPSS and budget efficiency for one
 * quarter (SPEC section 7) and its JSON (section 8); the sheet is `sheets/ringkasan.ts`.
 */
import { type RapkModel, kodeOf } from '../reader/model';
import {
  type Penilaian,
  type Perspektif,
  type StatusTahunan,
  type Tw,
  PERSPEKTIF,
  capaian,
  efficiency,
  kriteria,
  mean,
  npi,
  predikat,
  statusTahunan,
  weightedMean,
} from './formulas';
import { round2 } from '../grid/numbers';
import { isPercentIndikator } from '../grid/text';
import { DEFAULT_SETTINGS, type MethodSettings, weightOf } from '../settings/bands';
import { type RealisasiRow, type RealisasiSheet, numberOf } from '../reader/realisasi';
import { settingsOf, twTarget } from './indikator';

/** why an indicator has no capaian; `notNumber`: the planner typed text that is not a number */
export type NoCapaianReason = 'noTarget' | 'noRealisasi' | 'notNumber' | 'akhirTahun';

export interface IndikatorResult {
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
  /** what was typed when it is text that is not a number (not counted) */
  realisasiText: string | null;
  /** a Persentase indicator with realisasi above 100 (R01 on the Realisasi sheet); still counted, and said */
  over100: boolean;
  pagu: number | null;
  realisasiAnggaran: number | null;
  /** realisasi anggaran / pagu × 100 (null without either, or with pagu 0) */
  penyerapan: number | null;
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
  indikator: IndikatorResult[];
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
  const indikator: IndikatorResult[] = [];
  const sasaran: SasaranResult[] = [];
  const seen = new Set<string>();
  for (const s of model.sasaran) {
    const results: IndikatorResult[] = [];
    let perspektif: Perspektif | null = null;
    for (const ind of s.indikator) {
      const kode = kodeOf(ind);
      if (seen.has(kode)) continue;
      seen.add(kode);
      const row = rows.get(kode);
      const st = settingsOf(ind, s.name, row);
      perspektif ??= st.perspektif;
      const target = twTarget(ind, k);
      const typed = row?.values.realisasi[k];
      const realisasi = numberOf(typed);
      // what was typed when it is not a number (`-` included): listed, not counted
      const text = typed?.kind === 'text' || typed?.kind === 'dash' ? typed.text : null;
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
              : text !== null
                ? 'notNumber'
                : 'noRealisasi';
      const res: IndikatorResult = {
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
        realisasiText: text,
        over100: realisasi !== null && round2(realisasi) > 100 && isPercentIndikator(ind.name),
        pagu: ind.anggaran.invalid ? null : ind.anggaran.value,
        realisasiAnggaran: numberOf(row?.values.anggaran[k]),
        penyerapan: null,
      };
      if (res.pagu && res.realisasiAnggaran !== null) res.penyerapan = (res.realisasiAnggaran / res.pagu) * 100;
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
