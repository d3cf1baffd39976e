/**
 * The gateway's own cost per call: every client on an in-process undici Dispatcher that answers on the
 * next microtask with pre-built bytes (no socket, no server), sequential calls, best of several
 * batches; the Redis stores when Redis is reachable; jose and node:crypto signature checks alone.
 */
import { createPublicKey, verify } from 'node:crypto';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compactVerify, createLocalJWKSet } from 'jose';
import { buildAnswer } from './answer.mjs';
import { gatewayClient, rawClient, rawVerifyClient } from './clients.mjs';
import { InstantDispatcher } from './instant-dispatcher.mjs';
import { sequential, table } from './measure.mjs';
import { connectRedis, deletePrefix } from './redis-client.mjs';
import { SoapInstantDispatcher, soapGatewayClient } from './soap.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The same client asking about a different citizen, signed in as that citizen, on every call: the
 * audit's keyed hashes are never found among the recent ones (the rows above repeat one citizen).
 */
function newCitizenEachCall(client) {
  let n = 0;
  return {
    name: `${client.name}, a new citizen each call`,
    call: () => {
      const personalId = `001203${String(n++ % 1_000_000).padStart(6, '0')}`;
      return client.callFor(personalId, `VN${personalId}`);
    },
    close: client.close,
  };
}

export async function ownCost(core, { idp, quick, fmt }) {
  const answer = await buildAnswer();
  const dispatcher = new InstantDispatcher(answer);
  const baseUrl = 'http://provider.bench.invalid';
  const redis = await connectRedis();
  const prefix = `onceonly-bench:${process.pid}:`;
  const redisApi = redis
    ? await import(pathToFileURL(join(root, 'packages', 'core', 'dist', 'redis.js')).href)
    : undefined;
  const variants = [
    rawClient(baseUrl, dispatcher),
    rawVerifyClient(baseUrl, dispatcher),
    gatewayClient(core, baseUrl, { variant: 'full', dispatcher }),
    gatewayClient(core, baseUrl, { variant: 'consent', dispatcher, idp }),
    gatewayClient(core, baseUrl, { variant: 'no-verify', dispatcher }),
    gatewayClient(core, baseUrl, { variant: 'no-verify-no-audit', dispatcher }),
    gatewayClient(core, baseUrl, { variant: 'bare', dispatcher }),
    newCitizenEachCall(gatewayClient(core, baseUrl, { variant: 'no-verify', dispatcher })),
    // The SOAP profile beside REST's "verify off" row: its own dispatcher echoes the envelope header.
    soapGatewayClient(core, baseUrl, new SoapInstantDispatcher()),
    gatewayClient(core, baseUrl, { variant: 'cache-hit', dispatcher }),
  ];
  if (redisApi) {
    const secret = 'bench-secret-0123456789abcdef0123456789';
    variants.push(
      gatewayClient(core, baseUrl, {
        variant: 'cache-hit',
        dispatcher,
        cacheStore: redisApi.redisCacheStore(redis, { secret, prefix }),
        name: 'gateway, cache hit (Redis store)',
      }),
      gatewayClient(core, baseUrl, {
        variant: 'no-verify',
        dispatcher,
        // A limit far above what one process sends: the cost of asking, never a wait.
        rateLimit: redisApi.redisRateLimiter(redis, { default: { perSecond: 1e6, burst: 1000 } }, { prefix }),
        name: 'gateway, verify off, Redis rate limit',
      }),
    );
  } else console.log('Redis not reachable: the Redis rows are left out.');
  // ES256 verification of the same body with jose, alone: what signature checking costs at the least.
  const key = createLocalJWKSet(JSON.parse(answer.jwksBody.toString()));
  const [protectedHeader, , signature] = answer.headers['x-payload-signature'].split('.');
  const compact = `${protectedHeader}.${answer.body.toString('base64url')}.${signature}`;
  variants.push({ name: 'jose compactVerify alone (ES256)', call: () => compactVerify(compact, key) });
  // The same check with node:crypto and a cached KeyObject (synchronous, no thread-pool hop).
  const publicKey = createPublicKey({ key: JSON.parse(answer.jwksBody.toString()).keys[0], format: 'jwk' });
  const signingInput = Buffer.from(`${protectedHeader}.${answer.body.toString('base64url')}`);
  const signatureBytes = Buffer.from(signature, 'base64url');
  variants.push({
    name: 'node:crypto verify alone (ES256)',
    call: async () => {
      if (!verify('sha256', signingInput, { key: publicKey, dsaEncoding: 'ieee-p1363' }, signatureBytes))
        throw new Error('bad signature');
    },
  });

  const n = quick ? 1_000 : 2_500;
  const batches = quick ? 3 : 5;
  for (const v of variants) await sequential(v.call, n);
  const wall = new Map(variants.map((v) => [v.name, []]));
  const cpu = new Map(variants.map((v) => [v.name, []]));
  for (let b = 0; b < batches; b++) {
    for (const v of variants) {
      const r = await sequential(v.call, n);
      wall.get(v.name).push(r.wallUs);
      cpu.get(v.name).push(r.cpuUs);
    }
  }
  for (const v of variants) await v.close?.();
  if (redis) {
    await deletePrefix(redis, prefix);
    redis.destroy();
  }
  // Best batch: the one least disturbed by the rest of the machine (the usual estimator for a fixed cost).
  const best = (values) => Math.min(...values);
  const rawWall = best(wall.get(variants[0].name));
  const rawCpu = best(cpu.get(variants[0].name));
  const limitWall = best(wall.get(variants[1].name));
  const limitCpu = best(cpu.get(variants[1].name));
  const costs = {};
  const rows = variants.map((v, i) => {
    const w = best(wall.get(v.name));
    const c = best(cpu.get(v.name));
    const own =
      i === 0 || v.name.includes(' alone ') ? undefined : { wallUs: w - rawWall, cpuUs: c - rawCpu };
    // Beyond the limit's own work (the signature check included) for the variants that verify.
    const verifies = v.name === 'gateway' || v.name === 'gateway+consent';
    const beyondLimitUs = verifies ? w - limitWall : undefined;
    const beyondLimitCpuUs = verifies ? c - limitCpu : undefined;
    costs[v.name] = { wallUs: w, cpuUs: c, own, beyondLimitUs, beyondLimitCpuUs, perSecond: 1e6 / w };
    return [
      v.name,
      fmt(w),
      fmt(c),
      own ? fmt(own.wallUs) : '',
      own ? fmt(own.cpuUs) : '',
      beyondLimitUs === undefined ? '' : fmt(beyondLimitUs),
      beyondLimitCpuUs === undefined ? '' : fmt(beyondLimitCpuUs),
      v.name.includes('cache hit') ? fmt(1e6 / w, 0) : '',
    ];
  });
  console.log(
    `own cost: in-process dispatcher, sequential calls (best of ${batches} batches × ${n}); ` +
      `own = gateway − raw on the same dispatcher`,
  );
  console.log(
    'own = variant − raw undici; beyond limit = variant − (raw undici + verify), i.e. beyond the signature check',
  );
  console.log(
    table(
      [
        'variant',
        'µs/call',
        'CPU µs/call',
        'own µs',
        'own CPU µs',
        'beyond limit µs',
        'beyond limit CPU µs',
        'calls/s',
      ],
      rows,
    ),
  );
  console.log('');
  return costs;
}
