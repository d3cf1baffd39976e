/**
 * A small, real HTTP server that speaks the wire contract (docs/contract.md), for the gateway's own
 * end-to-end tests. Each test sets the reply; every request is recorded, so a test can assert what
 * was sent (or that nothing was). The mock platform (@onceonly/mock) is the full-featured version.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, FlattenedSign, generateKeyPair, type CryptoKey, type JWK } from 'jose';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface Reply {
  status?: number;
  /** An array sends the header once per value. */
  headers?: Record<string, string | string[]>;
  /** An object is sent as JSON; a string or Buffer as-is. */
  body?: unknown;
  /** Sign the body with the server's key (default true for 2xx). */
  sign?: boolean | 'tamper' | 'unknown-kid';
  /** Never answer (the client must time out). */
  hang?: boolean;
}

export type ReplyFn = (request: RecordedRequest, index: number) => Reply | Promise<Reply>;

export interface ProtocolServer {
  url: string;
  requests: RecordedRequest[];
  jwks: { keys: JWK[] };
  reply(fn: ReplyFn): void;
  /** Data calls only (paths under /r1/ that are not metaservices). */
  dataCalls(): RecordedRequest[];
  rotateKey(): Promise<void>;
  close(): Promise<void>;
}

export function envelope(data: unknown, provider = 'VN/GOV/000.00.00.G10/CSDLDC') {
  return { data, meta: { provider, retrievedAt: '2026-11-23T08:00:00.000Z' } };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startProtocolServer(initial?: ReplyFn): Promise<ProtocolServer> {
  let key: { privateKey: CryptoKey; kid: string };
  const jwks: { keys: JWK[] } = { keys: [] };
  const otherKey = await generateKeyPair('ES256');
  const addKey = async () => {
    const pair = await generateKeyPair('ES256', { extractable: true });
    const kid = `provider-${randomUUID().slice(0, 8)}`;
    jwks.keys.push({ ...(await exportJWK(pair.publicKey)), kid, alg: 'ES256', use: 'sig' });
    key = { privateKey: pair.privateKey, kid };
  };
  await addKey();
  const requests: RecordedRequest[] = [];
  const hanging = new Set<ServerResponse>();
  let replyFn: ReplyFn = initial ?? (() => ({ status: 404, body: { code: 'NOT_FOUND' } }));

  const sign = async (bytes: Buffer, mode: Reply['sign']) => {
    const signer = mode === 'unknown-kid' ? otherKey.privateKey : key.privateKey;
    const kid = mode === 'unknown-kid' ? 'not-published' : key.kid;
    const jws = await new FlattenedSign(bytes).setProtectedHeader({ alg: 'ES256', kid }).sign(signer);
    const signature = mode === 'tamper' ? `${jws.signature.slice(0, -4)}AAAA` : jws.signature;
    return `${jws.protected}..${signature}`;
  };

  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    const headers = Object.fromEntries(
      Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]),
    );
    const recorded: RecordedRequest = { method: req.method ?? 'GET', path: req.url ?? '/', headers, body };
    // The providers' keys, as a key server apart from the security server publishes them (a real security
    // server serves no JWKS); the old path stays for the tests that point at it explicitly.
    if (recorded.path === '/providers/jwks.json' || recorded.path === '/.well-known/jwks.json') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks));
      return;
    }
    requests.push(recorded);
    const reply = await replyFn(recorded, requests.length - 1);
    if (reply.hang) {
      hanging.add(res);
      return;
    }
    const status = reply.status ?? 200;
    const isBuffer = typeof reply.body === 'string' || Buffer.isBuffer(reply.body);
    const bytes = Buffer.from(isBuffer ? (reply.body as string | Buffer) : JSON.stringify(reply.body ?? {}));
    const out: Record<string, string | string[]> = {
      'content-type':
        status >= 400 && !reply.headers?.['x-road-error']
          ? 'application/problem+json'
          : 'application/json; charset=utf-8',
      'x-road-id': headers['x-road-id'] ?? randomUUID(),
      'x-road-request-id': randomUUID(),
      'x-road-request-hash': createHash('sha512').update(body).digest('base64'),
      ...reply.headers,
    };
    if (reply.sign ?? (status >= 200 && status < 300))
      out['x-payload-signature'] = await sign(bytes, reply.sign === true ? undefined : reply.sign);
    res.writeHead(status, out).end(bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    jwks,
    reply(fn) {
      replyFn = fn;
    },
    dataCalls: () =>
      requests.filter(
        (r) => r.path.startsWith('/r1/') && !/\/(listMethods|allowedMethods|getOpenAPI)/.test(r.path),
      ),
    rotateKey: addKey,
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
