import { fromProviderCode, fromStatus, fromXRoadError, isProviderCode } from '../errors/map-response.js';
import { InputError, type OnceOnlyError, UpstreamError } from '../errors/onceonly-error.js';
import { parseXRoadErrorType } from '../errors/xroad-error-type.js';
import type { SoapFault } from './read-envelope.js';

/** `SOAP-ENV:Server.ServerProxy.AccessDenied` → `Server.ServerProxy.AccessDenied`. */
const unprefixed = (code: string): string => code.trim().replace(/^[A-Za-z_][\w.-]*:/, '');

/**
 * A SOAP fault as the same typed errors as REST: the X-Road error type in `faultcode` (either
 * spelling, prefixed or not) first, then a provider code of the contract (`NOT_FOUND`, ...) named by
 * `faultcode`, `faultstring` or the detail, then SOAP's own `Client` / `Server`. Fault texts are never
 * copied into messages: only known vocabulary is.
 */
export function faultToError(
  fault: SoapFault,
  status: number,
  retryAfterMs: number | undefined,
): OnceOnlyError {
  const code = unprefixed(fault.faultcode);
  const type = parseXRoadErrorType(code);
  if (type?.known) return fromXRoadError(type, status, undefined);
  const named = [code, fault.faultstring.trim(), ...fault.detail.map((d) => d.trim())].find(isProviderCode);
  const fromCode = fromProviderCode(named, status, retryAfterMs);
  if (fromCode) return fromCode;
  if (type) return fromXRoadError(type, status, undefined);
  if (/^client\b/i.test(code)) {
    return new InputError({
      status,
      code: 'REQUEST_REFUSED',
      upstreamCode: 'Client',
      message:
        'The provider refused the request with a SOAP Client fault. Check the input and the declaration.',
    });
  }
  if (/^server\b/i.test(code)) {
    return new UpstreamError({
      status,
      code: 'UPSTREAM_ERROR',
      upstreamCode: 'Server',
      retryable: true,
      retryAfterMs,
      message: 'The provider failed with a SOAP Server fault; idempotent calls are retried.',
    });
  }
  return fromStatus(status >= 400 ? status : 500, undefined, retryAfterMs);
}
