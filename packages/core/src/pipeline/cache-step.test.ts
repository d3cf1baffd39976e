import { describe, expect, it } from 'vitest';
import { defineService } from '../service/define-service.js';
import { withCache } from './cache-step.js';
import { makeDeps, makeState, sampleService } from './deps.fixture.js';

const cached = defineService({ ...sampleService, id: 'test.cached.get', cache: { ttlMs: 60_000 } });
const parts = { provider: 'VN/GOV/000.00.00.G10/CSDLDC', purpose: '1.001193', request: { personalId: '1' } };
const loaded = (xroadId: string) => ({
  value: { n: 1 },
  meta: { provider: 'P', retrievedAt: 't', xroadId, requestHash: 'h-original', cached: false },
});

describe('cache step', () => {
  it('just loads for a service without a cache policy', async () => {
    const deps = makeDeps();
    let loads = 0;
    const load = async () => {
      loads++;
      return loaded('x');
    };
    for (let i = 0; i < 2; i++) await withCache(deps, makeState(), parts, load);
    expect(loads).toBe(2);
  });

  it("serves a hit with this call's X-Road id and the original request hash", async () => {
    const deps = makeDeps();
    await withCache(deps, makeState({ service: cached as never, xroadId: 'first' }), parts, async () =>
      loaded('first'),
    );
    const state = makeState({ service: cached as never, xroadId: 'second' });
    const hit = await withCache(deps, state, parts, async () => {
      throw new Error('not loaded again');
    });
    expect(hit.meta).toMatchObject({ xroadId: 'second', cached: true, requestHash: 'h-original' });
    expect(state).toMatchObject({ cached: true, requestHash: 'h-original' });
  });
});
