import { parseClientId } from '../transport/xroad-id.js';
import { describe, expect, it } from 'vitest';
import { answer, makeDeps, makeState, ORIGIN } from './deps.fixture.js';
import { exchange } from './exchange.js';
import { restProfile } from './rest-profile.js';

const PATH = '/r1/VN/GOV/000.00.00.G10/CSDLDC/person.get';
const DATA = { personalId: '001203012345', name: 'An' };

function encoded() {
  return restProfile.encode({
    service: makeState().service,
    request: { personalId: '001203012345' },
    provider: { instance: 'VN', memberClass: 'GOV', memberCode: '000.00.00.G10', subsystemCode: 'CSDLDC' },
    client: parseClientId('VN/GOV/000.00.00.H23/PORTAL'),
    basePath: '',
    xroadId: makeState().xroadId,
    purpose: '1.001193',
    caseId: 'H23.01-241122-0001',
  });
}
const signal = () => new AbortController().signal;

describe('exchange', () => {
  it('sends with credentials and hook headers, checks and decodes the answer', async () => {
    const seen: Record<string, string>[] = [];
    const deps = makeDeps({
      auth: { headers: async () => ({ authorization: 'Bearer t1' }) },
      hooks: { headers: () => ({ 'x-portal-instance': 'web-1' }) },
    });
    deps.agent
      .get(ORIGIN)
      .intercept({ path: PATH, method: 'POST' })
      .reply((options) => {
        seen.push(options.headers as Record<string, string>);
        return answer(DATA);
      });
    const state = makeState();
    const checked = await exchange(deps, state, encoded(), signal());
    expect(checked).toMatchObject({ answer: { data: DATA }, requestHash: 'h1' });
    expect(state).toMatchObject({ attempts: 1, status: 200, requestHash: 'h1' });
    expect(seen[0]).toMatchObject({
      authorization: 'Bearer t1',
      'x-portal-instance': 'web-1',
      'x-purpose': '1.001193',
    });
  });

  it('counts the re-send after a token refresh as an attempt', async () => {
    let token = 1;
    const deps = makeDeps({
      auth: { headers: async () => ({ authorization: `Bearer t${token}` }), invalidate: () => void token++ },
    });
    const pool = deps.agent.get(ORIGIN);
    pool.intercept({ path: PATH, method: 'POST' }).reply(401, '{"code":"UNAUTHORIZED"}', {
      headers: { 'content-type': 'application/problem+json' },
    });
    pool
      .intercept({ path: PATH, method: 'POST', headers: { authorization: 'Bearer t2' } })
      .reply(() => answer(DATA));
    const state = makeState();
    await exchange(deps, state, encoded(), signal());
    expect(state.attempts).toBe(2);
  });

  it('maps an error answer through the profile', async () => {
    const deps = makeDeps();
    deps.agent
      .get(ORIGIN)
      .intercept({ path: PATH, method: 'POST' })
      .reply(404, '{"code":"NOT_FOUND"}', { headers: { 'content-type': 'application/problem+json' } });
    const state = makeState();
    await expect(exchange(deps, state, encoded(), signal())).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(state.status).toBe(404);
  });

  it('discards an answer that names another X-Road id', async () => {
    const deps = makeDeps();
    deps.agent
      .get(ORIGIN)
      .intercept({ path: PATH, method: 'POST' })
      .reply(() => answer(DATA, { 'x-road-id': 'another-call' }));
    await expect(exchange(deps, makeState(), encoded(), signal())).rejects.toMatchObject({
      name: 'ResponseError',
      code: 'RESPONSE_ID_MISMATCH',
    });
  });

  it('sends nothing when the headers hook fails, and counts no attempt', async () => {
    const deps = makeDeps({ hooks: { headers: () => ({ 'X-Consent': 'forged' }) } });
    const state = makeState();
    await expect(exchange(deps, state, encoded(), signal())).rejects.toMatchObject({
      code: 'HOOK_HEADER_REFUSED',
    });
    expect(state.attempts).toBe(0);
  });
});
