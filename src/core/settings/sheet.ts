/**
 * The `Pengaturan RAPK` sheet: its plan (defaults or a preset) and its reader, which returns
 * the settings or findings M01–M05 with the cells to mark. Sections and columns are found by
 * their words, like the RAPK's, so a planner may move them; a section left out keeps its
 * default.
 */
import { type CellValue, type Grid, a1, cellAt, gridWidth, textAt } from '../grid/grid';
import { type Finding, finding } from '../rules/findings';
import { type RapkModel, allIndikator, kodeOf } from '../reader/model';
import { parseNumber } from '../grid/numbers';
import { fontOn } from '../sheets/palette';
import type { PlanCell, SheetPlan } from '../sheets/plan';
import { norm, pad2 } from '../grid/text';
import { SETTINGS_SHEET_TEXT } from '../locales/settingsSheet';
import { type BandSpec, DEFAULT_SETTINGS, type MethodSettings, type PresetName, presetSettings } from './bands';

export const SETTINGS_SHEET = 'Pengaturan RAPK';

export type BandSection = 'kriteria' | 'predikat' | 'efisiensi';

/** Section titles as written (the reader compares them case- and space-insensitively). */
export const SECTION_TITLES: Record<BandSection | 'parameter' | 'bobot', string> = {
  kriteria: 'Kriteria Indikator',
  predikat: 'Predikat NPS/NPSS',
  efisiensi: 'Efisiensi Anggaran (TE)',
  parameter: 'Parameter',
  bobot: 'Bobot Indikator',
};

export const BAND_HEADER = ['Batas Bawah', 'Bawah Termasuk', 'Batas Atas', 'Atas Termasuk', 'Label', 'Warna'] as const;
export const PARAM_HEADER = ['Parameter', 'Nilai'] as const;
export const BOBOT_HEADER = ['Kode', 'Indikator', 'Jenis', 'Bobot'] as const;
export const PARAM_NAMES = { npiCap: 'Batas NPI', annualCutoff: 'Batas Akan Tercapai (%)', bobotIku: 'Bobot IKU' } as const;

export function isSettingsSheetName(name: string): boolean {
  return norm(name) === norm(SETTINGS_SHEET);
}

// ---------------------------------------------------------------- reading

export type SettingsRead = { ok: true; settings: MethodSettings } | { ok: false; findings: Finding[] };

interface CellBand extends BandSpec {
  row: number;
  cells: { lower: string; upper: string; label: string; fill: string };
}

const YES = new Set(['ya', 'y', 'yes', 'true', 'benar', 'x', '✓']);
const NO = new Set(['tidak', 't', 'no', 'n', 'false', 'salah']);

function sectionOf(t: string): keyof typeof SECTION_TITLES | null {
  for (const [k, title] of Object.entries(SECTION_TITLES)) if (t === norm(title)) return k as keyof typeof SECTION_TITLES;
  return null;
}

