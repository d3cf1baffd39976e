import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level, so equal requests give equal keys. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Service + provider + purpose + canonical parameters, hashed: a shared store (Redis) never sees a
 * personal identifier in a key.
 */
export function cacheKey(parts: {
  serviceId: string;
  provider: string;
  purpose: string;
  request: unknown;
}): string {
  const material = canonicalJson([parts.serviceId, parts.provider, parts.purpose, parts.request]);
  return `onceonly:${parts.serviceId}:${createHash('sha256').update(material).digest('base64url')}`;
}
