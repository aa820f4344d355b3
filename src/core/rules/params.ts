/**
 * The parameters of each finding code, one type per code (as zod keys its issues by `code`):
 * the rules build them, the catalogues (`locales/id.ts`, `en.ts`) read them, both checked
 * against this map, so a misspelt or missing parameter does not compile. Codes with `kind`s are
 * unions, one member per kind. `kode` is the indicator's code, `indicator` its name.
 */
import type { RuleCode } from './table';

/** An indicator's code and name (`indParams` in `context.ts`). */
export interface Ind {
  kode: string;
  indicator: string;
}

/** A band of a `Pengaturan RAPK` section. */
interface Band {
  section: string;
  label: string;
}

export interface FindingParams {
  S01: Record<string, never>;
  S02: { kind: 'noSasaran'; indicator: string } | { kind: 'row'; row: number };
  S03: { text: string; field: string };
  S04: { kind: 'sasaran' | 'indikator'; no: string };
  S05: { kind: 'formula'; cell: string } | { kind: 'header'; text: string };
  S06: { lines: number };
  T01: Ind & { month: string };
  T02: { text: string; month: string };
  T03: Ind & { month: string; value: number };
  T04: Ind & { month: string; prevMonth: string; value: number; prevValue: number };
  T05: { indicator: string };
  T06: Ind & { month: string; lastMonth: string };
  T07: Ind & { field: string; value: number; summary: number | null };
  A01: Ind & { lines: number };
  A02: Ind & { line: string; kontribusi: number; anggaran: number };
  A03: { line: string; indicators: string };
  A04: { line: string; kode: string; firstKode: string; value: number; firstValue: number };
  A05:
    | { kind: 'grand'; row: number }
    | { kind: 'sasaran'; no: string; row: number }
    | (Ind & { kind: 'detail'; column: string; row: number });
  A06:
    | (Ind & { kind: 'quarters'; line: string; total: number; sum: number })
    | (Ind & { kind: 'percent'; line: string; value: number; want: number });
  A07: { field: string; value: number | null; text: string };
  A08: (Ind & { kind: 'noLines'; anggaran: number }) | (Ind & { kind: 'noContribution'; line: string });
  R01:
    | { kind: 'text'; kode: string; tw: string; text: string }
    | { kind: 'over100'; kode: string; tw: string; value: number }
    | { kind: 'anggaranText'; kode: string; tw: string; text: string };
  R02: { kind: 'missing' | 'unknown'; kode: string };
  R03: { kode: string; tw: string; value: number | null; rapk: number | null };
  P01: Ind & { value: number; pk: number; pkSheet: string; pkCell: string };
  P02: (Ind & { kind: 'notInPk'; pkSheet: string }) | { kind: 'notInRapk'; indicator: string; pkSheet: string };
  M01: Band & { other: string; value: number | null; otherValue: number | null };
  M02:
    | (Band & { kind: 'below'; value: number })
    | (Band & { kind: 'above'; value: number })
    | (Band & { kind: 'between'; other: string; value: number | null; otherValue: number | null });
  A09: { code: string; name: string };
  A10: { kode: string; line: string };
  A11: { line: string };
  A12: { code: string; name: string };
  A13: { year: number | null; rapkYear: number | null; month: number | null; wantMonth: number; tw: number; period: string };
  M03: Band & { kind: 'missing' | 'invalid'; text: string };
  M04: { kind: 'param'; name: string; text: string } | { kind: 'weight'; kode: string; text: string };
  M05:
    | { kind: 'header'; section: string }
    | { kind: 'noBands'; section: string }
    | { kind: 'param'; name: string; text: string }
    | (Band & { kind: 'label'; text: string })
    | (Band & { kind: 'inclusive'; text: string })
    | (Band & { kind: 'empty'; text: string })
    | (Band & { kind: 'bound'; text: string });
  M06:
    | { kind: 'split'; name: string; text: string }
    | { kind: 'column'; name: string; text: string }
    | { kind: 'missing'; name: string; text: string }
    | { kind: 'duplicate'; name: string; other: string; text: string };
}

/**
 * The parameters of `code`. A code added to the rules table before its entry here falls back
 * to the loose bag (so parallel branches merge); tests/types/findings.typetest.ts lists the
 * codes that have an entry.
 */
export type ParamsOf<C extends RuleCode> = C extends keyof FindingParams ? FindingParams[C] : Record<string, string | number | null>;

/** A rule that could not run (the reader stopped: S01; a model rule threw: its own code). */
export interface FaultParams {
  fault: string;
}
