/**
 * The clients under test. Each makes the same lookup against the same endpoint:
 * - raw: `undici.request` on a keep-alive Agent + `JSON.parse`, no checks at all;
 * - raw + verify: the same plus one `node:crypto` ES256 check of X-Payload-Signature with a cached key
 *   (the least work that does the gateway's job: the limit for the gateway with signatures on);
 * - fetch: a careful hand-written client on global `fetch` (X-Road headers with a fresh X-Road-Id,
 *   status, content type, JSON parse, envelope check), without signatures, schemas or audit;
 * - gateway: `createGateway` with payload signature verification (JWKS fetched), request and response
 *   JSON Schema validation, audit (HMAC of the subject, a function sink), default retry and breaker;
 *   variants with consent checked, and with signature verification off.
 */
import { createPublicKey, randomUUID, verify } from 'node:crypto';
import { compactVerify, createLocalJWKSet } from 'jose';
import { Agent, request } from 'undici';
import {
  CLIENT,
  CTX,
  checkEnvelope,
  IDP_ISSUER,
  JWKS_PATH,
  mapCitizen,
  PATH,
  PERSONAL_ID,
  REQUEST,
  REQUEST_BODY,
  SUBJECT_KEY,
  services,
} from './fixtures.mjs';

function headers() {
  return {
    accept: 'application/json',
    'content-type': 'application/json; charset=utf-8',
    'x-road-client': CLIENT,
    'x-road-id': randomUUID(),
    'x-road-issue': CTX.caseId,
    'x-road-userid': CTX.userId,
    'x-purpose': CTX.purpose,
  };
}

/** `undici.request` + `JSON.parse`: what any client must at least do. `dispatcher` defaults to a keep-alive Agent. */
export function rawClient(baseUrl, dispatcher) {
  const own = dispatcher ? undefined : new Agent({ keepAliveTimeout: 10_000 });
  const url = baseUrl + PATH;
  return {
    name: 'raw undici',
    async call() {
      const { statusCode, body } = await request(url, {
        method: 'POST',
        headers: headers(),
        body: REQUEST_BODY,
        dispatcher: dispatcher ?? own,
      });
      const parsed = JSON.parse(await body.text());
      if (statusCode !== 200) throw new Error(`HTTP ${statusCode}`);
      return parsed;
    },
    close: () => own?.close(),
  };
}

/**
 * The limit with signatures: `undici.request` + `JSON.parse` + one `node:crypto` ES256 check of the
 * detached X-Payload-Signature over the exact body bytes, with the provider key fetched once and kept
 * as a KeyObject. No other check.
 */
