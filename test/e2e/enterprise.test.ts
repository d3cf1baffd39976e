/**
 * The enterprise adapter end to end, in both encodings (SOAP, the default, and the REST profile), in
 * process and over HTTP on loopback: public lookups without consent (over REST, GETs with the key in the
 * path), searches by person with the person's consent, and the refusals that send nothing.
 */
import { createGateway, InputError, NotFoundError, PolicyError } from '@onceonly/core';
import { enterprise } from '@onceonly/enterprise';
import { createMockPlatform, type MockPlatform } from '@onceonly/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PURPOSE = '1.001193';
const ctx = { purpose: PURPOSE, caseId: 'E2E-DN-1' };
const SERVICE_PATH = '/r1/VN/GOV/000.00.00.G09/CSDLDKDN';

describe.each([
  ['soap', 'in-process'],
  ['soap', 'http'],
  ['rest', 'in-process'],
  ['rest', 'http'],
] as const)('enterprise over %s (%s)', (encoding, transport) => {
  let mock: MockPlatform;
  let gw: ReturnType<typeof createGateway>;
  const biz = () => enterprise(gw, { encoding, unit: 'H23.01', callerCode: 'VPCP' });

  beforeAll(async () => {
    mock = createMockPlatform({ seed: 42 });
    if (transport === 'http') await mock.listen();
    gw = createGateway({ ...mock.gatewayOptions(), retry: { attempts: 2, minDelayMs: 5, maxDelayMs: 50 } });
  });
  afterAll(async () => {
    await gw.close();
    await mock.close();
  });

  it('looks an enterprise up by tax code without consent, and maps every field', async () => {
    const record = mock.world.enterprises.find((e) => e.tenNuocNgoai !== undefined)!;
    const company = await biz().getEnterprise({ taxCode: record.maSoDoanhNghiep }, ctx);
    expect(company).toMatchObject({
      taxCode: record.maSoDoanhNghiep,
      names: {
        vietnamese: record.tenTiengViet,
        foreign: record.tenNuocNgoai,
        abbreviated: record.tenVietTat,
      },
      statusCode: record.tinhTrang,
      legalFormCode: record.loaiHinh,
      founded: record.ngayThanhLap,
      charterCapital: record.vonDieuLe,
      representative: { name: record.nguoiDaiDien.hoVaTen, title: record.nguoiDaiDien.chucDanh },
      address: { provinceCode: record.truSoChinh.maTinh, wardCode: record.truSoChinh.maXa },
    });
    // A public lookup names the representative without their personal id.
    expect(company.representative?.personalId).toBeUndefined();
    expect(company.address?.wardName).toBeTruthy();
    expect(company.businessLines[0]).toEqual({
      code: record.nganhNghe[0]!.maNganh,
      name: record.nganhNghe[0]!.tenNganh,
      main: true,
    });
    expect(company.provenance.provider).toContain('GOV/000.00.00.G09/CSDLDKDN');
    expect(Date.parse(company.provenance.retrievedAt)).not.toBeNaN();

    const sent = mock.calls.at(-1)!;
    if (encoding === 'rest') {
      expect(sent.method).toBe('GET');
      expect(sent.path).toBe(
        `${SERVICE_PATH}/TraCuuThongTinDoanhNghiep/enterprises/${record.maSoDoanhNghiep}`,
      );
    } else {
      expect(sent.path).toBe('/');
      expect(sent.body).toMatchObject({
        MaSoDoanhNghiep: record.maSoDoanhNghiep,
        MaDonVi: 'H23.01',
        MaDVC: 'VPCP',
      });
    }
  });

  it('finds the dissolved enterprise of a persona tagged dissolved-enterprise', async () => {
    const persona = mock.world.byTag('dissolved-enterprise')[0]!;
    const record = mock.world.enterprises.find(
      (e) => e.nguoiDaiDien.soDinhDanh === persona.personalId && e.tinhTrang === '04',
    )!;
    const company = await biz().getEnterprise({ taxCode: record.maSoDoanhNghiep }, ctx);
    expect(company.status).toBe('dissolved');
    expect(company.dissolved).toBe(record.ngayGiaiThe);
    expect(company.representative?.name).toBe(persona.fullName);
  });

  it('looks a household business up by registration number, without consent', async () => {
    const persona = mock.world.byTag('household-business')[0]!;
    const number = persona.enterprise!.householdBusinesses[0]!;
    const business = await biz().getHouseholdBusiness({ registrationNumber: number }, ctx);
    expect(business).toMatchObject({ registrationNumber: number, owner: { name: persona.fullName } });
    expect(business.owner?.personalId).toBeUndefined();
  });

  it('searches by person with their consent, and answers [] for someone who has nothing', async () => {
    const representative = mock.world.byTag('enterprise-representative')[0]!;
    const consent = mock.consent(representative.personalId, ['enterprise.basic'], PURPOSE);
    const found = await biz().findByRepresentative(
      { personalId: representative.personalId },
      { ...ctx, consent },
    );
    expect(found.map((e) => e.taxCode)).toEqual(representative.enterprise!.representativeOf);
    expect(found.every((e) => e.representative?.personalId === representative.personalId)).toBe(true);

    const owner = mock.world.byTag('household-business')[0]!;
    const shops = await biz().findHouseholdBusinesses(
      { personalId: owner.personalId },
      { ...ctx, consent: mock.consent(owner.personalId, ['enterprise.basic'], PURPOSE) },
    );
    expect(shops.map((h) => h.registrationNumber)).toEqual(owner.enterprise!.householdBusinesses);
    const sent = JSON.stringify(mock.calls.at(-1)!);
    expect(mock.calls.at(-1)!.path).not.toContain(owner.personalId);
    expect(sent).toContain('SoDinhDanh');

    const nobody = mock.world.personas.find((p) => p.enterprise === undefined && p.tags.includes('adult'))!;
    const none = await biz().findByRepresentative(
      { personalId: nobody.personalId },
      { ...ctx, consent: mock.consent(nobody.personalId, ['enterprise.basic'], PURPOSE) },
    );
    expect(none).toEqual([]);
  });

  it('refuses before sending: a search by person without consent, a tax code with a wrong check digit', async () => {
    mock.resetCalls();
    const persona = mock.world.byTag('enterprise-representative')[1]!;
    const search = biz().findByRepresentative({ personalId: persona.personalId }, ctx);
    await expect(search).rejects.toBeInstanceOf(PolicyError);
    await expect(search).rejects.toMatchObject({ code: 'CONSENT_REQUIRED' });
    await expect(
      biz().findHouseholdBusinesses({ personalId: persona.personalId }, ctx),
    ).rejects.toMatchObject({ code: 'CONSENT_REQUIRED' });
    const code = mock.world.enterprises[0]!.maSoDoanhNghiep;
    const wrong = `${code.slice(0, 9)}${(Number(code[9]) + 1) % 10}`;
    await expect(biz().getEnterprise({ taxCode: wrong }, ctx)).rejects.toBeInstanceOf(InputError);
    expect(mock.calls).toEqual([]);
  });

  it('answers "not found" for a valid tax code no enterprise holds', async () => {
    const known = new Set(mock.world.enterprises.map((e) => e.maSoDoanhNghiep));
    const unknown = ['0100109106', '0300588569'].find((c) => !known.has(c))!;
    await expect(biz().getEnterprise({ taxCode: unknown }, ctx)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      biz().getHouseholdBusiness({ registrationNumber: '99Z8000001' }, ctx),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
