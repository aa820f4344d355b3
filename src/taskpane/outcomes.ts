/**
 * What the pane shows after a command, decided without React or a DOM (tests/taskpane/outcomes.test.ts):
 * the result message (its intent, title, text, whether it is a status or an alert), the findings
 * list, the summary card, and the RAPK errors offered on request. The hook (`useTaskPane`) only
 * stores what these functions return.
 */
import type { UiStrings } from '../core/locales/pane';
import type { RapkChosen } from '../core/rapkChosen';
import { type Finding, countBySeverity, worstSeverity } from '../core/rules/findings';
import type { Summary } from '../core/measure/summary';
import { isSettingsSheetName } from '../core/settings';
import { sayProblem } from '../core/problems';
import {
  GatewayError,
  type HapusTandaResult,
  type PengaturanResult,
  type RealisasiResult,
  type RingkasanResult,
  type ValidasiResult,
} from '../gateway/contract';
import { validasiExtra } from './validasiExtra';

export type Intent = 'success' | 'info' | 'warning' | 'error';

/** The pane's commands (the result is shown under the one that ran). */
export type CommandId = 'validasi' | 'hapus' | 'realisasi' | 'ringkasan' | 'pengaturan';

/** A result message, rendered in the pane's current language (it follows a language switch). */
export interface Outcome {
  intent: Intent;
  /** a status (polite) for a finished command, an alert (assertive) when it failed */
  politeness: 'polite' | 'assertive';
  /** the outcome in a few words, above the text (e.g. "7 kesalahan perlu diperbaiki") */
  title?: (t: UiStrings) => string;
  text: (t: UiStrings) => string;
  detail?: (t: UiStrings) => string;
  /** a second line (e.g. "RAPK masih memiliki 2 kesalahan") */
  extra?: (t: UiStrings) => string;
  /** RAPK errors still there when Realisasi/Ringkasan ran: said in `extra`, listed on request */
  rapkErrors?: Finding[];
  /** the RAPK Realisasi/Ringkasan used when one of another year was left aside: one line of its own */
  rapkChosen?: (t: UiStrings) => string;
}

/** Everything a command's result puts on screen, under the command that ran. */
export interface Shown {
  command: CommandId;
  outcome: Outcome;
  findings: Finding[] | null;
  summary: Summary | null;
}

/** The colour of a result: the worst finding's. */
export function worstIntent(findings: readonly Finding[]): Intent {
  return worstSeverity(findings) ?? 'success';
}

export function validasiShown(r: ValidasiResult): Shown {
  const { error: e, warning: w } = countBySeverity(r.findings);
  const settings = isSettingsSheetName(r.sheet);
  const done = (u: UiStrings): string => (settings ? u.validasiSettingsDone(r) : u.validasiDone(r));
  const title = e
    ? (u: UiStrings) => u.toFix(e)
    : w
      ? (u: UiStrings) => u.toCheck(w)
      : r.findings.length
        ? (u: UiStrings) => u.infoOnly(r.findings.length)
        : (u: UiStrings) => u.clean;
  return {
    command: 'validasi',
    // a finished Validasi is a status, whatever it found; the colour is the worst finding's
    // marks made as fills only, comments refused, marks conditional formats may hide: said in `extra`
    outcome: { intent: worstIntent(r.findings), politeness: 'polite', title, text: done, ...validasiExtra(r) },
    findings: r.findings.length ? r.findings : null,
    summary: null,
  };
}

export function hapusShown(r: HapusTandaResult): Shown {
  const kept = r.kept;
  return {
    command: 'hapus',
    // notes or comments this Excel could not remove (the record keeps them): a warning that says so
    outcome: kept
      ? { intent: 'warning', politeness: 'polite', text: (u) => u.hapusDone(r.restored), extra: (u) => u.hapusKept(kept) }
      : {
          intent: r.restored ? 'success' : 'info',
          politeness: 'polite',
          text: (u) => (r.restored ? u.hapusDone(r.restored) : u.hapusNone),
        },
    findings: null,
    summary: null,
  };
}

/** The RAPK errors left when Realisasi/Ringkasan ran: said in the result, listed on request. */
function unresolved(list: Finding[]): Pick<Outcome, 'extra' | 'rapkErrors'> {
  return list.length ? { extra: (u) => u.rapkErrors(list.length), rapkErrors: list } : {};
}

/** The RAPK used when one of another year was left aside, said as the CLI says it. */
function chosenLine(c: RapkChosen | undefined): Pick<Outcome, 'rapkChosen'> {
  return c ? { rapkChosen: (u) => u.rapkChosen(c) } : {};
}

export function realisasiShown(r: RealisasiResult): Shown {
  return {
    command: 'realisasi',
    outcome: {
      intent: r.rapkErrors.length ? 'warning' : r.upToDate ? 'info' : 'success',
      politeness: 'polite',
      text: (u) => u.realisasiDone(r),
      ...unresolved(r.rapkErrors),
      ...chosenLine(r.rapkChosen),
    },
    findings: null,
    summary: null,
  };
}

export function ringkasanShown(r: RingkasanResult): Shown {
  const ind = r.summary.indikator;
  const counted = ind.filter((i) => i.npi !== null).length;
  const akhir = ind.filter((i) => i.why === 'akhirTahun').length;
  const text = ind.filter((i) => i.why === 'notNumber').map((i) => i.kode);
  const over = ind.filter((i) => i.over100).map((i) => i.kode);
  const more = unresolved(r.rapkErrors);
  return {
    command: 'ringkasan',
    outcome: {
      intent: text.length || over.length || r.rapkErrors.length ? 'warning' : 'success',
      politeness: 'polite',
      text: (u) => `${u.ringkasanDone(r.sheet, r)} ${u.counted(counted, ind.length, akhir)}`,
      ...more,
      ...chosenLine(r.rapkChosen),
      extra: (u) =>
        [text.length ? u.notNumber(text.join(', ')) : '', over.length ? u.over100(over.join(', ')) : '', more.extra?.(u) ?? '']
          .filter(Boolean)
          .join(' '),
    },
    // the Ringkasan's result replaces the findings list of an earlier Validasi
    findings: null,
    summary: r.summary,
  };
}

export function pengaturanShown(r: PengaturanResult): Shown {
  return {
    command: 'pengaturan',
    outcome: { intent: r.created ? 'success' : 'info', politeness: 'polite', text: (u) => u.pengaturanDone(r) },
    findings: null,
    summary: null,
  };
}

/** A failed command: the problem said in the pane's words, what was changed, and the host's details. */
export function failure(e: Error): Outcome {
  if (e instanceof GatewayError) {
    const detail = (u: UiStrings): string =>
      [
        e.done === 'partial' ? u.partial : u.nothingChanged,
        e.officeCode ? `${u.details}: ${e.officeCode}${e.detail ? ` — ${e.detail}` : ''}` : '',
      ]
        .filter(Boolean)
        .join(' ');
    return { intent: 'error', politeness: 'assertive', text: (u) => sayProblem(u.errors, e.problem), detail };
  }
  return {
    intent: 'error',
    politeness: 'assertive',
    text: (u) => u.errors.office({ kind: 'office' }),
    detail: (u) => `${u.technical}: ${e.message}`,
  };
}

export function failedShown(command: CommandId, e: Error): Shown {
  return { command, outcome: failure(e), findings: null, summary: null };
}
