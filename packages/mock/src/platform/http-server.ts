import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MockHandler } from './types.js';

/** Options of `mock.listen()`. */
export interface ListenOptions {
  /** Port; `0` (default) picks a free one. */
  port?: number;
  /** Interface. Default `127.0.0.1` (loopback only). */
  host?: string;
}

function requestHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

async function readBody(req: IncomingMessage): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The core handler over real HTTP (node:http), transport faults included. */
export class MockHttpServer {
  readonly #server: Server;
  readonly #timers = new Set<NodeJS.Timeout>();
  #url: string | undefined;

  constructor(handler: MockHandler) {
    this.#server = createServer((req, res) => {
      void this.#serve(handler, req, res).catch(() => {
        // A broken connection, or a bug: never leave the socket open.
        res.destroy();
      });
    });
  }

  get url(): string | undefined {
    return this.#url;
  }

  async listen(options: ListenOptions = {}): Promise<{ url: string }> {
    if (this.#url) return { url: this.#url };
    const host = options.host ?? '127.0.0.1';
    await new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(options.port ?? 0, host, () => {
        this.#server.off('error', reject);
        resolve();
      });
    });
    const address = this.#server.address() as AddressInfo;
    const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    this.#url = `http://${shown}:${address.port}`;
    return { url: this.#url };
  }

  async #serve(handler: MockHandler, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const response = await handler({
      method: (req.method ?? 'GET').toUpperCase(),
      url: req.url ?? '/',
      origin: `http://${req.headers.host ?? this.#url?.slice('http://'.length)}`,
      headers: requestHeaders(req),
      body,
    });
    if (response.delayMs) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          this.#timers.delete(timer);
          resolve();
        }, response.delayMs);
        this.#timers.add(timer);
        res.once('close', () => {
          clearTimeout(timer);
          this.#timers.delete(timer);
          resolve();
        });
      });
      if (res.destroyed) return;
    }
    const transport = response.transport;
    if (transport?.kind === 'reset') {
      req.socket.resetAndDestroy();
      return;
    }
    // Hang: keep the socket open, say nothing; the client's timeout or `close()` ends it.
    if (transport?.kind === 'hang') return;
    res.writeHead(response.status, {
      ...response.headers,
      'content-length': String(response.body.byteLength),
    });
    if (transport?.kind === 'truncate') {
      res.write(response.body.subarray(0, transport.afterBytes), () => req.socket.destroy());
      return;
    }
    res.end(req.method === 'HEAD' ? undefined : response.body);
  }

  /** Closes the server and every connection, hanging ones included. */
  async close(): Promise<void> {
    for (const t of this.#timers) clearTimeout(t);
    this.#timers.clear();
    if (!this.#server.listening) return;
    const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
    this.#server.closeAllConnections();
    await closed;
    this.#url = undefined;
  }
}
