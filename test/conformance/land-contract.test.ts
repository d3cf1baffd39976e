/**
 * The land adapter and the mock's land providers against one contract: for every service, in both
 * encodings, the client's wire request is what the mock accepts and the mock's answer is what the
 * client maps; and the mock refuses, as the adapter's README documents, the wire requests the
 * declaration forbids.
 */
import { compileSchema, createGateway, type JsonSchema } from '@onceonly/core';
import { type LandClient, land, landServices } from '@onceonly/land';
import { createMockPlatform, type MockPlatform } from '@onceonly/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PURPOSE = '1.004227';
const ctx = { purpose: PURPOSE, caseId: 'CONTRACT-LAND-1' };

describe('land: client and mock agree', () => {
  let mock: MockPlatform;
  let gw: ReturnType<typeof createGateway>;
  beforeAll(() => {
    mock = createMockPlatform({ seed: 42 });
    gw = createGateway(mock.gatewayOptions());
  });
  afterAll(async () => {
    await gw.close();
    await mock.close();
  });

  describe.each(['soap', 'rest'] as const)('over %s', (encoding) => {
    let client: LandClient;
    beforeAll(() => {
      client = land(gw, { encoding });
    });

    it('getParcel: every kind of parcel in the world, as the wire schema and the mapping read it', async () => {
      const farm = mock.world.byTag('land-second-parcel')[0]!.land!.at(-1)!.thuaDat;
      const home = mock.world.parcels[0]!;
      for (const key of [home, farm]) {
        const parcel = await client.getParcel(
          { communeCode: key.maXa, sheet: key.soTo, parcel: key.soThua },
          ctx,
        );
        const record = mock.world.parcels.find(
          (p) => p.maXa === key.maXa && p.soTo === key.soTo && p.soThua === key.soThua,
        )!;
        expect(parcel).toMatchObject({
          commune: { code: record.maXa, provinceCode: record.maTinh },
          sheet: record.soTo,
          parcel: record.soThua,
          area: record.dienTich,
          address: record.chiTiet,
        });
        expect(parcel.commune.name).toBeDefined();
        expect(parcel.uses.map((u) => [u.code, u.area])).toEqual(
          record.mucDich.map((u) => [u.ma, u.dienTich]),
        );
        const sent = mock.calls.at(-1)!;
        const wire = landServices.find(
          (s) => s.id === `land.parcel.get${encoding === 'rest' ? '.rest' : ''}`,
        )!;
        expect(compileSchema(wire.wireRequest as JsonSchema).check(sent.body)).toEqual({ ok: true });
      }
    });

    it('getCertificatesByOwner: sole, joint and farm certificates, and an empty list', async () => {
      for (const tag of ['land-owner', 'land-co-owners', 'land-second-parcel', 'land-renting']) {
        const persona = mock.world.byTag(tag)[0]!;
        const consent = mock.consent(persona.personalId, 'land.basic', PURPOSE);
        const list = await client.getCertificatesByOwner(
          { personalId: persona.personalId },
          { ...ctx, consent },
        );
        expect(list.personalId).toBe(persona.personalId);
        expect(
          list.certificates.map((c) => c.serial),
          tag,
        ).toEqual(persona.land!.map((c) => c.soPhatHanh));
        for (const [i, certificate] of list.certificates.entries()) {
          const record = persona.land![i]!;
          expect(certificate).toMatchObject({
            registerNumber: record.soVaoSo,
            issued: record.ngayCap,
            parcel: { sheet: record.thuaDat.soTo, parcel: record.thuaDat.soThua },
            area: record.dienTich,
            ownership: record.hinhThuc === 'chung' ? 'joint' : 'sole',
          });
          expect(certificate.holders.map((h) => h.personalId)).toEqual(
            record.chuSuDung.map((h) => h.soDinhDanh),
          );
          expect(certificate.assets.length).toBe(record.nhaO ? 1 : 0);
        }
        if (tag === 'land-renting') expect(list.certificates).toEqual([]);
      }
    });
  });
});

