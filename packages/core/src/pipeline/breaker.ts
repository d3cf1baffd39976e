import {
  BrokenCircuitError,
  type CircuitBreakerPolicy,
  circuitBreaker,
  handleWhen,
  IsolatedCircuitError,
  SamplingBreaker,
} from 'cockatiel';
import {
  AuthError,
  CircuitOpenError,
  NetworkError,
  OnceOnlyError,
  TimeoutError,
  UpstreamError,
} from '../errors/onceonly-error.js';
import type { BreakerOptions } from '../gateway/options.js';

export const DEFAULT_BREAKER = {
  failureRate: 0.5,
  minimumCalls: 10,
  windowMs: 30_000,
  halfOpenAfterMs: 10_000,
} as const;

/**
 * Only faults count: transport failures, timeouts (the call's deadline included) and the provider's
 * 5xx. A 404, a refusal, a missing access right or a bad input is an answer, not a fault.
 */
const NOT_FAULTS = new Set([
  'UNKNOWN_SERVICE',
  'SERVICE_DISABLED',
  'SECURITY_SERVER_MISCONFIGURED',
  'XROAD_ERROR',
  'JWKS_UNAVAILABLE',
]);

export function isFault(error: unknown): boolean {
  if (AuthError.isInstance(error)) return false;
  if (NetworkError.isInstance(error) || TimeoutError.isInstance(error)) return true;
  // The provider's own 5xx and an unreachable or busy provider. Configuration (unknown service,
  // misconfigured security server) and key-endpoint outages are not the provider failing.
  return (
    UpstreamError.isInstance(error) &&
    !NOT_FAULTS.has(error.code) &&
    (error.retryable || (error.status ?? 0) >= 500)
  );
}

export interface Breakers {
  /** Runs `fn` under the breaker of `provider`; an open breaker fails fast with `CircuitOpenError`. */
  run<T>(
    provider: string,
    serviceId: string,
    fn: (signal: AbortSignal) => Promise<T>,
    signal: AbortSignal,
  ): Promise<T>;
}

/**
 * cockatiel's SamplingBreaker takes a rate per second and opens strictly above its threshold; these
 * turn "at least `failureRate` of at least `minimumCalls` calls in `windowMs`" into its terms.
 */
function samplingBreaker(failureRate: number, minimumCalls: number, windowMs: number): SamplingBreaker {
  // The same rounding as SamplingBreaker: ≥ 5 windows of ≤ 1 s.
  const windows = Math.max(5, Math.ceil(windowMs / 1000));
  const duration = Math.round(windowMs / windows) * windows;
  return new SamplingBreaker({
    threshold: Math.min(Math.max(failureRate - 1e-9, 1e-9), 1 - 1e-9),
    duration: windowMs,
    // Half a call under the minimum, so float rounding can never ask for one call more.
    minimumRps: (Math.max(minimumCalls, 1) - 0.5) * (1000 / duration),
  });
}

/** One circuit breaker per provider subsystem (cockatiel), shared by every service of that provider. */
export function createBreakers(options: BreakerOptions | false | undefined): Breakers {
  if (options === false) return { run: (_p, _s, fn, signal) => fn(signal) };
  const failureRate = options?.failureRate ?? DEFAULT_BREAKER.failureRate;
  const minimumCalls = options?.minimumCalls ?? DEFAULT_BREAKER.minimumCalls;
  const windowMs = options?.windowMs ?? DEFAULT_BREAKER.windowMs;
  const halfOpenAfter = options?.halfOpenAfterMs ?? DEFAULT_BREAKER.halfOpenAfterMs;
  const policies = new Map<string, { policy: CircuitBreakerPolicy; openedAt: number }>();
  const policyFor = (provider: string) => {
    let entry = policies.get(provider);
    if (!entry) {
      const policy = circuitBreaker(handleWhen(isFault), {
        halfOpenAfter,
        breaker: samplingBreaker(failureRate, minimumCalls, windowMs),
      });
      const created = { policy, openedAt: 0 };
      policy.onBreak(() => {
        created.openedAt = Date.now();
      });
      policies.set(provider, created);
      entry = created;
    }
    return entry;
  };
  return {
    async run(provider, serviceId, fn, signal) {
      const entry = policyFor(provider);
      try {
        return await entry.policy.execute(async ({ signal: inner }) => {
          try {
            return await fn(inner);
          } catch (error) {
            // Cut by the call's deadline, the breaker sees the deadline (a fault: the provider hung),
            // whatever step was waiting; cut by the caller, it sees the abort (not a fault).
            if (signal.aborted && OnceOnlyError.isInstance(signal.reason)) throw signal.reason;
            throw error;
          }
        }, signal);
      } catch (error) {
        if (error instanceof BrokenCircuitError || error instanceof IsolatedCircuitError) {
          // While the trial call of a half-open breaker runs, others wait a moment too.
          const retryAfterMs = Math.max(100, entry.openedAt + halfOpenAfter - Date.now());
          throw new CircuitOpenError({
            serviceId,
            retryAfterMs,
            message: `The circuit breaker for provider ${provider} is open: too many of its recent calls failed. Failing fast; try again in ${Math.ceil(retryAfterMs / 1000)} s.`,
          });
        }
        if (!OnceOnlyError.isInstance(error) && signal.aborted) throw signal.reason;
        throw error;
      }
    },
  };
}
