/**
 * What the tests of Validasi with merged areas owed (`lateMerges`, tests/parity/late-merges*)
 * share: the host profiles, a Layout K RAPK of a few hundred rows with a merging habit, and
 * Validasi run through the gateway on the simulator with what it leaves on the sheet.
 */
import type { Grid } from '../../src/core/grid/grid';
import { DESKTOP_LIMITS, type ReadLimits, WEB_LIMITS } from '../../src/excel/read';
import { ExcelGateway } from '../../src/excel/gateway';
import { ExcelSimulator, type SimOptions } from '../../src/sim/excelSim';
import { mergedDown, targetMerged } from '../../src/sample/habitsMerged';
import { type Presentation, renderPresentation } from '../../src/sample/present';
import { randomSpec } from '../../src/sample/random';

export const DESKTOP: [string, SimOptions, ReadLimits] = ['Windows and Mac', { platform: 'desktop' }, DESKTOP_LIMITS];
export const WEB: [string, SimOptions, ReadLimits] = ['Excel on the web', { platform: 'web' }, WEB_LIMITS];
/** the web's cap scaled down: the sheet read in several responses */
export const WEB_60KB: [string, SimOptions, ReadLimits] = [
  'Excel on the web with 60 KB responses',
  { platform: 'web', responseLimit: 60_000 },
  { responseBytes: 60_000 },
];

/**
 * A Layout K RAPK of 8 sasaran × 5 indicators (a few hundred rows) with the habit: a target
 * typed once and merged across the months (every other indicator), or RO and KOMPONEN merged
 * down the budget lines. `over` changes the presentation (e.g. targets typed as text).
 */
export function kRapk(seed: number, habit: 'targetMerged' | 'mergedDown' = 'targetMerged', over: Partial<Presentation> = {}): Grid {
  const spec = randomSpec(seed, { sasaran: 8, indicatorsPerSasaran: 5, linesPerIndicator: 3, year: 2025 });
  const needs: Partial<Presentation> =
    habit === 'targetMerged'
      ? { monthStyle: 'B01', quarterOnly: false, blankCols: [], extraCols: [], targetStyle: 'percentFormat' }
      : { wrapLines: false };
  const plain = renderPresentation(seed, { ...needs, layout: 'K', plant: 'none', moneyStyle: 'number', ...over }, spec);
  return (habit === 'targetMerged' ? targetMerged(plain) : mergedDown(plain)).habit;
}

/** `count` rows of `areas` cells merged across two columns each (text in every left cell), appended below the table. */
export function denseRows(g: Grid, count: number, areas: number): Grid {
  const values = g.values.map((r) => [...r]);
  const merges = [...(g.merges ?? [])];
  values.push([], []);
  for (let i = 0; i < count; i++) {
    const r = values.length;
    values.push(Array.from({ length: 2 * areas }, (_, c) => (c % 2 ? null : `catatan ${i}.${c}`)));
    for (let k = 0; k < areas; k++) merges.push({ r1: r, c1: 2 * k, r2: r, c2: 2 * k + 1 });
  }
  return { ...g, values, merges };
}

/** Findings as `code@cells`, in order. */
export function codes(findings: readonly { code: string; cells: readonly string[] }[]): string[] {
  return findings.map((f) => `${f.code}@${f.cells.join(' ')}`);
}

/** The gateway over the simulator with the given limits (`headMergeRows` scaled down by the tests). */
export function gatewayWith(sim: ExcelSimulator, limits: ReadLimits): ExcelGateway {
  return new ExcelGateway(
    (batch) => sim.run((ctx) => batch(ctx as unknown as Excel.RequestContext)),
    (n, v) => sim.isSetSupported(n, v),
    limits,
  );
}

/** The first sheet's filled cells and notes, sorted. */
export function marksOf(sim: ExcelSimulator): { fills: string[]; notes: string[] } {
  const s = sim.store.sheets[0]!;
  return {
    fills: [...s.cells]
      .filter(([, c]) => c.fill)
      .map(([k, c]) => `${k}=${JSON.stringify(c.fill)}`)
      .sort(),
    notes: [...s.notes].map(([k, v]) => `${k}=${v}`).sort(),
  };
}

/** Every target merged across the months below row 16 typed as 150 (over 100 %: T03 in every month the merge covers). */
export function over100(g: Grid): Grid {
  const values = g.values.map((r) => [...r]);
  for (const m of g.merges ?? []) if (m.r1 > 16 && m.r1 === m.r2 && m.c2 - m.c1 === 11) values[m.r1]![m.c1] = 150;
  return { ...g, values };
}

interface Marked {
  findings: string[];
  fills: string[];
  notes: string[];
}

/** The run with most areas owed (`late`) made the CLI's findings and left the marks of the run with every area first. */
export function expectAsFirst(seed: number, cli: string[], first: Marked, late: Marked): void {
  expect(first.findings).toEqual(cli);
  expect({ seed, findings: late.findings }).toEqual({ seed, findings: cli });
  expect(late.fills).toEqual(first.fills);
  expect(late.notes).toEqual(first.notes);
}
