/**
 * What the documentation examples take as given, and the local server they run against.
 *
 * The docs say, once per page, that `baseUrl` is the security server, `consent` a consent token from the
 * identity provider, `subjectKey` the audit key, and so on. The example files under `examples/` import
 * those names from here (outside the part the docs show); `startDocServer()` fills them in before the
 * examples run. The server is test/support/protocol-server.ts: a real HTTP server speaking the wire
 * contract, signing its answers, recording every request.
 */
import type { VerifyOptions } from '@onceonly/core';
import { exportJWK, exportPKCS8, generateKeyPair, SignJWT, type JWK } from 'jose';
import { listClientsBody, serviceListBody } from '../support/metaservice-bodies.js';
import {
  envelope,
  type RecordedRequest,
  type Reply,
  startProtocolServer,
  type ProtocolServer,
} from '../support/protocol-server.js';

export const CLIENT = 'VN/GOV/000.00.00.H23/PORTAL';
export const PERSONAL_ID = '001203012345';
export const PURPOSE = '1.001193';
export const IDP_ISSUER = 'https://id.example.gov.vn';
export const TOKEN = /^tok-\d+$/;

/** The security server (or LGSP) URL. */
export let baseUrl = '';
/** A consent token, as the identity provider issues it: citizen PERSONAL_ID, this portal, two categories. */
export let consent = '';
/** The portal's `private_key_jwt` key (PKCS#8 PEM), registered with the LGSP's token endpoint. */
export let privateKeyPem = '';
/** Its public half, to check the client assertions the token endpoint received. */
export let publicJwk: JWK = {};
/** The identity provider's keys (what `GET /idp/jwks.json` serves). */
export let idpJwks: { keys: JWK[] } = { keys: [] };
/** The audit HMAC key: 32+ bytes, secret, stable. */
export const subjectKey = 'doc-example-audit-subject-key-0123456789';
/** The `client_secret_basic` secret. */
export const clientSecret = 'doc-example-client-secret';
/** The server, for examples that need to change what it answers. */
/** Where the providers publish their payload-signature keys (a key server, not the security server). */
export let providerKeysUrl = '';
/** `verify` of the examples: each provider's key URL, as a portal behind a plain security server configures it. */
export let verify: VerifyOptions = {};
export let server: ProtocolServer;

const CITIZENS: Record<string, unknown> = {
  [PERSONAL_ID]: {
    soDinhDanh: PERSONAL_ID,
    hoVaTen: { ho: 'Nguyễn', chuDem: 'Văn', ten: 'An' },
    ngaySinh: '14/05/2003',
  },
};

const BENEFICIARIES: Record<string, unknown> = {
  [PERSONAL_ID]: {
    soDinhDanh: PERSONAL_ID,
    hoVaTen: 'Nguyễn Văn An',
    maSoBhxh: '0123456789',
    loaiTroCap: 'KT_NANG',
    mucHuong: 1_000_000,
    tuNgay: '01/07/2025',
    trangThai: 'DANG_HUONG',
  },
};

const notFound: Reply = {
  status: 404,
  body: {
    type: 'https://onceonly.dev/problems/not-found',
    title: 'Not found',
    status: 404,
    code: 'NOT_FOUND',
  },
};

let tokens = 0;

/** What the doc server answers: the data services the examples call, metaservices, token, IdP keys. */
export function answer(request: RecordedRequest): Reply {
  const { method, path } = request;
  const personalId = () => (JSON.parse(request.body || '{}') as { personalId?: string }).personalId ?? '';
  if (method === 'POST' && path === '/oauth2/token') {
    tokens += 1;
    return { body: { access_token: `tok-${tokens}`, token_type: 'Bearer', expires_in: 300 }, sign: false };
  }
  if (method === 'GET' && path === '/idp/jwks.json') return { body: idpJwks, sign: false };
  if (method === 'GET' && path === '/listClients') {
    return {
      body: listClientsBody('000.00.00.G10', 'CSDLDC', 'Cơ sở dữ liệu quốc gia về dân cư'),
      sign: false,
    };
  }
  if (
    method === 'GET' &&
    /^\/r1\/VN\/GOV\/000\.00\.00\.G10\/CSDLDC\/(listMethods|allowedMethods)$/.test(path)
  )
    return {
      body: serviceListBody('000.00.00.G10', 'CSDLDC', ['citizen.get', 'citizen.verify']),
      sign: false,
    };
  if (method === 'GET' && path === '/r1/VN/GOV/000.00.00.G10/CSDLDC/getOpenAPI?serviceCode=citizen.get') {
    // Published as YAML, like the REST metadata protocol's own example (annex B.3).
    const yaml = 'openapi: 3.1.0\ninfo:\n  title: citizen.get\n  version: 1.0.0\npaths: {}\n';
    return { body: yaml, headers: { 'content-type': 'text/yaml' }, sign: false };
  }
  if (method === 'POST' && path === '/r1/VN/GOV/000.00.00.G10/CSDLDC/citizen.get') {
    const data = CITIZENS[personalId()];
    return data ? { body: envelope(data) } : notFound;
  }
  if (method === 'POST' && path === '/r1/VN/GOV/000.00.00.H29/BTXH/beneficiary.get') {
    const data = BENEFICIARIES[personalId()];
    return data ? { body: envelope(data, 'VN/GOV/000.00.00.H29/BTXH') } : notFound;
  }
  return notFound;
}

/** Starts the server and fills in the givens. */
export async function startDocServer(): Promise<ProtocolServer> {
  server = await startProtocolServer(answer);
  baseUrl = server.url;
  providerKeysUrl = `${server.url}/providers/jwks.json`;
  verify = {
    providers: {
      'GOV/000.00.00.G10/CSDLDC': { jwksUrl: providerKeysUrl },
      'GOV/000.00.00.H29/BTXH': { jwksUrl: providerKeysUrl },
    },
  };
  const idp = await generateKeyPair('ES256', { extractable: true });
  idpJwks = { keys: [{ ...(await exportJWK(idp.publicKey)), kid: 'idp-2026-1', alg: 'ES256', use: 'sig' }] };
  consent = await new SignJWT({ scope: 'population.basic social.allowance', purpose: PURPOSE })
    .setProtectedHeader({ alg: 'ES256', kid: 'idp-2026-1' })
    .setIssuer(IDP_ISSUER)
    .setSubject(PERSONAL_ID)
    .setAudience(CLIENT)
    .setJti(crypto.randomUUID())
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(idp.privateKey);
  const portal = await generateKeyPair('ES256', { extractable: true });
  privateKeyPem = await exportPKCS8(portal.privateKey);
  publicJwk = await exportJWK(portal.publicKey);
  return server;
}
