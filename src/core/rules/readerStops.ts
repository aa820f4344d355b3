/**
 * Where the reader stopped and why (the S01 findings with a `fault` param), so that "no RAPK
 * table" always says why: the CLI prints `readerStops`, the add-in carries them in a `noRapk`
 * error's params (`noRapkParams`) and the pane reads them back (`readerStopOf`) for its sentence
 * (`readerStopNotice` in `../locales`).
 */
import { type Finding, faultOf } from './findings';

/** S01 of a sheet the reader stopped on (its `fault` param says why). */
export function isReaderFault(f: Finding): boolean {
  return f.code === 'S01' && faultOf(f) !== undefined;
}

/** A sheet the reader stopped on, and why (the `fault` of its S01). */
export interface ReaderStop {
  sheet: string;
  reason: string;
}

/**
 * The sheets the reader stopped on, from a validation's findings (a workbook's or one sheet's):
 * what goes with "no RAPK table" so it says why, in the CLI and in the pane alike.
 */
export function readerStops(findings: readonly Finding[]): ReaderStop[] {
  return findings.filter(isReaderFault).map((f) => ({ sheet: f.sheet, reason: faultOf(f) ?? '' }));
}

/** Where the reader stopped, as a `noRapk` error carries it: the first sheet and why, how many sheets, and the sheet the planner is on. */
export interface ReaderStopNotice {
  stop: ReaderStop;
  count: number;
  onSheet?: string;
}

/** The params of a `noRapk` error: `sheet` (the sheet the planner is on, when it is the one meant) and the reader's stops. */
export function noRapkParams(stops: readonly ReaderStop[], sheet?: string): Record<string, string | number> {
  const first = stops[0];
  return {
    ...(sheet === undefined ? {} : { sheet }),
    ...(first ? { faultSheet: first.sheet, fault: first.reason, faults: stops.length } : {}),
  };
}

/** Where the reader stopped, from a `noRapk` error's params; null when it did not. */
export function readerStopOf(p: Readonly<Record<string, string | number>>): ReaderStopNotice | null {
  const { fault, faultSheet, faults, sheet } = p;
  if (typeof fault !== 'string' || typeof faultSheet !== 'string') return null;
  return {
    stop: { sheet: faultSheet, reason: fault },
    count: typeof faults === 'number' ? faults : 1,
    ...(typeof sheet === 'string' ? { onSheet: sheet } : {}),
  };
}
