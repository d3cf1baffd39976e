import { exportJWK, generateKeyPair } from 'jose';
import { MockAgent } from 'undici';
import { describe, expect, it } from 'vitest';
import { parseProviderId } from '../transport/xroad-id.js';
import { createPayloadVerifier } from './payload-verifier.js';

const BASE = 'https://ss.portal.gov.vn';
const SIGNED = parseProviderId('GOV/000.00.00.G10/CSDLDC', 'VN');
const UNSIGNED = parseProviderId('GOV/000.00.00.G10/DKDN', 'VN');
const FETCHED = parseProviderId('GOV/000.00.00.G10/BHXH', 'VN');
const UNKNOWN = parseProviderId('GOV/000.00.00.G10/OTHER', 'VN');

describe('payload verifier: ready (the per-call fast path before sending)', () => {
  it('is true only when prepare has nothing to do', async () => {
    const { publicKey } = await generateKeyPair('ES256', { extractable: true });
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1' };
    const agent = new MockAgent();
    agent.disableNetConnect();
    agent
      .get(BASE)
      .intercept({ path: '/keys/bhxh.json', method: 'GET' })
      .reply(200, JSON.stringify({ keys: [jwk] }), { headers: { 'content-type': 'application/json' } });
    let clock = 1_000_000;
    const verifier = createPayloadVerifier(
      {
        providers: {
          'GOV/000.00.00.G10/CSDLDC': { keys: [jwk] },
          'GOV/000.00.00.G10/DKDN': 'none',
          'GOV/000.00.00.G10/BHXH': { jwksUrl: '/keys/bhxh.json' },
        },
        cacheMs: 60_000,
      },
      { baseUrl: BASE, now: () => clock },
    );
    expect(verifier.ready(SIGNED)).toBe(true); // inline keys
    expect(verifier.ready(UNSIGNED)).toBe(true); // 'none': nothing to verify
    expect(verifier.ready(UNKNOWN)).toBe(false); // no keys and required: prepare refuses
    await expect(verifier.prepare(UNKNOWN, { dispatcher: agent })).rejects.toMatchObject({
      code: 'VERIFY_KEYS_MISSING',
    });
    expect(verifier.ready(FETCHED)).toBe(false); // not fetched yet
    await verifier.prepare(FETCHED, { dispatcher: agent });
    expect(verifier.ready(FETCHED)).toBe(true);
    clock += 60_000; // the fetched keys are due for a refresh
    expect(verifier.ready(FETCHED)).toBe(false);
    verifier.close();
    await agent.close();
  });
});
