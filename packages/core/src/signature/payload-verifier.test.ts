import { CompactSign, type CryptoKey, exportJWK, generateKeyPair, type JWK } from 'jose';
import type { MockAgent } from 'undici';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockAgentPerTest } from '../transport/mock-agent.fixture.js';
import { InputError, ResponseError, UpstreamError } from '../errors/onceonly-error.js';
import { createPayloadVerifier } from './payload-verifier.js';

const BASE = 'https://ss.example.gov.vn';
/** One JWKS for every provider, at a path of the test origin. */
const SHARED = { jwksUrl: '/.well-known/jwks.json' };
const BODY = new TextEncoder().encode(
  '{"data":{"fullName":"Nguyễn Văn A"},"meta":{"provider":"p","retrievedAt":"2026-01-01T00:00:00Z"}}',
);

interface Signer {
  kid: string;
  privateKey: CryptoKey;
  jwk: JWK;
}

async function signer(kid: string, alg: 'ES256' | 'RS256' | 'EdDSA' = 'ES256'): Promise<Signer> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, use: 'sig' } };
}

/** `header..signature`: the detached JWS of RFC 7515 appendix F. */
async function detached(s: Signer, body: Uint8Array = BODY, alg = 'ES256'): Promise<string> {
  const jws = await new CompactSign(body).setProtectedHeader({ alg, kid: s.kid }).sign(s.privateKey);
  const [h, , sig] = jws.split('.');
  return `${h}..${sig}`;
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

const agent = mockAgentPerTest();
let served: JWK[][];
let fetches: number;

/** The JWKS endpoint answers `served[n]` on the n-th fetch (the last one thereafter). */
function jwksEndpoint(path = '/.well-known/jwks.json', origin = BASE) {
  agent
    .get(origin)
    .intercept({ path, method: 'GET' })
    .reply((opts) => {
      expect((opts.headers as Record<string, string>).accept).toBe('application/json');
      const keys = served[Math.min(fetches, served.length - 1)]!;
      fetches++;
      return { statusCode: 200, data: JSON.stringify({ keys }) };
    })
    .persist();
}

beforeEach(() => {
  served = [];
  fetches = 0;
});

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

async function expectRefused(promise: Promise<unknown>, code: string) {
  const error = await failure(promise);
  expect(ResponseError.isInstance(error)).toBe(true);
  expect(error).toMatchObject({ code, retryable: false });
}

describe('createPayloadVerifier', () => {
  it('verifies a detached signature over the exact body bytes', async () => {
    const k1 = await signer('k1');
    served = [[k1.jwk]];
    jwksEndpoint();
    const verifier = createPayloadVerifier(SHARED, { baseUrl: BASE });
    expect(await verifier.verify(BODY, await detached(k1), { dispatcher: agent })).toEqual({
      kid: 'k1',
      alg: 'ES256',
    });
  });

  it.each(['RS256', 'EdDSA'] as const)('verifies %s', async (alg) => {
    const k = await signer(`k-${alg}`, alg);
    const verifier = createPayloadVerifier({ jwks: { keys: [k.jwk] } }, { baseUrl: BASE });
    expect(await verifier.verify(BODY, await detached(k, BODY, alg), { dispatcher: agent })).toEqual({
      kid: k.kid,
      alg,
    });
  });

  it('refuses a tampered body', async () => {
    const k1 = await signer('k1');
    served = [[k1.jwk]];
    jwksEndpoint();
    const verifier = createPayloadVerifier(SHARED, { baseUrl: BASE });
    const tampered = BODY.slice();
    tampered[10] = tampered[10]! ^ 1;
    await expectRefused(
      verifier.verify(tampered, await detached(k1), { dispatcher: agent }),
      'SIGNATURE_INVALID',
    );
  });

  it('refuses a signature by another key that claims the same kid', async () => {
    const k1 = await signer('k1');
    const impostor = { ...(await signer('k1')) };
    const verifier = createPayloadVerifier({ jwks: { keys: [k1.jwk] } }, { baseUrl: BASE });
    await expectRefused(
      verifier.verify(BODY, await detached(impostor), { dispatcher: agent }),
      'SIGNATURE_INVALID',
    );
  });

  it('refuses a missing header', async () => {
    const verifier = createPayloadVerifier(SHARED, { baseUrl: BASE });
    await expectRefused(verifier.verify(BODY, undefined, { dispatcher: agent }), 'SIGNATURE_MISSING');
    await expectRefused(verifier.verify(BODY, ' ', { dispatcher: agent }), 'SIGNATURE_MISSING');
  });

  it.each([
    [
      'a compact (non-detached) JWS',
      async (k: Signer) =>
        await new CompactSign(BODY).setProtectedHeader({ alg: 'ES256', kid: k.kid }).sign(k.privateKey),
    ],
    ['garbage', async () => 'not a jws'],
    ['a header that is not JSON', async () => `${Buffer.from('nope').toString('base64url')}..AAAA`],
    ['no kid', async (k: Signer) => (await detached(k)).replace(/^[^.]+/, b64({ alg: 'ES256' }))],
    [
      'an RFC 7797 b64 header',
      async (k: Signer) =>
        (await detached(k)).replace(/^[^.]+/, b64({ alg: 'ES256', kid: 'k1', b64: false, crit: ['b64'] })),
    ],
  ])('refuses %s as SIGNATURE_MALFORMED', async (_name, make) => {
    const k1 = await signer('k1');
    const verifier = createPayloadVerifier({ jwks: { keys: [k1.jwk] } }, { baseUrl: BASE });
    await expectRefused(verifier.verify(BODY, await make(k1), { dispatcher: agent }), 'SIGNATURE_MALFORMED');
  });

  it('refuses two signature headers', async () => {
    const k1 = await signer('k1');
    const verifier = createPayloadVerifier({ jwks: { keys: [k1.jwk] } }, { baseUrl: BASE });
    const twice = [await detached(k1), await detached(k1)] as unknown as string;
    await expectRefused(verifier.verify(BODY, twice, { dispatcher: agent }), 'SIGNATURE_MALFORMED');
  });

  it('refuses alg none, even when listed', async () => {
    const k1 = await signer('k1');
    const verifier = createPayloadVerifier(
      { jwks: { keys: [k1.jwk] }, algorithms: ['none', 'ES256'] },
      { baseUrl: BASE },
    );
    const unsigned = `${b64({ alg: 'none', kid: 'k1' })}..`;
    await expectRefused(
      verifier.verify(BODY, `${unsigned}AAAA`, { dispatcher: agent }),
      'SIGNATURE_ALGORITHM',
    );
    await expectRefused(verifier.verify(BODY, unsigned, { dispatcher: agent }), 'SIGNATURE_MALFORMED');
  });

  it('refuses HS256, even when listed; a configured shared secret is refused at creation', async () => {
    const secret = new TextEncoder().encode('k'.repeat(32));
    const oct: JWK = { kty: 'oct', kid: 'k1', k: Buffer.from(secret).toString('base64url') };
    expect(() =>
      createPayloadVerifier({ jwks: { keys: [oct] }, algorithms: ['HS256', 'ES256'] }, { baseUrl: BASE }),
    ).toThrow(/oct/);
    const k1 = await signer('k1');
    const verifier = createPayloadVerifier(
      { jwks: { keys: [k1.jwk] }, algorithms: ['HS256', 'ES256'] },
      { baseUrl: BASE },
    );
    const jws = await new CompactSign(BODY).setProtectedHeader({ alg: 'HS256', kid: 'k1' }).sign(secret);
    const [h, , sig] = jws.split('.');
    await expectRefused(verifier.verify(BODY, `${h}..${sig}`, { dispatcher: agent }), 'SIGNATURE_ALGORITHM');
  });

  it('refuses an algorithm outside the allow-list', async () => {
    const k = await signer('k1', 'RS256');
    const verifier = createPayloadVerifier(
      { jwks: { keys: [k.jwk] }, algorithms: ['ES256'] },
      { baseUrl: BASE },
    );
    await expectRefused(
      verifier.verify(BODY, await detached(k, BODY, 'RS256'), { dispatcher: agent }),
      'SIGNATURE_ALGORITHM',
    );
  });

  it('refuses an allow-list with only none/HS* at creation', () => {
    expect(() => createPayloadVerifier({ algorithms: ['none', 'HS256'] }, { baseUrl: BASE })).toThrow(
      InputError,
    );
    expect(() => createPayloadVerifier({ jwks: { keys: 'x' } as never }, { baseUrl: BASE })).toThrow(
      InputError,
    );
    expect(() => createPayloadVerifier({ jwksUrl: 'nope' }, { baseUrl: BASE })).toThrow(InputError);
  });

  it('unknown kid: re-fetches once, then the rotated key works', async () => {
    const k1 = await signer('k1');
    const k2 = await signer('k2');
    served = [[k1.jwk], [k1.jwk, k2.jwk]];
    jwksEndpoint();
    let clock = 0;
    const verifier = createPayloadVerifier(SHARED, { baseUrl: BASE, now: () => clock });
    await verifier.verify(BODY, await detached(k1), { dispatcher: agent });
    clock = 31_000; // past the cooldown
    expect(await verifier.verify(BODY, await detached(k2), { dispatcher: agent })).toEqual({
      kid: 'k2',
      alg: 'ES256',
    });
    expect(fetches).toBe(2);
    await verifier.verify(BODY, await detached(k2), { dispatcher: agent });
    expect(fetches).toBe(2);
  });

  it('unknown kid: still unknown after the re-fetch fails with SIGNATURE_UNKNOWN_KEY', async () => {
    const k1 = await signer('k1');
    const stranger = await signer('k9');
    served = [[k1.jwk]];
    jwksEndpoint();
    let clock = 0;
    const verifier = createPayloadVerifier(SHARED, { baseUrl: BASE, now: () => clock });
    await verifier.verify(BODY, await detached(k1), { dispatcher: agent });
    clock = 60_000;
    await expectRefused(
      verifier.verify(BODY, await detached(stranger), { dispatcher: agent }),
      'SIGNATURE_UNKNOWN_KEY',
    );
    expect(fetches).toBe(2);
  });

  it('respects the 30 s cooldown: a flood of unknown kids causes at most one fetch', async () => {
    const k1 = await signer('k1');
    served = [[k1.jwk]];
    jwksEndpoint();
    let clock = 0;
    const verifier = createPayloadVerifier(SHARED, { baseUrl: BASE, now: () => clock });
    await verifier.verify(BODY, await detached(k1), { dispatcher: agent }); // fetch 1
    clock = 40_000;
    const strangers = await Promise.all(Array.from({ length: 20 }, (_, i) => signer(`bad-${i}`)));
    const headers = await Promise.all(strangers.map((s) => detached(s)));
    const results = await Promise.allSettled(
      headers.map((h) => verifier.verify(BODY, h, { dispatcher: agent })),
    );
    expect(
      results.every(
        (r) => r.status === 'rejected' && (r.reason as ResponseError).code === 'SIGNATURE_UNKNOWN_KEY',
      ),
    ).toBe(true);
    expect(fetches).toBe(2); // the 20 concurrent misses shared one re-fetch
    clock = 69_999;
    await expectRefused(verifier.verify(BODY, headers[0]!, { dispatcher: agent }), 'SIGNATURE_UNKNOWN_KEY');
    expect(fetches).toBe(2); // within the cooldown: no fetch
    clock = 70_000;
    await expectRefused(verifier.verify(BODY, headers[0]!, { dispatcher: agent }), 'SIGNATURE_UNKNOWN_KEY');
    expect(fetches).toBe(3);
  });

  it('an unknown kid right after the first fetch does not fetch again', async () => {
    const k1 = await signer('k1');
    served = [[k1.jwk]];
    jwksEndpoint();
    const verifier = createPayloadVerifier(SHARED, { baseUrl: BASE, now: () => 0 });
    await expectRefused(
      verifier.verify(BODY, await detached(await signer('k2')), { dispatcher: agent }),
      'SIGNATURE_UNKNOWN_KEY',
    );
    expect(fetches).toBe(1);
  });

  it('coalesces concurrent first fetches and caches keys for cacheMs', async () => {
    const k1 = await signer('k1');
    served = [[k1.jwk]];
    jwksEndpoint();
    let clock = 0;
    const verifier = createPayloadVerifier(
      { ...SHARED, cacheMs: 60_000 },
      { baseUrl: BASE, now: () => clock },
    );
    const header = await detached(k1);
    await Promise.all(Array.from({ length: 10 }, () => verifier.verify(BODY, header, { dispatcher: agent })));
    expect(fetches).toBe(1);
    clock = 59_999;
    await verifier.verify(BODY, header, { dispatcher: agent });
    expect(fetches).toBe(1);
    clock = 60_000;
    await verifier.verify(BODY, header, { dispatcher: agent });
    expect(fetches).toBe(2);
  });

  it('inline keys alone are never fetched; with jwksUrl they come first', async () => {
    const k1 = await signer('k1');
    const k2 = await signer('k2');
    const inlineOnly = createPayloadVerifier({ jwks: { keys: [k1.jwk] } }, { baseUrl: BASE });
    await inlineOnly.verify(BODY, await detached(k1), { dispatcher: agent });
    await expectRefused(
      inlineOnly.verify(BODY, await detached(k2), { dispatcher: agent }),
      'SIGNATURE_UNKNOWN_KEY',
    );

    served = [[k2.jwk]];
    jwksEndpoint('/keys/providers.json', 'https://keys.example');
    const both = createPayloadVerifier(
      { jwks: { keys: [k1.jwk] }, jwksUrl: 'https://keys.example/keys/providers.json' },
      { baseUrl: BASE },
    );
    await both.verify(BODY, await detached(k1), { dispatcher: agent });
    expect(fetches).toBe(0);
    await both.verify(BODY, await detached(k2), { dispatcher: agent });
    expect(fetches).toBe(1);
  });

  it('ignores symmetric (oct) keys in a fetched JWKS', async () => {
    served = [[{ kty: 'oct', kid: 'k1', k: 'AAAA' }]];
    jwksEndpoint();
    const k1 = await signer('k1');
    const verifier = createPayloadVerifier(SHARED, { baseUrl: BASE });
    await expectRefused(
      verifier.verify(BODY, await detached(k1), { dispatcher: agent }),
      'SIGNATURE_UNKNOWN_KEY',
    );
  });
});

describe('createPayloadVerifier: JWKS failures', () => {
  async function jwksFailure(reply: (scope: ReturnType<ReturnType<MockAgent['get']>['intercept']>) => void) {
    reply(agent.get(BASE).intercept({ path: '/.well-known/jwks.json', method: 'GET' }));
    const verifier = createPayloadVerifier(SHARED, { baseUrl: BASE });
    const error = await failure(
      verifier.verify(BODY, await detached(await signer('k1')), { dispatcher: agent }),
    );
    expect(UpstreamError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'JWKS_UNAVAILABLE', retryable: true });
  }

  it('HTTP 500 → UpstreamError JWKS_UNAVAILABLE', () => jwksFailure((s) => s.reply(500, 'boom')));
  it('not JSON → JWKS_UNAVAILABLE', () => jwksFailure((s) => s.reply(200, '<html>')));
  it('not a JWKS → JWKS_UNAVAILABLE', () => jwksFailure((s) => s.reply(200, { key: [] })));
  it('over 256 KiB → JWKS_UNAVAILABLE', () =>
    jwksFailure((s) => s.reply(200, { keys: [], pad: 'x'.repeat(300_000) })));
  it('connection reset → JWKS_UNAVAILABLE', () =>
    jwksFailure((s) => s.replyWithError(Object.assign(new Error('reset'), { code: 'ECONNRESET' }))));

  it('a failed fetch is not cached, and stale keys keep working while a refresh fails', async () => {
    const k1 = await signer('k1');
    let calls = 0;
    agent
      .get(BASE)
      .intercept({ path: '/.well-known/jwks.json', method: 'GET' })
      .reply(() => {
        calls++;
        return calls === 1
          ? { statusCode: 503, data: '' }
          : calls === 2
            ? { statusCode: 200, data: JSON.stringify({ keys: [k1.jwk] }) }
            : { statusCode: 503, data: '' };
      })
      .persist();
    let clock = 0;
    const verifier = createPayloadVerifier(
      { ...SHARED, cacheMs: 1_000 },
      { baseUrl: BASE, now: () => clock },
    );
    const header = await detached(k1);
    await expect(verifier.verify(BODY, header, { dispatcher: agent })).rejects.toMatchObject({
      code: 'JWKS_UNAVAILABLE',
    });
    await verifier.verify(BODY, header, { dispatcher: agent }); // retried at once, succeeds
    clock = 5_000; // expired: the refresh fails, the stale key still verifies
    expect(await verifier.verify(BODY, header, { dispatcher: agent })).toEqual({ kid: 'k1', alg: 'ES256' });
    expect(calls).toBe(3);
    clock = 6_000; // the last refresh failed 1 s ago: no new attempt within the cooldown
    await verifier.verify(BODY, header, { dispatcher: agent });
    expect(calls).toBe(3);
    clock = 35_000;
    await verifier.verify(BODY, header, { dispatcher: agent });
    expect(calls).toBe(4);
  });
});
