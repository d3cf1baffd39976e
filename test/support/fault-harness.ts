/**
 * Helpers for the fault tests: catch unhandled rejections, count sockets, time a call, and play the
 * process-level faults a mock platform cannot inject on itself (a server that dies mid-answer, a port
 * that refuses, an endpoint that never answers).
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** Records every unhandled rejection while installed; `stop()` removes the listener. */
export function watchUnhandled(): { readonly reasons: unknown[]; stop(): void } {
  const reasons: unknown[] = [];
  const onRejection = (reason: unknown) => reasons.push(reason);
  process.on('unhandledRejection', onRejection);
  return { reasons, stop: () => process.off('unhandledRejection', onRejection) };
}

/** TCP sockets open in this process (client and server side), from Node's own resource list. */
export function openTcpSockets(): number {
  return process.getActiveResourcesInfo().filter((r) => r === 'TCPSocketWrap').length;
}

/** Polls `check` until it holds or `withinMs` passes; returns whether it held. */
export async function eventually(check: () => boolean, withinMs = 2_000): Promise<boolean> {
  const end = performance.now() + withinMs;
  while (!check()) {
    if (performance.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return true;
}

/** Runs `fn`, returning what it resolved or rejected with and how long it took. */
export async function timed<T>(
  fn: () => Promise<T>,
): Promise<{ ok: true; value: T; ms: number } | { ok: false; error: unknown; ms: number }> {
  const start = performance.now();
  try {
    const value = await fn();
    return { ok: true, value, ms: performance.now() - start };
  } catch (error) {
    return { ok: false, error, ms: performance.now() - start };
  }
}

/** A loopback server whose connections are counted on the server side. */
export interface CountedServer {
  url: string;
  server: Server;
  /** Requests received (method, path and the X-Road id they carried). */
  readonly requests: Array<{ method: string; path: string; xroadId: string | undefined }>;
  /** Connections the server still holds open. */
  openConnections(): number;
  close(): Promise<void>;
}

export type Behaviour =
  /** Answers the headers and half a JSON body, then the process "dies": every socket and the listener close. */
  | 'die-mid-answer'
  /** Accepts the request and never answers. */
  | 'hang';

/** Starts a loopback server that misbehaves as `behaviour` says, on every request. */
export async function startMisbehavingServer(behaviour: Behaviour): Promise<CountedServer> {
  const sockets = new Set<Socket>();
  const requests: CountedServer['requests'] = [];
  const server = createServer((req, res) => {
    const header = req.headers['x-road-id'];
    const request: CountedServer['requests'][number] = {
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      xroadId: typeof header === 'string' ? header : undefined,
    };
    requests.push(request);
    if (behaviour === 'hang') {
      req.resume();
      return;
    }
    // Read the request before answering, as a server does: a SOAP request carries its id in the body.
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      request.xroadId ??= envelopeIdOf(Buffer.concat(chunks).toString('utf8'));
      dieMidAnswer(res);
    });
  });
  const dieMidAnswer = (res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '4096' });
    res.write('{"data":{"SoDinhDanh":', () => {
      // As if the process were killed: no more bytes, no FIN handshake, no new connections.
      for (const socket of sockets) socket.destroy();
      server.close();
    });
  };
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    requests,
    openConnections: () => sockets.size,
    async close() {
      for (const socket of sockets) socket.destroy();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The `xroad:id` of a SOAP envelope's header, whatever its prefix. */
function envelopeIdOf(body: string): string | undefined {
  return /<(?:[\w.-]+:)?id>([^<]*)<\/(?:[\w.-]+:)?id>/.exec(body)?.[1];
}

/** A loopback port nothing listens on (bound, then released), so connecting to it is refused. */
export async function refusingPort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
