import { ResponseError } from '../errors/onceonly-error.js';
import type { HttpResponse } from '../transport/send.js';

/** Headers that tie an answer to its query: each must have one value. */
export const SECURITY_HEADERS = [
  'x-road-id',
  'x-road-request-hash',
  'x-road-request-id',
  'x-road-service',
  'x-payload-signature',
  'x-road-error',
] as const;

/**
 * Step (per attempt): the answer belongs to this query. A security header sent twice with different
 * values (`RESPONSE_HEADER_CONFLICT`) or an `X-Road-Id` echo that is not the id sent
 * (`RESPONSE_ID_MISMATCH`) means answers may have crossed: it is discarded, never returned.
 */
export function checkAnswerHeaders(response: HttpResponse, xroadId: string, serviceId: string): void {
  if (response.repeated) {
    const conflicting = SECURITY_HEADERS.filter((name) => response.repeated?.[name] !== undefined);
    if (conflicting.length > 0) {
      throw new ResponseError({
        code: 'RESPONSE_HEADER_CONFLICT',
        serviceId,
        status: response.status,
        message: `The answer of ${serviceId} carries conflicting values for ${conflicting.join(', ')}; it was discarded. Report it to the security server's operator.`,
      });
    }
  }
  const echoed = response.headers['x-road-id'];
  if (echoed !== undefined && echoed.trim() !== xroadId) {
    throw new ResponseError({
      code: 'RESPONSE_ID_MISMATCH',
      serviceId,
      status: response.status,
      message: `The answer of ${serviceId} names another X-Road-Id than the one sent: it may belong to another call and was discarded. Report it to the security server's operator.`,
    });
  }
}
