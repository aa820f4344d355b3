/** What every command of the office-js adapter runs with, inside one `Excel.run` batch. */
import type { Capabilities } from '../gateway/contract';
import type { ReadLimits } from './read';

export interface CommandEnv {
  /** the host's API sets (checked by the facade before the batch) */
  caps: Capabilities;
  /** the platform's payload limits */
  limits: ReadLimits;
  /** set once the workbook has changed, so a failure is reported as a partial change */
  progress: { done: boolean };
}
