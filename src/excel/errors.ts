/** office-js errors → GatewayError problems the pane can explain. */
import { GatewayError } from '../gateway/contract';

interface OfficeLikeError {
  code?: string;
  message?: string;
  debugInfo?: { code?: string };
}

export function translate(e: unknown, done: 'nothing' | 'partial' = 'nothing'): GatewayError {
  if (e instanceof GatewayError) return e;
  const err = (e ?? {}) as OfficeLikeError;
  const code = err.code ?? err.debugInfo?.code ?? 'Unknown';
  const detail = err.message ?? String(e);
  switch (code) {
    case 'AccessDenied':
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
    default:
      return new GatewayError({ kind: 'office' }, code, done, detail);
  }
}
