import type { Fault } from './faults.js';
import { problem } from './problems.js';
import type { MockResponse } from './types.js';

/**
 * How the monitoring intake plays an injected fault: `status`, `reset` and `hang` instead of processing
 * the batch (nothing is counted); `truncate` and `latency` on the real answer (`answer()` runs, so the
 * batch is counted and, for `truncate`, its answer lost: a resend must not count it twice).
 */
export function answerWithFault(fault: Fault | undefined, answer: () => MockResponse): MockResponse {
  if (fault?.kind === 'reset' || fault?.kind === 'hang') {
    return { status: 0, headers: {}, body: new Uint8Array(), transport: { kind: fault.kind } };
  }
  if (fault?.kind === 'status') {
    const headers: Record<string, string> = {};
    if (fault.retryAfterSec !== undefined) headers['retry-after'] = String(fault.retryAfterSec);
    if (fault.status === 429)
      return problem(429, 'RATE_LIMITED', 'Too many requests: slow down.', { headers });
    if (fault.status === 503) {
      return problem(503, 'UNAVAILABLE', 'The monitoring system is unavailable: try again later.', {
        headers,
      });
    }
    return problem(500, 'INTERNAL_ERROR', 'The monitoring system failed.', { headers });
  }
  const response = answer();
  if (fault?.kind === 'latency') response.delayMs = fault.ms;
  if (fault?.kind === 'truncate') {
    const afterBytes = Math.max(0, Math.min(fault.afterBytes ?? 8, response.body.byteLength - 1));
    response.transport = { kind: 'truncate', afterBytes };
  }
  return response;
}
