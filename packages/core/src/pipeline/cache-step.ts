import { cacheKey } from '../cache/cache-key.js';
import { OnceOnlyError } from '../errors/onceonly-error.js';
import type { CallMeta, CallResult } from '../gateway/types.js';
import type { CallState, PipelineDeps } from './deps.js';

/**
 * Steps "cache" and "cache store", around the load: a service with a cache policy is answered from
 * the store or from an identical call in flight (coalesced), else loaded and stored. Only successes
 * are stored; a failing store never fails the call. Without a policy this is just `load()`.
 */
export function withCache<T>(
  deps: PipelineDeps,
  state: CallState,
  parts: { provider: string; purpose: string; request: unknown },
  load: () => Promise<CallResult<T>>,
): Promise<CallResult<T>> {
  const policy = state.service.cache;
  // Without a policy, the load's own promise: no extra async layer.
  return policy ? cached(deps, state, parts, load, policy.ttlMs) : load();
}

async function cached<T>(
  deps: PipelineDeps,
  state: CallState,
  parts: { provider: string; purpose: string; request: unknown },
  load: () => Promise<CallResult<T>>,
  ttlMs: number,
): Promise<CallResult<T>> {
  const key = cacheKey({ serviceId: state.service.id, ...parts });
  const loaded = await deps.cache.getOrLoad(key, ttlMs, load, (error) =>
    deps.logger.warn(
      {
        xroadId: state.xroadId,
        service: state.service.id,
        code: OnceOnlyError.isInstance(error) ? error.code : 'CACHE_STORE_ERROR',
      },
      'cache store failed; answer served uncached',
    ),
  );
  state.cached = loaded.cached;
  if (!loaded.cached) return loaded.value;
  // This call's own X-Road id; the request hash stays the original's: proof of which query produced the record.
  const meta: CallMeta = { ...loaded.value.meta, xroadId: state.xroadId, cached: true };
  state.requestHash = loaded.value.meta.requestHash;
  return { value: loaded.value.value, meta };
}
