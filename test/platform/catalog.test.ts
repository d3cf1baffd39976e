/**
 * The service catalog from the metaservices, and a service no adapter covers, declared at run time
 * from the OpenAPI document its provider publishes: validated, policed and audited like any other.
 */
import { createGateway, defineService, memoryAuditSink, Type } from '@onceonly/core';
import { createMockPlatform, defaultProviders, type ProviderBinding } from '@onceonly/mock';
import { serviceCatalog, serviceFromOpenApi } from '@onceonly/platform';
import { afterAll, describe, expect, it } from 'vitest';

// A land registry service that has no adapter yet: the mock serves it, the portal only knows its code.
const LAND = 'GOV/000.00.00.G13/CSDLDD';
const Parcel = Type.Object(
  { SoThua: Type.String(), SoToBanDo: Type.String(), DienTich: Type.Number(), ChuSuDung: Type.String() },
  { additionalProperties: false },
);
const parcelService = defineService({
  id: 'land.parcel.get',
  provider: LAND,
  code: 'TraCuuThuaDat',
  category: 'land.parcel',
  idempotent: true,
  request: Type.Object(
    {
      SoDinhDanh: Type.String({ format: 'vn-personal-id' }),
      SoThua: Type.String({ pattern: '^[0-9]{1,6}$' }),
    },
    { additionalProperties: false },
  ),
  response: Parcel,
  personal: ['SoDinhDanh'],
  subject: (q) => q.SoDinhDanh,
  description: 'A land parcel held by a citizen.',
});
const offices = defineService({
  id: 'land.office.list',
  provider: LAND,
  code: 'DanhSachVanPhong',
  method: 'GET',
  query: ['MaTinh'],
  category: 'land.public',
  requiresConsent: false,
  idempotent: true,
  request: Type.Object({ MaTinh: Type.String({ pattern: '^[0-9]{2}$' }) }, { additionalProperties: false }),
  response: Type.Object({ VanPhong: Type.Array(Type.String()) }),
});
const landProviders: ProviderBinding[] = [
  {
    service: parcelService,
    resolve: (q: { SoDinhDanh: string; SoThua: string }) => ({
      SoThua: q.SoThua,
      SoToBanDo: '12',
      DienTich: 152.5,
      ChuSuDung: q.SoDinhDanh,
    }),
  },
  { service: offices, resolve: (q: { MaTinh: string }) => ({ VanPhong: [`VPĐKĐĐ ${q.MaTinh}`] }) },
];

interface ParcelQuery {
  SoDinhDanh: string;
  SoThua: string;
}
interface ParcelWire {
  SoThua: string;
  SoToBanDo: string;
  DienTich: number;
  ChuSuDung: string;
}

describe('serviceCatalog and services from OpenAPI', () => {
  const mock = createMockPlatform({ seed: 16, providers: [...defaultProviders, ...landProviders] });
  const audit = memoryAuditSink();
  const gw = createGateway({ ...mock.gatewayOptions(), audit: { sink: audit, subjectKey: 'k'.repeat(32) } });
  const catalog = serviceCatalog(gw);
  const citizen = mock.world.byTag('adult')[0]!.personalId;
  const ctx = (purpose = '1.003003') => ({
    purpose,
    caseId: 'H23.01-261202-0001',
    consent: mock.consent(citizen, ['land.parcel'], purpose),
  });
  afterAll(async () => {
    await gw.close();
    await mock.close();
  });

  it("lists the platform's members and a provider's services, with what this portal may call", async () => {
    const members = await catalog.listClients();
    expect(members.map((m) => m.id)).toContain(`VN/${LAND}`);
    const services = await catalog.services(LAND);
    expect(services.map((s) => [s.serviceCode, s.allowed, s.provider])).toEqual([
      ['TraCuuThuaDat', true, LAND],
      ['DanhSachVanPhong', true, LAND],
    ]);
    expect(await catalog.allowedMethods(LAND)).toHaveLength(2);
    expect((await catalog.listMethods(LAND)).map((s) => s.id)).toContain(`VN/${LAND}/TraCuuThuaDat`);
    const published = await catalog.getOpenAPI(LAND, 'TraCuuThuaDat');
    expect(published.document?.openapi).toBe('3.1.0');
  });

  it('calls a POST lookup declared from its document: typed, validated, consent checked, audited', async () => {
    const getParcel = await catalog.defineService<ParcelQuery, ParcelWire>({
      id: 'land.parcel.get',
      provider: LAND,
      serviceCode: 'TraCuuThuaDat',
      category: 'land.parcel',
      idempotent: true,
      subject: (q) => q.SoDinhDanh,
    });
    expect(getParcel).toMatchObject({ method: 'POST', requiresConsent: true, personal: ['SoDinhDanh'] });
    const parcel = await gw.call(getParcel, { SoDinhDanh: citizen, SoThua: '245' }, ctx());
    expect(parcel).toEqual({ SoThua: '245', SoToBanDo: '12', DienTich: 152.5, ChuSuDung: citizen });
    expect(audit.records.at(-1)).toMatchObject({ service: 'land.parcel.get', outcome: 'success' });

    mock.resetCalls();
    // The document's request schema is enforced before anything is sent.
    await expect(gw.call(getParcel, { SoDinhDanh: citizen, SoThua: 'x' }, ctx())).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fields: ['/SoThua'],
    });
    await expect(
      gw.call(getParcel, { SoDinhDanh: citizen, SoThua: '1', extra: 1 } as ParcelQuery, ctx()),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    // So is consent: the document declares X-Consent, so the service needs it.
    await expect(
      gw.call(getParcel, { SoDinhDanh: citizen, SoThua: '1' }, { purpose: '1.003003', caseId: 'H23.01-1' }),
    ).rejects.toMatchObject({ code: 'CONSENT_REQUIRED' });
    expect(mock.calls).toEqual([]);
    // And the document's response schema on the answer.
    mock.faults.inject('land.parcel.get', { kind: 'schema' }, { times: 1 });
    await expect(gw.call(getParcel, { SoDinhDanh: citizen, SoThua: '3' }, ctx())).rejects.toMatchObject({
      code: 'RESPONSE_SCHEMA',
    });
  });

  it('calls a public GET service with query parameters', async () => {
    const list = await catalog.defineService<{ MaTinh: string }, { VanPhong: string[] }>({
      id: 'land.office.list',
      provider: LAND,
      serviceCode: 'DanhSachVanPhong',
      category: 'land.public',
    });
    expect(list).toMatchObject({
      method: 'GET',
      query: ['MaTinh'],
      requiresConsent: false,
      idempotent: true,
    });
    expect(await gw.call(list, { MaTinh: '01' }, { purpose: '1.003003', caseId: 'H23.01-2' })).toEqual({
      VanPhong: ['VPĐKĐĐ 01'],
    });
    await expect(
      gw.call(list, { MaTinh: 'Hà Nội' }, { purpose: '1.003003', caseId: 'H23.01-2' }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });

  it('refuses a document it cannot turn into one service', async () => {
    const base = { id: 'land.x.get', provider: LAND, serviceCode: 'X', category: 'land.x' };
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
