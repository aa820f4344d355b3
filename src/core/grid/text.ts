/** Text helpers shared by the readers. */
import type { CellValue } from './grid';

/** Lower case, single spaces, trimmed; for comparing labels. */
export function norm(s: string): string {
  // most labels have single plain spaces: skip the regex replace for them
  if (!/\s\s|[\t\n\r\f\v\u00a0]/.test(s)) return s.trim().toLowerCase();
  return s
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Lower case with every space removed; for comparing budget lines "case- and space-insensitively". */
export function squash(s: string): string {
  return s.replace(/[\s\u00a0]+/g, '').toLowerCase();
}

/**
 * `01 - Persentase ...` → { no: '01', name: 'Persentase ...' }; `1.1 Persentase ...` (sasaran.indikator)
 * → { no: '01', parent: '01', name: 'Persentase ...' }: a code, not the number 1 followed by text.
 */
export function splitNumbered(s: string): { no: string | null; name: string; parent?: string } {
  const code = /^\s*(\d{1,3})\.(\d{1,3})\.?(?:\s*[-–—)]\s*|\s+)(.*)$/s.exec(s);
  if (code && code[3] && /[A-Za-z]/.test(code[3]))
    return { no: pad2(String(Number(code[2]))), parent: pad2(String(Number(code[1]))), name: code[3].trim() };
  const m = /^\s*(\d{1,3})\s*[-–—.)]\s*(.*)$/s.exec(s);
  if (m && m[2] && /[A-Za-z]/.test(m[2])) return { no: pad2(m[1]!), name: m[2].trim() };
  return { no: null, name: s.trim() };
}

export function pad2(n: string | number): string {
  const s = String(n).trim();
  return s.length >= 2 ? s : s.padStart(2, '0');
}

/** A Kode cell (`01.02`, `1.2`, or the number 1.02 Excel made of it) as the RAPK writes it: `01.02`; null when it is none. */
export function normKode(v: CellValue): string | null {
  if (typeof v === 'number' && Number.isFinite(v) && v > 0) {
    const [a, b] = v.toFixed(2).split('.');
    return `${pad2(a!)}.${b}`;
  }
  if (typeof v !== 'string') return null;
  const m = /^\s*(\d{1,3})\s*\.\s*(\d{1,3})\s*$/.exec(v);
  return m ? `${pad2(m[1]!)}.${pad2(m[2]!)}` : null;
}

/** `1.`, `12`, `3)` — a running number in a NO column. */
export function runningNumber(s: string): string | null {
  const m = /^\s*(\d{1,4})\s*[.)]?\s*$/.exec(s);
  return m ? pad2(String(Number(m[1]))) : null;
}

/** Joins a wrapped continuation to the text above it. */
export function joinWrapped(a: string, b: string): string {
  if (!a) return b.trim();
  if (!b.trim()) return a;
  return `${a.replace(/\s+$/, '')} ${b.trim()}`;
}

/** Indicators measured in percent (0..100): name starts with Persentase/Presentase. */
export function isPercentIndikator(name: string): boolean {
  return /^\s*(persentase|presentase|prosentase)\b/i.test(name);
}
