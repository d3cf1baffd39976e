import {
  BrokenCircuitError,
  ConsecutiveBreaker,
  circuitBreaker,
  handleWhen,
  IsolatedCircuitError,
  type CircuitBreakerPolicy,
} from 'cockatiel';
import {
  CircuitOpenError,
  NetworkError,
  OnceOnlyError,
  TimeoutError,
  UpstreamError,
} from '../errors/onceonly-error.js';
import type { BreakerOptions } from '../gateway/options.js';

/**
 * Only faults count: transport failures, timeouts and upstream 5xx. A 404, a refusal or a bad input is
 * an answer, not a fault, and never opens the breaker.
 */
export function isFault(error: unknown): boolean {
  if (NetworkError.isInstance(error) || TimeoutError.isInstance(error)) return true;
  // Only the provider's own 5xx: an unknown service is configuration, and a key-endpoint outage
  // (JWKS_UNAVAILABLE, no status) is not the provider failing.
  return (
    UpstreamError.isInstance(error) &&
    error.status !== undefined &&
    error.status >= 500 &&
    error.code !== 'UNKNOWN_SERVICE'
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

/** One circuit breaker per provider subsystem (cockatiel), shared by every service of that provider. */
export function createBreakers(options: BreakerOptions | false | undefined): Breakers {
  if (options === false) return { run: (_p, _s, fn, signal) => fn(signal) };
  const threshold = options?.threshold ?? 5;
  const halfOpenAfter = options?.halfOpenAfterMs ?? 10_000;
  const policies = new Map<string, CircuitBreakerPolicy>();
  const policyFor = (provider: string) => {
    let policy = policies.get(provider);
    if (!policy) {
      policy = circuitBreaker(handleWhen(isFault), {
        halfOpenAfter,
        breaker: new ConsecutiveBreaker(threshold),
      });
      policies.set(provider, policy);
    }
    return policy;
  };
  return {
    async run(provider, serviceId, fn, signal) {
      try {
        return await policyFor(provider).execute(({ signal: inner }) => fn(inner), signal);
      } catch (error) {
        if (error instanceof BrokenCircuitError || error instanceof IsolatedCircuitError) {
          throw new CircuitOpenError({
            serviceId,
            message: `The circuit breaker for provider ${provider} is open after repeated faults; failing fast. Try again in ${Math.ceil(halfOpenAfter / 1000)} s.`,
          });
        }
        if (!OnceOnlyError.isInstance(error) && signal.aborted) throw signal.reason;
        throw error;
      }
    },
  };
}
