import { InputError } from '@onceonly/core';
import { describe, expect, it } from 'vitest';
import { fullRecord } from './fixtures/citizens.js';
import { getCitizenService, populationOperations, populationServices } from './services.js';

describe('getCitizenService', () => {
  it('is declared as service 037 of the population database', () => {
    expect(getCitizenService).toMatchObject({
      id: 'population.citizen.get',
      provider: 'GOV/000.00.00.G10/CSDLDC',
      code: 'citizen.get',
      method: 'POST',
      category: 'population.basic',
      requiresConsent: true,
      idempotent: true,
    });
    expect(populationServices).toEqual([getCitizenService]);
    expect(populationOperations).toEqual({ getCitizen: getCitizenService });
  });

  it('names the subject for consent and audit, and where the answer names it', () => {
    expect(getCitizenService.subject?.({ personalId: '001203012345' })).toBe('001203012345');
    expect(getCitizenService.answerSubject?.(fullRecord)).toBe(fullRecord.soDinhDanh);
  });

  it('keeps the personal id out of any URL', () => {
    expect(getCitizenService).toMatchObject({ personal: ['personalId'], path: undefined, query: [] });
  });

  it('accepts a valid personal id', () => {
    expect(() => getCitizenService.check?.({ personalId: '001203012345' })).not.toThrow();
  });

  it.each([
    ['unknown province 003', '003203012345'],
    ['birth year in the future', '001299012345'],
    ['full-width digits', '００１２０３０１２３４５'],
    ['11 digits', '00120301234'],
  ])('refuses %s, without echoing the id', (_what, personalId) => {
    let error: unknown;
    try {
      getCitizenService.check?.({ personalId });
    } catch (e) {
      error = e;
    }
    expect(InputError.isInstance(error)).toBe(true);
    const input = error as InputError;
    expect(input.code).toBe('INVALID_PERSONAL_ID');
    expect(input.fields).toEqual(['/personalId']);
    expect(JSON.stringify(input.toJSON())).not.toContain(personalId);
    expect(input.message).not.toContain(personalId);
  });

  it('maps the wire record to the domain type', () => {
    expect(getCitizenService.map(fullRecord, { personalId: fullRecord.soDinhDanh }).name.full).toBe(
      'Nguyễn Thị Ngọc Diễm',
    );
  });
});
