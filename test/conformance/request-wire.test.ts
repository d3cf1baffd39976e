/**
 * What the gateway puts on the wire for a data call (pr-rest 4.1, 4.3, 4.8): the path
 * `/r1/{INSTANCE}/{CLASS}/{MEMBER}/{SUBSYSTEM}/{SERVICE}` with each identifier part percent-encoded on
 * its own, the one mandatory `X-Road-Client` header, and the optional X-Road headers, each once.
 */
import { createGateway } from '@onceonly/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { envelope } from '../support/protocol-server.js';
import {
  type ConformanceEnv,
  ctx,
  firmLookup,
  SPEC_CLIENT,
  SPEC_PROVIDER,
  startConformanceEnv,
} from './conformance-env.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('a data call on the wire', () => {
  let env: ConformanceEnv;
  beforeAll(async () => {
    env = await startConformanceEnv();
    env.server.reply(() => ({ body: envelope({ name: 'Firm' }, `INSTANCE/${SPEC_PROVIDER}`), sign: false }));
  });
  afterAll(() => env.close());

  it('sends the service path, the client, a UUID X-Road-Id and the issue, each header once', async () => {
    env.server.requests.length = 0;
    await env.gw.call(firmLookup, { taxCode: '0100109106' }, { ...ctx, userId: 'VN001085012345' });
    const [request] = env.server.requests;
    expect(request).toMatchObject({
      method: 'POST',
      path: '/r1/INSTANCE/CLASS2/MEMBER2/SUBSYSTEM2/listFirms',
    });
    expect(request!.headers['x-road-client']).toBe(SPEC_CLIENT);
    expect(request!.headers['x-road-id']).toMatch(UUID);
    expect(request!.headers['x-road-issue']).toBe(ctx.caseId);
    expect(request!.headers['x-road-userid']).toBe('VN001085012345');
    expect(request!.headers['content-type']).toMatch(/^application\/json/);
    // The recorder joins repeated headers with ", ": none of these may be sent twice.
    for (const name of ['x-road-client', 'x-road-id', 'x-road-issue', 'x-road-userid']) {
      expect(request!.headers[name], name).not.toContain(', ');
    }
    // Identifiers go in the body of a POST, never in the URL.
    expect(request!.path).not.toContain('0100109106');
    expect(JSON.parse(request!.body)).toEqual({ taxCode: '0100109106' });
  });

  it("percent-encodes each identifier part of the path on its own (symbols 4.8 allows: '()+,-.=?)", async () => {
    env.server.requests.length = 0;
    const parts = ['CLASS2', "M+E,M=B'ER?2", 'SUB(2).-x'];
    await env.gw.call(firmLookup, { taxCode: '0100109106' }, ctx, { provider: parts.join('/') });
    const path = env.server.requests[0]!.path;
    const segments = path.split('/').slice(1);
    expect(segments).toHaveLength(6);
    expect(segments.slice(0, 2)).toEqual(['r1', 'INSTANCE']);
    expect(segments.slice(2, 5).map(decodeURIComponent)).toEqual(parts);
    expect(segments[5]).toBe('listFirms');
    // Reserved characters that would change the URL's meaning never appear raw.
    expect(path).not.toMatch(/[?=+,]/);
  });

  it('percent-encodes each part of X-Road-Client on its own (pr-rest 4.3)', async () => {
    const client = "INSTANCE/CLASS1/M+E,M=B'ER?1/SUB(1) Sở";
    const gw = createGateway({
      baseUrl: env.server.url,
      client,
      verify: false,
      retry: false,
      breaker: false,
    });
    env.server.requests.length = 0;
    try {
      await gw.call(firmLookup, { taxCode: '0100109106' }, ctx);
    } finally {
      await gw.close();
    }
    const header = env.server.requests[0]!.headers['x-road-client']!;
    expect(header.split('/')).toHaveLength(4);
    expect(header.split('/').map(decodeURIComponent)).toEqual(client.split('/'));
    expect(header).not.toMatch(/[?=+, ]/);
  });
});
