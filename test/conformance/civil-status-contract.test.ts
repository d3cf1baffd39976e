/**
 * The civil status adapter and the mock agree on one contract: for every service, in both encodings, a
 * valid request built by the client is accepted by the mock and its answer maps to the value the mock's
 * own record gives; a wire request the declaration forbids is refused by the mock as `INVALID_REQUEST`,
 * and a lookup that matches no record is `NOT_FOUND`, as the package README documents.
 */
import {
  civilStatus,
  civilStatusOperationsFor,
  type CivilQuery,
  type YeuCauTraCuuHoTich,
} from '@onceonly/civil-status';
import { createGateway, type Gateway, type ServiceDefinition } from '@onceonly/core';
import {
  defaultProviders,
  createMockPlatform,
  MOCK_OFFICER_ID,
  type MockPlatform,
  type Persona,
} from '@onceonly/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PURPOSE = '1.001193';
const ctx = { purpose: PURPOSE, caseId: 'CONF-CIVIL-1', officerId: MOCK_OFFICER_ID };
const keyOf = (persona: Persona): CivilQuery => ({
  personalId: persona.personalId,
  fullName: persona.fullName,
});
const withoutProvenance = (value: unknown) =>
  JSON.parse(JSON.stringify(value, (key, v) => (key === 'provenance' ? undefined : v)));

/** Who each operation is tried on: someone the mock holds such a record for. */
const SUBJECTS = {
  getBirthRecord: (p: Persona) => p.civilStatus?.khaiSinh?.cha !== undefined,
  getMarriageRecord: (p: Persona) => (p.civilStatus?.ketHon.length ?? 0) > 1,
  getMaritalStatus: (p: Persona) => p.civilStatus?.tinhTrangHonNhan === '2',
  getDeathRecord: (p: Persona) => p.civilStatus?.khaiTu !== undefined,
} as const;
type Operation = keyof typeof SUBJECTS;
const OPERATIONS = Object.keys(SUBJECTS) as Operation[];

describe.each(['soap', 'rest'] as const)('civil status contract over %s', (encoding) => {
  let mock: MockPlatform;
  let gw: Gateway;
  beforeAll(() => {
    mock = createMockPlatform({ seed: 42 });
    gw = createGateway({ ...mock.gatewayOptions(), retry: { attempts: 1 } });
  });
  afterAll(async () => {
    await gw.close();
    await mock.close();
  });

  it.each(OPERATIONS)('%s: the client and the mock agree on a valid request', async (operation) => {
    const persona = mock.world.personas.find(SUBJECTS[operation]);
    expect(persona, `a persona for ${operation}`).toBeDefined();
    const service = civilStatusOperationsFor(encoding)[operation];
    const consent = mock.consent(persona!.personalId, [service.category], PURPOSE);
    mock.resetCalls();
    const { value, meta } = await civilStatus(gw, { encoding })[`${operation}WithMeta`](keyOf(persona!), {
      ...ctx,
      consent,
    });
    const sent = mock.calls.at(-1)!.body as YeuCauTraCuuHoTich;
    expect(sent).toEqual({
      MaYeuCau: sent.MaYeuCau,
      MaCanBo: MOCK_OFFICER_ID,
      SoDinhDanh: persona!.personalId,
      HoVaTen: persona!.fullName,
    });
    const binding = defaultProviders.find((b) => b.service.code === service.code)!;
    const expected = (service as ServiceDefinition<CivilQuery, unknown, unknown>).map(
      binding.resolve(sent, mock.world),
      keyOf(persona!),
      meta,
    );
    expect(value).toEqual(expected);
    const first = (Array.isArray(value) ? value[0] : value) as { provenance: { provider: string } };
    expect(first.provenance.provider).toMatch(/GOV\/000\.00\.00\.G12\/CSDLHT$/);
  });

  it('gives the same values in both encodings', async () => {
    const persona = mock.world.personas.find(SUBJECTS.getMarriageRecord)!;
    const consent = mock.consent(persona.personalId, ['civil.marriage'], PURPOSE);
    const [soap, rest] = await Promise.all(
      (['soap', 'rest'] as const).map((e) =>
        civilStatus(gw, { encoding: e }).getMarriageRecord(keyOf(persona), { ...ctx, consent }),
      ),
    );
    expect(withoutProvenance(soap)).toEqual(withoutProvenance(rest));
  });

  /** A twin of the declaration that sends `body` as is: what a client that skipped the checks would send. */
  function forged(body: Record<string, unknown>) {
    const service = civilStatusOperationsFor(encoding).getMaritalStatus;
    return { ...service, wireRequest: undefined, check: undefined, toWire: () => body } as typeof service;
  }

  const persona = () => mock.world.personas.find(SUBJECTS.getMaritalStatus)!;
  const valid = () => ({
    MaYeuCau: 'conf-1',
    MaCanBo: MOCK_OFFICER_ID,
    SoDinhDanh: persona().personalId,
    HoVaTen: persona().fullName,
  });

  it.each([
    ['no officer (MaCanBo)', { MaCanBo: undefined }],
    ['an officer id that is not 12 digits', { MaCanBo: '12345' }],
    ['an old 9-digit id as SoDinhDanh', { SoDinhDanh: '012345678' }],
    ['an empty name', { HoVaTen: '' }],
    ['a field the declaration does not have', { NgayThangNamSinh: { Nam: '1990' } }],
  ])('the mock refuses %s as INVALID_REQUEST', async (_what, patch) => {
    const body = JSON.parse(JSON.stringify({ ...valid(), ...patch }));
    const consent = mock.consent(persona().personalId, ['civil.status'], PURPOSE);
    mock.resetCalls();
    await expect(gw.call(forged(body), keyOf(persona()), { ...ctx, consent })).rejects.toMatchObject({
      name: 'InputError',
      code: 'INVALID_REQUEST',
    });
    expect(mock.calls).toHaveLength(1);
  });

  it('answers NOT_FOUND for a name that does not agree, and for a record the person does not have', async () => {
    const p = persona();
    const consent = mock.consent(p.personalId, ['civil.status', 'civil.birth', 'civil.death'], PURPOSE);
    const client = civilStatus(gw, { encoding });
    await expect(
      client.getMaritalStatus({ ...keyOf(p), fullName: 'Người Khác Hẳn' }, { ...ctx, consent }),
    ).rejects.toMatchObject({ name: 'NotFoundError' });
    const alive = mock.world.personas.find(
      (q) => q.civilStatus?.khaiTu === undefined && q.civilStatus?.khaiSinh === undefined,
    )!;
    const aliveConsent = mock.consent(alive.personalId, ['civil.birth', 'civil.death'], PURPOSE);
    await expect(
      client.getBirthRecord(keyOf(alive), { ...ctx, consent: aliveConsent }),
    ).rejects.toMatchObject({
      name: 'NotFoundError',
    });
    await expect(
      client.getDeathRecord(keyOf(alive), { ...ctx, consent: aliveConsent }),
    ).rejects.toMatchObject({
      name: 'NotFoundError',
    });
  });
});
