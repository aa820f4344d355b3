/**
 * One unit's contribution to the national Rekap: its workbook's grids → the Ringkasan summary
 * (the same summary as `rapk summary`'s `summaryForWorkbook`, so its NPSS is the same) → a small row.
 * Only this row is kept; the workbook is dropped by the caller.
 */
import type { Grid } from '../grid/grid';
import { efficiency, type Perspektif, type Tw } from './formulas';
import { type UnusableReason, summaryOfWorkbook, validateWorkbook } from '../workbook';
import type { WorkbookProblem } from '../problems';
import { countBySeverity } from '../rules/findings';

/**
 * Why a file could not be used: the file itself, the workbook's problem (no RAPK, no Realisasi,
 * damaged settings, RAPKs of several years: the kind of the core's `Problem`), or an error of ours
 * while reading it (`internal`: never told as a damaged file). The texts are in `../locales/rekap.ts`.
 */
export type RekapFailReason = UnusableReason | WorkbookProblem['kind'] | 'internal';

export interface RekapFailure {
  file: string;
  reason: RekapFailReason;
}

export interface RekapIndikator {
  kode: string;
  name: string;
  capaian: number | null;
}

/** A unit's row, at full precision (rounded only for output). */
export interface RekapUnit {
  file: string;
  unit: string | null;
  year: number | null;
  /** indicators of the RAPK */
  indikator: number;
  /** indicators with a realisasi for the TW */
  terisi: number;
  npss: number | null;
  predikat: string | null;
  perspektif: { name: Perspektif; nilai: number | null }[];
  pagu: number | null;
  realisasiAnggaran: number | null;
  penyerapan: number | null;
  ie: number | null;
  efisiensi: string | null;
  errors: number;
  warnings: number;
  indicators: RekapIndikator[];
  /** when the file was last changed (ms since 1970), where the host knows it: decides which of two versions of a unit is newer */
  modified?: number;
}

export type RekapOutcome = { ok: true; unit: RekapUnit } | { ok: false; failure: RekapFailure };

/**
 * The unit's row from its grids. The unit's budget is read like a sasaran's (SPEC 7): pagu and
 * realisasi are the sums over the indicators that have a Realisasi Anggaran value for the TW
 * (all indicators when none has); IE = NPSS / penyerapan.
 */
export function rekapUnit(file: string, grids: readonly Grid[], tw: Tw): RekapOutcome {
  const validation = validateWorkbook(grids);
  if (validation.problem) return { ok: false, failure: { file, reason: validation.problem.kind } };
  const r = summaryOfWorkbook(grids, tw, { validation });
  // the file's own problem, as it is: a damaged settings sheet is not "no RAPK"
  if ('problem' in r) return { ok: false, failure: { file, reason: r.problem.kind } };
  const s = r.summary;
  const spent = s.indikator.filter((i) => i.realisasiAnggaran !== null);
  const counted = spent.length ? spent : s.indikator;
  const paguKnown = counted.filter((i) => i.pagu !== null);
  const pagu = paguKnown.length ? paguKnown.reduce((a, i) => a + i.pagu!, 0) : null;
  const realisasiAnggaran = spent.length ? spent.reduce((a, i) => a + i.realisasiAnggaran!, 0) : null;
  const penyerapan = realisasiAnggaran !== null && pagu !== null && pagu > 0 ? (realisasiAnggaran / pagu) * 100 : null;
  const eff = efficiency(s.npss, penyerapan);
  const counts = countBySeverity(validation.findings);
  return {
    ok: true,
    unit: {
      file,
      unit: s.unit,
      year: s.year,
      indikator: s.indikator.length,
      terisi: s.indikator.filter((i) => i.realisasi !== null).length,
      npss: s.npss,
      predikat: s.predikat,
      perspektif: s.perspektif.map((p) => ({ name: p.name, nilai: p.nilai })),
      pagu,
      realisasiAnggaran,
      penyerapan,
      ie: eff.ie,
      efisiensi: eff.efisiensi,
      errors: counts.error,
      warnings: counts.warning,
      indicators: s.indikator.map((i) => ({ kode: i.kode, name: i.name, capaian: i.capaian })),
    },
  };
}

/**
 * What the bytes of a file say before any parsing: an encrypted workbook or an old .xls is an
 * OLE compound file, an .xlsx is a zip. Null when the bytes look like a zip.
 */
export function sniffXlsx(bytes: Uint8Array): UnusableReason | null {
  if (bytes.length === 0) return 'empty';
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'encrypted';
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) return 'notXlsx';
  return null;
}

/** A file as the sheet shows it: its name without folders (the CLI gets paths, the pane names). */
export function baseName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}
