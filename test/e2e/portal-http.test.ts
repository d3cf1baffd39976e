/**
 * The example portal (examples/portal) over plain HTTP, without a browser: the journey, and what it
 * refuses (a changed locked field, a post without the session's anti-forgery token, a refused consent,
 * pages that need a signed-in citizen). Runs everywhere; test/browser/portal.test.ts adds Chromium.
 */
import type { Persona } from '@onceonly/mock';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { formFields, runJourney } from '../../examples/portal/src/journey.mjs';
import { type RunningPortal, startPortalWithMock } from '../../examples/portal/src/start.mjs';
import { browse } from '../support/idp-browser.js';

const PROCEDURE = '1.004873';
const mask = (id: string) => `${id.slice(0, 3)}${'*'.repeat(id.length - 6)}${id.slice(-3)}`;

describe('the example portal over HTTP', () => {
  let running: RunningPortal;
  let persona: Persona;
  const errors = vi.spyOn(console, 'error');
  beforeAll(async () => {
    running = await startPortalWithMock({ seed: 42 });
    persona = running.mock.world.byTag('married').find((p) => p.population.ngaySinh.length === 10)!;
  });
  afterAll(async () => {
    await running?.close();
    // Whatever the portal logged, no citizen's id or name is in it.
    const logged = errors.mock.calls.flat().join('\n');
    expect(logged).not.toContain(persona.personalId);
    expect(logged).not.toContain(persona.fullName);
    errors.mockRestore();
  });

  /** A cookie-keeping client of the portal, signed in through the identity provider. */
  async function signIn(decision: 'agree' | 'refuse' = 'agree') {
    let cookie = '';
    const go = async (path: string, init: RequestInit = {}) => {
      const answer = await fetch(new URL(path, running.url), {
        ...init,
        redirect: 'manual',
        headers: { ...(init.headers as Record<string, string>), cookie },
      });
      const set = answer.headers.get('set-cookie');
      if (set) cookie = set.split(';')[0]!;
      return answer;
    };
    const start = await go(`/procedures/${PROCEDURE}/start`);
    expect(start.status).toBe(302);
    const { callbackUrl } = await browse(start.headers.get('location')!, persona, decision);
    const callback = await go(callbackUrl);
    return { go, callback };
  }

  const formOf = (html: string) =>
    new URLSearchParams([
      ['_csrf', /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? ''],
      ...formFields(html).map(([name, value]): [string, string] => [name, value || '1']),
    ]);
  const post = (go: (p: string, i?: RequestInit) => Promise<Response>, body: URLSearchParams) =>
    go('/form', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    });

  it('runs the journey: prefilled form, checked submit, one event to monitoring, KPIs', async () => {
    const lines: string[] = [];
    const result = await runJourney({
      portalUrl: running.url,
      procedure: PROCEDURE,
      persona: { fullName: persona.fullName, maskedId: mask(persona.personalId) },
      log: (line) => lines.push(line),
    });
    expect(result.prefilled).toBeGreaterThan(5);
    expect(result.waived).toBeGreaterThan(0);
    expect(running.mock.monitoring.events).toEqual(running.portal.events);
    expect(running.mock.monitoring.events.at(-1)).toMatchObject({
      dossierCode: result.dossierCode,
      documentsRequired: result.documents,
      documentsWaived: result.waived,
    });
    expect(lines.join('\n')).not.toContain(persona.personalId);
  });

  it('refuses a changed locked field, and a post without the session token', async () => {
    const { go, callback } = await signIn();
    expect(callback.status).toBe(303);
    const form = formOf(await (await go('/form')).text());
    const before = running.mock.monitoring.events.length;

    const noToken = new URLSearchParams(form);
    noToken.delete('_csrf');
    expect((await post(go, noToken)).status).toBe(403);

    const tampered = new URLSearchParams(form);
    tampered.set('birthDate', '01/01/1990');
    const refused = await post(go, tampered);
    expect(refused.status).toBe(422);
    const page = await refused.text();
    expect(page).toContain('SUBMISSION_FIELD_CHANGED');
    expect(page).not.toContain('01/01/1990'); // the form shows the verified value again
    expect(running.mock.monitoring.events).toHaveLength(before);

    const accepted = await post(go, form);
    expect(accepted.status).toBe(200);
    expect(await accepted.text()).toContain('đã được tiếp nhận');
    expect(running.mock.monitoring.events).toHaveLength(before + 1);

    const log = await (await go('/access-log')).text();
    expect(Number(/data-rows="(\d+)"/.exec(log)?.[1])).toBeGreaterThanOrEqual(3);
    expect(log).not.toContain(persona.personalId);
  });

  it('shows a refused consent and keeps the pages of a signed-in citizen closed', async () => {
    const { go, callback } = await signIn('refuse');
    expect(callback.status).toBe(403);
    expect(await callback.text()).toContain('Chưa đăng nhập được');
    expect((await go('/form')).headers.get('location')).toBe('/');
    expect((await go('/access-log')).headers.get('location')).toBe('/');
    expect((await go('/procedures/9.999999/start')).status).toBe(404);
  });
});
