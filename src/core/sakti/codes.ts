/**
 * Budget codes as SAKTI and the RAPK spell them (issue 24, ADR 021). One budget line is
 * kegiatan + KRO + RO + komponen + sub komponen; each part is normalized from every spelling
 * seen: kegiatan `3165`, `AB.3165`, `063.01.DR.3165`; KRO `QIA`, `3165.QIA`; RO `005`,
 * `QIA.005`; komponen `053`, `005.053`; sub komponen `A`, `0A`, `003.0A`. The akun (6 digits)
 * is never part of a line's identity.
 */

export interface LineCode {
  /** 4 digits, or null when the source does not say it (the RAPK's RO column usually does) */
  kegiatan: string | null;
  kro: string;
  ro: string;
  komponen: string;
  sub: string;
}

/**
 * A RAPK line's code: Layout R lists budget at RO level (no komponen, no sub komponen), and
 * such a line covers every sub komponen of its RO in the report.
 */
export interface RapkCode {
  kegiatan: string | null;
  kro: string;
  ro: string;
  komponen: string | null;
  sub: string | null;
}

const head = (s: string): string =>
  s
    .trim()
    .replace(/\s*[-–—]\s*$/, '')
    .split(/\s+[-–—]\s+|\s{2,}/)[0]!
    .trim();

/** The last group of the shape the level has, whatever prefixes the report writes before it. */
export function kegiatanOf(s: string): string | null {
  const m = /(?:^|[.\s])(\d{4})(?=$|[.\s])/.exec(head(s));
  return m ? m[1]! : null;
}

export function kroOf(s: string): string | null {
  const parts = head(s).toUpperCase().split('.');
  const m = [...parts].reverse().find((p) => /^[A-Z]{3}$/.test(p));
  return m ?? null;
}

/** RO: the 3 characters after the KRO (`QIA.005` → `005`), or a bare 3-character code. */
export function roOf(s: string): string | null {
  const parts = head(s).toUpperCase().split('.');
  const k = parts.findIndex((p) => /^[A-Z]{3}$/.test(p));
  if (k >= 0 && parts[k + 1] && /^[A-Z0-9]{3}$/.test(parts[k + 1]!)) return parts[k + 1]!;
  const last = parts[parts.length - 1]!;
  return /^[A-Z0-9]{3}$/.test(last) && !/^[A-Z]{3}$/.test(last) ? last : null;
}

export function komponenOf(s: string): string | null {
  const parts = head(s).split('.');
  const last = parts[parts.length - 1]!;
  return /^\d{3}$/.test(last) ? last : null;
}

/** Sub komponen: `A`, `0A`, `003.0A`, `A - PENGADAAN SAMPEL` → `A`. */
export function subOf(s: string): string | null {
  const parts = head(s).toUpperCase().split('.');
  const last = parts[parts.length - 1]!.replace(/^0+(?=[A-Z])/, '');
  return /^[A-Z]{1,2}$/.test(last) ? last : null;
}

export function akunOf(s: string): string | null {
  const m = /^(\d{6})$/.exec(head(s));
  return m ? m[1]! : null;
}

/** A RAPK budget line (`DR.3165.QIA.005 - …`, `053 - …`, `A - …`) as a code, or null when its RO says none. */
export function rapkLineCode(ro: string, komponen: string, sub: string): RapkCode | null {
  const kro = kroOf(ro);
  const r = roOf(ro);
  if (!kro || !r) return null;
  const k = komponen.trim() ? komponenOf(komponen) : null;
  const s = sub.trim() && k ? subOf(sub) : null;
  if (komponen.trim() && !k) return null;
  if (sub.trim() && k && !s) return null;
  return { kegiatan: kegiatanOf(ro), kro, ro: r, komponen: k, sub: s };
}

/** Does the RAPK line `c` cover the report's line `l` (the same line, or `l` inside `c`'s RO or komponen)? */
export function covers(c: RapkCode, l: LineCode): boolean {
  return (
    c.kro === l.kro &&
    c.ro === l.ro &&
    (c.komponen === null || c.komponen === l.komponen) &&
    (c.sub === null || c.sub === l.sub) &&
    (c.kegiatan === null || l.kegiatan === null || c.kegiatan === l.kegiatan)
  );
}

export function codeText(c: RapkCode | LineCode): string {
  return [c.kegiatan, c.kro, c.ro, c.komponen, c.sub].filter((x) => x !== null).join('.');
}
