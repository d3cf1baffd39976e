/**
 * The enterprise adapter's contract with the mock: for every service, in both encodings, the client
 * and the mock agree on valid requests (the mock reads what the client sends, and the client reads what
 * the mock answers), and the mock refuses what the declaration forbids, as the README documents:
 * 400 `INVALID_REQUEST` (a SOAP fault over SOAP) for a request the declaration refuses, 403
 * `CONSENT_REQUIRED` for a search by person without consent, 404 `NOT_FOUND` for an unknown key.
 */
import { compileSchema, createGateway, defineService, type Gateway, InputError, Type } from '@onceonly/core';
import {
  DoanhNghiep,
  ENTERPRISE_ANSWER_NAMESPACE,
  ENTERPRISE_REQUEST_NAMESPACE,
  enterpriseOperationsFor,
  enterpriseServices,
} from '@onceonly/enterprise';
import { createMockPlatform, type MockPlatform } from '@onceonly/mock';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PURPOSE = '1.001193';
const ctx = { purpose: PURPOSE, caseId: 'CONTRACT-DN-1' };
const BASE = '/r1/VN/GOV/000.00.00.G09/CSDLDKDN';

let mock: MockPlatform;
let gw: Gateway;

beforeAll(() => {
  mock = createMockPlatform({ seed: 2026 });
  gw = createGateway(mock.gatewayOptions());
});
afterAll(async () => {
  await gw.close();
  await mock.close();
});

/** A raw request to the mock's security server, as any client could send it. */
async function raw(path: string, init: { method?: string; body?: unknown; consent?: string } = {}) {
  const headers: Record<string, string> = { 'x-road-client': mock.client, 'x-purpose': PURPOSE };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.consent !== undefined) headers['x-consent'] = init.consent;
  const response = await request(`${mock.origin}${path}`, {
    method: (init.method ?? 'GET') as 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    dispatcher: mock.dispatcher,
  });
  const json = (await response.body.json()) as { type?: string; data?: unknown; code?: string };
  return { status: response.statusCode, json };
}

describe.each(['soap', 'rest'] as const)('client and mock agree over %s', (encoding) => {
  const ops = () => enterpriseOperationsFor(encoding);
  const consent = (id: string) => mock.consent(id, ['enterprise.basic'], PURPOSE);

  it('on every enterprise and household business of the world', async () => {
    for (const record of mock.world.enterprises) {
      const company = await gw.call(ops().getEnterprise, { taxCode: record.maSoDoanhNghiep }, ctx);
      expect(company.taxCode).toBe(record.maSoDoanhNghiep);
      expect(company.status).not.toBe('unknown');
      expect(company.legalForm).not.toBe('other');
    }
    for (const record of mock.world.householdBusinesses) {
      const business = await gw.call(
        ops().getHouseholdBusiness,
        { registrationNumber: record.soDangKy },
        ctx,
      );
      expect(business.taxCode).toBe(record.maSoThue);
      expect(business.status).not.toBe('unknown');
    }
  });

  it('on every search by person: what the client sends passes the declared wire schema', async () => {
    mock.resetCalls();
    const people = [
      ...mock.world.byTag('enterprise-representative'),
      ...mock.world.byTag('household-business'),
    ];
    for (const persona of people) {
      const found = await gw.call(
        ops().findByRepresentative,
        { personalId: persona.personalId },
        {
          ...ctx,
          consent: consent(persona.personalId),
        },
      );
      expect(found.map((e) => e.taxCode)).toEqual(persona.enterprise?.representativeOf);
      const shops = await gw.call(
        ops().findHouseholdBusinesses,
        { personalId: persona.personalId },
        {
          ...ctx,
          consent: consent(persona.personalId),
        },
      );
      expect(shops.map((h) => h.registrationNumber)).toEqual(persona.enterprise?.householdBusinesses);
    }
    const searches = mock.calls.filter((c) => c.service?.includes('.find'));
    expect(searches.length).toBe(people.length * 2);
    for (const call of searches) {
      expect(compileSchema(ops().findByRepresentative.wireRequest!).check(call.body)).toEqual({ ok: true });
    }
  });
});