/** Reads the settings sheet; every unusable value is a finding with its cell (nothing is guessed). */
export function readSettings(grid: Grid): SettingsRead {
  const sheet = grid.name;
  const findings: Finding[] = [];
  const width = Math.min(gridWidth(grid), 60);
  const height = grid.values.length;
  const out = {
    kriteria: DEFAULT_SETTINGS.kriteria,
    predikat: DEFAULT_SETTINGS.predikat,
    efisiensi: DEFAULT_SETTINGS.efisiensi,
    npiCap: DEFAULT_SETTINGS.npiCap,
    annualCutoff: DEFAULT_SETTINGS.annualCutoff,
    bobotIku: DEFAULT_SETTINGS.bobotIku,
  };
  const explicit = new Map<string, number>();
  const jenisIku = new Set<string>();

  const isBlankRow = (r: number): boolean => {
    for (let c = 0; c < width; c++) {
      const v = cellAt(grid, r, c);
      if (v !== null && !(typeof v === 'string' && v.trim() === '')) return false;
    }
    return true;
  };
  const firstText = (r: number): string => {
    for (let c = 0; c < width; c++) {
      const t = textAt(grid, r, c);
      if (t) return norm(t);
    }
    return '';
  };
  /** header columns: label → column, when every label is in the row */
  const headerCols = (r: number, labels: readonly string[]): Map<string, number> | null => {
    const cols = new Map<string, number>();
    for (let c = 0; c < width; c++) {
      const t = norm(textAt(grid, r, c));
      const l = labels.find((x) => norm(x) === t);
      if (l && !cols.has(l)) cols.set(l, c);
    }
    return cols.size === labels.length ? cols : null;
  };
  const num = (r: number, c: number): { v: number | null; bad: boolean } => {
    const p = parseNumber(cellAt(grid, r, c), 'target');
    if (p.kind === 'number') return { v: p.value, bad: false };
    if (p.kind === 'invalid') return { v: null, bad: true };
    return { v: null, bad: false };
  };
  const text = (v: CellValue): string => (v === null ? '' : String(v));

  let r = 0;
  while (r < height) {
    const sec = sectionOf(firstText(r));
    if (!sec) {
      r++;
      continue;
    }
    // the section's header: the next non-blank row
    let h = r + 1;
    while (h < height && isBlankRow(h)) h++;
    const labels = sec === 'parameter' ? PARAM_HEADER : sec === 'bobot' ? BOBOT_HEADER : BAND_HEADER;
    const cols = headerCols(h, labels);
    if (!cols) {
      findings.push(finding('M05', sheet, [a1({ r: Math.min(h, height - 1), c: 0 })], { kind: 'header', section: SECTION_TITLES[sec] }));
      r = h + 1;
      continue;
    }
    const rows: number[] = [];
    let d = h + 1;
    for (; d < height && !isBlankRow(d) && !sectionOf(firstText(d)); d++) rows.push(d);
    r = d;
    const col = (l: string): number => cols.get(l)!;

    if (sec === 'parameter') {
      for (const pr of rows) {
        const name = norm(text(cellAt(grid, pr, col('Parameter'))));
        const key = (Object.keys(PARAM_NAMES) as (keyof typeof PARAM_NAMES)[]).find((k) => norm(PARAM_NAMES[k]) === name);
        if (!key) continue;
        const c = col('Nilai');
        const n = num(pr, c);
        const cell = a1({ r: pr, c });
        if (n.v === null || (key !== 'annualCutoff' && n.v <= 0)) {
          findings.push(
            finding(key === 'bobotIku' ? 'M04' : 'M05', sheet, [cell], {
              kind: 'param',
              name: PARAM_NAMES[key],
              text: text(cellAt(grid, pr, c)),
            }) as Finding,
          );
        } else out[key] = n.v;
      }
      continue;
    }

    if (sec === 'bobot') {
      for (const br of rows) {
        const kode = normKode(cellAt(grid, br, col('Kode')));
        if (!kode) continue;
        if (/^iku$/i.test(text(cellAt(grid, br, col('Jenis'))).trim())) jenisIku.add(kode);
        const c = col('Bobot');
        const raw = cellAt(grid, br, c);
        if (raw === null || (typeof raw === 'string' && raw.trim() === '')) continue;
        const n = num(br, c);
        if (n.v === null || !(n.v > 0)) findings.push(finding('M04', sheet, [a1({ r: br, c })], { kind: 'weight', kode, text: text(raw) }));
        else explicit.set(kode, n.v);
      }
      continue;
    }

    // a band table
    const section = SECTION_TITLES[sec];
    const bands: CellBand[] = [];
    for (const br of rows) {
      const at = (l: (typeof BAND_HEADER)[number]): string => a1({ r: br, c: col(l) });
      const lo = num(br, col('Batas Bawah'));
      const hi = num(br, col('Batas Atas'));
      const label = textAt(grid, br, col('Label'));
      const fillRaw = text(cellAt(grid, br, col('Warna'))).trim();
      let ok = true;
      const bad = (cell: string, kind: 'bound' | 'label' | 'inclusive' | 'empty', raw: CellValue): void => {
        findings.push(finding('M05', sheet, [cell], { kind, section, label, text: text(raw) }));
        ok = false;
      };
      if (lo.bad) bad(at('Batas Bawah'), 'bound', cellAt(grid, br, col('Batas Bawah')));
      if (hi.bad) bad(at('Batas Atas'), 'bound', cellAt(grid, br, col('Batas Atas')));
      const incl = (l: 'Bawah Termasuk' | 'Atas Termasuk'): boolean => {
        const v = cellAt(grid, br, col(l));
        if (typeof v === 'boolean') return v;
        const t = norm(text(v));
        if (t === '' || YES.has(t)) return true;
        if (NO.has(t)) return false;
        bad(at(l), 'inclusive', v);
        return true;
      };
      // an open bound (empty) has no inclusivity
      const lowerIncl = lo.v !== null && incl('Bawah Termasuk');
      const upperIncl = hi.v !== null && incl('Atas Termasuk');
      if (!label) bad(at('Label'), 'label', null);
      const fill = /^#?[0-9a-f]{6}$/i.test(fillRaw) ? `#${fillRaw.replace('#', '').toUpperCase()}` : null;
      if (!fill) {
        findings.push(finding('M03', sheet, [at('Warna')], { kind: fillRaw ? 'invalid' : 'missing', section, label, text: fillRaw }));
        ok = false;
      }
      if (ok && lo.v !== null && hi.v !== null && (lo.v > hi.v || (lo.v === hi.v && !(lowerIncl && upperIncl)))) {
        bad(at('Batas Bawah'), 'empty', cellAt(grid, br, col('Batas Bawah')));
      }
      if (ok)
        bands.push({
          lower: lo.v,
          lowerIncl,
          upper: hi.v,
          upperIncl,
          label,
          fill: fill!,
          row: br,
          cells: { lower: at('Batas Bawah'), upper: at('Batas Atas'), label: at('Label'), fill: at('Warna') },
        });
    }
    if (bands.length === rows.length) {
      if (bands.length === 0) findings.push(finding('M05', sheet, [a1({ r: h, c: 0 })], { kind: 'noBands', section }));
      else findings.push(...coverage(sheet, section, bands));
    }
    out[sec] = bands.map(({ lower, lowerIncl, upper, upperIncl, label, fill }) => ({ lower, lowerIncl, upper, upperIncl, label, fill }));
  }
  if (findings.length) return { ok: false, findings };
  const weights = new Map<string, number>();
  for (const k of jenisIku) if (out.bobotIku !== 1) weights.set(k, out.bobotIku);
  for (const [k, w] of explicit) if (w !== 1) weights.set(k, w);
  return { ok: true, settings: { ...out, weights, source: 'sheet' } };
}

