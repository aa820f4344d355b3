/** What every command of the office-js adapter runs with, inside one `Excel.run` batch. */
import type { Capabilities } from '../gateway/contract';
import type { ReadLimits } from './read';

/** What the gateway learnt about its host during the session (what the API sets do not say). */
export interface HostQuirks {
  /** `worksheet.comments` threw NotImplemented (threaded-comments mode of Office 2021/2024 LTSC) */
  commentsBroken: boolean;
}

export interface CommandEnv {
  /** the host's API sets (checked by the facade before the batch) */
  caps: Capabilities;
  /** the platform's payload limits */
  limits: ReadLimits;
  /** set once the workbook has changed, so a failure is reported as a partial change */
  progress: { done: boolean };
  /** what the session learnt about the host (shared by its commands) */
  host: HostQuirks;
}

const codeOf = (e: unknown): string | undefined => {
  const err = e as { code?: string; debugInfo?: { code?: string } } | null;
  return err?.code ?? err?.debugInfo?.code;
};

/** Excel says an API exists in its set but this host lacks it (NotImplemented). */
export const isNotImplemented = (e: unknown): boolean => codeOf(e) === 'NotImplemented';

/** Excel refused an argument (e.g. a threaded comment on a cell that holds a note). */
export const isInvalidArgument = (e: unknown): boolean => codeOf(e) === 'InvalidArgument';
