import { NotFoundError } from '@onceonly/core';
import { describe, expect, it } from 'vitest';
// #region population-stub
import { createStubGateway, type AccessContext } from '@onceonly/core';
import { type CitizenQuery, type Citizen, getCitizenSoap, population } from '@onceonly/population';

// Your code: takes the adapter, so a test can hand it one built on a stub gateway.
async function applicantName(pop: ReturnType<typeof population>, query: CitizenQuery, ctx: AccessContext) {
  return (await pop.getCitizen(query, ctx)).name.full;
}

// The stub checks that a consent token is there and shaped like a JWT; it does not verify it.
const ctx = {
  purpose: '1.001193',
  caseId: 'H23.01-261123-0001',
  officerId: '001085001234', // the officer who asks (MaCanBo)
  consent: 'eyJhbGciOiJub25lIn0.e30.',
};
const an = { personalId: '001203012345', fullName: 'Nguyễn Văn An', birthDate: '22/11/1992' };

it('shows the name the population database holds', async () => {
  const stub = createStubGateway().on(getCitizenSoap, (query) => {
    if (!('personalId' in query) || query.personalId !== '001203012345')
      throw new NotFoundError({ message: 'no such citizen' });
    return { name: { full: 'Nguyễn Văn An' } } as Citizen; // only what the code under test reads
  });
  expect(await applicantName(population(stub), an, ctx)).toBe('Nguyễn Văn An');
  expect(stub.calls.map((call) => call.serviceId)).toEqual(['population.citizen.get']);
});

it('refuses what the real gateway refuses, before any handler runs', async () => {
  const stub = createStubGateway().on(getCitizenSoap, () => {
    throw new Error('not reached');
  });
  await expect(
    applicantName(population(stub), { ...an, personalId: '000203012345' }, ctx),
  ).rejects.toMatchObject({
    code: 'INVALID_PERSONAL_ID',
  });
  await expect(
    applicantName(population(stub), an, {
      purpose: '1.001193',
      caseId: 'H23.01-1',
      officerId: '001085001234',
    }),
  ).rejects.toMatchObject({ code: 'CONSENT_REQUIRED' });
});
// #endregion population-stub

describe('the stub example', () => {
  it('throws typed errors from handlers', async () => {
    const stub = createStubGateway().on(getCitizenSoap, () => {
      throw new NotFoundError({ message: 'no such citizen' });
    });
    await expect(applicantName(population(stub), an, ctx)).rejects.toBeInstanceOf(NotFoundError);
  });
});
