import { CompactSign, exportJWK, generateKeyPair, type JWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { isNodeVerifiable, verifyJws } from './jws-verify.js';

const payload = new TextEncoder().encode('{"data":{"x":1}}');

async function signed(alg: string, options: Record<string, unknown> = {}) {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true, ...options });
  const jwk: JWK = await exportJWK(publicKey);
  const compact = await new CompactSign(payload).setProtectedHeader({ alg }).sign(privateKey);
  const lastDot = compact.lastIndexOf('.');
  return {
    jwk,
    input: Buffer.from(compact.slice(0, lastDot)),
    signature: Buffer.from(compact.slice(lastDot + 1), 'base64url'),
  };
}

describe('verifyJws (node:crypto)', () => {
  it.each(['ES256', 'ES384', 'RS256', 'PS256', 'EdDSA'])('verifies what jose signs with %s', async (alg) => {
    const { jwk, input, signature } = await signed(alg, alg === 'EdDSA' ? { crv: 'Ed25519' } : {});
    expect(isNodeVerifiable(alg)).toBe(true);
    expect(verifyJws(alg, jwk, input, signature)).toBe(true);
    const tampered = Buffer.from(input);
    tampered.writeUInt8(tampered.readUInt8(tampered.length - 1) ^ 1, tampered.length - 1);
    expect(verifyJws(alg, jwk, tampered, signature)).toBe(false);
  });

  it('refuses a key that does not fit the algorithm', async () => {
    const es = await signed('ES256');
    const rsa = await signed('RS256');
    expect(verifyJws('ES256', rsa.jwk, es.input, es.signature)).toBe(false);
    expect(verifyJws('ES384', es.jwk, es.input, es.signature)).toBe(false);
    expect(verifyJws('ES256', { ...es.jwk, alg: 'ES384' }, es.input, es.signature)).toBe(false);
  });

  it('treats a broken JWK or an unknown algorithm as not verified', async () => {
    const es = await signed('ES256');
    expect(verifyJws('ES256', { kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA' }, es.input, es.signature)).toBe(
      false,
    );
    expect(isNodeVerifiable('HS256')).toBe(false);
    expect(verifyJws('HS256', es.jwk, es.input, es.signature)).toBe(false);
  });
});
