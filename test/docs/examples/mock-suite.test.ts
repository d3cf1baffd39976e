// #region mock-suite
// portal/src/citizen-lookup.test.ts
import { createGateway, NotFoundError, PolicyError, UpstreamError } from '@onceonly/core';
import { lookupOf, MOCK_OFFICER_ID, type Persona, useMockPlatform } from '@onceonly/mock';
import { population } from '@onceonly/population';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

const PURPOSE = '1.001193'; // the procedure's national code
const mock = useMockPlatform({ beforeAll, afterAll, afterEach }, { seed: 42 }); // created now, closed in afterAll; faults and calls reset after each test

function lookUp(persona: Persona, consent?: string) {
  const pop = population(createGateway({ ...mock.gatewayOptions(), retry: { attempts: 2, minDelayMs: 1 } }));
  const ctx = { purpose: PURPOSE, caseId: 'H23.01-241122-0001', officerId: MOCK_OFFICER_ID };
  return pop.getCitizen(lookupOf(persona), consent === undefined ? ctx : { ...ctx, consent });
}

describe('citizen look-up', () => {
  const persona = mock.personas.find((p) => p.tags.includes('married'))!;
  const consent = () => mock.consent(persona.personalId, 'population.basic', PURPOSE);

  it('prefills from the population database', async () => {
    const citizen = await lookUp(persona, consent());
    expect(citizen.name.full).toBe(persona.fullName);
  });

  it('sends nothing without consent', async () => {
    await expect(lookUp(persona)).rejects.toBeInstanceOf(PolicyError);
    expect(mock.calls).toEqual([]);
  });

  it('survives one 503', async () => {
    mock.faults.inject('population.citizen.get', { kind: 'status', status: 503 }, { times: 1 });
    await lookUp(persona, consent());
    expect(mock.calls.map((c) => c.status)).toEqual([503, 200]);
  });

  it('reports a provider that keeps failing', async () => {
    mock.faults.inject('population.citizen.get', {
      kind: 'xroad-error',
      type: 'Server.ServerProxy.ServiceFailed',
    });
    await expect(lookUp(persona, consent())).rejects.toBeInstanceOf(UpstreamError);
  });

  it('refuses a revoked consent', async () => {
    const token = consent();
    mock.revokeConsent(token);
    await expect(lookUp(persona, token)).rejects.toBeInstanceOf(PolicyError);
  });

  it('tells "no such citizen" apart from a fault', async () => {
    // The right id with another name: the population database answers "not found".
    const nobody = {
      ...persona,
      population: { ...persona.population, hoVaTen: { ho: 'Người', chuDem: 'Khác', ten: 'Hẳn' } },
    };
    await expect(lookUp(nobody, consent())).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('over real HTTP, with a bearer token', () => {
  const http = useMockPlatform(
    { beforeAll, afterAll, afterEach },
    { seed: 42, listen: true, requireToken: true },
  );

  it('gets a token, then the record', async () => {
    const pop = population(createGateway(http.gatewayOptions())); // baseUrl = http://127.0.0.1:<port>, auth = client_secret_basic
    const p = http.personas[0]!;
    await pop.getCitizen(lookupOf(p), {
      purpose: PURPOSE,
      caseId: 'H23.01-1',
      officerId: MOCK_OFFICER_ID,
      consent: http.consent(p.personalId, 'population.basic', PURPOSE),
    });
    expect(http.calls.map((c) => c.path)).toEqual([
      '/oauth2/token',
      '/', // the SOAP endpoint of the security server
    ]);
  });

  it('refreshes an expired token once', async () => {
    http.faults.inject('*', { kind: 'expired-token' }, { times: 1 });
    const pop = population(createGateway(http.gatewayOptions()));
    const p = http.personas[0]!;
    await expect(
      pop.getCitizen(lookupOf(p), {
        purpose: PURPOSE,
        caseId: 'H23.01-1',
        officerId: MOCK_OFFICER_ID,
        consent: http.consent(p.personalId, 'population.basic', PURPOSE),
      }),
    ).resolves.toBeTruthy();
  });
});
// #endregion mock-suite
