/** office-js errors → GatewayError kinds the pane can explain. */
import { GatewayError } from '../gateway/contract';

interface OfficeLikeError {
  code?: string;
  message?: string;
  debugInfo?: { code?: string };
}

export function translate(e: unknown, done: 'nothing' | 'partial' = 'nothing', params: Record<string, string | number> = {}): GatewayError {
  if (e instanceof GatewayError) return e;
  const err = (e ?? {}) as OfficeLikeError;
  const code = err.code ?? err.debugInfo?.code ?? 'Unknown';
  const detail = { ...params, detail: err.message ?? String(e) };
  switch (code) {
    case 'AccessDenied':
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
    default:
      return new GatewayError('office', detail, code, done);
  }
}
