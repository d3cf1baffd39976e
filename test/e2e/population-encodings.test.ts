/**
 * The population adapter end to end, in both encodings (SOAP, the default, and the REST profile), in
 * process and over HTTP on loopback: the same methods and domain values, the real field names on the
 * wire, and the refusals that send nothing.
 */
import { createGateway, memoryAuditSink, NotFoundError, PolicyError } from '@onceonly/core';
import { createMockPlatform, lookupOf, MOCK_OFFICER_ID, type MockPlatform } from '@onceonly/mock';
import { population } from '@onceonly/population';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PURPOSE = '1.001193';
const ctx = { purpose: PURPOSE, caseId: 'E2E-POP-1', officerId: MOCK_OFFICER_ID };

describe.each([
  ['soap', 'in-process'],
  ['soap', 'http'],
  ['rest', 'in-process'],
  ['rest', 'http'],
] as const)('population over %s (%s)', (encoding, transport) => {
  let mock: MockPlatform;
  let gw: ReturnType<typeof createGateway>;
  const audit = memoryAuditSink();
  const pop = () => population(gw, { encoding, unit: 'H23.01', callerCode: 'VPCP' });

  beforeAll(async () => {
    mock = createMockPlatform({ seed: 42 });
    if (transport === 'http') await mock.listen();
    gw = createGateway({
      ...mock.gatewayOptions(),
      retry: { attempts: 2, minDelayMs: 5, maxDelayMs: 50 },
      audit: { sink: audit, subjectKey: 'e2e-population-subject-key-32-bytes!' },
    });
  });
  afterAll(async () => {
    await gw.close();
    await mock.close();
  });

  it('looks a citizen up with id, name and date of birth, and maps the real fields', async () => {
    for (const tag of ['married', 'year-only-birth', 'pre-2025-address', 'old-id', 'minor']) {
      const persona = mock.world.byTag(tag)[0]!;
      const consent = mock.consent(persona.personalId, ['population.basic'], PURPOSE);
      const citizen = await pop().getCitizen(lookupOf(persona), { ...ctx, consent });
      expect(citizen.personalId, tag).toBe(persona.personalId);
      expect(citizen.name.full, tag).toBe(lookupOf(persona).fullName);
      if (tag === 'pre-2025-address') {
        const all = Object.values(citizen.addresses);
        expect(all.some((a) => a.version === 'pre-2025' && a.current !== undefined)).toBe(true);
      }
    }
    const sent = mock.calls.at(-1)!;
    const body = JSON.stringify(sent.body);
    // The real names on the wire, who asks included; the officer id never in a header or the URL.
    for (const field of ['MaYeuCau', 'MaCanBo', 'MaDonVi', 'MaDVC', 'HoVaTen', 'NgayThangNamSinh']) {
      expect(body).toContain(field);
    }
    expect(JSON.stringify(sent.headers)).not.toContain(MOCK_OFFICER_ID);
    expect(sent.path).not.toContain(MOCK_OFFICER_ID);
  });

  it("sends exactly the wire request toWire builds, read back by the mock's own parser", async () => {
    const persona = mock.world.byTag('year-only-birth')[0]!;
    const consent = mock.consent(persona.personalId, ['population.basic'], PURPOSE);
    await pop().getCitizen(lookupOf(persona), { ...ctx, consent });
    const sent = mock.calls.at(-1)!;
    const xroadId = (sent.body as { MaYeuCau: string }).MaYeuCau;
    expect(xroadId).toBeTruthy();
    expect(sent.body).toEqual({
      MaYeuCau: xroadId,
      MaDVC: 'VPCP',
      MaCanBo: MOCK_OFFICER_ID,
      MaDonVi: 'H23.01',
      MaTichHop: '037',
      SoDinhDanh: persona.personalId,
      HoVaTen: lookupOf(persona).fullName,
      NgayThangNamSinh: { Nam: lookupOf(persona).birthDate },
    });
    if (encoding === 'soap') {
      expect(sent.path).toBe('/');
      expect(sent.headers['content-type']).toMatch(/^text\/xml/);
    } else {
      expect(sent.path).toBe('/r1/VN/GOV/000.00.00.G10/CSDLDC/TraCuuThongTinCongDan');
    }
  });

  it('sends the lookup by old id as SoCMND', async () => {
    const persona = mock.world.byTag('old-id')[0]!;
    const { personalId: _id, ...rest } = lookupOf(persona);
    const oldId = persona.population.soCMND!;
    const consent = mock.consent(oldId, ['population.basic'], PURPOSE);
    const citizen = await pop().getCitizen({ ...rest, oldId }, { ...ctx, consent });
    expect(citizen.oldId).toBe(oldId);
    expect(JSON.stringify(mock.calls.at(-1)!.body)).toContain('SoCMND');
  });

  it('answers "not found" when the name or the date does not agree', async () => {
    const persona = mock.world.byTag('adult')[0]!;
    const consent = mock.consent(persona.personalId, ['population.basic'], PURPOSE);
    const wrongName = pop().getCitizen(
      { ...lookupOf(persona), fullName: 'Người Khác Hẳn' },
      { ...ctx, consent },
    );
    await expect(wrongName).rejects.toBeInstanceOf(NotFoundError);
    const wrongDate = pop().getCitizen({ ...lookupOf(persona), birthDate: '1800' }, { ...ctx, consent });
    await expect(wrongDate).rejects.toBeInstanceOf(NotFoundError);
  });

  it('verifies yes or no without a consent token', async () => {
    const persona = mock.world.byTag('adult')[1]!;
    expect(await pop().verifyCitizen(lookupOf(persona), ctx)).toBe(true);
    expect(await pop().verifyCitizen({ ...lookupOf(persona), fullName: 'Người Khác Hẳn' }, ctx)).toBe(false);
  });

  it('gives the household with each relation, and the marital status', async () => {
    const persona = mock.world.byTag('married')[0]!;
    const household = await pop().getHousehold(lookupOf(persona), {
      ...ctx,
      consent: mock.consent(persona.personalId, ['population.household'], PURPOSE),
    });
    expect(household.members.some((m) => m.personalId === persona.personalId)).toBe(true);
    expect(household.head?.relationToHead).toBe('head');
    const marital = await pop().checkMaritalStatus(lookupOf(persona), {
      ...ctx,
      consent: mock.consent(persona.personalId, ['population.marital'], PURPOSE),
    });
    expect(marital.maritalStatus).toBe('married');
    expect(marital.spouse?.name).toBeTruthy();
  });

  it('gives the residence history with its provenance, none current for the deceased, and refuses without consent', async () => {
    const residenceOf = (persona: (typeof mock.personas)[number]) =>
      pop().getResidence(lookupOf(persona), {
        ...ctx,
        consent: mock.consent(persona.personalId, ['population.residence'], PURPOSE),
      });
    const persona = mock.world.byTag('married')[0]!;
    const residence = await residenceOf(persona);
    expect(residence.personalId).toBe(persona.personalId);
    expect(residence.permanent?.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(residence.permanent?.address.wardCode).toBe(persona.population.thuongTru?.maXa);
    expect(residence.provenance.provider).toMatch(/GOV\/000\.00\.00\.G10\/CSDLDC$/);
    expect(Number.isNaN(Date.parse(residence.provenance.retrievedAt))).toBe(false);
    const dead = await residenceOf(mock.world.byTag('deceased')[0]!);
    expect(dead.permanent).toBeUndefined();
    expect(dead.previousPermanent[0]?.until).toBe(mock.world.byTag('deceased')[0]!.deathDate);
    mock.resetCalls();
    // Consent for another category is not consent for the residence: nothing is sent.
    const other = mock.consent(persona.personalId, ['population.basic'], PURPOSE);
    await expect(pop().getResidence(lookupOf(persona), { ...ctx, consent: other })).rejects.toBeInstanceOf(
      PolicyError,
    );
    expect(mock.calls).toHaveLength(0);
  });

  it('refuses before sending: no consent, no officer, a malformed id', async () => {
    mock.resetCalls();
    const persona = mock.world.byTag('adult')[2]!;
    await expect(pop().getCitizen(lookupOf(persona), ctx)).rejects.toMatchObject({
      code: 'CONSENT_REQUIRED',
    });
    const consent = mock.consent(persona.personalId, ['population.basic'], PURPOSE);
    const { officerId: _o, ...noOfficer } = ctx;
    await expect(pop().getCitizen(lookupOf(persona), { ...noOfficer, consent })).rejects.toBeInstanceOf(
      PolicyError,
    );
    await expect(pop().verifyCitizen(lookupOf(persona), noOfficer)).rejects.toMatchObject({
      code: 'OFFICER_REQUIRED',
    });
    await expect(
      pop().getCitizen({ ...lookupOf(persona), personalId: '003203012345' }, { ...ctx, consent }),
    ).rejects.toMatchObject({ name: 'InputError', code: 'INVALID_PERSONAL_ID' });
    expect(mock.calls).toHaveLength(0);
  });

  it('keeps no personal data in clear in the audit', () => {
    const persona = mock.world.byTag('married')[0]!;
    const records = JSON.stringify(audit.records);
    expect(records).not.toContain(persona.personalId);
    expect(records).not.toContain(MOCK_OFFICER_ID);
  });
});
