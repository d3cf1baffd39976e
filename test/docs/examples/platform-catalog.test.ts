import { createGateway } from '@onceonly/core';
import { MOCK_OFFICER_ID, useMockPlatform } from '@onceonly/mock';
import { serviceCatalog } from '@onceonly/platform';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';

const mock = useMockPlatform({ beforeAll, afterAll, afterEach }, { seed: 42 });

it('lists what a provider offers, and calls a service from its OpenAPI document', async () => {
  const gw = createGateway(mock.gatewayOptions());
  const persona = mock.world.byTag('adult')[0]!;
  const ctx = {
    purpose: '1.001193',
    caseId: 'H23.01-261202-0001',
    consent: mock.consent(persona.personalId, ['population.basic'], '1.001193'),
  };
  // #region catalog
  const catalog = serviceCatalog(gw);
  const services = await catalog.services('GOV/000.00.00.G10/CSDLDC');
  services.filter((s) => s.allowed).map((s) => s.serviceCode); // what this portal may call

  // A service with no adapter yet: declared from the document its provider publishes (getOpenAPI),
  // then called like any other (input and answer checked against the document, consent, audit).
  interface Verify {
    MaYeuCau: string;
    MaCanBo: string;
    SoDinhDanh: string;
    HoVaTen: string;
    NgayThangNamSinh: { NgayThangNam: string }; // yyyyMMdd
  }
  const verify = await catalog.defineService<Verify, { TonTai: boolean | 'true' | 'false' }>({
    id: 'population.citizen.verify',
    provider: 'GOV/000.00.00.G10/CSDLDC',
    serviceCode: 'XacThucThongTinCongDan',
    category: 'population.basic',
    idempotent: true,
    subject: (request) => request.SoDinhDanh,
  });
  const answer = await gw.call(
    verify,
    {
      MaYeuCau: crypto.randomUUID(),
      MaCanBo: MOCK_OFFICER_ID, // the officer's personal id
      SoDinhDanh: persona.personalId,
      HoVaTen: persona.fullName,
      NgayThangNamSinh: { NgayThangNam: persona.birthDate.replaceAll('-', '') },
    },
    ctx,
  );
  // #endregion catalog
  expect(services.every((s) => s.allowed)).toBe(true);
  expect(services.map((s) => s.serviceCode)).toContain('XacThucThongTinCongDan');
  expect(answer.TonTai).toBe(true);
  await gw.close();
});
