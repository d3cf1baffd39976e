/**
 * The land adapter end to end through the gateway, in both encodings, in process and over HTTP on
 * loopback: a public parcel lookup, the search by holder with consent, joint holders, provenance, and
 * the refusals that send nothing.
 */
import { createGateway, memoryAuditSink, NotFoundError } from '@onceonly/core';
import { land } from '@onceonly/land';
import { createMockPlatform, MOCK_OFFICER_ID, type MockPlatform } from '@onceonly/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PURPOSE = '1.004227';
const ctx = { purpose: PURPOSE, caseId: 'E2E-LAND-1' };

describe.each([
  ['soap', 'in-process'],
  ['soap', 'http'],
  ['rest', 'in-process'],
  ['rest', 'http'],
] as const)('land over %s (%s)', (encoding, transport) => {
  let mock: MockPlatform;
  let gw: ReturnType<typeof createGateway>;
  const audit = memoryAuditSink();
  const client = () => land(gw, { encoding, unit: 'H23.01', callerCode: 'VPCP' });

  beforeAll(async () => {
    mock = createMockPlatform({ seed: 42 });
    if (transport === 'http') await mock.listen();
    gw = createGateway({
      ...mock.gatewayOptions(),
      retry: { attempts: 2, minDelayMs: 5, maxDelayMs: 50 },
      audit: { sink: audit, subjectKey: 'e2e-land-subject-key-32-bytes!!!!' },
    });
  });
  afterAll(async () => {
    await gw.close();
    await mock.close();
  });

  it('looks a parcel up without consent: no holder in the answer, provenance on the value', async () => {
    const key = mock.world.parcels[3]!;
    const { value, meta } = await client().getParcelWithMeta(
      { communeCode: key.maXa, sheet: key.soTo, parcel: key.soThua },
      ctx,
    );
    expect(value).toMatchObject({ sheet: key.soTo, parcel: key.soThua, area: key.dienTich });
    expect(value.provenance).toEqual({ provider: meta.provider, retrievedAt: meta.retrievedAt });
    expect(value.provenance.provider).toMatch(/(^|\/)GOV\/000\.00\.00\.G14\/CSDLDD$/);
    const sent = mock.calls.at(-1)!;
    expect(sent.body).toEqual({
      MaYeuCau: (sent.body as { MaYeuCau: string }).MaYeuCau,
      MaDVC: 'VPCP',
      MaDonVi: 'H23.01',
      MaXa: key.maXa,
      SoTo: String(key.soTo),
      SoThua: String(key.soThua),
    });
    expect(sent.path).toBe(
      encoding === 'soap' ? '/' : '/r1/VN/GOV/000.00.00.G14/CSDLDD/TraCuuThongTinThuaDat',
    );
  });

  it('finds the certificates of joint holders, each naming the other, and the farm land elsewhere', async () => {
    const holder = mock.world.byTag('land-co-owners')[0]!;
    const consent = mock.consent(holder.personalId, 'land.basic', PURPOSE);
    const list = await client().getCertificatesByOwner(
      { personalId: holder.personalId },
      { ...ctx, consent, officerId: MOCK_OFFICER_ID },
    );
    const joint = list.certificates.find((c) => c.ownership === 'joint')!;
    expect(joint.holders.map((h) => h.personalId)).toContain(holder.personalId);
    const spouse = joint.holders.find((h) => h.personalId !== holder.personalId)!;
    expect(spouse.personalId).toBe(holder.population.voChong?.soDinhDanh);
    expect(joint.provenance.provider).toMatch(/(^|\/)GOV\/000\.00\.00\.G14\/CSDLDD$/);
    expect((mock.calls.at(-1)!.body as { MaCanBo?: string }).MaCanBo).toBe(MOCK_OFFICER_ID);

    const farmer = mock.world.byTag('land-second-parcel')[0]!;
    const farms = await client().getCertificatesByOwner(
      { personalId: farmer.personalId },
      { ...ctx, consent: mock.consent(farmer.personalId, 'land.basic', PURPOSE) },
    );
    expect(farms.certificates.length).toBeGreaterThanOrEqual(2);
    expect(farms.certificates.some((c) => c.uses.some((u) => ['LUC', 'HNK', 'CLN'].includes(u.code)))).toBe(
      true,
    );
  });

  it('answers an empty list for a renter, and "not found" for a parcel the map does not hold', async () => {
    const renter = mock.world.byTag('land-renting')[0]!;
    const list = await client().getCertificatesByOwner(
      { personalId: renter.personalId },
      { ...ctx, consent: mock.consent(renter.personalId, 'land.basic', PURPOSE) },
    );
    expect(list.certificates).toEqual([]);
    const key = mock.world.parcels[0]!;
    await expect(
      client().getParcel({ communeCode: key.maXa, sheet: 9999, parcel: 1 }, ctx),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses before sending: no consent, consent for someone else, a bad id, a pre-2025 commune', async () => {
    mock.resetCalls();
    const holder = mock.world.byTag('land-owner')[0]!;
    const other = mock.world.byTag('land-owner')[1]!;
    const search = client().getCertificatesByOwner({ personalId: holder.personalId }, ctx);
    await expect(search).rejects.toMatchObject({ name: 'PolicyError', code: 'CONSENT_REQUIRED' });
    const wrongSubject = client().getCertificatesByOwner(
      { personalId: holder.personalId },
      { ...ctx, consent: mock.consent(other.personalId, 'land.basic', PURPOSE) },
    );
    await expect(wrongSubject).rejects.toMatchObject({ code: 'CONSENT_SUBJECT_MISMATCH' });
    const wrongScope = client().getCertificatesByOwner(
      { personalId: holder.personalId },
      { ...ctx, consent: mock.consent(holder.personalId, 'population.basic', PURPOSE) },
    );
    await expect(wrongScope).rejects.toMatchObject({ code: 'CONSENT_SCOPE_MISSING' });
    await expect(client().getCertificatesByOwner({ personalId: '999203012345' }, ctx)).rejects.toMatchObject({
      name: 'InputError',
      code: 'INVALID_PERSONAL_ID',
    });
    await expect(
      client().getParcel({ communeCode: '00001', sheet: 1, parcel: 1 }, ctx),
    ).rejects.toMatchObject({
      name: 'InputError',
      code: 'INVALID_INPUT',
    });
    expect(mock.calls).toHaveLength(0);
  });

  it('retries a provider fault on the search (idempotent), with the same answer', async () => {
    mock.resetCalls();
    const holder = mock.world.byTag('land-owner')[2]!;
    const id = encoding === 'soap' ? 'land.certificates.get' : 'land.certificates.get.rest';
    mock.faults.inject(id, { kind: 'status', status: 503 }, { times: 1 });
    const list = await client().getCertificatesByOwner(
      { personalId: holder.personalId },
      { ...ctx, consent: mock.consent(holder.personalId, 'land.basic', PURPOSE) },
    );
    expect(list.certificates.map((c) => c.serial)).toEqual(holder.land!.map((c) => c.soPhatHanh));
    expect(mock.calls.map((call) => call.status)).toEqual([503, 200]);
  });

  it('keeps no personal data in clear in the audit', () => {
    const records = JSON.stringify(audit.records);
    for (const tag of ['land-owner', 'land-co-owners', 'land-renting']) {
      expect(records).not.toContain(mock.world.byTag(tag)[0]!.personalId);
    }
    expect(records).not.toContain(MOCK_OFFICER_ID);
  });
});
