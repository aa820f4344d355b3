/**
 * Conditional formats (ExcelApi 1.6), as far as the adapter asks: how many intersect a range
 * (`range.conditionalFormats.getCount()`). Excel draws them over cell fills, so a mark under
 * one may not show.
 */
import type { CellRange } from '../core/grid/grid';
import type { SimContext } from './context';
import { type SimClientResult, queueResult } from './customXml';
import { SimError, SimObject, type SheetResolver, needSheet } from './proxy';

const meets = (a: CellRange, b: CellRange): boolean => a.r1 <= b.r2 && a.r2 >= b.r1 && a.c1 <= b.c2 && a.c2 >= b.c1;

export class SimConditionalFormatCollection extends SimObject {
  constructor(
    context: SimContext,
    private readonly sheet: SheetResolver,
    private readonly range: () => CellRange | null,
    path: string,
  ) {
    super(context, path);
  }
  protected _scalars(): string[] {
    return [];
  }
  protected _read(): unknown {
    return null;
  }
  getCount(): SimClientResult<number> {
    return queueResult(this, this.path, 'getCount', () => {
      if (this.context.sim.apiVersion < 6) throw new SimError('ApiNotFound', 'ExcelApi 1.6');
      const r = this.range();
      if (!r) throw new SimError('InvalidArgument', 'The range is a null object.');
      return needSheet(this.sheet).conditionalFormats.filter((c) => meets(c, r)).length;
    });
  }
}
