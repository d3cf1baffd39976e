/**
 * The insurance adapter end to end, in both encodings, in process and over HTTP on loopback: the three
 * methods against the mock's world (the hard cases included), the real field names on the wire, and
 * the refusals that send nothing.
 */
import { createGateway, InputError, memoryAuditSink, PolicyError } from '@onceonly/core';
import { insurance } from '@onceonly/insurance';
import { createMockPlatform, employerOf, MOCK_OFFICER_ID, type MockPlatform } from '@onceonly/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PURPOSE = '1.014748'; // unemployment benefit (hưởng trợ cấp thất nghiệp; 1.001978 before the 2025 Employment Law)
const ctx = { purpose: PURPOSE, caseId: 'E2E-INS-1' };

describe.each([
  ['soap', 'in-process'],
  ['soap', 'http'],
  ['rest', 'in-process'],
  ['rest', 'http'],
] as const)('insurance over %s (%s)', (encoding, transport) => {
  let mock: MockPlatform;
  let gw: ReturnType<typeof createGateway>;
  const audit = memoryAuditSink();
  const bhxh = () => insurance(gw, { encoding, unit: 'H23.01', callerCode: 'VPCP' });

  beforeAll(async () => {
    mock = createMockPlatform({ seed: 42 });
    if (transport === 'http') await mock.listen();
    gw = createGateway({
      ...mock.gatewayOptions(),
      retry: { attempts: 2, minDelayMs: 5, maxDelayMs: 50 },
      audit: { sink: audit, subjectKey: 'e2e-insurance-subject-key-32-bytes!!' },
    });
  });
  afterAll(async () => {
    await gw.close();
    await mock.close();
  });

  it('tells who may claim unemployment benefit: 12 of the last 24 months, or not', async () => {
    const worker = mock.world.personas.find(
      (p) => p.insurance?.trangThaiThamGia === '1' && employerOf(mock.world, p),
    )!;
    const short = mock.world.byTag('short-contributions')[0]!;
    const none = mock.world.byTag('no-insurance-history')[0]!;
    const history = async (personalId: string) =>
      bhxh().getContributionPeriods(
        { personalId },
        { ...ctx, consent: mock.consent(personalId, ['insurance.social'], PURPOSE) },
      );
    const working = await history(worker.personalId);
    const current = working.periods.find((p) => p.to === undefined)!;
    expect(current.employer.taxCode).toBe(employerOf(mock.world, worker)!.maSoDoanhNghiep);
    expect((await history(short.personalId)).monthsInLast24).toBeLessThan(12);
    expect(await history(none.personalId)).toMatchObject({ periods: [], monthsInLast24: 0 });
  });

  it('gives the participant and the health card, by personal id or insurance code, with provenance', async () => {
    const persona = mock.world.byTag('minor')[0]!;
    const code = persona.insurance!.maSoBHXH;
    const participant = await bhxh().getParticipant(
      { insuranceCode: code },
      { ...ctx, consent: mock.consent(code, ['insurance.basic'], PURPOSE) },
    );
    expect(participant).toMatchObject({
      personalId: persona.personalId,
      status: 'health-only',
      totalMonths: 0,
    });
    const { value: card, meta } = await bhxh().getHealthInsuranceCardWithMeta(
      { personalId: persona.personalId },
      { ...ctx, consent: mock.consent(persona.personalId, ['insurance.health'], PURPOSE) },
    );
    expect(card.group).toMatch(/^(TE|HS)$/);
    expect(card.validOnDataDay).toBe(true);
    expect(card.clinic.name).toBe(persona.insurance!.theBHYT!.noiDangKyKCB.tenCoSo);
    expect(card.provenance.provider.endsWith('GOV/000.00.00.G21/CSDLBH')).toBe(true);
    expect(meta.provider.endsWith('GOV/000.00.00.G21/CSDLBH')).toBe(true);
  });

  it('sends the real field names, who asks included, and the key in the body only', async () => {
    const persona = mock.world.byTag('adult')[3]!;
    await bhxh().getParticipant(
      { personalId: persona.personalId },
      {
        ...ctx,
        officerId: MOCK_OFFICER_ID,
        consent: mock.consent(persona.personalId, ['insurance.basic'], PURPOSE),
      },
    );
    const sent = mock.calls.at(-1)!;
    const xroadId = (sent.body as { MaYeuCau: string }).MaYeuCau;
    expect(sent.body).toEqual({
      MaYeuCau: xroadId,
      MaDVC: 'VPCP',
      MaDonVi: 'H23.01',
      MaCanBo: MOCK_OFFICER_ID,
      SoDinhDanh: persona.personalId,
    });
    if (encoding === 'soap') expect(sent.path).toBe('/');
    else expect(sent.path).toBe('/r1/VN/GOV/000.00.00.G21/CSDLBH/TraCuuThongTinNguoiThamGia');
    expect(sent.path + JSON.stringify(sent.headers)).not.toContain(persona.personalId);
  });

  it('refuses before sending: no consent, consent for another category, a malformed key', async () => {
    mock.resetCalls();
    const persona = mock.world.byTag('adult')[4]!;
    const query = { personalId: persona.personalId };
    await expect(bhxh().getContributionPeriods(query, ctx)).rejects.toMatchObject({
      code: 'CONSENT_REQUIRED',
    });
    const basicOnly = mock.consent(persona.personalId, ['insurance.basic'], PURPOSE);
    await expect(bhxh().getHealthInsuranceCard(query, { ...ctx, consent: basicOnly })).rejects.toBeInstanceOf(
      PolicyError,
    );
    await expect(
      bhxh().getParticipant({ insuranceCode: '12345678' }, { ...ctx, consent: basicOnly }),
    ).rejects.toBeInstanceOf(InputError);
    expect(mock.calls).toHaveLength(0);
  });

  it('keeps no personal data in clear in the audit', () => {
    const records = JSON.stringify(audit.records);
    for (const persona of mock.world.byTag('adult').slice(0, 5)) {
      expect(records).not.toContain(persona.personalId);
      expect(records).not.toContain(persona.insurance!.maSoBHXH);
    }
    expect(audit.records.length).toBeGreaterThan(0);
  });
});
