import { InputError } from '../errors/onceonly-error.js';

/** A JSON Schema (draft 2020-12 subset that ajv compiles). Kept open so adapters can use any keyword. */
export type JsonSchema = Record<string, unknown>;

/** Cache policy of a service: opt-in, with a time to live. */
export interface ServiceCachePolicy {
  /** How long a successful answer may be served from cache, in milliseconds. */
  ttlMs: number;
}

/**
 * The declaration of one X-Road service, as an adapter writes it. `TRequest` is what the caller passes,
 * `TWire` what the provider's `data` holds (checked by `response`), `TResult` the domain type returned.
 */
export interface ServiceDefinition<TRequest = unknown, TWire = unknown, TResult = TWire> {
  /** Stable id, `{database}.{entity}.{verb}`: `population.citizen.get`. */
  readonly id: string;
  /** Default provider subsystem, `{CLASS}/{MEMBER}/{SUBSYSTEM}` (instance comes from the gateway's client). */
  readonly provider: string;
  /** X-Road service code: `citizen.get`. */
  readonly code: string;
  /** HTTP method; lookups that carry personal identifiers are POST with a JSON body. Default `POST`. */
  readonly method: 'GET' | 'POST';
  /** Data category (`population.basic`), checked against the consent token's scope. */
  readonly category: string;
  /** Whether a consent token is needed. Default `true`; public registries (enterprises) set `false`. */
  readonly requiresConsent: boolean;
  /** Safe to retry: only idempotent services are retried. */
  readonly idempotent: boolean;
  /** JSON Schema of the request body. */
  readonly request: JsonSchema;
  /** JSON Schema of the provider's `data`. */
  readonly response: JsonSchema;
  /** Opt-in cache policy; `undefined` means never cached. */
  readonly cache: ServiceCachePolicy | undefined;
  /** A short human description (used in OpenAPI and docs). */
  readonly description: string | undefined;
  /** The subject's personal id in a request, for the consent check and the audit record (hashed). */
  readonly subject: ((request: TRequest) => string | undefined) | undefined;
  /**
   * The subject's personal id as the answer names it. When it returns a value that differs from
   * `subject(request)`, the answer is about someone else: `ResponseError` `RESPONSE_SUBJECT_MISMATCH`.
   */
  readonly answerSubject: ((wire: TWire) => string | undefined) | undefined;
  /** Semantic checks beyond the schema (check digits, dates); throws `InputError`. */
  readonly check: ((request: TRequest) => void) | undefined;
  /** Wire → domain. Identity when absent. */
  readonly map: (wire: TWire, request: TRequest) => TResult;
}

export interface ServiceDeclaration<TRequest, TWire, TResult> {
  id: string;
  provider: string;
  code: string;
  method?: 'GET' | 'POST';
  category: string;
  requiresConsent?: boolean;
  idempotent: boolean;
  request: JsonSchema;
  response: JsonSchema;
  cache?: ServiceCachePolicy;
  description?: string;
  subject?: (request: TRequest) => string | undefined;
  answerSubject?: (wire: TWire) => string | undefined;
  check?: (request: TRequest) => void;
  map?: (wire: TWire, request: TRequest) => TResult;
}

const ID_PATTERN = /^[a-z][a-z0-9-]*(\.[a-z][a-zA-Z0-9-]*)+$/;
const PROVIDER_PATTERN = /^[^/\s]+\/[^/\s]+\/[^/\s]+$/;

/**
 * Declares an X-Road service for the gateway. The declaration is checked once, here, so a typo in an
 * adapter fails at import time rather than on a citizen's request.
 *
 * @example
 * export const getCitizen = defineService<CitizenQuery, CitizenWire, Citizen>({
 *   id: 'population.citizen.get', provider: 'GOV/000.00.00.G10/CSDLDC', code: 'citizen.get',
 *   category: 'population.basic', idempotent: true, request: citizenQuerySchema, response: citizenWireSchema,
 *   subject: (q) => q.personalId, map: toCitizen,
 * });
 */
export function defineService<TRequest, TWire, TResult = TWire>(
  declaration: ServiceDeclaration<TRequest, TWire, TResult>,
): ServiceDefinition<TRequest, TWire, TResult> {
  const problems: string[] = [];
  if (!ID_PATTERN.test(declaration.id)) problems.push('id must look like "database.entity.verb"');
  if (!PROVIDER_PATTERN.test(declaration.provider))
    problems.push('provider must be "CLASS/MEMBER/SUBSYSTEM"');
  if (!declaration.code || /[\s/]/.test(declaration.code))
    problems.push('code must be a non-empty service code');
  if (!declaration.category) problems.push('category is required');
  if (declaration.cache && !(declaration.cache.ttlMs > 0)) problems.push('cache.ttlMs must be positive');
  if (problems.length > 0) {
    throw new InputError({
      code: 'INVALID_SERVICE_DEFINITION',
      message: `defineService(${declaration.id}): ${problems.join('; ')}`,
    });
  }
  return Object.freeze({
    id: declaration.id,
    provider: declaration.provider,
    code: declaration.code,
    method: declaration.method ?? 'POST',
    category: declaration.category,
    requiresConsent: declaration.requiresConsent ?? true,
    idempotent: declaration.idempotent,
    request: declaration.request,
    response: declaration.response,
    cache: declaration.cache,
    description: declaration.description,
    subject: declaration.subject,
    answerSubject: declaration.answerSubject,
    check: declaration.check,
    map: declaration.map ?? ((wire: TWire) => wire as unknown as TResult),
  });
}

/** Request, wire and result types of a service definition. */
export type RequestOf<S> = S extends ServiceDefinition<infer R, unknown, unknown> ? R : never;
export type ResultOf<S> = S extends ServiceDefinition<never, never, infer T> ? T : never;
