import { createGateway, type Gateway } from '@onceonly/core';
import { createMockPlatform, lookupOf, MOCK_OFFICER_ID, type MockPlatform } from '@onceonly/mock';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defineForm } from './define-form.js';
import { prefill } from './prefill.js';

const PURPOSE = '1.004222';
const KEY = 'prefill-test-receipt-key-of-32-bytes!!';
const label = (en: string) => ({ vi: `(vi) ${en}`, en });

const form = defineForm({
  procedure: { code: '1.004222', name: label('Permanent residence registration') },
  sources: {
    citizen: { kind: 'population.citizen' },
    household: { kind: 'population.household' },
  },
  fields: {
    fullName: { label: label('Full name'), source: 'citizen', path: 'name.full' },
    birthDate: { label: label('Date of birth'), source: 'citizen', path: 'birthDate' },
    permanentAddress: { label: label('Permanent address'), source: 'citizen', path: 'addresses.permanent' },
    spouseName: { label: label('Spouse'), source: 'citizen', path: 'spouse.name' },
    headName: { label: label('Household head'), source: 'household', path: 'head.name' },
    phone: { label: label('Phone') },
  },
  documents: [
    { id: 'identity', label: label('Identity document'), replacedBy: [{ source: 'citizen' }] },
    {
      id: 'relation',
      label: label('Proof of relation to the head'),
      replacedBy: [{ source: 'household', path: 'members' }],
    },
    { id: 'lease', label: label('Lease contract'), note: label('Not held by any national database') },
  ],
});

