import { InputError } from '@onceonly/core';
import { describe, expect, it } from 'vitest';
import { type DossierEventInput, prepareEvent } from './dossier-event.js';

const base: DossierEventInput = {
  dossierCode: 'H23.01-241122-0001',
  procedureCode: '1.001193',
  status: 'received',
  occurredAt: '2026-11-23T08:00:00+07:00',
  channel: 'online',
  agencyCode: '000.00.00.H23',
};

describe('prepareEvent', () => {
  it('gives an event without an id a fresh UUID, and keeps a given one', () => {
    const a = prepareEvent(base);
    const b = prepareEvent(base);
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.id).not.toBe(b.id);
    const id = '5f0c2a51-9c3e-4b7a-8d7e-3f1e2d4c5b6a';
    expect(prepareEvent({ ...base, id }).id).toBe(id);
  });

  it('returns a copy the caller cannot change afterwards', () => {
    const input = { ...base, documentsRequired: 3, documentsWaived: 2 };
    const event = prepareEvent(input);
    input.documentsWaived = 0;
    expect(event.documentsWaived).toBe(2);
  });

  it('refuses what the monitoring schema refuses, naming the field and never the value', () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...base, status: 'lost' }, '/status'],
      [{ ...base, channel: 'fax' }, '/channel'],
      [{ ...base, occurredAt: '23/11/2026' }, '/occurredAt'],
      [{ ...base, id: 'not-a-uuid' }, '/id'],
      [{ ...base, citizen: '001203012345' }, '/ (unknown property)'],
      [{ ...base, documentsWaived: 2, documentsRequired: 1 }, '/documentsWaived'],
      [{ ...base, documentsWaived: 1 }, '/documentsWaived'],
    ];
    for (const [input, field] of cases) {
      const error = (() => {
        try {
          prepareEvent(input as DossierEventInput);
        } catch (e) {
          return e;
        }
      })();
      expect(InputError.isInstance(error), field).toBe(true);
      expect((error as InputError).code).toBe('INVALID_INPUT');
      expect((error as InputError).fields).toContain(field);
      expect((error as Error).message).not.toContain('001203012345');
      expect((error as Error).message).not.toContain('H23.01-241122-0001');
    }
  });
});