describe('land: the mock refuses what the declaration forbids', () => {
  const mock = createMockPlatform({ seed: 42 });
  const holder = mock.world.byTag('land-owner')[0]!;
  const parcel = mock.world.parcels[0]!;
  const PARCEL = '/r1/VN/GOV/000.00.00.G14/CSDLDD/TraCuuThongTinThuaDat';
  const SEARCH = '/r1/VN/GOV/000.00.00.G14/CSDLDD/TraCuuGiayChungNhanTheoChuSuDung';
  const validParcel = {
    MaYeuCau: 'r-1',
    MaXa: parcel.maXa,
    SoTo: String(parcel.soTo),
    SoThua: String(parcel.soThua),
  };
  const validSearch = { MaYeuCau: 'r-2', SoDinhDanh: holder.personalId };

  async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
    const response = await mock.handler({
      method: 'POST',
      url: path,
      origin: mock.origin,
      headers: {
        'content-type': 'application/json',
        'x-road-client': mock.client,
        'x-road-id': 'contract-land',
        'x-purpose': PURPOSE,
        ...headers,
      },
      body: new TextEncoder().encode(JSON.stringify(body)),
    });
    const text = new TextDecoder().decode(response.body);
    return { status: response.status, json: JSON.parse(text) as Record<string, unknown> };
  }
  const consent = { 'x-consent': mock.consent(holder.personalId, 'land.basic', PURPOSE) };

  afterAll(() => mock.close());

  it('answers the valid requests: the parcel with no consent, the search with it', async () => {
    expect((await post(PARCEL, validParcel)).status).toBe(200);
    expect((await post(SEARCH, validSearch, consent)).status).toBe(200);
  });

  it.each([
    ['an unknown field', { ...validParcel, ChuSuDung: 'x' }],
    ['a commune code that is not 5 digits', { ...validParcel, MaXa: '4' }],
    ['a sheet number 0', { ...validParcel, SoTo: '0' }],
    ['a parcel number that is not a number', { ...validParcel, SoThua: '12a' }],
    ['no request id', { MaXa: parcel.maXa, SoTo: '1', SoThua: '1' }],
    ['an officer id that is not 12 digits', { ...validParcel, MaCanBo: '123' }],
  ])('refuses a parcel lookup with %s: 400 INVALID_REQUEST', async (_name, body) => {
    const answer = await post(PARCEL, body);
    expect(answer.status).toBe(400);
    expect(answer.json.code).toBe('INVALID_REQUEST');
  });

  it('answers NOT_FOUND for a parcel the map does not hold, a pre-2025 commune code included', async () => {
    for (const body of [
      { ...validParcel, SoTo: '9999' },
      { ...validParcel, MaXa: '00001' },
    ]) {
      const answer = await post(PARCEL, body);
      expect(answer.status).toBe(404);
      expect(answer.json.code).toBe('NOT_FOUND');
    }
  });

  it.each([
    ['a personal id of 11 digits', { ...validSearch, SoDinhDanh: '00108501234' }],
    ['a name instead of an id', { MaYeuCau: 'r-3', HoVaTen: 'Nguyễn Văn An' }],
    ['an unknown field', { ...validSearch, HoVaTen: 'Nguyễn Văn An' }],
  ])('refuses a search with %s: 400 INVALID_REQUEST', async (_name, body) => {
    const answer = await post(SEARCH, body, consent);
    expect(answer.status).toBe(400);
    expect(answer.json.code).toBe('INVALID_REQUEST');
  });

  it('refuses a search without consent, or with consent for someone else: 403 CONSENT_REQUIRED', async () => {
    const other = mock.world.byTag('land-owner')[1]!;
    const refused: Record<string, string>[] = [
      {},
      { 'x-consent': mock.consent(other.personalId, 'land.basic', PURPOSE) },
    ];
    for (const headers of refused) {
      const answer = await post(SEARCH, validSearch, headers);
      expect(answer.status).toBe(403);
      expect(answer.json.code).toBe('CONSENT_REQUIRED');
    }
  });

  /** A SOAP request envelope for one land operation, with the given body fields. */
  async function soap(operation: string, fields: string, headers: Record<string, string> = {}) {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"
  xmlns:xroad="http://x-road.eu/xsd/xroad.xsd" xmlns:id="http://x-road.eu/xsd/identifiers">
  <SOAP-ENV:Header>
    <xroad:client id:objectType="SUBSYSTEM"><id:xRoadInstance>VN</id:xRoadInstance><id:memberClass>GOV</id:memberClass><id:memberCode>000.00.00.H23</id:memberCode><id:subsystemCode>PORTAL</id:subsystemCode></xroad:client>
    <xroad:service id:objectType="SERVICE"><id:xRoadInstance>VN</id:xRoadInstance><id:memberClass>GOV</id:memberClass><id:memberCode>000.00.00.G14</id:memberCode><id:subsystemCode>CSDLDD</id:subsystemCode><id:serviceCode>${operation}</id:serviceCode></xroad:service>
    <xroad:id>req-1</xroad:id><xroad:issue>H23-1</xroad:issue><xroad:protocolVersion>4.0</xroad:protocolVersion>
  </SOAP-ENV:Header>
  <SOAP-ENV:Body><ns:${operation} xmlns:ns="http://datdai.gov.vn/csdldd/1.0">${fields}</ns:${operation}></SOAP-ENV:Body>
</SOAP-ENV:Envelope>`;
    const response = await mock.handler({
      method: 'POST',
      url: '/',
      origin: mock.origin,
      headers: {
        'content-type': 'text/xml; charset=utf-8',
        soapaction: '""',
        'x-purpose': PURPOSE,
        ...headers,
      },
      body: new TextEncoder().encode(xml),
    });
    return { status: response.status, text: new TextDecoder().decode(response.body) };
  }
  const faultOf = (text: string) => /<faultcode>([^<]*)<\/faultcode>/.exec(text)?.[1];

  it('over SOAP too: answers the valid requests, refuses what the schema forbids, needs consent for the search', async () => {
    const key = `<MaXa>${parcel.maXa}</MaXa><SoTo>${parcel.soTo}</SoTo><SoThua>${parcel.soThua}</SoThua>`;
    const found = await soap('TraCuuThongTinThuaDat', `<MaYeuCau>r-1</MaYeuCau>${key}`);
    expect(found.status).toBe(200);
    expect(found.text).toContain(`<SoThua>${parcel.soThua}</SoThua>`);
    const bad = await soap(
      'TraCuuThongTinThuaDat',
      `<MaYeuCau>r-1</MaYeuCau>${key.replace(/<SoTo>\d+/, '<SoTo>0')}`,
    );
    expect(faultOf(bad.text)).toBe('INVALID_REQUEST');
    const search = `<MaYeuCau>r-2</MaYeuCau><SoDinhDanh>${holder.personalId}</SoDinhDanh>`;
    expect((await soap('TraCuuGiayChungNhanTheoChuSuDung', search, consent)).status).toBe(200);
    expect(faultOf((await soap('TraCuuGiayChungNhanTheoChuSuDung', search)).text)).toBe('CONSENT_REQUIRED');
  });
});
