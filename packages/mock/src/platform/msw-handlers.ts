import { http, HttpResponse, type HttpHandler } from 'msw';
import type { MockHandler } from './types.js';

/**
 * msw 2 handlers for everything under `origin`, answering from the core handler: for a portal's own
 * fetch-based code under `setupServer` (msw does not see `undici.request()`; use the dispatcher there).
 * Transport faults: `reset` → a network error, `hang` → no answer until the request is aborted or the
 * platform closes, `truncate` → a body stream that errors part-way.
 */
export function createMswHandlers(
  handler: MockHandler,
  origin: string,
  hangs: Set<() => void>,
): HttpHandler[] {
  return [
    http.all(`${origin}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const headers: Record<string, string> = {};
      request.headers.forEach((value, name) => {
        headers[name] = value;
      });
      const response = await handler({
        method: request.method.toUpperCase(),
        url: `${url.pathname}${url.search}`,
        origin: url.origin,
        headers,
        body: new Uint8Array(await request.arrayBuffer()),
      });

      // Waits for `ms` (or forever when undefined); ends early on abort or when the platform closes.
      const wait = (ms: number | undefined) =>
        new Promise<'aborted' | 'elapsed'>((resolve) => {
          const end = (how: 'aborted' | 'elapsed') => {
            if (timer) clearTimeout(timer);
            hangs.delete(onClose);
            request.signal.removeEventListener('abort', onAbort);
            resolve(how);
          };
          const onClose = () => end('aborted');
          const onAbort = () => end('aborted');
          const timer = ms === undefined ? undefined : setTimeout(() => end('elapsed'), ms);
          hangs.add(onClose);
          request.signal.addEventListener('abort', onAbort, { once: true });
          if (request.signal.aborted) end('aborted');
        });

      if (response.delayMs && (await wait(response.delayMs)) === 'aborted') return HttpResponse.error();
      const transport = response.transport;
      if (transport?.kind === 'reset') return HttpResponse.error();
      if (transport?.kind === 'hang') {
        await wait(undefined);
        return HttpResponse.error();
      }
      const init = {
        status: response.status,
        headers: { ...response.headers, 'content-length': String(response.body.byteLength) },
      };
      if (transport?.kind === 'truncate') {
        const part = response.body.slice(0, transport.afterBytes);
        const stream = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(part);
            controller.error(new TypeError('terminated: the mock platform cut the connection'));
          },
        });
        return new HttpResponse(stream, init);
      }
      return new HttpResponse(response.body.byteLength > 0 ? response.body : null, init);
    }),
  ];
}
