import { compileSchema } from '@onceonly/core';
import { getCitizenRest, toLookupWire } from '@onceonly/population';
import { lookupOf, MOCK_OFFICER_ID } from '../world/lookup.js';
import type { Persona } from '../world/types.js';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, describe, expect, it } from 'vitest';
import { createMockPlatform } from './create-mock-platform.js';
import { send } from './test-fixture.js';

// The platform with its defaults: the real synthetic world and the adapters' own service definitions.
const mock = createMockPlatform({ seed: 42 });
afterAll(() => mock.close());
const PATH = '/r1/VN/GOV/000.00.00.G10/CSDLDC/TraCuuThongTinCongDan';

function lookup(persona: Persona) {
  const { personalId } = persona;
  const wire = {
    ...toLookupWire(lookupOf(persona), { xroadId: 'x-1', officerId: MOCK_OFFICER_ID }, {}),
    MaTichHop: '037',
  };
  return {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-road-client': mock.client,
      'x-purpose': '1.001193',
      'x-consent': mock.consent(personalId, 'population.basic', '1.001193'),
    },
    body: JSON.stringify(wire),
  };
}

describe('createMockPlatform() with the default world and providers', () => {
  it('serves the personas’ population records, valid against the adapter’s schema', async () => {
    expect(mock.personas.length).toBeGreaterThan(0);
    for (const persona of mock.personas.slice(0, 5)) {
      const answer = await send(mock, PATH, lookup(persona));
      expect(answer.status).toBe(200);
      expect(answer.json.data.CongDan[0].SoDinhDanh).toBe(persona.personalId);
      expect(compileSchema(getCitizenRest.response).check(answer.json.data)).toEqual({ ok: true });
    }
  });

  it('is the same world for the same seed', () => {
    expect(createMockPlatform({ seed: 42 }).personas.map((p) => p.personalId)).toEqual(
      mock.personas.map((p) => p.personalId),
    );
  });

  it('breaks the real response schema on a schema fault', async () => {
    const persona = mock.personas[0]!;
    mock.faults.inject({ persona: persona.personalId }, { kind: 'schema' }, { times: 1 });
    const answer = await send(mock, PATH, lookup(persona));
    expect(compileSchema(getCitizenRest.response).check(answer.json.data).ok).toBe(false);
  });

  it('publishes a valid OpenAPI document of the real services', async () => {
    const doc = (await send(mock, '/openapi.json')).json;
    const result = await new Validator().validate(doc);
    expect(result.errors).toBeUndefined();
    expect(doc.paths[PATH].post.requestBody.content['application/json'].schema).toEqual(
      getCitizenRest.wireRequest,
    );
    expect(doc.paths[PATH].post.summary).toMatch(/Citizen lookup/);
  });
});
