import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { TimeoutError } from '../errors/onceonly-error.js';
import { createGateway } from '../gateway/create-gateway.js';

/** A loopback server whose token endpoint never answers; it counts the connections still open. */
async function hangingTokenServer() {
  const sockets = new Set<Socket>();
  let tokenRequests = 0;
  const server: Server = createServer((req) => {
    if (req.url === '/oauth2/token') tokenRequests++;
    // Never answer: the client's deadline, abort or close() must end it.
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    open: () => sockets.size,
    tokenRequests: () => tokenRequests,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function eventually(check: () => boolean, withinMs = 2_000): Promise<void> {
  const end = Date.now() + withinMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

let server: Awaited<ReturnType<typeof hangingTokenServer>>;
afterEach(async () => {
  await server?.close();
});

function gateway(url: string) {
  return createGateway({
    baseUrl: url,
    client: 'VN/GOV/000.00.00.H23/PORTAL',
    auth: { type: 'oauth2', method: 'client_secret_basic', clientId: 'portal', clientSecret: 's3cret' },
    verify: false,
    retry: false,
  });
}

describe('token requests against a hung token endpoint', () => {
  it('the call fails with a typed timeout within its deadline, and the token socket is released', async () => {
    server = await hangingTokenServer();
    const gw = gateway(server.url);
    const started = Date.now();
    const error = await gw.listClients({ timeoutMs: 300 }).catch((e: unknown) => e);
    const took = Date.now() - started;
    expect(TimeoutError.isInstance(error)).toBe(true);
    expect(took).toBeLessThan(300 + 700);
    expect(server.tokenRequests()).toBe(1);
    await eventually(() => server.open() === 0); // released when the call ended, before close()
    await gw.close();
  });

  it('one caller giving up leaves the shared fetch to the other; close() ends it at once', async () => {
    server = await hangingTokenServer();
    const gw = gateway(server.url);
    const patient = gw.listClients({ timeoutMs: 60_000 }).catch((e: unknown) => e);
    const hasty = await gw.listClients({ timeoutMs: 200 }).catch((e: unknown) => e);
    expect(TimeoutError.isInstance(hasty)).toBe(true);
    expect(server.tokenRequests()).toBe(1); // one shared fetch
    expect(server.open()).toBe(1); // still waited for by the patient caller
    const closing = Date.now();
    await gw.close();
    expect(Date.now() - closing).toBeLessThan(1_000);
    expect(await patient).toMatchObject({ name: expect.stringMatching(/AbortedError|TimeoutError/) });
    await eventually(() => server.open() === 0);
  });
});
