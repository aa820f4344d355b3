/**
 * `Range.getMergedAreasOrNullObject()` (ExcelApi 1.13) as Excel answers it: the merged areas
 * whose top-left cell is in the range (office-js#3611: by design, a merge that only reaches
 * into the range is not returned), a null object when there is none, and a failure when there
 * are more than 512 ("if the merged areas count in this range is more than 512, then this
 * method will fail to return the result": the reference gives no error code; the simulator
 * fails the batch with GeneralException, the code Excel gives to failures it does not name, at
 * the location `Range.getMergedAreasOrNullObject`: Excel names the failing call).
 */
import type { CellRange } from '../core/grid/grid';
import type { SimContext } from './context';
import { SimError, SimObject, type SheetResolver, needSheet } from './proxy';
import { quoteSheet, rangeAddress } from './store';

/** The documented cap on the merged areas one call returns. */
export const MERGED_AREAS_CAP = 512;

export class SimMergedAreas extends SimObject {
  constructor(
    context: SimContext,
    private readonly sheet: SheetResolver,
    private readonly range: () => CellRange,
    path: string,
  ) {
    super(context, path, true);
  }
  private areas(): CellRange[] {
    const r = this.range();
    const inside = needSheet(this.sheet).merges.filter((m) => m.r1 >= r.r1 && m.r1 <= r.r2 && m.c1 >= r.c1 && m.c1 <= r.c2);
    if (inside.length > MERGED_AREAS_CAP)
      throw new SimError(
        'GeneralException',
        `The range has ${inside.length} merged areas; getMergedAreasOrNullObject returns at most 512.`,
        'Range.getMergedAreasOrNullObject',
      );
    return [...inside].sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1);
  }
  protected _scalars(): string[] {
    return ['address', 'areaCount', 'cellCount'];
  }
  protected _read(prop: string): unknown {
    const areas = this.areas();
    if (prop === 'isNullObject') return areas.length === 0;
    if (areas.length === 0) return null;
    const name = quoteSheet(needSheet(this.sheet).name);
    if (prop === 'address') return areas.map((a) => `${name}!${rangeAddress(a)}`).join(', ');
    if (prop === 'areaCount') return areas.length;
    if (prop === 'cellCount') return areas.reduce((n, a) => n + (a.r2 - a.r1 + 1) * (a.c2 - a.c1 + 1), 0);
    throw new SimError('InvalidArgument', `Unknown property ${prop}`);
  }
  get address(): string {
    return this._get('address');
  }
  get areaCount(): number {
    return this._get('areaCount');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }
}
