import { createHash } from 'node:crypto';

// Headers that describe the query itself. Hop-by-hop headers and credentials (`authorization`) are left
// out: the hash is proof of *which query* was answered, and it must not depend on the transport.
const HASHED_HEADERS = /^(x-road-|x-purpose$|x-consent$|content-type$|accept$)/;

/**
 * The canonical header block that the request hash covers: the request line, then every hashed header
 * (`x-road-*`, `x-purpose`, `x-consent`, `content-type`, `accept`) as `name:value`, names in lower case,
 * sorted by name, each line ended by `\n`.
 */
export function canonicalRequestHeaders(
  method: string,
  url: string,
  headers: Record<string, string>,
): string {
  const lines = [`${method.toUpperCase()} ${url}`];
  for (const name of Object.keys(headers)
    .map((n) => n.toLowerCase())
    .filter((n) => HASHED_HEADERS.test(n))
    .sort()) {
    lines.push(`${name}:${headers[name] ?? ''}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `X-Road-Request-Hash`: base64 of SHA-512( SHA-512(canonical headers) ‖ SHA-512(body) ), as the X-Road
 * REST protocol describes it. Headers are keyed by lower-case name.
 */
export function requestHash(
  method: string,
  url: string,
  headers: Record<string, string>,
  body: Uint8Array,
): string {
  const headerDigest = createHash('sha512')
    .update(canonicalRequestHeaders(method, url, headers))
    .digest();
  const bodyDigest = createHash('sha512').update(body).digest();
  return createHash('sha512').update(headerDigest).update(bodyDigest).digest('base64');
}

/**
 * The SOAP profile's `xroad:requestHash`: base64 SHA-512 of the request message bytes, as a security
 * server computes it (message protocol 4.0, §2.4.3).
 */
export function requestHashOfBytes(body: Uint8Array): string {
  return createHash('sha512').update(body).digest('base64');
}
