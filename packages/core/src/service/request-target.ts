import { InputError } from '../errors/onceonly-error.js';
import type { ServiceDefinition } from './define-service.js';
import { PLACEHOLDER } from './request-fields.js';

/** Where a request goes after the service code, and what it carries. */
export interface RequestTarget {
  /** The filled path template, `''` when the service has none; otherwise it starts with `/`. */
  path: string;
  /** `''`, or `?name=value&…` in the declared order, each part percent-encoded. */
  query: string;
  /** The JSON body (a POST's fields not placed in the path or query); `undefined` for a GET. */
  body: string | undefined;
}

type Target = Pick<ServiceDefinition, 'id' | 'method' | 'path' | 'query'>;

function refused(service: Target, message: string): InputError {
  return new InputError({
    serviceId: service.id,
    message: `The request for ${service.id} cannot be sent: ${message}. Fix the input; nothing was sent.`,
  });
}

function text(service: Target, name: string, value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  // Field names come from the declaration, never from the input: safe to name.
  throw refused(service, `"${name}" is not a string, number or boolean`);
}

/**
 * Builds the URL tail and body of one call from the validated request: path placeholders filled (each
 * value percent-encoded as one segment), query parameters in the declared order (absent ones left out),
 * and the remaining fields as the JSON body of a POST. A GET has no body, so a field it does not place is
 * refused rather than dropped. `defineService` has already refused personal fields in a path or query.
 *
 * @example
 * requestTarget(getEnterprise, { taxCode: '0100109106', page: 2 });
 * // { path: '/enterprises/0100109106', query: '?page=2', body: undefined }
 */
export function requestTarget(service: Target, request: unknown): RequestTarget {
  const fields = (typeof request === 'object' && request !== null ? request : {}) as Record<string, unknown>;
  if (service.path === undefined && service.query.length === 0) {
    if (service.method === 'POST') return { path: '', query: '', body: JSON.stringify(request) };
    if (Object.values(fields).some((v) => v !== undefined))
      throw refused(service, 'a GET service with no path or query parameters takes no input');
    return { path: '', query: '', body: undefined };
  }
  const placed = new Set<string>(service.query);
  const path = (service.path ?? '').replace(PLACEHOLDER, (_match, name: string) => {
    placed.add(name);
    const value = text(service, name, fields[name]);
    // An empty or dot segment would change which resource the URL names (`..` climbs out of the service).
    if (value === '' || value === '.' || value === '..')
      throw refused(service, `"${name}" is empty or a dot segment`);
    return encodeURIComponent(value);
  });
  const parameters: string[] = [];
  for (const name of service.query) {
    const value = fields[name];
    if (value === undefined) continue;
    parameters.push(`${encodeURIComponent(name)}=${encodeURIComponent(text(service, name, value))}`);
  }
  const rest: Record<string, unknown> = {};
  let unplaced = 0;
  for (const [name, value] of Object.entries(fields)) {
    if (placed.has(name) || value === undefined) continue;
    rest[name] = value;
    unplaced += 1;
  }
  // Unknown keys are not named: a key of the caller's input could itself be personal data.
  if (service.method === 'GET' && unplaced > 0)
    throw refused(service, 'it holds a field this GET service places neither in its path nor its query');
  return {
    path,
    query: parameters.length > 0 ? `?${parameters.join('&')}` : '',
    body: service.method === 'POST' ? JSON.stringify(rest) : undefined,
  };
}
