import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CompactSign, type CryptoKey, exportJWK, generateKeyPair, type JWK } from 'jose';
import { Agent, MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  AbortedError,
  InputError,
  OnceOnlyError,
  ResponseError,
  UpstreamError,
} from '../errors/onceonly-error.js';
import { parseProviderId } from '../transport/xroad-id.js';
import { createPayloadVerifier } from './payload-verifier.js';

const BASE = 'https://ss.example.gov.vn';
const KEYS = 'https://keys.example.gov.vn';
const BODY = new TextEncoder().encode(
  '{"data":{},"meta":{"provider":"p","retrievedAt":"2026-01-01T00:00:00Z"}}',
);
const POPULATION = parseProviderId('GOV/000.00.00.G10/CSDLDC', 'VN');
const INSURANCE = parseProviderId('GOV/000.00.00.G22/BHXH', 'VN');

interface Signer {
  kid: string;
  privateKey: CryptoKey;
  jwk: JWK;
}

async function signer(kid: string): Promise<Signer> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  return { kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' } };
}

async function detached(s: Signer): Promise<string> {
  const jws = await new CompactSign(BODY).setProtectedHeader({ alg: 'ES256', kid: s.kid }).sign(s.privateKey);
  const [h, , sig] = jws.split('.');
  return `${h}..${sig}`;
}

