/** office-js errors → GatewayError problems the pane can explain. */
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
export function translate(e: unknown, done: 'nothing' | 'partial' = 'nothing'): GatewayError {
  if (e instanceof GatewayError) return e;
  const err = (e ?? {}) as OfficeLikeError;
  const code = err.code ?? err.debugInfo?.code ?? 'Unknown';
  const detail = err.message ?? String(e);
  switch (code) {
    case 'AccessDenied':
      // a protected sheet, a protected structure or a read-only file: `explain` looks which
      return new GatewayError({ kind: 'protected', sheet: null }, code, done, detail);
    case 'ItemNotFound':
    case 'InvalidReference':
      return new GatewayError({ kind: 'sheetGone' }, code, done, detail);
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
    case 'RangeExceedsLimit':
      return new GatewayError({ kind: 'tooLarge' }, code, done, detail);
    case 'InvalidOperationInCellEditMode':
      return new GatewayError({ kind: 'editMode' }, code, done, detail);
    case 'ApiNotFound':
    case 'NotImplemented':
      return new GatewayError({ kind: 'unsupported', need: null }, code, done, detail);
    // "multiple workbooks are open and the workbook being called by this API has lost focus"
    case 'InactiveWorkbook':
      return new GatewayError({ kind: 'inactiveWorkbook' }, code, done, detail);
    // "A table can't overlap with … merged cells"
    case 'MergedRangeConflict':
      return new GatewayError({ kind: 'mergedConflict' }, code, done, detail);
    // "The attempted operation causes a conflict with a filtered range"
    case 'FilteredRangeConflict':
      return new GatewayError({ kind: 'filteredConflict' }, code, done, detail);
    default:
      return new GatewayError({ kind: 'office' }, code, done, detail);
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
    // a read-only or view-only file refuses every change: nothing can have been written
    if (why.readOnly) return new GatewayError({ kind: 'readOnly' }, g.officeCode, 'nothing', g.detail);
    const named = g.problem.kind === 'protected' ? g.problem.sheet : null;
    if (named !== null || why.sheetProtected)
      return new GatewayError({ kind: 'protected', sheet: named ?? why.sheet }, g.officeCode, done, g.detail);
    if (why.structure) return new GatewayError({ kind: 'structureProtected' }, g.officeCode, done, g.detail);
    return new GatewayError({ kind: 'accessDenied' }, g.officeCode, done, g.detail);
  } catch {
    // Excel could not even be asked (the look failed too): the plain translation stands
    return g;
  }
}