const lowKey = (b: BandSpec): number => (b.lower === null ? -Infinity : b.lower + (b.lowerIncl ? 0 : 1e-12));

/** Every number must fall in exactly one band: gaps (M02) and overlaps (M01) between neighbours. */
function coverage(sheet: string, section: string, bands: CellBand[]): Finding[] {
  const out: Finding[] = [];
  const sorted = [...bands].sort((a, b) => lowKey(a) - lowKey(b));
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  if (first.lower !== null)
    out.push(finding('M02', sheet, [first.cells.lower], { section, kind: 'below', value: first.lower, label: first.label }));
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i]!;
    const b = sorted[i + 1]!;
    const params = { section, label: a.label, other: b.label, value: a.upper, otherValue: b.lower };
    if (a.upper === null || b.lower === null) {
      out.push(finding('M01', sheet, [b.cells.lower, a.cells.upper], params));
      continue;
    }
    if (a.upper > b.lower || (a.upper === b.lower && a.upperIncl && b.lowerIncl))
      out.push(finding('M01', sheet, [b.cells.lower, a.cells.upper], params));
    else if (a.upper < b.lower || (!a.upperIncl && !b.lowerIncl))
      out.push(finding('M02', sheet, [b.cells.lower, a.cells.upper], { ...params, kind: 'between' }));
  }
  if (last.upper !== null)
    out.push(finding('M02', sheet, [last.cells.upper], { section, kind: 'above', value: last.upper, label: last.label }));
  return out;
}

function normKode(v: CellValue): string | null {
  if (typeof v === 'number' && Number.isFinite(v) && v > 0) {
    const [a, b] = v.toFixed(2).split('.');
    return `${pad2(a!)}.${b}`;
  }
  if (typeof v !== 'string') return null;
  const m = /^\s*(\d{1,3})\s*\.\s*(\d{1,3})\s*$/.exec(v);
  return m ? `${pad2(m[1]!)}.${pad2(m[2]!)}` : null;
}

