import { NotFoundError } from '@onceonly/core';
import { describe, expect, it } from 'vitest';
// #region population-stub
import { createStubGateway, type AccessContext } from '@onceonly/core';
import { getCitizenService, population, type Citizen } from '@onceonly/population';

// Your code: takes the adapter, so a test can hand it one built on a stub gateway.
async function applicantName(pop: ReturnType<typeof population>, personalId: string, ctx: AccessContext) {
  return (await pop.getCitizen({ personalId }, ctx)).name.full;
}

// The stub checks that a consent token is there and shaped like a JWT; it does not verify it.
const ctx = { purpose: '1.001193', caseId: 'H23.01-261123-0001', consent: 'eyJhbGciOiJub25lIn0.e30.' };

it('shows the name the population database holds', async () => {
  const stub = createStubGateway().on(getCitizenService, ({ personalId }) => {
    if (personalId !== '001203012345') throw new NotFoundError({ message: 'no such citizen' });
    return { name: { full: 'Nguyễn Văn An' } } as Citizen; // only what the code under test reads
  });
  expect(await applicantName(population(stub), '001203012345', ctx)).toBe('Nguyễn Văn An');
  expect(stub.calls.map((call) => call.serviceId)).toEqual(['population.citizen.get']);
});

it('refuses what the real gateway refuses, before any handler runs', async () => {
  const stub = createStubGateway().on(getCitizenService, () => {
    throw new Error('not reached');
  });
  await expect(applicantName(population(stub), '000203012345', ctx)).rejects.toMatchObject({
    code: 'INVALID_PERSONAL_ID',
  });
  await expect(
    applicantName(population(stub), '001203012345', { purpose: '1.001193', caseId: 'H23.01-1' }),
  ).rejects.toMatchObject({ code: 'CONSENT_REQUIRED' });
});
// #endregion population-stub

describe('the stub example', () => {
  it('throws typed errors from handlers', async () => {
    const stub = createStubGateway().on(getCitizenService, () => {
      throw new NotFoundError({ message: 'no such citizen' });
    });
    await expect(applicantName(population(stub), '001203012345', ctx)).rejects.toBeInstanceOf(NotFoundError);
  });
});
