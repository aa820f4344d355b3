/**
 * The national Rekap from the units' rows: ranks by NPSS, national mean and median, flags
 * (year differs from the majority, no realisasi in the TW), and the units × indicators
 * capaian matrix with indicators matched by name across units.
 */
import { type Tw, kriteria, kriteriaFill, mean } from './formulas';
import { round2 } from '../grid/numbers';
import { type RekapFailure, type RekapUnit, baseName } from './rekapUnit';

export type RekapFlag = 'otherYear' | 'noRealisasiTw';

export interface RankedUnit extends RekapUnit {
  /** 1 = highest NPSS; equal NPSS (to 2 decimals) share a rank; null when not ranked */
  rank: number | null;
  flags: RekapFlag[];
}

/** A kriteria band for a capaian: its label and fill. Bands are a parameter (settings may change them). */
export type KriteriaOf = (capaian: number) => { label: string; fill: string | null };

export const defaultKriteriaOf: KriteriaOf = (x) => {
  const k = kriteria(x);
  return { label: k, fill: kriteriaFill(k) };
};

export interface MatrixColumn {
  /** `I01`, `I02`, … */
  code: string;
  /** the name as first written by a unit */
  name: string;
  /** how many units have it */
  units: number;
}

export interface MatrixCell {
  capaian: number | null;
  kriteria: string | null;
  fill: string | null;
}

export interface Rekap {
  tw: Tw;
  /** the majority year of the units (the latest on a tie), null when no unit has a year */
  year: number | null;
  /** ranked units first (by rank), then the others in file order */
  units: RankedUnit[];
  failed: RekapFailure[];
  mean: number | null;
  median: number | null;
  matrix: { columns: MatrixColumn[]; rows: MatrixCell[][] };
  /** indicators found in only one unit (not in the matrix) */
  unmatched: { unit: string; name: string }[];
  /** older versions of a unit also in the files (same unit and year): not counted, the newer one is */
  superseded: Superseded[];
}

export interface Superseded {
  file: string;
  unit: string;
  year: number | null;
  /** the file used instead */
  by: string;
}

/**
 * One row per unit: two files of the same unit and year are two versions of its RAPK (a
 * revision beside the original), so only the newer one is counted — by the time the host
 * gives (`modified`), else by the file name in natural order (`revisi 2` after `revisi 1`).
 */
export function latestVersions(units: readonly RekapUnit[]): { kept: RekapUnit[]; superseded: Superseded[] } {
  const key = (u: RekapUnit): string | null => (u.unit ? `${indikatorKey(u.unit)}|${u.year ?? ''}` : null);
  const newer = (a: RekapUnit, b: RekapUnit): boolean =>
    a.modified !== undefined && b.modified !== undefined && a.modified !== b.modified
      ? a.modified > b.modified
      : baseName(a.file).localeCompare(baseName(b.file), undefined, { numeric: true, sensitivity: 'base' }) > 0;
  const best = new Map<string, RekapUnit>();
  for (const u of units) {
    const k = key(u);
    if (k === null) continue;
    const b = best.get(k);
    if (!b || newer(u, b)) best.set(k, u);
  }
  const kept: RekapUnit[] = [];
  const superseded: Superseded[] = [];
  for (const u of units) {
    const k = key(u);
    const b = k === null ? u : best.get(k)!;
    if (b === u) kept.push(u);
    else superseded.push({ file: u.file, unit: u.unit!, year: u.year, by: b.file });
  }
  return { kept, superseded };
}

/**
 * The key an indicator is matched by: case, spacing, punctuation and a leading number
 * (`01 - `, `1.2`, `a.`, `(3)`) do not count.
 */
export function indikatorKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^\s*(?:\(?\s*(?:\d+(?:\s*[.,]\s*\d+)*|[a-z])\s*[).]?\s*[-–—:.)]?\s+)+/u, '')
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}

