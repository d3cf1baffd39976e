import { compileSchema, InputError, type JsonSchema } from '@onceonly/core';
import type { World } from '../world/types.js';
import type { Fault } from './faults.js';
import type { IdentityProvider } from './identity-provider.js';
import { problem } from './problems.js';
import type { ClientEntry, ServiceEntry } from './registry.js';
import { utf8 } from './responses.js';
import { signDetached, signDetachedBadly, type SigningKey } from './signing.js';
import type { ProviderTarget } from '../providers/types.js';
import { bindPath } from './path-params.js';
import type { MockRequest, MockResponse } from './types.js';

/** The outcome of the provider's checks: an error answer, or the record to send. */
export type ProviderOutcome = { kind: 'answer'; response: MockResponse } | { kind: 'found'; data: unknown };

/** The request a data call carries, parsed leniently (for fault targeting and `mock.calls`). */
export function parseServiceRequest(
  entry: ServiceEntry,
  request: MockRequest,
  query: URLSearchParams,
): unknown {
  if (entry.binding.service.method === 'GET') return Object.fromEntries(query);
  if (request.body.byteLength === 0) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(request.body));
  } catch {
    return undefined;
  }
}

/** The subject (personal id) of a request, or `undefined` when the request does not name one. */
export function subjectOf(entry: ServiceEntry, parsed: unknown): string | undefined {
  try {
    if (parsed === undefined) return undefined;
    // A service with `toWire` receives the wire request: its binding reads the subject from it.
    if (entry.binding.subject) return entry.binding.subject(parsed);
    return entry.binding.service.toWire ? undefined : entry.binding.service.subject?.(parsed);
  } catch {
    return undefined;
  }
}

/** The declaration a request is checked against: the SOAP one for a SOAP envelope, when the binding has it. */
export function serviceFor(entry: ServiceEntry, encoding: 'json' | 'soap') {
  return encoding === 'soap' && entry.binding.soapService ? entry.binding.soapService : entry.binding.service;
}

/** The schema a provider checks requests with: the binding's, else the wire request's, else the request's. */
export function requestSchemaOf(entry: ServiceEntry, encoding: 'json' | 'soap' = 'json'): JsonSchema {
  const service = serviceFor(entry, encoding);
  return entry.binding.requestSchema ?? service.wireRequest ?? service.request;
}

/**
 * The providers behind the security server: each data call is checked exactly as the clients check it
 * (the same service definitions, compiled by core's `compileSchema`), then answered from the world.
 */
export class ProvidersEndpoint {
  readonly #world: World;
  readonly #idp: IdentityProvider;
  readonly #key: SigningKey;
  readonly #now: () => number;

  constructor(options: { world: World; idp: IdentityProvider; key: SigningKey; now: () => number }) {
    this.#world = options.world;
    this.#idp = options.idp;
    this.#key = options.key;
    this.#now = options.now;
  }

