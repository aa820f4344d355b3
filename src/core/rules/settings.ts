/**
 * The settings sheet's rules M01–M05 (SPEC 7, ADR 013): the cells `reader/settings.ts` found
 * become the methodology settings, or findings with the cells to mark. Every unusable value
 * is a finding (nothing is guessed); a section left out keeps its default.
 */
import type { CellValue, Grid } from '../grid/grid';
import { type Finding, finding } from './findings';
import { parseNumber } from '../grid/numbers';
import { norm, normKode } from '../grid/text';
import { type BandRow, type SettingsSheetCells, readSettingsSheet } from '../reader/settings';
import { type BandSpec, DEFAULT_SETTINGS, type MethodSettings } from '../settings/bands';
import { PARAM_NAMES, SECTION_TITLES, findSettingsGrid } from '../settings/sheet';

export type SettingsRead = { ok: true; settings: MethodSettings } | { ok: false; findings: Finding[] };

interface CellBand extends BandSpec {
  cells: { lower: string; upper: string; label: string; fill: string };
}

const YES = new Set(['ya', 'y', 'yes', 'true', 'benar', 'x', '✓']);
const NO = new Set(['tidak', 't', 'no', 'n', 'false', 'salah']);

const text = (v: CellValue): string => (v === null ? '' : String(v));

function num(v: CellValue): { v: number | null; bad: boolean } {
  const p = parseNumber(v, 'target');
  if (p.kind === 'number') return { v: p.value, bad: false };
  if (p.kind === 'invalid') return { v: null, bad: true };
  return { v: null, bad: false };
}

/** Reads the settings sheet; every unusable value is a finding with its cell (nothing is guessed). */
export function readSettings(grid: Grid): SettingsRead {
  return checkSettings(readSettingsSheet(grid));
}

/** M01–M05 over the cells of the settings sheet: the settings, or the findings. */
export function checkSettings(read: SettingsSheetCells): SettingsRead {
  const sheet = read.sheet;
  const findings: Finding[] = [];
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

  for (const sec of read.sections) {
    if (sec.kind === 'noHeader') {
      findings.push(finding('M05', sheet, [sec.at], { kind: 'header', section: SECTION_TITLES[sec.section] }));
      continue;
    }
    if (sec.kind === 'parameter') {
      for (const row of sec.rows) {
        const name = norm(text(row.name));
        const key = (Object.keys(PARAM_NAMES) as (keyof typeof PARAM_NAMES)[]).find((k) => norm(PARAM_NAMES[k]) === name);
        if (!key) continue;
        const n = num(row.value.value);
        if (n.v === null || (key !== 'annualCutoff' && n.v <= 0)) {
          const params = { kind: 'param' as const, name: PARAM_NAMES[key], text: text(row.value.value) };
          findings.push(key === 'bobotIku' ? finding('M04', sheet, [row.value.at], params) : finding('M05', sheet, [row.value.at], params));
        } else out[key] = n.v;
      }
      continue;
    }
    if (sec.kind === 'bobot') {
      for (const row of sec.rows) {
        const kode = normKode(row.kode);
        if (!kode) continue;
        if (/^iku$/i.test(text(row.jenis).trim())) jenisIku.add(kode);
        const raw = row.bobot.value;
        if (raw === null || (typeof raw === 'string' && raw.trim() === '')) continue;
        const n = num(raw);
        if (n.v === null || !(n.v > 0)) findings.push(finding('M04', sheet, [row.bobot.at], { kind: 'weight', kode, text: text(raw) }));
        else explicit.set(kode, n.v);
      }
      continue;
    }
    // a band table
    const section = SECTION_TITLES[sec.section];
    const bands: CellBand[] = [];
    for (const row of sec.rows) {
      const band = checkBand(sheet, section, row, findings);
      if (band) bands.push(band);
    }
    if (bands.length === sec.rows.length) {
      if (bands.length === 0) findings.push(finding('M05', sheet, [sec.at], { kind: 'noBands', section }));
      else findings.push(...coverage(sheet, section, bands));
    }
    out[sec.section] = bands.map(({ lower, lowerIncl, upper, upperIncl, label, fill }) => ({
      lower,
      lowerIncl,
      upper,
      upperIncl,
      label,
      fill,
    }));
  }
  if (findings.length) return { ok: false, findings };
  const weights = new Map<string, number>();
  for (const k of jenisIku) if (out.bobotIku !== 1) weights.set(k, out.bobotIku);
  for (const [k, w] of explicit) if (w !== 1) weights.set(k, w);
  return { ok: true, settings: { ...out, weights, source: 'sheet' } };
}

/** One band row: the band, or null with its findings (M03, M05) pushed. */
function checkBand(sheet: string, section: string, row: BandRow, findings: Finding[]): CellBand | null {
  const lo = num(row.lower.value);
  const hi = num(row.upper.value);
  const label = typeof row.label.value === 'string' ? row.label.value.trim() : '';
  const fillRaw = text(row.fill.value).trim();
  let ok = true;
  const bad = (cell: string, kind: 'label' | 'inclusive' | 'empty' | 'bound', raw: CellValue): void => {
    findings.push(finding('M05', sheet, [cell], { kind, section, label, text: text(raw) }));
    ok = false;
  };
  if (lo.bad) bad(row.lower.at, 'bound', row.lower.value);
  if (hi.bad) bad(row.upper.at, 'bound', row.upper.value);
  const incl = (cell: BandRow['lowerIncl']): boolean => {
    const v = cell.value;
    if (typeof v === 'boolean') return v;
    const t = norm(text(v));
    if (t === '' || YES.has(t)) return true;
    if (NO.has(t)) return false;
    bad(cell.at, 'inclusive', v);
    return true;
  };
  // an open bound (empty) has no inclusivity
  const lowerIncl = lo.v !== null && incl(row.lowerIncl);
  const upperIncl = hi.v !== null && incl(row.upperIncl);
  if (!label) bad(row.label.at, 'label', null);
  const fill = /^#?[0-9a-f]{6}$/i.test(fillRaw) ? `#${fillRaw.replace('#', '').toUpperCase()}` : null;
  if (!fill) {
    findings.push(finding('M03', sheet, [row.fill.at], { kind: fillRaw ? 'invalid' : 'missing', section, label, text: fillRaw }));
    ok = false;
  }
  if (ok && lo.v !== null && hi.v !== null && (lo.v > hi.v || (lo.v === hi.v && !(lowerIncl && upperIncl)))) {
    bad(row.lower.at, 'empty', row.lower.value);
  }
  if (!ok) return null;
  return {
    lower: lo.v,
    lowerIncl,
    upper: hi.v,
    upperIncl,
    label,
    fill: fill!,
    cells: { lower: row.lower.at, upper: row.upper.at, label: row.label.at, fill: row.fill.at },
  };
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

/** The workbook's settings: the sheet's when present and valid, the defaults when absent. */
export function settingsForWorkbook(grids: readonly Grid[]): SettingsRead {
  const g = findSettingsGrid(grids);
  return g ? readSettings(g) : { ok: true, settings: DEFAULT_SETTINGS };
}