function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function majorityYear(units: readonly RekapUnit[]): number | null {
  const count = new Map<number, number>();
  for (const u of units) if (u.year !== null) count.set(u.year, (count.get(u.year) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of count) if (best === null || n > count.get(best)! || (n === count.get(best)! && y > best)) best = y;
  return best;
}

export function buildRekap(
  allUnits: readonly RekapUnit[],
  failed: readonly RekapFailure[],
  tw: Tw,
  kriteriaOf: KriteriaOf = defaultKriteriaOf,
): Rekap {
  const { kept: units, superseded } = latestVersions(allUnits);
  const year = majorityYear(units);
  const flagged: RankedUnit[] = units.map((u) => {
    const flags: RekapFlag[] = [];
    if (year !== null && u.year !== year) flags.push('otherYear');
    if (u.terisi === 0) flags.push('noRealisasiTw');
    return { ...u, rank: null, flags };
  });
  // only units of the majority year with an NPSS are ranked and counted nationally
  const counted = flagged.filter((u) => u.npss !== null && !u.flags.includes('otherYear'));
  const byScore = [...counted].sort((a, b) => round2(b.npss!) - round2(a.npss!));
  byScore.forEach((u, i) => {
    const prev = byScore[i - 1];
    u.rank = prev && round2(prev.npss!) === round2(u.npss!) ? prev.rank : i + 1;
  });
  const others = flagged.filter((u) => u.rank === null);
  const ordered = [...byScore, ...others];
  const scores = counted.map((u) => u.npss!);

  // indicators matched by key across units, in order of first appearance
  const perUnit = ordered.map((u) => {
    const seen = new Map<string, number>();
    return u.indicators.map((ind) => {
      const base = indikatorKey(ind.name);
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      return { key: n === 1 ? base : `${base}#${n}`, ind };
    });
  });
  const cols = new Map<string, { name: string; units: number }>();
  for (const list of perUnit) {
    for (const { key, ind } of list) {
      const c = cols.get(key);
      if (c) c.units++;
      else cols.set(key, { name: ind.name, units: 1 });
    }
  }
  const matched = [...cols.entries()].filter(([, c]) => ordered.length === 1 || c.units > 1);
  const columns: MatrixColumn[] = matched.map(([, c], i) => ({ code: `I${String(i + 1).padStart(2, '0')}`, name: c.name, units: c.units }));
  const index = new Map(matched.map(([k], i) => [k, i]));
  const rows: MatrixCell[][] = perUnit.map((list) => {
    const row: MatrixCell[] = columns.map(() => ({ capaian: null, kriteria: null, fill: null }));
    for (const { key, ind } of list) {
      const i = index.get(key);
      if (i === undefined || ind.capaian === null) continue;
      const k = kriteriaOf(ind.capaian);
      row[i] = { capaian: ind.capaian, kriteria: k.label, fill: k.fill };
    }
    return row;
  });
  const unmatched = perUnit.flatMap((list, n) =>
    list.filter(({ key }) => !index.has(key)).map(({ ind }) => ({ unit: ordered[n]!.unit ?? baseName(ordered[n]!.file), name: ind.name })),
  );
  return {
    tw,
    year,
    units: ordered,
    failed: [...failed],
    mean: mean(scores),
    median: median(scores),
    matrix: { columns, rows },
    unmatched,
    superseded,
  };
}

const r2 = (x: number | null): number | null => (x === null ? null : round2(x));

/** The `rekap --json` shape (numbers rounded to 2 decimals, null where there is no value). */
export function rekapJson(r: Rekap, reasonText: (f: RekapFailure) => string) {
  return {
    tw: r.tw,
    units: r.units.map((u) => ({
      file: u.file,
      unit: u.unit,
      year: u.year,
      indikator: u.indikator,
      terisi: u.terisi,
      npss: r2(u.npss),
      predikat: u.predikat,
      rank: u.rank,
      perspektif: u.perspektif.map((p) => ({ name: p.name, nilai: r2(p.nilai) })),
      pagu: r2(u.pagu),
      realisasiAnggaran: r2(u.realisasiAnggaran),
      penyerapan: r2(u.penyerapan),
      ie: r2(u.ie),
      errors: u.errors,
      warnings: u.warnings,
    })),
    failed: r.failed.map((f) => ({ file: f.file, reason: reasonText(f) })),
    mean: r2(r.mean),
    median: r2(r.median),
    // only when the files held two versions of a unit: SPEC's shape stays as it is otherwise
    ...(r.superseded.length ? { superseded: r.superseded.map((x) => ({ file: x.file, unit: x.unit, by: x.by })) } : {}),
  };
}
