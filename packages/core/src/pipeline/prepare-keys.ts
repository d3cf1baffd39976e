import type { SubsystemId } from '../transport/xroad-id.js';
import type { PipelineDeps } from './deps.js';
import { withRetry } from './retry.js';

/**
 * Provider keys before the query: when answers must be verified and no key can be had for the provider
 * (none configured, key endpoint down), nothing is sent — a query whose answer would be thrown away
 * never leaves. A key-endpoint outage is retried like any fetch, within the call's deadline. Returns
 * `undefined` when there is nothing to wait for (almost every call: keys held and fresh), so the caller
 * skips the retry wrapper, its promises and an event-loop turn.
 */
export function prepareKeys(
  deps: PipelineDeps,
  provider: SubsystemId,
  signal: AbortSignal,
): Promise<void> | undefined {
  const verifier = deps.verifier;
  if (!verifier || verifier.ready(provider)) return undefined;
  return withRetry(() => verifier.prepare(provider, { dispatcher: deps.dispatcher, signal }), deps.retry, {
    idempotent: true,
    signal,
  });
}
