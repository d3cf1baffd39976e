import { createGateway, type Gateway } from '@onceonly/core';
import {
  createMockPlatform,
  lookupOf,
  MOCK_OFFICER_ID,
  type MockPlatform,
  type Persona,
} from '@onceonly/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prefill } from '../prefill.js';
import { consentScopes } from '../source-kinds.js';
import type { Form } from '../types.js';
import { catalog } from './index.js';

const KEY = 'catalog-test-receipt-key-of-32-bytes!!';
/** Reasons a source may fail for a persona without a fault: the database holds nothing about them. */
const ABSENT = new Set(['NOT_FOUND']);

describe('the catalog, prefilled against the mock', () => {
  let mock: MockPlatform;
  let gateway: Gateway;
  beforeAll(() => {
    mock = createMockPlatform({ seed: 42 });
    gateway = createGateway({ ...mock.gatewayOptions(), retry: { attempts: 1 } });
  });
  afterAll(async () => {
    await gateway.close();
    await mock.close();
  });

  const run = (form: Form, persona: Persona) => {
    const purpose = form.procedure.purpose ?? form.procedure.code;
    const scopes = consentScopes(form);
    return prefill(form, {
      subject: lookupOf(persona),
      ctx: {
        purpose,
        caseId: `CAT-${form.procedure.code}`,
        officerId: MOCK_OFFICER_ID,
        consent: mock.consent(persona.personalId, scopes, purpose),
      },
      gateway,
      receiptKey: KEY,
    });
  };

  it('ships the six procedures, keyed by national code, each with cited sources', () => {
    expect(Object.keys(catalog).sort()).toEqual([
      '1.001193',
      '1.001612',
      '1.004222',
      '1.004873',
      '1.014748',
      '2.000986',
    ]);
    for (const [code, form] of Object.entries(catalog)) {
      expect(form.procedure.code).toBe(code);
      expect(form.procedure.legalBasis?.length).toBeGreaterThan(0);
      expect(form.procedure.references?.length).toBeGreaterThan(0);
      expect(JSON.parse(JSON.stringify(form))).toEqual(form);
    }
    expect(catalog['2.000986'].procedure.purpose).toBe('2.000986');
  });

  const tags = [
    'married',
    'year-only-birth',
    'pre-2025-address',
    'foreign-spouse',
    'deceased-parent',
    'old-id',
  ];
  it.each(tags)(
    'fills every procedure for a persona tagged %s; only absent records stay manual',
    async (tag) => {
      const persona = mock.world.byTag(tag).find((p) => p.tags.includes('adult'))!;
      for (const form of Object.values(catalog)) {
        const result = await run(form, persona);
        expect(result.fields[Object.keys(form.fields)[0]!]?.status, form.procedure.code).not.toBe(
          'unavailable',
        );
        for (const [name, source] of Object.entries(result.sources)) {
          if (source.status === 'failed')
            expect([form.procedure.code, name, source.reason.code]).toContain(
              [...ABSENT].find((c) => c === source.reason.code) ?? `unexpected ${source.reason.code}`,
            );
        }
        expect(result.summary.prefilled, form.procedure.code).toBeGreaterThan(0);
      }
    },
  );

  it('prefills a procedure for a minor when their legal representative signs in', async () => {
    const minor = mock.world.byTag('minor').find((p) => p.population.nguoiDaiDien?.soDinhDanh !== undefined)!;
    const form = catalog['1.004222'];
    const scopes = consentScopes(form);
    const result = await prefill(form, {
      subject: lookupOf(minor),
      representative: { personalId: minor.population.nguoiDaiDien!.soDinhDanh! },
      ctx: {
        purpose: '1.004222',
        caseId: 'CAT-MINOR',
        officerId: MOCK_OFFICER_ID,
        consent: mock.consent(minor.personalId, scopes, '1.004222'),
      },
      gateway,
      receiptKey: KEY,
    });
    expect(result.fields.fullName).toMatchObject({
      status: 'filled',
      value: lookupOf(minor).fullName,
      locked: true,
    });
    expect(result.fields['head.fullName']?.status).toBe('filled');
  });

  it('keeps the social insurance book required: the record does not waive it', async () => {
    const persona = mock.world.byTag('married').find((p) => p.insurance !== undefined)!;
    const result = await run(catalog['1.014748'], persona);
    expect(result.documents.required.map((d) => d.id)).toContain('insurance-book');
    expect(result.documents.waived.map((d) => d.id)).not.toContain('insurance-book');
  });

  it("waives the parents' marriage certificate when the civil status database holds the marriage", async () => {
    const persona = mock.world.byTag('married').find((p) => (p.civilStatus?.ketHon.length ?? 0) > 0)!;
    const result = await run(catalog['1.001193'], persona);
    const waived = result.documents.waived.find((d) => d.id === 'parents-marriage');
    expect(waived?.status === 'waived' && waived.by.database).toBe('civil-status');
  });

  it('waives the proof of a lawful dwelling for a citizen holding a land certificate', async () => {
    const persona = mock.world.byTag('land-owner').find((p) => p.tags.includes('adult'))!;
    const result = await run(catalog['1.004222'], persona);
    expect(result.documents.waived.map((d) => d.id)).toContain('dwelling-proof');
  });
});