export function rawVerifyClient(baseUrl, dispatcher) {
  const own = dispatcher ? undefined : new Agent({ keepAliveTimeout: 10_000 });
  const url = baseUrl + PATH;
  let keys;
  const keyFor = async (kid) => {
    keys ??= request(baseUrl + JWKS_PATH, { dispatcher: dispatcher ?? own })
      .then(({ body }) => body.json())
      .then(
        (jwks) => new Map(jwks.keys.map((jwk) => [jwk.kid, createPublicKey({ key: jwk, format: 'jwk' })])),
      );
    return (await keys).get(kid);
  };
  const headerKids = new Map();
  return {
    name: 'raw undici + verify',
    async call() {
      const response = await request(url, {
        method: 'POST',
        headers: headers(),
        body: REQUEST_BODY,
        dispatcher: dispatcher ?? own,
      });
      const bytes = Buffer.from(await response.body.arrayBuffer());
      if (response.statusCode !== 200) throw new Error(`HTTP ${response.statusCode}`);
      const [header, , signature] = String(response.headers['x-payload-signature']).split('.');
      let kid = headerKids.get(header);
      if (kid === undefined) {
        kid = JSON.parse(Buffer.from(header, 'base64url').toString()).kid;
        headerKids.set(header, kid);
      }
      const signed = Buffer.from(`${header}.${bytes.toString('base64url')}`);
      const key = await keyFor(kid);
      if (!verify('sha256', signed, { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url')))
        throw new Error('bad signature');
      return JSON.parse(bytes.toString('utf8'));
    },
    close: () => own?.close(),
  };
}

const JSON_TYPE = /^application\/([\w.+-]+\+)?json\b/i;

/**
 * A hand-written `fetch` client making the checks the gateway makes on the wire (status, content type,
 * X-Road-Id echo, JSON, envelope), without schemas or audit. With `verify`, it also checks
 * X-Payload-Signature with jose against the provider's JWKS (fetched once), as the gateway does.
 */
export function fetchClient(baseUrl, { verify = false } = {}) {
  const url = baseUrl + PATH;
  let keys;
  const keysFor = async () => {
    keys ??= fetch(baseUrl + JWKS_PATH)
      .then((response) => response.json())
      .then((jwks) => createLocalJWKSet(jwks));
    return keys;
  };
  return {
    name: verify ? 'fetch + verify' : 'fetch',
    async call() {
      const sent = headers();
      const response = await fetch(url, { method: 'POST', headers: sent, body: REQUEST_BODY });
      const bytes = Buffer.from(await response.arrayBuffer());
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      if (!JSON_TYPE.test(response.headers.get('content-type') ?? '')) throw new Error('not JSON');
      if (response.headers.get('x-road-id') !== sent['x-road-id']) throw new Error('X-Road-Id mismatch');
      if (verify) {
        const [header, empty, signature] = (response.headers.get('x-payload-signature') ?? '').split('.');
        if (!header || empty !== '' || !signature) throw new Error('no detached signature');
        await compactVerify(`${header}.${bytes.toString('base64url')}.${signature}`, await keysFor(), {
          algorithms: ['ES256'],
        });
      }
      return mapCitizen(checkEnvelope(JSON.parse(bytes.toString('utf8'))));
    },
    close: async () => {},
  };
}

/**
 * The gateway, as a portal would configure it. `variant`: `full` (verify, validation, audit; public
 * service), `consent` (the same, plus a consent token checked on each call), `no-verify` (signature
 * verification off), `no-verify-no-audit`, `bare` (no verify, no audit, empty schemas), `cache-hit`
 * (`full` on a service with a cache policy: after the first call, every call is a hit). `cacheStore`
 * and `rateLimit` are passed to `createGateway` as they are.
 */
export function gatewayClient(
  core,
  baseUrl,
  { variant = 'full', dispatcher, idp, cacheStore, rateLimit, name } = {},
) {
  const { createGateway, defineService, functionAuditSink } = core;
  const svc = services(defineService);
  let audited = 0;
  const options = {
    baseUrl,
    client: CLIENT,
    audit: {
      sink: functionAuditSink(() => {
        audited++;
      }),
      subjectKey: SUBJECT_KEY,
    },
  };
  if (dispatcher) options.dispatcher = dispatcher;
  if (cacheStore) options.cache = { store: cacheStore };
  if (rateLimit) options.rateLimit = rateLimit;
  // The bench server plays the providers' key server too: a security server serves no JWKS, so keys are configured.
  const verifies = variant === 'full' || variant === 'consent' || variant === 'cache-hit';
  options.verify = verifies ? { jwksUrl: JWKS_PATH } : false;
  if (variant === 'no-verify-no-audit' || variant === 'bare') delete options.audit;
  if (variant === 'consent') options.consent = { jwks: { keys: [idp.jwk] }, issuer: IDP_ISSUER };
  const gw = createGateway(options);
  const service =
    {
      consent: svc.consentLookup,
      bare: svc.bareLookup,
      'cache-hit': svc.cachedLookup,
    }[variant] ?? svc.lookup;
  const ctx = variant === 'consent' ? { ...CTX, consent: idp.token } : CTX;
  const names = {
    full: 'gateway',
    consent: 'gateway+consent',
    'no-verify': 'gateway, verify off',
    'no-verify-no-audit': 'gateway, verify+audit off',
    bare: 'gateway, verify+audit off, empty schemas',
    'cache-hit': 'gateway, cache hit',
  };
  return {
    name: name ?? names[variant],
    call: () => gw.call(service, REQUEST, ctx),
    /**
     * A call with another citizen's id (the answer is the same bench record; the cache key and the
     * audit subject differ), and with `userId`, another acting user.
     */
    callFor: (personalId, userId) =>
      gw.callWithMeta(service, { ...REQUEST, personalId }, userId === undefined ? ctx : { ...ctx, userId }),
    audited: () => audited,
    close: () => gw.close(),
  };
}

/** An identity provider key and one consent token for the bench citizen (valid for an hour). */
export async function consentFixture() {
  const { exportJWK, generateKeyPair, SignJWT } = await import('jose');
  const pair = await generateKeyPair('ES256', { extractable: true });
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'idp-bench', alg: 'ES256' };
  const token = await new SignJWT({ scope: 'population.basic', purpose: CTX.purpose })
    .setProtectedHeader({ alg: 'ES256', kid: 'idp-bench' })
    .setSubject(PERSONAL_ID)
    .setAudience(CLIENT)
    .setIssuer(IDP_ISSUER)
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(pair.privateKey);
  return { jwk, token };
}