describe('the mock refuses what the REST declarations forbid', () => {
  const known = () => mock.world.enterprises[0]!.maSoDoanhNghiep;

  it('a tax code that breaks the pattern or the check digit, a path of another shape: 400 INVALID_REQUEST', async () => {
    const code = known();
    const wrongDigit = `${code.slice(0, 9)}${(Number(code[9]) + 1) % 10}`;
    for (const path of [
      `/enterprises/${wrongDigit}`,
      '/enterprises/01001091',
      '/enterprises/0100109106-000',
      '/enterprises',
      `/enterprises/${code}/extra`,
      `/companies/${code}`,
    ]) {
      const answer = await raw(`${BASE}/TraCuuThongTinDoanhNghiep${path}`);
      expect(answer.status, path).toBe(400);
      expect(answer.json.type, path).toMatch(/invalid-request$/);
    }
    const badNumber = await raw(`${BASE}/TraCuuThongTinHoKinhDoanh/household-businesses/00A8012345`);
    expect(badNumber.status).toBe(400);
  });

  it('a lookup by POST: 400; a valid code no enterprise holds: 404 NOT_FOUND; a valid one: 200', async () => {
    const posted = await raw(`${BASE}/TraCuuThongTinDoanhNghiep/enterprises/${known()}`, {
      method: 'POST',
      body: {},
    });
    expect(posted.status).toBe(400);
    const codes = new Set(mock.world.enterprises.map((e) => e.maSoDoanhNghiep));
    const free = ['0100109106', '0300588569'].find((c) => !codes.has(c))!;
    expect((await raw(`${BASE}/TraCuuThongTinDoanhNghiep/enterprises/${free}`)).status).toBe(404);
    const found = await raw(`${BASE}/TraCuuThongTinDoanhNghiep/enterprises/${known()}`);
    expect(found.status).toBe(200);
    expect(compileSchema(DoanhNghiep).check(found.json.data)).toEqual({ ok: true });
  });

  it('a search with an unknown field, a malformed id, or no consent', async () => {
    const persona = mock.world.byTag('enterprise-representative')[0]!;
    const consent = mock.consent(persona.personalId, ['enterprise.basic'], PURPOSE);
    const path = `${BASE}/TraCuuDoanhNghiepTheoNguoiDaiDien`;
    const body = { MaYeuCau: 'x-1', SoDinhDanh: persona.personalId };
    expect((await raw(path, { method: 'POST', body: { ...body, HoVaTen: 'X' }, consent })).status).toBe(400);
    expect(
      (await raw(path, { method: 'POST', body: { ...body, SoDinhDanh: '12345' }, consent })).status,
    ).toBe(400);
    const noConsent = await raw(path, { method: 'POST', body });
    expect(noConsent.status).toBe(403);
    expect(noConsent.json.type).toMatch(/consent-required$/);
    const otherPerson = mock.world.byTag('household-business')[0]!;
    const wrongSubject = await raw(path, {
      method: 'POST',
      body: { ...body, SoDinhDanh: otherPerson.personalId },
      consent,
    });
    expect(wrongSubject.status).toBe(403);
    expect((await raw(path, { method: 'POST', body, consent })).status).toBe(200);
  });
});

describe('the mock refuses what the SOAP declarations forbid', () => {
  /** The SOAP lookup with a wire request the declaration forbids, sent by the real SOAP client. */
  function tampered(wire: Record<string, unknown>) {
    const soap = enterpriseOperationsFor('soap').getEnterprise;
    return defineService({
      id: soap.id,
      provider: soap.provider,
      code: soap.code,
      category: soap.category,
      requiresConsent: false,
      idempotent: true,
      profile: 'soap',
      soap: {
        namespace: ENTERPRISE_REQUEST_NAMESPACE,
        operation: soap.code,
        responseElement: 'DoanhNghiep',
        responseNamespace: ENTERPRISE_ANSWER_NAMESPACE,
      },
      request: Type.Object({}),
      toWire: (_q, call) => ({ MaYeuCau: call.xroadId, ...wire }),
      response: DoanhNghiep,
    });
  }

  it('a tax code that breaks the pattern, an unknown field, a missing code: a fault INVALID_REQUEST', async () => {
    const code = mock.world.enterprises[0]!.maSoDoanhNghiep;
    for (const wire of [{ MaSoDoanhNghiep: '12' }, { MaSoDoanhNghiep: code, HoVaTen: 'X' }, {}]) {
      const call = gw.call(tampered(wire), {}, ctx);
      await expect(call).rejects.toBeInstanceOf(InputError);
      await expect(call).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
    }
    expect(await gw.call(tampered({ MaSoDoanhNghiep: code }), {}, ctx)).toMatchObject({
      MaSoDoanhNghiep: code,
    });
  });

  it('a search by person without consent never leaves the client', async () => {
    mock.resetCalls();
    const persona = mock.world.byTag('household-business')[0]!;
    const search = gw.call(
      enterpriseOperationsFor('soap').findHouseholdBusinesses,
      { personalId: persona.personalId },
      ctx,
    );
    await expect(search).rejects.toMatchObject({ code: 'CONSENT_REQUIRED' });
    expect(mock.calls).toEqual([]);
  });

  it('declares every service it serves', () => {
    expect(enterpriseServices).toHaveLength(8);
  });
});
