/**
 * One SOAP call through the whole pipeline, over loopback, against a small hand-written security
 * server: consent, officer, toWire, envelope, retry on 503 with the same xroad:id, header check,
 * requestHash in the meta and the audit record, cache.
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Type } from '@sinclair/typebox';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryAuditSink } from '../audit/memory-sink.js';
import { hashSubject } from '../audit/subject-hash.js';
import { defineService } from '../service/define-service.js';
import { findElement, parseXml } from '../xml/parse-xml.js';
import { createGateway } from './create-gateway.js';

const CLIENT = 'VN/GOV/000.00.00.H23/PORTAL';
const PERSONAL_ID = '001203012345';
const OFFICER = '001085012345';
const KEY = 'k'.repeat(32);

const getCitizen = defineService({
  id: 'population.citizen.get',
  provider: 'GOV/000.00.00.G10/CSDLDC',
  code: 'TraCuuThongTinCongDan',
  category: 'population.basic',
  idempotent: true,
  profile: 'soap',
  requiresOfficer: true,
  cache: { ttlMs: 60_000 },
  soap: { namespace: 'http://dancuquocgia.bca', responseElement: 'CongdanCollection', arrays: ['CongDan'] },
  request: Type.Object({ personalId: Type.String(), fullName: Type.String() }),
  wireRequest: Type.Object({
    MaYeuCau: Type.String(),
    MaCanBo: Type.String(),
    SoDinhDanh: Type.String(),
    HoVaTen: Type.String(),
  }),
  toWire: (q, call) => ({
    MaYeuCau: call.xroadId,
    MaCanBo: call.officerId ?? '',
    SoDinhDanh: q.personalId,
    HoVaTen: q.fullName,
  }),
  response: Type.Object({
    SoCongDan: Type.String(),
    CongDan: Type.Array(Type.Object({ SoDinhDanh: Type.String(), Ten: Type.String() })),
  }),
  subject: (q) => q.personalId,
  answerSubject: (wire) => wire.CongDan[0]?.SoDinhDanh,
  map: (wire) => ({ name: wire.CongDan[0]?.Ten ?? '' }),
});

interface Seen {
  id: string | undefined;
  officer: string | undefined;
  soapAction: string | undefined;
  headers: string;
}
const seen: Seen[] = [];
let failFirst = true;
let server: Server;
let baseUrl: string;

/** Echoes the request's X-Road header and adds requestHash, as a security server does. */
function answer(request: string): string {
  const header = /<SOAP-ENV:Header>[\s\S]*<\/SOAP-ENV:Header>/.exec(request)?.[0] ?? '';
  const hash = createHash('sha512').update(request).digest('base64');
  const echoed = header.replace(
    '</SOAP-ENV:Header>',
    `<xroad:requestHash algorithmId="http://www.w3.org/2001/04/xmlenc#sha512">${hash}</xroad:requestHash></SOAP-ENV:Header>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xroad="http://x-road.eu/xsd/xroad.xsd" xmlns:id="http://x-road.eu/xsd/identifiers">${echoed}<SOAP-ENV:Body><ns:TraCuuThongTinCongDanResponse xmlns:ns="http://dancuquocgia.bca"><CongdanCollection SoCongDan="1"><CongDan><SoDinhDanh>${PERSONAL_ID}</SoDinhDanh><Ten>An</Ten></CongDan></CongdanCollection></ns:TraCuuThongTinCongDanResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>`;
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const root = parseXml(text);
      seen.push({
        id: findElement(root, 'id', 'http://x-road.eu/xsd/xroad.xsd')?.text,
        officer: findElement(root, 'MaCanBo')?.text,
        soapAction: String(req.headers.soapaction),
        headers: JSON.stringify(req.headers),
      });
      if (
        req.method !== 'POST' ||
        req.url !== '/' ||
        !String(req.headers['content-type']).startsWith('text/xml')
      ) {
        res.writeHead(400).end();
        return;
      }
      if (failFirst) {
        failFirst = false;
        res.writeHead(503, { 'content-type': 'text/plain' }).end('busy');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' }).end(answer(text));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('a SOAP call through the whole pipeline', () => {
  it('consent, officer, retry with the same xroad:id, requestHash in meta and audit, then the cache', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const jwk = { ...(await exportJWK(publicKey)), kid: 'idp-1' };
    const now = Math.floor(Date.now() / 1000);
    const consent = await new SignJWT({
      sub: PERSONAL_ID,
      aud: CLIENT,
      scope: 'population.basic',
      purpose: '1.001193',
      jti: 'c-1',
    })
      .setProtectedHeader({ alg: 'ES256', kid: 'idp-1' })
      .setIssuedAt(now - 10)
      .setExpirationTime(now + 600)
      .sign(privateKey);
    const sink = memoryAuditSink();
    const gw = createGateway({
      baseUrl,
      client: CLIENT,
      verify: false,
      consent: { jwks: { keys: [jwk] } },
      retry: { attempts: 3, minDelayMs: 1, maxDelayMs: 5 },
      audit: { sink, subjectKey: KEY },
      timeouts: { callMs: 5_000 },
    });
    const ctx = { purpose: '1.001193', caseId: 'H23.01-241122-0001', consent, officerId: OFFICER };
    try {
      await expect(
        gw.call(
          getCitizen,
          { personalId: PERSONAL_ID, fullName: 'Nguyễn Văn An' },
          { ...ctx, officerId: undefined as never },
        ),
      ).rejects.toMatchObject({ code: 'OFFICER_REQUIRED' });
      expect(seen).toHaveLength(0); // refused before sending

      const result = await gw.callWithMeta(
        getCitizen,
        { personalId: PERSONAL_ID, fullName: 'Nguyễn Văn An' },
        ctx,
      );
      expect(result.value).toEqual({ name: 'An' });
      expect(seen).toHaveLength(2); // 503, then the answer
      expect(seen[0]?.id).toBe(result.meta.xroadId);
      expect(seen[1]?.id).toBe(result.meta.xroadId);
      expect(seen[1]?.officer).toBe(OFFICER);
      expect(seen[1]?.soapAction).toBe('""');
      for (const s of seen) expect(s.headers).not.toContain(OFFICER);
      expect(result.meta.requestHash).toMatch(/^[A-Za-z0-9+/]{86}==$/);

      const record = sink.records.find((r) => r.xroadId === result.meta.xroadId);
      expect(record).toMatchObject({
        outcome: 'success',
        attempts: 2,
        requestHash: result.meta.requestHash,
        subject: hashSubject(KEY, PERSONAL_ID),
        officer: hashSubject(KEY, OFFICER),
      });
      expect(JSON.stringify(sink.records)).not.toMatch(new RegExp(`${PERSONAL_ID}|${OFFICER}`));

      const again = await gw.callWithMeta(
        getCitizen,
        { personalId: PERSONAL_ID, fullName: 'Nguyễn Văn An' },
        ctx,
      );
      expect(again.meta.cached).toBe(true);
      expect(seen).toHaveLength(2);
    } finally {
      await gw.close();
    }
  });
});
