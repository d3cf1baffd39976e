import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import type { MockHandler } from './types.js';
import { xroadError } from './xroad-errors.js';

/**
 * HTTPS for `mock.listen({ tls })`, with mutual TLS when `requestCert` is set: what a security server
 * that authenticates its clients by certificate does.
 */
export interface MockTlsOptions {
  /** The server's certificate chain (PEM). */
  cert: string | Buffer;
  /** The server's private key (PEM). */
  key: string | Buffer;
  /** CAs whose client certificates are accepted (PEM). */
  ca?: string | Buffer | Array<string | Buffer>;
  /**
   * Ask the client for a certificate (mutual TLS). Default `false`. As a real X-Road security server
   * does, the handshake accepts any certificate and a request without one signed by `ca` is answered
   * with the X-Road error `Server.ClientProxy.SslAuthenticationFailed` (HTTP 500).
   */
  requestCert?: boolean;
  /**
   * Refuse such a client in the TLS handshake itself instead (as a TLS-terminating proxy in front of
   * an LGSP does). Default `false`.
   */
  rejectUnauthorized?: boolean;
}

/** Options of `mock.listen()`. */
export interface ListenOptions {
  /** Port; `0` (default) picks a free one. */
  port?: number;
  /** Interface. Default `127.0.0.1` (loopback only). */
  host?: string;
  /** Serve HTTPS (and mutual TLS) instead of plain HTTP. */
  tls?: MockTlsOptions;
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
  readonly #handler: MockHandler;
  #server: Server | undefined;
  readonly #timers = new Set<NodeJS.Timeout>();
  #url: string | undefined;
  #checkClientCert = false;

  constructor(handler: MockHandler) {
    this.#handler = handler;
  }

  #createServer(tls: MockTlsOptions | undefined): Server {
    const listener = (req: IncomingMessage, res: ServerResponse) => {
      void this.#serve(this.#handler, req, res).catch(() => {
        // A broken connection, or a bug: never leave the socket open.
        res.destroy();
      });
    };
    if (!tls) return createServer(listener);
    this.#checkClientCert = tls.requestCert === true;
    const requestCert = tls.requestCert ?? false;
    return createHttpsServer(
      {
        cert: tls.cert,
        key: tls.key,
        ...(tls.ca === undefined ? {} : { ca: tls.ca }),
        requestCert,
        rejectUnauthorized: tls.rejectUnauthorized ?? false,
      },
      listener,
    );
  }

  get url(): string | undefined {
    return this.#url;
  }

  async listen(options: ListenOptions = {}): Promise<{ url: string }> {
    if (this.#url) return { url: this.#url };
    const host = options.host ?? '127.0.0.1';
    const server = this.#createServer(options.tls);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.#server = server;
    const address = server.address() as AddressInfo;
    const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    this.#url = `${options.tls ? 'https' : 'http'}://${shown}:${address.port}`;
    return { url: this.#url };
  }

  async #serve(handler: MockHandler, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const response =
      !this.#checkClientCert || (req.socket as TLSSocket).authorized
        ? await handler({
            method: (req.method ?? 'GET').toUpperCase(),
            url: req.url ?? '/',
            origin: `${this.#url?.startsWith('https:') ? 'https' : 'http'}://${req.headers.host ?? this.#url?.replace(/^https?:\/\//, '')}`,
            headers: requestHeaders(req),
            body,
          })
        : xroadError(
            'Server.ClientProxy.SslAuthenticationFailed',
            'Client specifies HTTPS but did not supply a TLS certificate the security server accepts',
            randomUUID(),
          );
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
    const server = this.#server;
    if (!server?.listening) return;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
    this.#server = undefined;
    this.#url = undefined;
  }
}
