import { OnceOnlyError } from '../errors/onceonly-error.js';
import type { GatewayHooks, HeadersHookInfo } from '../gateway/options.js';
import { HEADER_VALUE } from './check-context.js';

// RFC 9110 token, kept short.
const NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,64}$/;
// What the gateway owns: the X-Road fields, consent and purpose, credentials, the body's framing.
const PROTECTED =
  /^(?:x-road-.*|x-consent|x-purpose|authorization|content-type|accept|content-length|host|connection|keep-alive|transfer-encoding|te|trailer|upgrade|expect|proxy-.*)$/;

function refused(serviceId: string, what: string): OnceOnlyError {
  return new OnceOnlyError({
    code: 'HOOK_HEADER_REFUSED',
    serviceId,
    message: `The headers hook returned ${what}. Hooks may add their own headers (valid names, printable ASCII values) but never set the X-Road, consent, purpose, credential or framing headers. Nothing was sent.`,
  });
}

/**
 * Step (per attempt): the integrator's extra headers, checked like context values. A hook that throws
 * or returns something that is not an object of strings is `HOOK_FAILED`; a protected or invalid
 * header is `HOOK_HEADER_REFUSED`. Neither is retryable, and neither message repeats a value.
 */
export async function extraHeaders(
  hook: GatewayHooks['headers'],
  info: HeadersHookInfo,
): Promise<Record<string, string> | undefined> {
  if (!hook) return undefined;
  let returned: unknown;
  try {
    returned = await hook(info);
  } catch (error) {
    throw new OnceOnlyError({
      code: 'HOOK_FAILED',
      serviceId: info.serviceId,
      message: 'The headers hook (hooks.headers) threw; fix the hook. Nothing was sent.',
      cause: { name: error instanceof Error ? error.name : typeof error },
    });
  }
  if (returned === undefined) return undefined;
  if (typeof returned !== 'object' || returned === null || Array.isArray(returned)) {
    throw new OnceOnlyError({
      code: 'HOOK_FAILED',
      serviceId: info.serviceId,
      message:
        'The headers hook (hooks.headers) must return an object of header names to string values; fix the hook. Nothing was sent.',
    });
  }
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(returned)) {
    if (!NAME.test(key)) throw refused(info.serviceId, 'a header name that is not a valid token');
    const name = key.toLowerCase();
    if (PROTECTED.test(name)) throw refused(info.serviceId, `the protected header "${name}"`);
    if (name in headers) throw refused(info.serviceId, `the header "${name}" twice`);
    if (typeof value !== 'string' || !HEADER_VALUE.test(value))
      throw refused(info.serviceId, `a value for "${name}" that is not printable ASCII`);
    headers[name] = value;
  }
  return headers;
}
