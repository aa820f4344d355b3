/**
 * Any other export (OM-SPAN, a planner's own table) through a column mapping given once
 * (issue 24): `kode=A,uraian=B,pagu=C,realisasi=D`, the code column holding full line codes
 * (`3165.QIA.005.053.A`, with or without the kegiatan, a program prefix or a trailing akun).
 * Rows of the same line (its akun rows) add up; rows whose code is not a line's (titles,
 * headers, totals) are skipped; the period is read from the rows above the first line.
 */
import { type Grid, textAt } from '../grid/grid';
import { moneyValue, parseNumber } from '../grid/numbers';
import type { LineCode } from './codes';
import { type SaktiLine, type SaktiMissing, type SaktiReport, periodOf } from './report';

export interface ColumnMapping {
  kode: number;
  uraian: number | null;
  pagu: number;
  realisasi: number;
}

const KEYS = ['kode', 'uraian', 'pagu', 'realisasi'] as const;

function columnOf(letters: string): number | null {
  if (!/^[A-Z]{1,3}$/.test(letters)) return null;
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** `kode=A,uraian=B,pagu=C,realisasi=D` (uraian optional), or null when it is not one. */
export function parseMapping(text: string): ColumnMapping | null {
  const got: Partial<Record<(typeof KEYS)[number], number>> = {};
  for (const part of text.split(',')) {
    const m = /^\s*(\w+)\s*=\s*([A-Za-z]+)\s*$/.exec(part);
    if (!m) return null;
    const key = m[1]!.toLowerCase() as (typeof KEYS)[number];
    const c = columnOf(m[2]!.toUpperCase());
    if (!KEYS.includes(key) || c === null || key in got) return null;
    got[key] = c;
  }
  if (got.kode === undefined || got.pagu === undefined || got.realisasi === undefined) return null;
  return { kode: got.kode, uraian: got.uraian ?? null, pagu: got.pagu, realisasi: got.realisasi };
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
