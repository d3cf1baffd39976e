import {
  checkRateLimits,
  limitFor,
  type RateLimiter,
  type RateLimits,
  type RateSlot,
} from '../rate-limit/rate-limiter.js';
import {
  checkClient,
  checkPrefix,
  luaScript,
  type RedisCommandClient,
  type RedisStoreOptions,
} from './redis-commands.js';

// GCRA with reservation (as `gcra` in rate-limiter.ts), atomically, on the Redis server's clock so that
// every instance agrees. KEYS[1] holds the theoretical arrival time of the next request (ms).
const reserve = luaScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local interval = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local maxWait = tonumber(ARGV[3])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then tat = now end
local wait = tat + interval - burst * interval - now
if wait < 0 then wait = 0 end
if wait > maxWait then return {0, string.format('%.3f', wait)} end
local nextTat = tat + interval
redis.call('SET', KEYS[1], string.format('%.3f', nextTat), 'PX', math.ceil(nextTat - now) + 1000)
return {1, string.format('%.3f', wait)}`);

// Lua reads no Infinity: a call without a deadline waits at most a day.
const MAX_WAIT_MS = 86_400_000;

/**
 * A rate limiter that every portal instance shares through Redis (`createGateway({ rateLimit })`):
 * the platform's quota per provider holds however many instances run. Requests are spaced evenly
 * (`perSecond`), with `burst` allowed back to back; a caller is given the wait for its slot, which it
 * takes only if it fits before its deadline. Keys: `{prefix}rate:{provider}` (no personal data).
 *
 * @example
 * rateLimit: redisRateLimiter(redis, { providers: { 'GOV/000.00.00.G10/CSDLDC': { perSecond: 50, burst: 10 } } })
 */
export function redisRateLimiter(
  client: RedisCommandClient,
  limits: RateLimits,
  options: RedisStoreOptions = {},
): RateLimiter {
  const redis = checkClient(client, 'redisRateLimiter');
  checkRateLimits(limits, 'redisRateLimiter');
  const prefix = `${checkPrefix(options.prefix, 'redisRateLimiter')}rate:`;
  return {
    async reserve(provider, maxWaitMs): Promise<RateSlot> {
      const limit = limitFor(limits, provider);
      if (!limit) return { ok: true, waitMs: 0 };
      const args = [
        String(1000 / limit.perSecond),
        String(limit.burst),
        String(Math.min(Math.max(0, maxWaitMs), MAX_WAIT_MS)),
      ];
      const [taken, wait] = (await reserve(redis, [prefix + provider], args)) as [number, string];
      const waitMs = Number(wait);
      return taken === 1 ? { ok: true, waitMs } : { ok: false, retryAfterMs: Math.ceil(waitMs) };
    },
  };
}