describe('prefill (population sources, against the mock)', () => {
  let mock: MockPlatform;
  let gateway: Gateway;
  const ctxFor = (personalId: string, scopes = ['population.basic', 'population.household']) => ({
    purpose: PURPOSE,
    caseId: 'PREFILL-1',
    officerId: MOCK_OFFICER_ID,
    consent: mock.consent(personalId, scopes, PURPOSE),
  });

  beforeAll(() => {
    mock = createMockPlatform({ seed: 42 });
    gateway = createGateway({ ...mock.gatewayOptions(), retry: { attempts: 1 } });
  });
  beforeEach(() => mock.faults.clear());
  afterAll(async () => {
    await gateway.close();
    await mock.close();
  });

  it('fills and locks what the records hold, waives what they replace, and leaves the rest manual', async () => {
    const persona = mock.world.byTag('married')[0]!;
    const result = await prefill(form, {
      subject: lookupOf(persona),
      ctx: ctxFor(persona.personalId),
      gateway,
      receiptKey: KEY,
    });
    expect(result.fields.fullName).toMatchObject({
      status: 'filled',
      value: lookupOf(persona).fullName,
      verified: true,
      locked: true,
      source: 'citizen',
      database: 'population',
    });
    expect(result.fields.spouseName).toMatchObject({ status: 'filled', locked: true });
    expect(result.fields.phone).toEqual({ status: 'manual', locked: false });
    expect(result.values.fullName).toBe(lookupOf(persona).fullName);
    expect(result.documents.waived.map((d) => d.id)).toEqual(['identity', 'relation']);
    expect(result.documents.required.map((d) => d.id)).toEqual(['lease']);
    expect(result.summary).toEqual({ fields: 6, prefilled: 5, documents: 3, waived: 2 });
    // The receipt carries keyed digests only: no value, no id.
    const payload = Buffer.from(result.receipt.split('.')[1]!, 'base64url').toString();
    expect(payload).not.toContain(persona.personalId);
    expect(payload).not.toContain(lookupOf(persona).fullName);
  });

  it('keeps a year-only birth date partial, never completed', async () => {
    const persona = mock.world.byTag('year-only-birth')[0]!;
    const result = await prefill(form, {
      subject: lookupOf(persona),
      ctx: ctxFor(persona.personalId),
      gateway,
      receiptKey: KEY,
    });
    expect(result.fields.birthDate).toMatchObject({
      status: 'filled',
      kind: 'date',
      value: persona.population.ngaySinh,
    });
    expect(persona.population.ngaySinh).toMatch(/^\d{4}$/);
  });

  it('writes a pre-2025 address in current units and keeps the original', async () => {
    const personas = mock.world
      .byTag('pre-2025-address')
      .filter((p) => p.population.thuongTru?.phienBan === 'pre-2025');
    const written: { value: string; original?: string }[] = [];
    for (const persona of personas.slice(0, 8)) {
      const result = await prefill(form, {
        subject: lookupOf(persona),
        ctx: ctxFor(persona.personalId),
        gateway,
        receiptKey: KEY,
      });
      const address = result.fields.permanentAddress;
      if (address?.status === 'filled') written.push(address);
    }
    expect(written.length).toBeGreaterThan(0);
    // Where the 2025 reform renamed or merged the ward, the value names today's units and keeps the record's.
    const moved = written.filter((a) => a.original !== undefined);
    expect(moved.length).toBeGreaterThan(0);
    for (const a of moved) expect(a.original).not.toBe(a.value);
  });

  it('a failing source leaves only its own fields, with a reason; the rest fill', async () => {
    const persona = mock.world.byTag('married')[1]!;
    mock.faults.inject('population.household.get', { kind: 'status', status: 500 });
    const result = await prefill(form, {
      subject: lookupOf(persona),
      ctx: ctxFor(persona.personalId),
      gateway,
      receiptKey: KEY,
    });
    expect(result.fields.fullName?.status).toBe('filled');
    expect(result.fields.headName).toMatchObject({ status: 'unavailable', source: 'household' });
    if (result.fields.headName?.status !== 'unavailable') return;
    expect(result.fields.headName.reason.message.vi.text).toMatch(/\S/);
    expect(result.documents.required.map((d) => d.id)).toEqual(['relation', 'lease']);
    expect(result.sources.household?.status).toBe('failed');
  });

  it('a source slower than the deadline is left for manual entry; the form still comes back', async () => {
    const persona = mock.world.byTag('married')[2]!;
    mock.faults.inject('population.household.get', { kind: 'hang' });
    const result = await prefill(form, {
      subject: lookupOf(persona),
      ctx: ctxFor(persona.personalId),
      gateway,
      receiptKey: KEY,
      timeoutMs: 300,
    });
    expect(result.fields.fullName?.status).toBe('filled');
    expect(result.fields.headName).toMatchObject({ status: 'unavailable' });
    if (result.fields.headName?.status !== 'unavailable') return;
    expect(['DEADLINE_EXCEEDED', 'TIMEOUT']).toContain(result.fields.headName.reason.code);
  });

  it('without consent for one category, that source sends nothing and its fields stay manual', async () => {
    const persona = mock.world.byTag('married')[3]!;
    const before = mock.calls.length;
    const result = await prefill(form, {
      subject: lookupOf(persona),
      ctx: ctxFor(persona.personalId, ['population.basic']),
      gateway,
      receiptKey: KEY,
    });
    expect(result.fields.fullName?.status).toBe('filled');
    expect(result.fields.headName).toMatchObject({ status: 'unavailable' });
    if (result.fields.headName?.status === 'unavailable') {
      expect(result.fields.headName.reason.code).toBe('CONSENT_SCOPE_MISSING');
    }
    const sent = mock.calls.slice(before).map((c) => c.service);
    expect(sent).toEqual(['population.citizen.get']);
  });

  it('fetches each source once, in parallel', async () => {
    const persona = mock.world.byTag('married')[4]!;
    const before = mock.calls.length;
    await prefill(form, {
      subject: lookupOf(persona),
      ctx: ctxFor(persona.personalId),
      gateway,
      receiptKey: KEY,
    });
    const sent = mock.calls
      .slice(before)
      .map((c) => c.service)
      .sort();
    expect(sent).toEqual(['population.citizen.get', 'population.household.get']);
  });

  it('prefills for a minor only when the signed-in person is their legal representative', async () => {
    const minor = mock.world.byTag('minor')[0]!;
    const parent = minor.population.nguoiDaiDien!.soDinhDanh!;
    const options = { subject: lookupOf(minor), ctx: ctxFor(minor.personalId), gateway, receiptKey: KEY };
    const asParent = await prefill(form, { ...options, representative: { personalId: parent } });
    expect(asParent.fields.fullName?.status).toBe('filled');
    const stranger = mock.world.byTag('single')[0]!.personalId;
    const asStranger = await prefill(form, { ...options, representative: { personalId: stranger } });
    expect(asStranger.fields.fullName).toMatchObject({ status: 'unavailable' });
    if (asStranger.fields.fullName?.status === 'unavailable') {
      expect(asStranger.fields.fullName.reason.code).toBe('REPRESENTATION_NOT_CONFIRMED');
    }
    expect(asStranger.values).toEqual({});
  });

  it("reads a relative's own record only with that relative's consent", async () => {
    const spouseForm = defineForm({
      procedure: { code: '1.004873', name: label('Marital status confirmation') },
      sources: {
        household: { kind: 'population.household' },
        partner: { kind: 'population.citizen', about: { source: 'household', path: 'members.1' } },
      },
      fields: {
        partnerName: { label: label('Spouse name'), source: 'partner', path: 'name.full' },
        partnerHome: { label: label('Spouse home town'), source: 'partner', path: 'addresses.homeTown' },
      },
      documents: [],
    });
    // A head of household whose second member is their spouse.
    const head = mock.world.personas.find((p) => {
      const household = mock.world.households.find((h) => h.id === p.householdId);
      const spouse = p.population.voChong?.soDinhDanh;
      return spouse !== undefined && household?.headId === p.personalId && household.memberIds[1] === spouse;
    })!;
    const spouseId = head.population.voChong!.soDinhDanh!;
    const options = { subject: lookupOf(head), ctx: ctxFor(head.personalId), gateway, receiptKey: KEY };
    const before = mock.calls.length;
    const without = await prefill(spouseForm, options);
    expect(without.fields.partnerName).toMatchObject({ status: 'unavailable' });
    if (without.fields.partnerName?.status === 'unavailable') {
      expect(without.fields.partnerName.reason.code).toBe('CONSENT_REQUIRED');
    }
    // Only the household was asked: the spouse's record was not requested under the subject's consent.
    expect(mock.calls.slice(before).map((c) => c.service)).toEqual(['population.household.get']);
    const consents = { [spouseId]: mock.consent(spouseId, ['population.basic'], PURPOSE) };
    const withConsent = await prefill(spouseForm, { ...options, consents });
    expect(withConsent.fields.partnerName).toMatchObject({ status: 'filled', locked: true });
    expect(withConsent.values.partnerName).toBe(lookupOf(mock.world.byPersonalId(spouseId)!).fullName);
  });

  it('refuses a short receipt key and a subject without a date of birth before sending', async () => {
    const persona = mock.world.byTag('married')[0]!;
    const before = mock.calls.length;
    const ctx = ctxFor(persona.personalId);
    await expect(
      prefill(form, { subject: lookupOf(persona), ctx, gateway, receiptKey: 'short' }),
    ).rejects.toMatchObject({
      code: 'INVALID_OPTION',
    });
    const { birthDate: _, ...noBirth } = lookupOf(persona);
    await expect(
      prefill(form, { subject: noBirth as never, ctx, gateway, receiptKey: KEY }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(mock.calls.length).toBe(before);
  });

  it('refuses adapter options the adapter refuses, as the adapter does, and the same again next time', async () => {
    const persona = mock.world.byTag('married')[0]!;
    const options = {
      subject: lookupOf(persona),
      ctx: ctxFor(persona.personalId),
      gateway,
      receiptKey: KEY,
      adapters: { population: { encoding: 'fax' as 'rest' } },
    };
    await expect(prefill(form, options)).rejects.toMatchObject({ code: 'INVALID_OPTION' });
    await expect(prefill(form, options)).rejects.toMatchObject({ code: 'INVALID_OPTION' });
    // Valid options afterwards: a client is made for them.
    const rest = await prefill(form, { ...options, adapters: { population: { encoding: 'rest' } } });
    expect(rest.fields.fullName).toMatchObject({ status: 'filled' });
  });
});