  /** The payload-signature keys served at `GET /providers/jwks.json`. */
  jwks(): { keys: Array<Record<string, unknown>> } {
    return { keys: [{ ...this.#key.publicJwk }] };
  }

  /** Runs the provider's checks in order: method, body, schema, semantic check, purpose, consent, look-up. */
  async handle(
    entry: ServiceEntry,
    request: MockRequest,
    client: ClientEntry,
    received: unknown,
    target: ProviderTarget = { path: '', query: '' },
    /** `soap`: the body was a SOAP envelope, already read by the SOAP endpoint. */
    encoding: 'json' | 'soap' = 'json',
  ): Promise<ProviderOutcome> {
    const service = serviceFor(entry, encoding);
    let parsed = received;
    const invalid = (detail: string, extra?: Record<string, unknown>): ProviderOutcome => ({
      kind: 'answer',
      response: problem(400, 'INVALID_REQUEST', detail, extra ? { extra } : {}),
    });

    if (encoding === 'json' && request.method !== service.method) {
      return invalid(`${entry.serviceCode} is called with ${service.method}, not ${request.method}.`);
    }
    if (encoding === 'json' && service.method === 'POST') {
      const contentType = (request.headers['content-type'] ?? '').toLowerCase();
      if (!/^application\/([\w.+-]+\+)?json\b/.test(contentType)) {
        return invalid('The request body must be JSON (Content-Type: application/json).');
      }
      if (parsed === undefined) return invalid('The request body is not valid JSON.');
    }
    if (encoding === 'json' && service.path !== undefined) {
      // A REST service's path template carries part of its input (`/enterprises/{taxCode}`).
      const params = bindPath(service.path, target.path);
      if (params === undefined) return invalid(`${entry.serviceCode} is called as ${service.path}.`);
      parsed = { ...(typeof parsed === 'object' && parsed !== null ? parsed : {}), ...params };
    }
    const check = compileSchema(requestSchemaOf(entry, encoding)).check(parsed);
    if (!check.ok)
      return invalid('The request does not match the service request schema.', { errors: check.problems });
    try {
      // `check` reads the domain input; a service with `toWire` sends its wire request instead.
      if (!service.toWire) service.check?.(parsed);
    } catch (error) {
      if (InputError.isInstance(error)) {
        return invalid('The request fails the service checks.', {
          errors: error.fields.map((path) => ({ path, rule: error.code })),
        });
      }
      throw error;
    }

    const purpose = request.headers['x-purpose'];
    if (!purpose) return invalid('X-Purpose is required: the purpose code, usually the procedure code.');
    if (client.purposes && !client.purposes.has(purpose)) {
      return {
        kind: 'answer',
        response: problem(
          403,
          'PURPOSE_NOT_ALLOWED',
          'This client may not use this data for the given purpose.',
        ),
      };
    }
    if (service.requiresConsent) {
      const verdict = await this.#idp.verify(request.headers['x-consent'], {
        subject: subjectOf(entry, parsed),
        client: client.id,
        category: service.category,
        purpose,
      });
      if (!verdict.ok) return { kind: 'answer', response: problem(403, 'CONSENT_REQUIRED', verdict.reason) };
    }

    const data = entry.binding.resolve(parsed, this.#world, target);
    if (data === undefined) {
      return { kind: 'answer', response: problem(404, 'NOT_FOUND', 'No record matches the query.') };
    }
    return { kind: 'found', data };
  }

  /** The provider's detached payload signature over `body` (a wrong one for a `bad-signature` fault). */
  sign(body: Uint8Array, bad = false): string {
    return bad ? signDetachedBadly(this.#key, body) : signDetached(this.#key, body);
  }

  /** The signed 200 answer `{ data, meta }`, or its faulty variant for a body fault. */
  success(entry: ServiceEntry, data: unknown, fault?: Fault): MockResponse {
    const meta = { provider: entry.providerId, retrievedAt: new Date(this.#now()).toISOString() };
    let text: string;
    switch (fault?.kind) {
      case 'malformed':
        // Cut in the middle of a value: not JSON, yet signed like any answer.
        text = JSON.stringify({ data, meta }).slice(0, -7);
        break;
      case 'schema':
        text = JSON.stringify(breakSchema(entry, data, meta));
        break;
      case 'oversized': {
        const bytes = fault.bytes ?? 2 * 1024 * 1024;
        const base = JSON.stringify({ data, meta, padding: '' });
        text = `${base.slice(0, -2)}${'x'.repeat(Math.max(0, bytes - utf8(base).byteLength))}"}`;
        break;
      }
      default:
        text = JSON.stringify({ data, meta });
    }
    const body = utf8(text);
    const signature =
      fault?.kind === 'bad-signature' ? signDetachedBadly(this.#key, body) : signDetached(this.#key, body);
    return {
      status: 200,
      headers: { 'content-type': 'application/json; charset=utf-8', 'x-payload-signature': signature },
      body,
    };
  }
}

/**
 * A `{ data, meta }` whose `data` the service's response schema rejects: the record without its first
 * required field, else with a field of the wrong type, else values of the wrong type altogether; as a
 * last resort (a schema that accepts anything) `meta.retrievedAt` is dropped, which the contract requires.
 */
function breakSchema(
  entry: ServiceEntry,
  data: unknown,
  meta: { provider: string; retrievedAt: string },
): unknown {
  const schema = entry.binding.service.response;
  const validator = compileSchema(schema);
  const candidates: unknown[] = [];
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const record = data as Record<string, unknown>;
    const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
    const first = required.find((k) => k in record);
    if (first !== undefined) {
      const { [first]: _dropped, ...rest } = record;
      candidates.push(rest);
    }
    const key = Object.keys(record)[0];
    if (key !== undefined)
      candidates.push({ ...record, [key]: typeof record[key] === 'number' ? 'NaN' : 12345 });
  }
  candidates.push(12345, 'unexpected', [], null, {});
  const broken = candidates.find((c) => !validator.check(c).ok);
  if (broken !== undefined) return { data: broken, meta };
  return { data, meta: { provider: meta.provider } };
}
