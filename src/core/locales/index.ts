/**
 * Message catalogues: the core's findings become sentences only here. Every other sentence has
 * its home in this folder too, one file per audience, each `{ id, en }`: the Ringkasan sheet
 * (`ringkasan.ts`), the Rekap sheet (`rekap.ts`), the settings sheet (`settingsSheet.ts`), rule
 * titles (`titles.ts`), the pane (`pane.ts`, `paneRekap.ts`), the CLI (`cli.ts`, its help
 * `cliHelp.ts`) and the harness (`harness.ts`). tests/core/locales-parity.test.ts checks them.
 */
import type { CodeFinding, Finding, ParamValue, RuleCode } from '../rules/findings';
import { en } from './en';
import { type Lang, fmtNum } from './format';
import { id } from './id';
import type { Catalogue, Helpers, Message } from './types';

export type { Lang } from './format';
export type { Catalogue } from './types';

export const CATALOGUES: Record<Lang, Catalogue> = { id, en };

export function isLang(s: unknown): s is Lang {
  return s === 'id' || s === 'en';
}

function helpers(cat: Catalogue): Helpers {
  const field = (v: ParamValue | undefined): string => {
    const key = String(v ?? '');
    return cat.field[key] ?? key;
  };
  return {
    int: (v) => fmtNum(v, cat.lang),
    num: (v) => fmtNum(v, cat.lang),
    field,
    fieldCap: (v) => {
      const s = field(v);
      return s.charAt(0).toUpperCase() + s.slice(1);
    },
  };
}

export function messageOf(f: Finding, lang: Lang = 'id'): string {
  const cat = CATALOGUES[lang];
  // a check that failed says so (the reader's S01, or a rule's own code), with the reason
  if ('fault' in f.params) return f.code === 'S01' ? cat.fault.reader(f.params.fault) : cat.fault.rule(f.code, f.params.fault);
  return render(cat, f as CodeFinding);
}

/** `f`'s own message: each code's message takes that code's parameters (one cast: TypeScript cannot correlate `rules[f.code]` with `f`). */
function render<C extends RuleCode>(cat: Catalogue, f: CodeFinding<C>): string {
  const m = cat.rules[f.code] as Message<C>;
  return typeof m === 'string' ? m : m(f.params, helpers(cat), f);
}

/** A sheet the reader stopped on, as said under "no RAPK table": `<sheet>: <why>` (the CLI's line and the pane's). */
export function readerStopMessage(stop: { sheet: string; reason: string }, lang: Lang = 'id'): string {
  return `${stop.sheet}: ${CATALOGUES[lang].fault.reader(stop.reason)}`;
}

/**
 * "No RAPK table" when the reader stopped: the first sheet it stopped on and why (as the CLI
 * says it), led by "no readable RAPK table in this workbook" unless that sheet is `onSheet` (the
 * one the planner is on), then how many more sheets it stopped on.
 */
export function readerStopNotice(
  { stop, count, onSheet }: { stop: { sheet: string; reason: string }; count: number; onSheet?: string },
  lang: Lang = 'id',
): string {
  const cat = CATALOGUES[lang].fault;
  return [stop.sheet === onSheet ? '' : cat.noReadableRapk, readerStopMessage(stop, lang), count > 1 ? cat.otherStops(count - 1) : '']
    .filter(Boolean)
    .join(' ');
}

export function severityLabel(sev: Finding['severity'], lang: Lang = 'id'): string {
  return CATALOGUES[lang].severity[sev];
}
