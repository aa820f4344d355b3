/**
 * Where the reader stopped and why (the S01 findings with a `fault` param), so that "no RAPK
 * table" always says why: a `noRapk` problem (`../problems`) carries them, typed, to the CLI and
 * the pane, which say them with `readerStopNotice` (`../locales`).
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
