/**
 * The quarter the pane offers first: the one that ended last, which planners report on. In
 * January–March that is TW IV of the previous year.
 */
import type { Tw } from '../core/measure/formulas';

export function reportingQuarter(now: Date): { tw: Tw; year: number } {
  const q = Math.floor(now.getMonth() / 3); // 0: January–March
  return q === 0 ? { tw: 4, year: now.getFullYear() - 1 } : { tw: q as Tw, year: now.getFullYear() };
}
