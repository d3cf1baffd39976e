import { InputError } from '../errors/onceonly-error.js';

/** The request rate allowed to one provider subsystem. */
export interface RateLimit {
  /** Requests per second, sustained (> 0; `0.5` is one request every two seconds). */
  perSecond: number;
  /** Requests that may go back to back after a quiet spell. Default 1 (evenly spaced). */
  burst?: number;
}

/** Rate limits by provider subsystem (`CLASS/MEMBER/SUBSYSTEM`), with an optional default for the others. */
export interface RateLimits {
  providers?: Record<string, RateLimit>;
  /** For providers not listed. Default: no limit. */
  default?: RateLimit;
}

/** What a limiter answers for one request. */
export type RateSlot =
  /** A slot is reserved: send after `waitMs` (0: at once). */
  | { ok: true; waitMs: number }
  /** No slot frees within the wait allowed; nothing was reserved. The next one frees in `retryAfterMs`. */
  | { ok: false; retryAfterMs: number };

/**
 * Spaces the requests to each provider so the platform's quota holds. The gateway asks before every
 * request it sends (retries and a re-send after a token refresh count), with the time left before the
 * call's deadline as `maxWaitMs`. `@onceonly/core/redis` has one that every portal instance shares.
 */
export interface RateLimiter {
  reserve(provider: string, maxWaitMs: number): Promise<RateSlot> | RateSlot;
}

/** The limit of `provider`, `undefined` when it has none. */
export function limitFor(limits: RateLimits, provider: string): Required<RateLimit> | undefined {
  const limit = limits.providers?.[provider] ?? limits.default;
  return limit === undefined ? undefined : { perSecond: limit.perSecond, burst: limit.burst ?? 1 };
}

/** Refuses limits that cannot work; throws `InputError` (`INVALID_CONFIG`) naming the option. */
export function checkRateLimits(limits: RateLimits, option: string): RateLimits {
  const check = (limit: RateLimit | undefined, at: string) => {
    if (limit === undefined) return;
    if (typeof limit !== 'object' || limit === null) throw invalid(at, 'must be { perSecond, burst? }');
    if (!(typeof limit.perSecond === 'number' && Number.isFinite(limit.perSecond) && limit.perSecond > 0))
      throw invalid(`${at}.perSecond`, 'must be a number of requests per second above 0');
    if (limit.burst !== undefined && !(Number.isInteger(limit.burst) && limit.burst >= 1))
      throw invalid(`${at}.burst`, 'must be a whole number, 1 or more');
  };
  if (typeof limits !== 'object' || limits === null) throw invalid(option, 'must be { providers, default }');
  for (const [name, limit] of Object.entries(limits.providers ?? {}))
    check(limit, `${option}.providers['${name}']`);
  check(limits.default, `${option}.default`);
  return limits;
}

function invalid(option: string, what: string): InputError {
  return new InputError({ code: 'INVALID_CONFIG', message: `${option} ${what}.`, fields: [option] });
}

/**
 * One step of GCRA (the generic cell rate algorithm) with reservation: `tat` is the theoretical
 * arrival time of the next request. Returns the new `tat` when a slot is taken within `maxWaitMs`.
 * The Redis limiter runs the same arithmetic in a Lua script.
 */
export function gcra(
  tat: number,
  now: number,
  limit: Required<RateLimit>,
  maxWaitMs: number,
): { slot: RateSlot; tat: number } {
  const interval = 1000 / limit.perSecond;
  const start = Math.max(tat, now);
  const waitMs = Math.max(0, start + interval - limit.burst * interval - now);
  if (waitMs > maxWaitMs) return { slot: { ok: false, retryAfterMs: Math.ceil(waitMs) }, tat };
  return { slot: { ok: true, waitMs }, tat: start + interval };
}

/**
 * A rate limiter for one portal instance (in memory). With several instances behind a load balancer,
 * use `redisRateLimiter` from `@onceonly/core/redis` so the quota holds across all of them.
 *
 * @example
 * createGateway({ ..., rateLimit: memoryRateLimiter({ providers: { 'GOV/000.00.00.G10/CSDLDC': { perSecond: 50, burst: 10 } } }) });
 */
export function memoryRateLimiter(
  limits: RateLimits,
  now: () => number = performance.now.bind(performance),
): RateLimiter {
  checkRateLimits(limits, 'memoryRateLimiter');
  const tats = new Map<string, number>();
  return {
    reserve(provider, maxWaitMs) {
      const limit = limitFor(limits, provider);
      if (!limit) return { ok: true, waitMs: 0 };
      const step = gcra(tats.get(provider) ?? 0, now(), limit, maxWaitMs);
      tats.set(provider, step.tat);
      return step.slot;
    },
  };
}
