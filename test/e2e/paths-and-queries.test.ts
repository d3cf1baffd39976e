/**
 * Paths and queries over real HTTP: a service's path template and query parameters reach the security
 * server as declared, percent-encoded, and a GET carries its whole input in the URL (never dropped).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient, createGateway, defineService, type Gateway, Type } from '@onceonly/core';
import { envelope, startProtocolServer, type ProtocolServer } from '../support/protocol-server.js';

const ctx = { purpose: '1.001193', caseId: 'H23.01-241122-0001' };
const provider = 'GOV/000.00.00.G12/DKDN';

const getEnterprise = defineService({
  id: 'enterprise.company.get',
  provider,
  code: 'DoanhNghiep',
  method: 'GET',
  path: '/enterprises/{taxCode}',
  query: ['page'],
  category: 'enterprise.basic',
  requiresConsent: false,
  idempotent: true,
  request: Type.Object(
    { taxCode: Type.String({ minLength: 1 }), page: Type.Optional(Type.Integer({ minimum: 1 })) },
    { additionalProperties: false },
  ),
  response: Type.Object({ ten: Type.String() }),
  map: (wire) => wire.ten,
});

const findParcels = defineService({
  id: 'land.parcel.find',
  provider,
  code: 'ThuaDat',
  path: '/communes/{commune}',
  category: 'land.basic',
  requiresConsent: false,
  idempotent: true,
  request: Type.Object({ commune: Type.String(), ownerId: Type.String() }, { additionalProperties: false }),
  personal: ['ownerId'],
  response: Type.Object({ ten: Type.String() }),
  map: (wire) => wire.ten,
});

let server: ProtocolServer;
let gateway: Gateway;

beforeAll(async () => {
  server = await startProtocolServer(() => ({ body: envelope({ ten: 'Công ty Mẫu' }, `VN/${provider}`) }));
  gateway = createGateway({ baseUrl: server.url, client: 'VN/GOV/000.00.00.H23/PORTAL', verify: false });
});
afterAll(async () => {
  await gateway.close();
  await server.close();
});
beforeEach(() => {
  server.requests.length = 0;
});

describe('paths and queries', () => {
  it('a GET sends its input in the path and query, each value percent-encoded, and no body', async () => {
    const client = createClient(gateway, { getEnterprise });
    expect(await client.getEnterprise({ taxCode: '0100109106-001/..', page: 2 }, ctx)).toBe('Công ty Mẫu');
    const [sent] = server.dataCalls();
    expect(sent).toMatchObject({
      method: 'GET',
      path: '/r1/VN/GOV/000.00.00.G12/DKDN/DoanhNghiep/enterprises/0100109106-001%2F..?page=2',
      body: '',
    });
    expect(sent?.headers['content-type']).toBeUndefined();
  });

  it('a POST places its non-personal fields in the URL and keeps the personal ones in its body', async () => {
    await gateway.call(findParcels, { commune: '00004', ownerId: '001203012345' }, ctx);
    const [sent] = server.dataCalls();
    expect(sent).toMatchObject({
      method: 'POST',
      path: '/r1/VN/GOV/000.00.00.G12/DKDN/ThuaDat/communes/00004',
      body: '{"ownerId":"001203012345"}',
    });
  });

  it('a value that would leave the service is refused before anything is sent', async () => {
    await expect(gateway.call(getEnterprise, { taxCode: '..' }, ctx)).rejects.toMatchObject({
      name: 'InputError',
    });
    expect(server.dataCalls()).toEqual([]);
  });
});
