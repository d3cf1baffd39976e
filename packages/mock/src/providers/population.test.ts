import { compileSchema } from '@onceonly/core';
import { getCitizenService } from '@onceonly/population';
import { describe, expect, it } from 'vitest';
import { createWorld } from '../world/create-world.js';
import { defaultProviders, populationProvider } from './index.js';

const world = createWorld(42);

describe('populationProvider', () => {
  it('binds service 037 of the population adapter', () => {
    expect(populationProvider.service).toBe(getCitizenService);
    expect(defaultProviders).toContain(populationProvider);
    expect(new Set(defaultProviders.map((b) => b.service.id)).size).toBe(defaultProviders.length);
  });

  it("answers with the persona's population record, valid against the service's schema", () => {
    const persona = world.byTag('married')[0]!;
    const answer = populationProvider.resolve({ personalId: persona.personalId }, world);
    expect(answer).toBe(persona.population);
    expect(compileSchema(getCitizenService.response).check(answer)).toEqual({ ok: true });
    expect(compileSchema(getCitizenService.request).check({ personalId: persona.personalId })).toEqual({
      ok: true,
    });
  });

  it('holds no record for an unknown id, nor for an old 9-digit id', () => {
    expect(populationProvider.resolve({ personalId: '001099999999' }, world)).toBeUndefined();
    const withOldId = world.byTag('old-id')[0]!;
    expect(populationProvider.resolve({ personalId: withOldId.population.soCMND! }, world)).toBeUndefined();
  });
});
