// The gateway and the mock as a real security server has them: percent-encoded identifier headers,
// provider keys from configuration, and a hanging key endpoint that cannot hold the gateway open.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AbortedError, createGateway, OnceOnlyError } from '@onceonly/core';
import { createMockPlatform, lookupOf, MOCK_OFFICER_ID } from '@onceonly/mock';
import { getCitizenRest as getCitizenService } from '@onceonly/population';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const PURPOSE = '1.001193';
const CLIENT = 'VN/GOV/Sở Tư pháp 100%/CỔNG DVC';

describe('identifier headers (REST protocol §4.3)', () => {
  it.each(['in-process', 'http'] as const)(
    'a client id with spaces, "%" and Unicode travels percent-encoded and is understood (%s)',
    async (transport) => {
      const mock = createMockPlatform({ seed: 42, clients: { [CLIENT]: {} } });
      if (transport === 'http') await mock.listen();
      const gw = createGateway({ ...mock.gatewayOptions(), client: CLIENT });
      try {
        const persona = mock.world.byTag('adult')[0]!;
        const consent = mock.consent(persona.personalId, ['population.basic'], PURPOSE, { client: CLIENT });
        const { meta } = await gw.callWithMeta(getCitizenService, lookupOf(persona), {
          purpose: PURPOSE,
          caseId: 'E2E-HDR-1',
          officerId: MOCK_OFFICER_ID,
          consent,
        });
        expect(meta.xroadId).toBeTruthy();
        const sent = mock.calls.at(-1)!;
        expect(sent.headers['x-road-client']).toBe(CLIENT.split('/').map(encodeURIComponent).join('/'));
        expect(sent.status).toBe(200);
        const members = await gw.listClients();
        expect(members.find((m) => m.subsystemCode === 'CỔNG DVC')?.id).toBe(CLIENT);
      } finally {
        await gw.close();
        await mock.close();
      }
    },
  );
});

describe('a key endpoint that hangs', () => {
  let keys: Server;
  let keysUrl: string;

  beforeEach(async () => {
    keys = createServer(() => {}); // accepts, never answers
    await new Promise<void>((resolve) => keys.listen(0, '127.0.0.1', resolve));
    keysUrl = `http://127.0.0.1:${(keys.address() as AddressInfo).port}/jwks.json`;
  });
  afterEach(async () => {
    keys.closeAllConnections();
    await new Promise<void>((resolve) => keys.close(() => resolve()));
  });

  it('ends the call at its deadline without sending the query, and close() returns at once', async () => {
    const mock = createMockPlatform({ seed: 42 });
    await mock.listen();
    const gw = createGateway({
      ...mock.gatewayOptions(),
      verify: { providers: { 'GOV/000.00.00.G10/CSDLDC': { jwksUrl: keysUrl } } },
      retry: false,
    });
    try {
      const persona = mock.world.byTag('adult')[0]!;
      const consent = mock.consent(persona.personalId, ['population.basic'], PURPOSE);
      const ctx = { purpose: PURPOSE, caseId: 'E2E-KEY-1', officerId: MOCK_OFFICER_ID, consent };
      const started = Date.now();
      const timedOut = await gw
        .call(getCitizenService, lookupOf(persona), { ...ctx, timeoutMs: 200 })
        .catch((e: unknown) => e);
      expect(Date.now() - started).toBeLessThan(1_500);
      expect(OnceOnlyError.isInstance(timedOut) && timedOut.name).toBe('TimeoutError');
      expect(mock.calls.filter((c) => c.path.startsWith('/r1/'))).toEqual([]);

      // A call still waiting for the keys when the gateway closes.
      const pending = gw.call(getCitizenService, lookupOf(persona), ctx).catch((e: unknown) => e);
      await new Promise((r) => setTimeout(r, 100));
      const closing = Date.now();
      await gw.close();
      expect(Date.now() - closing).toBeLessThan(1_000);
      expect(AbortedError.isInstance(await pending)).toBe(true);
      expect(mock.calls.filter((c) => c.path.startsWith('/r1/'))).toEqual([]);
    } finally {
      await gw.close();
      await mock.close();
    }
  });
});