/** The settings sheet of a workbook, if any (by name). */
export function findSettingsGrid(grids: readonly Grid[]): Grid | null {
  return grids.find((g) => isSettingsSheetName(g.name)) ?? null;
}

/** The workbook's settings: the sheet's when present and valid, the defaults when absent. */
export function settingsForWorkbook(grids: readonly Grid[]): SettingsRead {
  const g = findSettingsGrid(grids);
  return g ? readSettings(g) : { ok: true, settings: DEFAULT_SETTINGS };
}

// ---------------------------------------------------------------- the sheet plan

const HEADER_FILL = '#D9E1F2';
const INPUT_FILL = '#FFF2CC';

/** The `Pengaturan RAPK` sheet for a preset, with one Bobot row per indicator of the RAPK. */
export function planSettings(model: RapkModel | null, preset: PresetName = 'spec', lang: 'id' | 'en' = 'id'): SheetPlan {
  const s = presetSettings(preset);
  const T = SETTINGS_SHEET_TEXT[lang];
  const cells: PlanCell[] = [];
  let r = 0;
  const put = (c: number, value: CellValue, extra: Partial<PlanCell> = {}): void => {
    cells.push({ r, c, value, ...extra });
  };
  const header = (labels: readonly string[]): void => {
    labels.forEach((l, c) => put(c, l, { bold: true, fill: HEADER_FILL, border: true, align: 'center', wrap: true }));
    r++;
  };
  put(0, T.title, { bold: true });
  r++;
  put(0, T.help, { wrap: false });
  r++;
  put(0, T.preset(T.presetLabel[preset]));
  r += 2;
  const bandTable = (title: string, bands: readonly BandSpec[]): void => {
    put(0, title, { bold: true });
    r++;
    header(BAND_HEADER);
    for (const b of bands) {
      put(0, b.lower, { border: true, format: '0.00' });
      put(1, b.lower === null ? null : b.lowerIncl ? 'Ya' : 'Tidak', { border: true, align: 'center', format: '@' });
      put(2, b.upper, { border: true, format: '0.00' });
      put(3, b.upper === null ? null : b.upperIncl ? 'Ya' : 'Tidak', { border: true, align: 'center', format: '@' });
      put(4, b.label, { border: true, format: '@' });
      put(5, b.fill, { border: true, fill: b.fill, font: fontOn(b.fill), format: '@', align: 'center' });
      r++;
    }
    r++;
  };
  bandTable(SECTION_TITLES.kriteria, s.kriteria);
  bandTable(SECTION_TITLES.predikat, s.predikat);
  bandTable(SECTION_TITLES.efisiensi, s.efisiensi);
  put(0, SECTION_TITLES.parameter, { bold: true });
  r++;
  header(PARAM_HEADER);
  for (const [k, v] of [
    ['npiCap', s.npiCap],
    ['annualCutoff', s.annualCutoff],
    ['bobotIku', s.bobotIku],
  ] as const) {
    put(0, PARAM_NAMES[k], { border: true });
    put(1, v, { border: true, fill: INPUT_FILL, format: '0.00' });
    r++;
  }
  r++;
  put(0, SECTION_TITLES.bobot, { bold: true });
  put(4, T.bobotHelp);
  r++;
  header(BOBOT_HEADER);
  const firstBobot = r;
  for (const ind of model ? allIndikator(model) : []) {
    put(0, kodeOf(ind), { border: true, format: '@', align: 'center' });
    put(1, ind.name, { border: true, format: '@' });
    put(2, null, { border: true, fill: INPUT_FILL, format: '@' });
    put(3, null, { border: true, fill: INPUT_FILL, format: '0.00' });
    r++;
  }
  return {
    name: SETTINGS_SHEET,
    rows: r,
    cols: BAND_HEADER.length,
    cells,
    merges: [],
    widths: [16, 60, 14, 14, 30, 14],
    // Jenis: a list, so IKU is spelt the way the reader knows
    validations: r > firstBobot ? [{ range: { r1: firstBobot, c1: 2, r2: r - 1, c2: 2 }, list: ['IKU', 'IKK', 'IKSS'] }] : [],
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: true },
  };
}
