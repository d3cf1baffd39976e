/**
 * The service catalog from the metaservices, and a service no adapter covers, declared at run time
 * from the OpenAPI document its provider publishes: validated, policed and audited like any other.
 */
import { createGateway, defineService, memoryAuditSink, Type } from '@onceonly/core';
import { createMockPlatform, defaultProviders, type ProviderBinding } from '@onceonly/mock';
import { serviceCatalog, serviceFromOpenApi } from '@onceonly/platform';
import { afterAll, describe, expect, it } from 'vitest';

// A provincial construction-permit service that has no adapter: the mock serves it, the portal only knows its code.
const PERMITS = 'GOV/000.00.00.H26/GPXD';
const Permit = Type.Object(
  { SoGiayPhep: Type.String(), NgayCap: Type.String(), DienTichSan: Type.Number(), ChuDauTu: Type.String() },
  { additionalProperties: false },
);
const permitService = defineService({
  id: 'construction.permit.get',
  provider: PERMITS,
  code: 'TraCuuGiayPhepXayDung',
  category: 'construction.permit',
  idempotent: true,
  request: Type.Object(
    {
      SoDinhDanh: Type.String({ format: 'vn-personal-id' }),
      SoGiayPhep: Type.String({ pattern: '^[0-9]{1,6}$' }),
    },
    { additionalProperties: false },
  ),
  response: Permit,
  personal: ['SoDinhDanh'],
  subject: (q) => q.SoDinhDanh,
  description: 'A construction permit issued to a citizen.',
});
const offices = defineService({
  id: 'construction.office.list',
  provider: PERMITS,
  code: 'DanhSachVanPhong',
  method: 'GET',
  query: ['MaTinh'],
  category: 'construction.public',
  requiresConsent: false,
  idempotent: true,
  request: Type.Object({ MaTinh: Type.String({ pattern: '^[0-9]{2}$' }) }, { additionalProperties: false }),
  response: Type.Object({ VanPhong: Type.Array(Type.String()) }),
});
const permitProviders: ProviderBinding[] = [
  {
    service: permitService,
    resolve: (q: { SoDinhDanh: string; SoGiayPhep: string }) => ({
      SoGiayPhep: q.SoGiayPhep,
      NgayCap: '2026-11-20',
      DienTichSan: 152.5,
      ChuDauTu: q.SoDinhDanh,
    }),
  },
  { service: offices, resolve: (q: { MaTinh: string }) => ({ VanPhong: [`Sở Xây dựng ${q.MaTinh}`] }) },
];

interface PermitQuery {
  SoDinhDanh: string;
  SoGiayPhep: string;
}
interface PermitWire {
  SoGiayPhep: string;
  NgayCap: string;
  DienTichSan: number;
  ChuDauTu: string;
}

