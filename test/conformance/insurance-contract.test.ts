/**
 * The insurance adapter and the mock's insurance provider hold one contract (both encodings): what the
 * client sends for a valid request, the mock answers from the world, and the client maps to the same
 * facts the world holds; what the wire declaration forbids (neither key, both keys, an unknown field, a
 * malformed key) the mock refuses as `INVALID_REQUEST`, and a key it does not hold as `NOT_FOUND`, as
 * the package README documents. Requests the client itself would never send are made with rogue copies
 * of the declarations, whose `toWire` writes the forbidden shape.
 */
import {
  createGateway,
  defineService,
  InputError,
  NotFoundError,
  type ServiceDeclaration,
} from '@onceonly/core';
import { type InsuranceQuery, insurance, insuranceOperationsFor } from '@onceonly/insurance';
import { createMockPlatform, type MockPlatform, type Persona } from '@onceonly/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PURPOSE = '1.001193';
const ctx = { purpose: PURPOSE, caseId: 'CONF-INS-1' };
const SCOPES = ['insurance.basic', 'insurance.social', 'insurance.health'];

describe.each(['soap', 'rest'] as const)('insurance contract over %s', (encoding) => {
  let mock: MockPlatform;
  let gw: ReturnType<typeof createGateway>;
  const client = () => insurance(gw, { encoding });
  const consentFor = (key: string) => mock.consent(key, SCOPES, PURPOSE);

  beforeAll(() => {
    mock = createMockPlatform({ seed: 42 });
    gw = createGateway({ ...mock.gatewayOptions(), retry: false });
  });
  afterAll(async () => {
    await gw.close();
    await mock.close();
  });

  const sample = (): Persona[] => [
    mock.world.byTag('no-insurance-history')[0]!,
    mock.world.byTag('short-contributions')[0]!,
    mock.world.byTag('minor')[0]!,
    ...mock.world.personas.filter((p) => p.insurance?.trangThaiThamGia === '1').slice(0, 3),
  ];

  it('agrees with the world on every operation, by personal id and by insurance code', async () => {
    for (const persona of sample()) {
      const record = persona.insurance!;
      const queries: InsuranceQuery[] = [
        { personalId: persona.personalId },
        { insuranceCode: record.maSoBHXH },
      ];
      for (const query of queries) {
        const call = {
          ...ctx,
          consent: consentFor('personalId' in query ? query.personalId : query.insuranceCode),
        };
        const participant = await client().getParticipant(query, call);
        expect(participant).toMatchObject({ insuranceCode: record.maSoBHXH, personalId: persona.personalId });
        expect(participant.status).toBe(
          { '1': 'contributing', '2': 'stopped', '3': 'health-only' }[record.trangThaiThamGia],
        );
        const history = await client().getContributionPeriods(query, call);
        expect(history.periods.map((p) => [p.employer.taxCode, p.from, p.to])).toEqual(
          record.quaTrinhDong.map((p) => [p.maSoThue, p.tuThang, p.denThang]),
        );
        expect(history.totalMonths).toBe(participant.totalMonths);
        const card = await client().getHealthInsuranceCard(query, call);
        expect(card.cardNumber).toBe(record.theBHYT!.soThe);
        expect(card.clinic).toEqual({
          code: record.theBHYT!.noiDangKyKCB.maCoSo,
          name: record.theBHYT!.noiDangKyKCB.tenCoSo,
        });
        // REST meta names the instance (VN/…); core's SOAP profile gives CLASS/MEMBER/SUBSYSTEM.
        expect(card.provenance.provider).toMatch(/^(VN\/)?GOV\/000\.00\.00\.G21\/CSDLBH$/);
        expect(Date.parse(card.provenance.retrievedAt)).not.toBeNaN();
      }
    }
  });

  it('answers NOT_FOUND for a key the database does not hold', async () => {
    const unknown = { insuranceCode: '0000000001' };
    const call = { ...ctx, consent: consentFor(unknown.insuranceCode) };
    await expect(client().getParticipant(unknown, call)).rejects.toBeInstanceOf(NotFoundError);
    await expect(client().getContributionPeriods(unknown, call)).rejects.toBeInstanceOf(NotFoundError);
  });

  it.each([
    ['neither key', {}],
    ['both keys', { SoDinhDanh: 'ID', MaSoBHXH: 'CODE' }],
    ['an unknown field', { SoDinhDanh: 'ID', HoVaTen: 'Nguyễn Văn An' }],
    ['a malformed insurance code', { MaSoBHXH: '12345' }],
    ['a malformed personal id', { SoDinhDanh: '0012030' }],
  ])('the mock refuses %s as INVALID_REQUEST, for every operation', async (_what, shape) => {
    const persona = mock.world.byTag('adult')[0]!;
    const fill = (value: unknown) =>
      value === 'ID' ? persona.personalId : value === 'CODE' ? persona.insurance!.maSoBHXH : value;
    const body = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, fill(v)]));
    for (const service of Object.values(insuranceOperationsFor(encoding))) {
      // A rogue copy: no client-side checks, and a toWire that writes the forbidden shape.
      const declaration = {
        ...service,
        id: `${service.id}.rogue`,
        wireRequest: undefined,
        check: undefined,
        toWire: (_query: unknown, call: { xroadId: string }) => ({ MaYeuCau: call.xroadId, ...body }),
      };
      const rogue = defineService(
        declaration as unknown as ServiceDeclaration<InsuranceQuery, unknown, unknown>,
      );
      const before = mock.calls.length;
      const error = await gw
        .call(rogue, { personalId: persona.personalId }, { ...ctx, consent: consentFor(persona.personalId) })
        .catch((caught: unknown) => caught);
      expect(error, service.id).toBeInstanceOf(InputError);
      expect((error as InputError).code, service.id).toBe('INVALID_REQUEST');
      expect(mock.calls.length).toBe(before + 1); // it was sent, and the mock refused it
    }
  });

  it('the client refuses invalid input before sending anything', async () => {
    const before = mock.calls.length;
    for (const query of [{ personalId: '001299012345' }, { insuranceCode: '12345' }, { personalId: '1' }]) {
      await expect(client().getParticipant(query as never, { ...ctx, consent: 'x' })).rejects.toBeInstanceOf(
        InputError,
      );
    }
    expect(mock.calls.length).toBe(before);
  });
});
