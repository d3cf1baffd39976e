/**
 * The civil status adapter end to end, through the gateway, in process and over HTTP on loopback, in
 * both encodings: births, marriages (a remarriage, a divorce, a foreign spouse), the marital status
 * confirmation and deaths, from the mock world; refusals that send nothing.
 */
import { civilStatus } from '@onceonly/civil-status';
import { createGateway, memoryAuditSink, NotFoundError, PolicyError } from '@onceonly/core';
import { createMockPlatform, MOCK_OFFICER_ID, type MockPlatform, type Persona } from '@onceonly/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PURPOSE = '1.001193';
const ctx = { purpose: PURPOSE, caseId: 'E2E-CIVIL-1', officerId: MOCK_OFFICER_ID };
const keyOf = (persona: Persona) => ({ personalId: persona.personalId, fullName: persona.fullName });

describe.each([
  ['soap', 'in-process'],
  ['rest', 'in-process'],
  ['soap', 'http'],
  ['rest', 'http'],
] as const)('civil status over %s (%s)', (encoding, transport) => {
  let mock: MockPlatform;
  let gw: ReturnType<typeof createGateway>;
  const audit = memoryAuditSink();
  const civil = () => civilStatus(gw, { encoding, unit: 'H23.01', callerCode: 'VPCP' });
  const find = (test: (p: Persona) => boolean) => {
    const persona = mock.world.personas.find(test);
    expect(persona).toBeDefined();
    return persona!;
  };

  beforeAll(async () => {
    mock = createMockPlatform({ seed: 42 });
    if (transport === 'http') await mock.listen();
    gw = createGateway({
      ...mock.gatewayOptions(),
      retry: { attempts: 2, minDelayMs: 5, maxDelayMs: 50 },
      audit: { sink: audit, subjectKey: 'e2e-civil-status-subject-key-32-bytes' },
    });
  });
  afterAll(async () => {
    await gw.close();
    await mock.close();
  });

  it("gives a child's birth record with both parents, the registration and its authority", async () => {
    const child = find((p) => p.tags.includes('minor') && p.civilStatus?.khaiSinh?.me !== undefined);
    const consent = mock.consent(child.personalId, ['civil.birth'], PURPOSE);
    const { value, meta } = await civil().getBirthRecordWithMeta(keyOf(child), { ...ctx, consent });
    expect(value.child).toMatchObject({ personalId: child.personalId, name: child.fullName });
    expect(value.mother?.name).toBe(child.civilStatus?.khaiSinh?.me?.hoVaTen);
    expect(value.registration.authority.name).toMatch(/^UBND /);
    expect(value.registration.date >= child.birthDate).toBe(true);
    expect(value.provenance).toEqual({ provider: meta.provider, retrievedAt: meta.retrievedAt });
    const sent = JSON.stringify(mock.calls.at(-1)!.body);
    for (const field of ['MaYeuCau', 'MaCanBo', 'MaDonVi', 'MaDVC', 'SoDinhDanh', 'HoVaTen'])
      expect(sent).toContain(field);
    expect(mock.calls.at(-1)!.path).not.toContain(child.personalId);
  });

  it('answers "not found" for someone born before the books were digitised', async () => {
    const elder = mock.world.byTag('no-birth-record')[0]!;
    const consent = mock.consent(elder.personalId, ['civil.birth'], PURPOSE);
    await expect(civil().getBirthRecord(keyOf(elder), { ...ctx, consent })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('lists a remarriage, earliest first, with the divorce noted against the first marriage', async () => {
    const remarried =
      mock.world.byTag('remarried')[0] ?? find((p) => (p.civilStatus?.ketHon.length ?? 0) > 1);
    const consent = mock.consent(remarried.personalId, ['civil.marriage'], PURPOSE);
    const records = await civil().getMarriageRecord(keyOf(remarried), { ...ctx, consent });
    expect(records.length).toBeGreaterThan(1);
    const dates = records.map((r) => r.registration.date);
    expect([...dates].sort()).toEqual(dates);
    for (const record of records.slice(0, -1)) expect(record.state).not.toBe('in-force');
    const divorced = records.find((r) => r.state === 'divorced');
    if (divorced) expect(divorced.divorce?.court).toMatch(/^Tòa án nhân dân /);
    const self = (r: (typeof records)[number]) => [r.husband.personalId, r.wife.personalId];
    for (const record of records) expect(self(record)).toContain(remarried.personalId);
  });

  it('names a foreign spouse by passport and nationality, without a personal id', async () => {
    const persona = find((p) => p.civilStatus?.ketHon.some((m) => m.chong.hoChieu ?? m.vo.hoChieu) ?? false);
    const consent = mock.consent(persona.personalId, ['civil.marriage'], PURPOSE);
    const records = await civil().getMarriageRecord(keyOf(persona), { ...ctx, consent });
    const foreign = records.flatMap((r) => [r.husband, r.wife]).find((s) => s.passport !== undefined)!;
    expect(foreign.nationality).not.toBe('VN');
    expect(foreign).not.toHaveProperty('personalId');
  });

  it('confirms a marital status with the spouse and the records behind it', async () => {
    const married = mock.world.byTag('married')[0]!;
    const consent = mock.consent(married.personalId, ['civil.status'], PURPOSE);
    const status = await civil().getMaritalStatus(keyOf(married), { ...ctx, consent });
    expect(status.status).toBe('married');
    expect(status.spouse?.personalId).toBe(married.population.voChong?.soDinhDanh);
    expect(status.marriages.at(-1)?.state).toBe('in-force');
    expect(status.registeredIn.length).toBeGreaterThan(0);
  });

  it("gives a deceased person's death record, without a cause", async () => {
    const deceased = mock.world.byTag('deceased')[0] ?? find((p) => p.civilStatus?.khaiTu !== undefined);
    const consent = mock.consent(deceased.personalId, ['civil.death'], PURPOSE);
    const death = await civil().getDeathRecord(keyOf(deceased), { ...ctx, consent });
    expect(death.deceased.personalId).toBe(deceased.personalId);
    expect(death.registration.date >= `${death.dateOfDeath.year}`).toBe(true);
    expect(JSON.stringify(death)).not.toMatch(/cause|nguyenNhan/i);
  });

  it('refuses before sending: no consent, consent for another category, no officer, a malformed id', async () => {
    mock.resetCalls();
    const persona = mock.world.byTag('married')[1]!;
    await expect(civil().getMarriageRecord(keyOf(persona), ctx)).rejects.toMatchObject({
      code: 'CONSENT_REQUIRED',
    });
    const birthOnly = mock.consent(persona.personalId, ['civil.birth'], PURPOSE);
    await expect(
      civil().getMarriageRecord(keyOf(persona), { ...ctx, consent: birthOnly }),
    ).rejects.toBeInstanceOf(PolicyError);
    const consent = mock.consent(persona.personalId, ['civil.marriage'], PURPOSE);
    const { officerId: _o, ...noOfficer } = ctx;
    await expect(civil().getMarriageRecord(keyOf(persona), { ...noOfficer, consent })).rejects.toMatchObject({
      code: 'OFFICER_REQUIRED',
    });
    await expect(
      civil().getMarriageRecord({ ...keyOf(persona), personalId: '003203012345' }, { ...ctx, consent }),
    ).rejects.toMatchObject({ name: 'InputError', code: 'INVALID_PERSONAL_ID' });
    expect(mock.calls).toHaveLength(0);
  });

  it('keeps no personal data in clear in the audit', () => {
    const records = JSON.stringify(audit.records);
    expect(records).not.toContain(mock.world.byTag('married')[0]!.personalId);
    expect(records).not.toContain(MOCK_OFFICER_ID);
  });
});
