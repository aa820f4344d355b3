/** office-js errors → GatewayError kinds the pane can explain. */
import { GatewayError } from '../gateway/contract';

interface OfficeLikeError {
  code?: string;
  message?: string;
  debugInfo?: { code?: string };
}

/**
 * Codes from `Excel.ErrorCodes` (@microsoft/office-js 1.1.110) and the documented tables of
 * office-js-docs-pr ("Error handling with the application-specific JavaScript APIs").
 */
export function translate(e: unknown, done: 'nothing' | 'partial' = 'nothing', params: Record<string, string | number> = {}): GatewayError {
  if (e instanceof GatewayError) return e;
  const err = (e ?? {}) as OfficeLikeError;
  const code = err.code ?? err.debugInfo?.code ?? 'Unknown';
  const detail = { ...params, detail: err.message ?? String(e) };
  switch (code) {
    case 'AccessDenied':
      // a protected sheet, a protected structure or a read-only file: `explain` looks which
      return new GatewayError('protected', detail, code, done);
    case 'ItemNotFound':
    case 'InvalidReference':
      return new GatewayError('sheetGone', detail, code, done);
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
    case 'RangeExceedsLimit':
      return new GatewayError('tooLarge', detail, code, done);
    case 'InvalidOperationInCellEditMode':
      return new GatewayError('editMode', detail, code, done);
    case 'ApiNotFound':
    case 'NotImplemented':
      return new GatewayError('unsupported', detail, code, done);
    // "multiple workbooks are open and the workbook being called by this API has lost focus"
    case 'InactiveWorkbook':
      return new GatewayError('inactiveWorkbook', detail, code, done);
    // "A table can't overlap with … merged cells"
    case 'MergedRangeConflict':
      return new GatewayError('mergedConflict', detail, code, done);
    // "The attempted operation causes a conflict with a filtered range"
    case 'FilteredRangeConflict':
      return new GatewayError('filteredConflict', detail, code, done);
    default:
      return new GatewayError('office', detail, code, done);
  }
}

/** One batch of Excel calls (`Excel.run`). */
type Run = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Excel's `AccessDenied` says only that a change was refused: after one, a last small batch
 * looks why (the file read-only or view-only, ExcelApi 1.8; the workbook's structure; the
 * active sheet), so the pane never says "sheet protected" about a file that cannot be edited.
 * Any other error, or a look that fails itself, keeps its plain translation.
 */
export async function explain(run: Run, e: unknown, done: 'nothing' | 'partial'): Promise<GatewayError> {
  const g = translate(e, done);
  if (g.officeCode !== 'AccessDenied' || g.kind !== 'protected') return g;
  try {
    const why = await run(async (ctx) => {
      const wb = ctx.workbook;
      wb.load('readOnly');
      wb.protection.load('protected');
      const ws = wb.worksheets.getActiveWorksheet();
      ws.load('name');
      ws.protection.load('protected');
      await ctx.sync();
      return { readOnly: wb.readOnly, structure: wb.protection.protected, sheet: ws.name, sheetProtected: ws.protection.protected };
    });
    const params = { ...g.params };
    // a read-only or view-only file refuses every change: nothing can have been written
    if (why.readOnly) return new GatewayError('readOnly', params, g.officeCode, 'nothing');
    if (g.params['sheet'] !== undefined || why.sheetProtected)
      return new GatewayError('protected', { sheet: why.sheet, ...params }, g.officeCode, done);
    if (why.structure) return new GatewayError('structureProtected', params, g.officeCode, done);
    return new GatewayError('accessDenied', params, g.officeCode, done);
  } catch {
    // Excel could not even be asked (the look failed too): the plain translation stands
    return g;
  }
}
