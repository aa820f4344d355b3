/**
 * Any other export (OM-SPAN, a planner's own table) through a column mapping given once
 * (issue 24): `kode=A,uraian=B,pagu=C,realisasi=D`, the code column holding full line codes
 * (`3165.QIA.005.053.A`, with or without the kegiatan, a program prefix or a trailing akun).
 * Rows of the same line (its akun rows) add up; rows whose code is not a line's (titles,
 * headers, totals) are skipped; the period is read from the rows above the first line.
 */
import { type Grid, a1, textAt } from '../grid/grid';
import { moneyValue, parseNumber } from '../grid/numbers';
import type { LineCode } from './codes';
import { type SaktiLine, type SaktiMissing, type SaktiReport, periodOf } from './report';

export interface ColumnMapping {
  kode: number;
  uraian: number | null;
  pagu: number;
  realisasi: number;
}

export const MAPPING_KEYS = ['kode', 'uraian', 'pagu', 'realisasi'] as const;
export type MappingKey = (typeof MAPPING_KEYS)[number];
const KEYS = MAPPING_KEYS;
/** the columns a mapping cannot do without (uraian is optional) */
export const MAPPING_REQUIRED: readonly MappingKey[] = ['kode', 'pagu', 'realisasi'];

/** `A` → 0 … `XFD` → 16383, or null when it is not a column's letters. */
export function columnOf(letters: string): number | null {
  if (!/^[A-Z]{1,3}$/.test(letters)) return null;
  const c = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return c < 16384 ? c : null;
}

/** 0 → `A`. */
export function letterOf(c: number): string {
  return a1({ r: 0, c }).replace(/\d+$/, '');
}

/** What keeps a (partly) chosen mapping from being used: a required column not chosen, or one column twice. */
export function mappingProblem(
  m: Partial<Record<MappingKey, number | null>>,
): null | { kind: 'missing'; key: MappingKey } | { kind: 'duplicate'; key: MappingKey; other: MappingKey } {
  for (const key of MAPPING_REQUIRED) if (m[key] === undefined || m[key] === null) return { kind: 'missing', key };
  for (let i = 0; i < MAPPING_KEYS.length; i++)
    for (let j = 0; j < i; j++) {
      const a = m[MAPPING_KEYS[i]!];
      if (a !== undefined && a !== null && a === m[MAPPING_KEYS[j]!])
        return { kind: 'duplicate', key: MAPPING_KEYS[i]!, other: MAPPING_KEYS[j]! };
    }
  return null;
}

/** A complete mapping from a chosen one, or null while `mappingProblem` says why not. */
export function completeMapping(m: Partial<Record<MappingKey, number | null>>): ColumnMapping | null {
  if (mappingProblem(m)) return null;
  return { kode: m.kode!, uraian: m.uraian ?? null, pagu: m.pagu!, realisasi: m.realisasi! };
}

/** `kode=A,uraian=B,pagu=C,realisasi=D`: a mapping as `--kolom` takes it. */
export function mappingText(m: ColumnMapping): string {
  return KEYS.filter((k) => m[k] !== null)
    .map((k) => `${k}=${letterOf(m[k]!)}`)
    .join(',');
}

/** `kode=A,uraian=B,pagu=C,realisasi=D` (uraian optional), or null when it is not one. */
export function parseMapping(text: string): ColumnMapping | null {
  const got: Partial<Record<MappingKey, number>> = {};
  for (const part of text.split(',')) {
    const m = /^\s*(\w+)\s*=\s*([A-Za-z]+)\s*$/.exec(part);
    if (!m) return null;
    const key = m[1]!.toLowerCase() as MappingKey;
    const c = columnOf(m[2]!.toUpperCase());
    if (!KEYS.includes(key) || c === null || key in got) return null;
    got[key] = c;
  }
  return completeMapping(got);
}

/** A full line code (`3165.QIA.005.053.A`, `AB.3165.QIA.005.053.0A`, `…053.A.521211`), or null. */
export function fullCodeOf(text: string): LineCode | null {
  const parts = text.trim().split(/\s/)[0]!.toUpperCase().split('.');
  if (parts.length && /^\d{6}$/.test(parts[parts.length - 1]!)) parts.pop(); // the akun
  if (parts.length < 4) return null;
  const [sub, komponen, ro, kro] = parts.slice(-4).reverse() as [string, string, string, string];
  const s = sub.replace(/^0+(?=[A-Z])/, '');
  if (!/^[A-Z]{1,2}$/.test(s) || !/^\d{3}$/.test(komponen) || !/^[A-Z0-9]{3}$/.test(ro) || !/^[A-Z]{3}$/.test(kro)) return null;
  const before = parts[parts.length - 5];
  return { kegiatan: before && /^\d{4}$/.test(before) ? before : null, kro, ro, komponen, sub: s };
}

function money(grid: Grid, r: number, c: number): number {
  const p = parseNumber(grid.values[r]?.[c] ?? null, 'money');
  return p.kind === 'number' ? moneyValue(p.value) : 0;
}

function readMappedGrid(grid: Grid, m: ColumnMapping): SaktiReport | null {
  const byKey = new Map<string, SaktiLine>();
  let first = -1;
  for (let r = 0; r < grid.values.length; r++) {
    const code = fullCodeOf(textAt(grid, r, m.kode));
    if (!code) continue;
    if (first < 0) first = r;
    const key = [code.kegiatan, code.kro, code.ro, code.komponen, code.sub].join('.');
    const line = byKey.get(key);
    if (line) {
      line.akunRows++;
      line.pagu = moneyValue(line.pagu + money(grid, r, m.pagu));
      line.realisasi = moneyValue(line.realisasi + money(grid, r, m.realisasi));
    } else
      byKey.set(key, {
        code,
        name: m.uraian === null ? '' : textAt(grid, r, m.uraian).trim(),
        pagu: money(grid, r, m.pagu),
        realisasi: money(grid, r, m.realisasi),
        cell: { r, c: m.kode },
        akunRows: 1,
      });
  }
  if (first < 0) return null;
  return {
    sheet: grid.name,
    ...periodOf(grid, first),
    lines: [...byKey.values()],
    columns: { codes: [{ c: m.kode, level: 'sub' }], name: m.uraian, pagu: m.pagu, realisasi: m.realisasi },
  };
}

/** The first sheet whose mapped code column holds line codes, or what was not found. */
export function readMapped(grids: readonly Grid[], m: ColumnMapping): SaktiReport | { missing: SaktiMissing } {
  for (const g of grids) {
    const r = readMappedGrid(g, m);
    if (r) return r;
  }
  return { missing: 'mapped' };
}