async function failure(promise: Promise<unknown>): Promise<OnceOnlyError> {
  try {
    await promise;
  } catch (error) {
    if (OnceOnlyError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

let agent: MockAgent;
let fetches: Record<string, number>;

function publish(path: string, keys: JWK[], status = 200) {
  agent
    .get(KEYS)
    .intercept({ path, method: 'GET' })
    .reply(() => {
      fetches[path] = (fetches[path] ?? 0) + 1;
      return { statusCode: status, data: JSON.stringify({ keys }) };
    })
    .persist();
}

beforeEach(() => {
  agent = new MockAgent();
  agent.disableNetConnect();
  fetches = {};
});
afterEach(async () => {
  await agent.close();
});

describe('provider keys from configuration', () => {
  it('fails before sending when verification is required and a provider has no keys', async () => {
    const verifier = createPayloadVerifier({}, { baseUrl: BASE });
    const error = await failure(verifier.prepare(POPULATION, { dispatcher: agent }));
    expect(InputError.isInstance(error)).toBe(true);
    expect(error.code).toBe('VERIFY_KEYS_MISSING');
    expect(error.message).toContain("verify.providers['GOV/000.00.00.G10/CSDLDC']");
    expect(error.message).toContain('Nothing was sent');
  });

  it("passes answers of a provider configured 'none', and of unlisted ones when not required", async () => {
    const strict = createPayloadVerifier(
      { providers: { 'GOV/000.00.00.G10/CSDLDC': 'none' } },
      { baseUrl: BASE },
    );
    await strict.prepare(POPULATION, { dispatcher: agent });
    await expect(
      strict.verify(BODY, undefined, { dispatcher: agent, provider: POPULATION }),
    ).resolves.toBeUndefined();
    await expect(strict.prepare(INSURANCE, { dispatcher: agent })).rejects.toMatchObject({
      code: 'VERIFY_KEYS_MISSING',
    });

    const lenient = createPayloadVerifier({ required: false }, { baseUrl: BASE });
    await lenient.prepare(INSURANCE, { dispatcher: agent });
    await expect(
      lenient.verify(BODY, undefined, { dispatcher: agent, provider: INSURANCE }),
    ).resolves.toBeUndefined();
  });

  it("fetches each provider's own JWKS before the query, and checks answers against that provider's keys only", async () => {
    const pop = await signer('pop-1');
    const ins = await signer('ins-1');
    publish('/population.json', [pop.jwk]);
    const verifier = createPayloadVerifier(
      {
        providers: {
          'GOV/000.00.00.G10/CSDLDC': { jwksUrl: `${KEYS}/population.json` },
          'GOV/000.00.00.G22/BHXH': { keys: [ins.jwk as Record<string, unknown>] },
        },
      },
      { baseUrl: BASE },
    );
    await verifier.prepare(POPULATION, { dispatcher: agent });
    expect(fetches['/population.json']).toBe(1);
    await expect(
      verifier.verify(BODY, await detached(pop), { dispatcher: agent, provider: POPULATION }),
    ).resolves.toEqual({ kid: 'pop-1', alg: 'ES256' });
    await expect(
      verifier.verify(BODY, await detached(ins), { dispatcher: agent, provider: INSURANCE }),
    ).resolves.toEqual({ kid: 'ins-1', alg: 'ES256' });
    // The population database's key does not vouch for the insurance database's answers.
    const error = await failure(
      verifier.verify(BODY, await detached(pop), { dispatcher: agent, provider: INSURANCE }),
    );
    expect(ResponseError.isInstance(error) && error.code).toBe('SIGNATURE_UNKNOWN_KEY');
    expect(fetches['/population.json']).toBe(1);
  });

  it('shares one fetch between providers that publish one JWKS', async () => {
    const k = await signer('shared-1');
    publish('/all.json', [k.jwk]);
    const verifier = createPayloadVerifier(
      {
        providers: {
          'GOV/000.00.00.G10/CSDLDC': { jwksUrl: `${KEYS}/all.json` },
          'GOV/000.00.00.G22/BHXH': { jwksUrl: `${KEYS}/all.json` },
        },
      },
      { baseUrl: BASE },
    );
    await Promise.all([
      verifier.prepare(POPULATION, { dispatcher: agent }),
      verifier.prepare(INSURANCE, { dispatcher: agent }),
    ]);
    expect(fetches['/all.json']).toBe(1);
  });

  it('fails before sending when the JWKS cannot be fetched, or publishes no key', async () => {
    publish('/down.json', [], 503);
    publish('/empty.json', []);
    const verifier = createPayloadVerifier(
      {
        providers: {
          'GOV/000.00.00.G10/CSDLDC': { jwksUrl: `${KEYS}/down.json` },
          'GOV/000.00.00.G22/BHXH': { jwksUrl: `${KEYS}/empty.json` },
        },
      },
      { baseUrl: BASE },
    );
    const down = await failure(verifier.prepare(POPULATION, { dispatcher: agent }));
    expect(UpstreamError.isInstance(down) && down.code).toBe('JWKS_UNAVAILABLE');
    const empty = await failure(verifier.prepare(INSURANCE, { dispatcher: agent }));
    expect(UpstreamError.isInstance(empty) && empty.code).toBe('JWKS_UNAVAILABLE');
    expect(empty.retryable).toBe(false);
  });

  it.each([
    ['a provider id that is not CLASS/MEMBER/SUBSYSTEM', { providers: { 'VN/GOV/X/Y/Z': 'none' } }],
    ['a source that is neither', { providers: { 'GOV/M/S': 'sometimes' } }],
    ['a JWKS URL that is not http(s)', { providers: { 'GOV/M/S': { jwksUrl: 'ftp://keys/x' } } }],
    ['an empty key list', { providers: { 'GOV/M/S': { keys: [] } } }],
    ['a shared secret', { providers: { 'GOV/M/S': { keys: [{ kty: 'oct', k: 'c2VjcmV0', kid: 'a' }] } } }],
    ['a key marked alg none', { providers: { 'GOV/M/S': { keys: [{ kty: 'EC', alg: 'none', kid: 'a' }] } } }],
    ['a key marked HS256', { providers: { 'GOV/M/S': { keys: [{ kty: 'RSA', alg: 'HS256', kid: 'a' }] } } }],
    ['a private key', { jwks: { keys: [{ kty: 'EC', crv: 'P-256', x: 'x', y: 'y', d: 'd', kid: 'a' }] } }],
    ['a key with no kid', { jwks: { keys: [{ kty: 'EC', crv: 'P-256', x: 'x', y: 'y' }] } }],
    [
      'a key Node cannot import',
      { jwks: { keys: [{ kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA', kid: 'a' }] } },
    ],
    ['required that is not a boolean', { required: 'yes' }],
  ])('refuses %s at creation, naming the option', (_what, options) => {
    let error: unknown;
    try {
      createPayloadVerifier(options as never, { baseUrl: BASE });
    } catch (e) {
      error = e;
    }
    expect(InputError.isInstance(error)).toBe(true);
    expect((error as InputError).code).toBe('INVALID_CONFIG');
    expect((error as InputError).message).toMatch(/verify\./);
  });
});

describe('key fetches and the call that needs them', () => {
  let server: Server;
  let url: string;
  let open: number;
  let closed: number;
  let dispatcher: Agent;

  beforeEach(async () => {
    open = 0;
    closed = 0;
    // A key endpoint that accepts the connection and never answers.
    server = createServer((req) => {
      open += 1;
      req.socket.on('close', () => {
        closed += 1;
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
    dispatcher = new Agent();
  });
  afterEach(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await dispatcher.destroy();
  });

  const until = async (check: () => boolean) => {
    for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
    return check();
  };

  it("obeys the call's deadline and releases the socket when the call ends", async () => {
    const verifier = createPayloadVerifier(
      { providers: { 'GOV/000.00.00.G10/CSDLDC': { jwksUrl: url } } },
      { baseUrl: BASE },
    );
    const started = Date.now();
    const error = await failure(
      verifier.prepare(POPULATION, { dispatcher, signal: AbortSignal.timeout(150) }),
    );
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(error.name).toBe('TimeoutError');
    expect(await until(() => open === 1 && closed === 1)).toBe(true);
  });

  it('close() ends a fetch in flight at once', async () => {
    const verifier = createPayloadVerifier({ jwksUrl: url }, { baseUrl: BASE });
    const pending = failure(verifier.prepare(POPULATION, { dispatcher }));
    expect(await until(() => open === 1)).toBe(true);
    verifier.close();
    const error = await pending;
    expect(AbortedError.isInstance(error)).toBe(true);
    expect(await until(() => closed === 1)).toBe(true);
  });
});
