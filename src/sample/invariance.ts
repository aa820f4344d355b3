/**
 * The properties a rendering must have (issue 10), as one function used by `npm test` and by
 * `npm run fuzz`: the reader never throws; a clean rendering gives no error and no warning and
 * the model of the source (targets, anggaran, lines, kontribusi); a planted mistake is found
 * with its code at its cell.
 */
import { EPS } from '../core/grid/numbers';
import type { RuleCode } from '../core/rules/findings';
import { allIndikator } from '../core/reader/model';
import { validateSheet } from '../core/rules/validate';
import { type Presentation, type Rendering, renderPresentation } from './present';

/** Findings a planted mistake may bring along (the same mistake seen by another rule). */
const KNOCK_ON: Record<string, RuleCode[]> = {
  T01: ['T07'],
  T02: ['T07'],
  A01: [],
  A07: ['A01', 'A05'],
  // the first month's target is lost with the shift: the detail heading (Layout D) still has it
  T05: ['T07'],
};

const same = (a: number | null | undefined, b: number | null | undefined): boolean =>
  (a ?? null) === null ? (b ?? null) === null : b !== null && b !== undefined && Math.abs(a! - b) < EPS;

/** null when the rendering has every property, else what is wrong. */
export function checkRendering(seed: number, over: Partial<Presentation> = {}): string | null {
  let r: Rendering;
  try {
    r = renderPresentation(seed, over);
  } catch (e) {
    return `the generator threw: ${String(e)}`;
  }
  let v;
  try {
    v = validateSheet(r.grid);
  } catch (e) {
    return `validation threw: ${String(e)}`;
  }
  const p = r.presentation;
  const label = `layout ${p.layout}, ${JSON.stringify(p)}`;
  if (!v.model) return `no model (${v.kind}; ${v.findings.map((f) => `${f.code} ${JSON.stringify(f.params)}`).join('; ')}) — ${label}`;
  const loud = v.findings.filter((f) => f.severity !== 'info');
  if (r.planted) {
    const hit = v.findings.find((f) => f.code === r.planted!.code && f.cells[0] === r.planted!.cell);
    if (!hit) return `planted ${r.planted.code} at ${r.planted.cell} not found (found ${describe(loud)}) — ${label}`;
    const allowed = new Set<RuleCode>([r.planted.code, ...(KNOCK_ON[r.planted.code] ?? [])]);
    const other = loud.filter((f) => !allowed.has(f.code));
    if (other.length) return `planted ${r.planted.code}, also found ${describe(other)} — ${label}`;
    return null;
  }
  if (loud.length) return `clean rendering gave ${describe(loud)} — ${label}`;
  // the same model as the source
  const inds = allIndikator(v.model);
  const src = r.spec.sasaran.flatMap((s) => s.indikator);
  if (inds.length !== src.length) return `read ${inds.length} indicators, source has ${src.length} — ${label}`;
  for (let i = 0; i < src.length; i++) {
    const a = inds[i]!;
    const b = src[i]!;
    if (a.name !== b.name) return `indicator ${i + 1}: name ${JSON.stringify(a.name)}, source ${JSON.stringify(b.name)} — ${label}`;
    for (let k = 0; k < 12; k++) {
      const want = r.months.includes(k) ? (b.targets[k] ?? null) : null;
      if (!same(a.targets[k]?.value, want)) return `indicator ${i + 1}: target B${k + 1} ${a.targets[k]?.value}, source ${want} — ${label}`;
    }
    if (a.anggaran.value !== b.anggaran) return `indicator ${i + 1}: anggaran ${a.anggaran.value}, source ${b.anggaran} — ${label}`;
    if (a.lines.length !== b.lines.length) return `indicator ${i + 1}: ${a.lines.length} lines, source ${b.lines.length} — ${label}`;
    for (let j = 0; j < b.lines.length; j++) {
      const la = a.lines[j]!;
      const lb = b.lines[j]!;
      if (la.kontribusi.value !== lb.kontribusi)
        return `indicator ${i + 1} line ${j + 1}: kontribusi ${la.kontribusi.value}, source ${lb.kontribusi} — ${label}`;
      if (p.layout !== 'R' && la.anggaran.value !== lb.anggaran)
        return `indicator ${i + 1} line ${j + 1}: anggaran ${la.anggaran.value}, source ${lb.anggaran} — ${label}`;
    }
  }
  return null;
}

function describe(list: readonly { code: string; cells: string[]; params: object }[]): string {
  return list
    .slice(0, 5)
    .map((f) => `${f.code}@${f.cells[0] ?? ''} ${JSON.stringify(f.params)}`)
    .join('; ');
}