describe('serviceCatalog and services from OpenAPI', () => {
  const mock = createMockPlatform({ seed: 16, providers: [...defaultProviders, ...permitProviders] });
  const audit = memoryAuditSink();
  const gw = createGateway({ ...mock.gatewayOptions(), audit: { sink: audit, subjectKey: 'k'.repeat(32) } });
  const catalog = serviceCatalog(gw);
  const citizen = mock.world.byTag('adult')[0]!.personalId;
  const ctx = (purpose = '1.003003') => ({
    purpose,
    caseId: 'H23.01-261202-0001',
    consent: mock.consent(citizen, ['construction.permit'], purpose),
  });
  afterAll(async () => {
    await gw.close();
    await mock.close();
  });

  it("lists the platform's members and a provider's services, with what this portal may call", async () => {
    const members = await catalog.listClients();
    expect(members.map((m) => m.id)).toContain(`VN/${PERMITS}`);
    const services = await catalog.services(PERMITS);
    expect(services.map((s) => [s.serviceCode, s.allowed, s.provider])).toEqual([
      ['TraCuuGiayPhepXayDung', true, PERMITS],
      ['DanhSachVanPhong', true, PERMITS],
    ]);
    expect(await catalog.allowedMethods(PERMITS)).toHaveLength(2);
    expect((await catalog.listMethods(PERMITS)).map((s) => s.id)).toContain(
      `VN/${PERMITS}/TraCuuGiayPhepXayDung`,
    );
    const published = await catalog.getOpenAPI(PERMITS, 'TraCuuGiayPhepXayDung');
    expect(published.document?.openapi).toBe('3.1.0');
  });

  it('calls a POST lookup declared from its document: typed, validated, consent checked, audited', async () => {
    const getPermit = await catalog.defineService<PermitQuery, PermitWire>({
      id: 'construction.permit.get',
      provider: PERMITS,
      serviceCode: 'TraCuuGiayPhepXayDung',
      category: 'construction.permit',
      idempotent: true,
      subject: (q) => q.SoDinhDanh,
    });
    expect(getPermit).toMatchObject({ method: 'POST', requiresConsent: true, personal: ['SoDinhDanh'] });
    const permit = await gw.call(getPermit, { SoDinhDanh: citizen, SoGiayPhep: '245' }, ctx());
    expect(permit).toEqual({
      SoGiayPhep: '245',
      NgayCap: '2026-11-20',
      DienTichSan: 152.5,
      ChuDauTu: citizen,
    });
    expect(audit.records.at(-1)).toMatchObject({ service: 'construction.permit.get', outcome: 'success' });

    mock.resetCalls();
    // The document's request schema is enforced before anything is sent.
    await expect(gw.call(getPermit, { SoDinhDanh: citizen, SoGiayPhep: 'x' }, ctx())).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fields: ['/SoGiayPhep'],
    });
    await expect(
      gw.call(getPermit, { SoDinhDanh: citizen, SoGiayPhep: '1', extra: 1 } as PermitQuery, ctx()),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    // So is consent: the document declares X-Consent, so the service needs it.
    await expect(
      gw.call(
        getPermit,
        { SoDinhDanh: citizen, SoGiayPhep: '1' },
        { purpose: '1.003003', caseId: 'H23.01-1' },
      ),
    ).rejects.toMatchObject({ code: 'CONSENT_REQUIRED' });
    expect(mock.calls).toEqual([]);
    // And the document's response schema on the answer.
    mock.faults.inject('construction.permit.get', { kind: 'schema' }, { times: 1 });
    await expect(gw.call(getPermit, { SoDinhDanh: citizen, SoGiayPhep: '3' }, ctx())).rejects.toMatchObject({
      code: 'RESPONSE_SCHEMA',
    });
  });

  it('calls a public GET service with query parameters', async () => {
    const list = await catalog.defineService<{ MaTinh: string }, { VanPhong: string[] }>({
      id: 'construction.office.list',
      provider: PERMITS,
      serviceCode: 'DanhSachVanPhong',
      category: 'construction.public',
    });
    expect(list).toMatchObject({
      method: 'GET',
      query: ['MaTinh'],
      requiresConsent: false,
      idempotent: true,
    });
    expect(await gw.call(list, { MaTinh: '01' }, { purpose: '1.003003', caseId: 'H23.01-2' })).toEqual({
      VanPhong: ['Sở Xây dựng 01'],
    });
    await expect(
      gw.call(list, { MaTinh: 'Hà Nội' }, { purpose: '1.003003', caseId: 'H23.01-2' }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });

  it('refuses a document it cannot turn into one service', async () => {
    const base = {
      id: 'construction.x.get',
      provider: PERMITS,
      serviceCode: 'X',
      category: 'construction.x',
    };
    const answer = {
      200: { content: { 'application/json': { schema: { properties: { data: { type: 'object' } } } } } },
    };
    const op = (extra: Record<string, unknown> = {}) => ({ responses: answer, ...extra });
    expect(() => serviceFromOpenApi({ info: {} }, base)).toThrow(/not an OpenAPI document/);
    expect(() =>
      serviceFromOpenApi({ openapi: '3.1.0', paths: { '/a/X': { post: op(), get: op() } } }, base),
    ).toThrow(/2 operations/);
    expect(() =>
      serviceFromOpenApi(
        { openapi: '3.1.0', paths: { '/a/X': { post: op() } } },
        { ...base, operation: { method: 'GET', path: '/a/X' } },
      ),
    ).toThrow(/no GET or POST operation/);
    const remote = {
      requestBody: { content: { 'application/json': { schema: { $ref: 'https://evil.example/s.json' } } } },
    };
    expect(() =>
      serviceFromOpenApi({ openapi: '3.1.0', paths: { '/a/X': { post: op(remote) } } }, base),
    ).toThrow(/only local references/);
    const cycle = {
      requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/A' } } } },
    };
    expect(() =>
      serviceFromOpenApi(
        {
          openapi: '3.1.0',
          paths: { '/a/X': { post: op(cycle) } },
          components: { schemas: { A: { $ref: '#/components/schemas/A' } } },
        },
        base,
      ),
    ).toThrow(/too deeply/);
    expect(() =>
      serviceFromOpenApi({ openapi: '3.1.0', paths: { '/a/X': { post: { responses: {} } } } }, base),
    ).toThrow(/no JSON `data` schema/);
    // Picking one of several operations works, and the local references are followed.
    const doc = {
      openapi: '3.1.0',
      paths: {
        '/r1/VN/GOV/M/S/X': {
          post: op({
            requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Q' } } } },
          }),
          get: op(),
        },
      },
      components: { schemas: { Q: { type: 'object', properties: { a: { type: 'string' } } } } },
    };
    const chosen = serviceFromOpenApi(doc, {
      ...base,
      operation: { method: 'POST', path: '/r1/VN/GOV/M/S/X' },
    });
    expect(chosen.request).toEqual({ type: 'object', properties: { a: { type: 'string' } } });
    expect(chosen.path).toBeUndefined();
  });
});
