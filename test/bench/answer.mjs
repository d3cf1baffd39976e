/**
 * The provider's answer, built once: the body bytes are constant, so the detached JWS
 * (X-Payload-Signature, ES256) and the request hash are computed once and replayed on every request.
 * Both the HTTP server and the in-process dispatcher serve exactly these bytes.
 */
import { createHash, randomUUID } from 'node:crypto';
import { exportJWK, FlattenedSign, generateKeyPair } from 'jose';
import { ENVELOPE, REQUEST_BODY } from './fixtures.mjs';

export async function buildAnswer() {
  const pair = await generateKeyPair('ES256', { extractable: true });
  const kid = `provider-${randomUUID().slice(0, 8)}`;
  const jwks = { keys: [{ ...(await exportJWK(pair.publicKey)), kid, alg: 'ES256', use: 'sig' }] };
  const body = Buffer.from(JSON.stringify(ENVELOPE));
  const jws = await new FlattenedSign(body).setProtectedHeader({ alg: 'ES256', kid }).sign(pair.privateKey);
  return {
    body,
    jwksBody: Buffer.from(JSON.stringify(jwks)),
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(body.length),
      'x-road-service': 'VN/GOV/000.00.00.G10/CSDLDC/person.get',
      'x-road-request-hash': createHash('sha512').update(REQUEST_BODY).digest('base64'),
      'x-payload-signature': `${jws.protected}..${jws.signature}`,
    },
  };
}
