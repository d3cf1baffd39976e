import type { Kind, Static, TSchema } from '@sinclair/typebox';
import { InputError } from '../errors/onceonly-error.js';
import { checkPlacement } from './request-fields.js';
import {
  checkSoap,
  type ResolvedSoapSettings,
  type SoapSettings,
  type WireContext,
  type WireProfileName,
} from './soap-settings.js';

export type { ResolvedSoapSettings, SoapSettings, WireContext, WireProfileName };

/** A JSON Schema (draft 2020-12 subset that ajv compiles). Kept open so adapters can use any keyword. */
export type JsonSchema = Record<string, unknown>;

/** Cache policy of a service: opt-in, with a time to live. */
export interface ServiceCachePolicy {
  /** How long a successful answer may be served from cache, in milliseconds. */
  ttlMs: number;
}

/**
 * The declaration of one X-Road service, as `defineService` returns it. `TRequest` is what the caller
 * passes, `TWire` what the provider's `data` holds (checked by `response`), `TResult` the domain type.
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
  /** Path template after the service code (`/enterprises/{taxCode}`); `undefined` when none. */
  readonly path: string | undefined;
  /** Request fields sent as query parameters, in this order; `[]` when none. */
  readonly query: readonly string[];
  /** Request fields that carry personal data: never in a path or query (see `defineService`). */
  readonly personal: readonly string[];
  /** Data category (`population.basic`), checked against the consent token's scope. */
  readonly category: string;
  /** Whether a consent token is needed. Default `true`; public registries (enterprises) set `false`. */
  readonly requiresConsent: boolean;
  /** Safe to retry: only idempotent services are retried. */
  readonly idempotent: boolean;
  /** JSON Schema of the request. */
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
  /**
   * Wire → domain. Identity when absent. `source` says where the answer came from (the provider and
   * when it read the record), so a domain value can carry its provenance.
   */
  readonly map: (wire: TWire, request: TRequest, source: AnswerSource) => TResult;
  /** Message protocol: `rest` (X-Road REST r1, the default) or `soap` (X-Road message protocol 4.0). */
  readonly profile: WireProfileName;
  /** SOAP settings, defaults filled; `undefined` for a REST service declared without them. */
  readonly soap: ResolvedSoapSettings | undefined;
  /** Domain input → wire body, after consent; `undefined`: the request is sent as it is. */
  readonly toWire: ((request: TRequest, call: WireContext) => unknown) | undefined;
  /** JSON Schema of what `toWire` returns, checked before sending (`INVALID_INPUT`). */
  readonly wireRequest: JsonSchema | undefined;
  /** A call without `ctx.officerId` is refused before sending (`OFFICER_REQUIRED`). */
  readonly requiresOfficer: boolean;
}

/**
 * What every declaration holds, whatever its schemas are written in. Optional fields also take
 * `undefined`, so that `{ ...service, cache }` compiles under `exactOptionalPropertyTypes`.
 */
interface DeclarationBase<TRequest, TWire, TResult, TField extends string> {
  id: string;
  provider: string;
  code: string;
  /** Default `POST`. A `GET` must place every request field in `path` or `query`. */
  method?: 'GET' | 'POST' | undefined;
  /** Path template after the service code: `/enterprises/{taxCode}`. Each value is percent-encoded. */
  path?: string | undefined;
  /** Request fields sent as query parameters: `['page']`. */
  query?: readonly TField[] | undefined;
  /**
   * Request fields that carry personal data (ids, names, dates of birth, addresses): never placed in a
   * path or query. Fields with a `vn-personal-id`, `vn-old-id` or `vn-insurance-code` format count too.
   */
  personal?: readonly TField[] | undefined;
  category: string;
  requiresConsent?: boolean | undefined;
  idempotent: boolean;
  cache?: ServiceCachePolicy | undefined;
  description?: string | undefined;
  subject?: ((request: TRequest) => string | undefined) | undefined;
  answerSubject?: ((wire: TWire) => string | undefined) | undefined;
  check?: ((request: TRequest) => void) | undefined;
  map?: ((wire: TWire, request: TRequest, source: AnswerSource) => TResult) | undefined;
  /** `rest` (default) or `soap`; a `soap` service needs `soap` settings. */
  profile?: WireProfileName | undefined;
  /** SOAP settings: required with `profile: 'soap'`, ignored otherwise (a REST twin may spread a SOAP one). */
  soap?: SoapSettings | undefined;
  /** Refuse a call without `ctx.officerId` before sending (`OFFICER_REQUIRED`). Default `false`. */
  requiresOfficer?: boolean | undefined;
}

/** A declaration with TypeBox schemas: the request and wire types are inferred from them. */
export interface TypedServiceDeclaration<
  TQuery extends TSchema,
  TAnswer extends TSchema,
  TResult,
  TWireRequest extends TSchema = TSchema,
> extends DeclarationBase<Static<TQuery>, Static<TAnswer>, TResult, keyof Static<TQuery> & string> {
  request: TQuery;
  response: TAnswer;
  /**
   * Builds the wire body from the domain input (after consent): e.g. `{ MaYeuCau: call.xroadId,
   * MaCanBo: call.officerId, SoDinhDanh: q.personalId }`. Its result is checked with `wireRequest`.
   */
  toWire?: ((request: Static<TQuery>, call: WireContext) => Static<TWireRequest>) | undefined;
  /** Schema of what `toWire` returns (types its result; checked before sending). */
  wireRequest?: TWireRequest | undefined;
}

/** A declaration with plain JSON Schemas: the types are given as generics. */
export interface ServiceDeclaration<TRequest, TWire, TResult>
  extends DeclarationBase<TRequest, TWire, TResult, string> {
  /** Not a TypeBox schema: those take the typed form, so that a mistyped field name is a type error. */
  request: JsonSchema & { readonly [Kind]?: never };
  response: JsonSchema;
  toWire?: ((request: TRequest, call: WireContext) => unknown) | undefined;
  wireRequest?: JsonSchema | undefined;
}

const plainCopies = new WeakMap<object, JsonSchema>();

/**
 * A deep copy as plain JSON: TypeBox's symbol markers dropped (what ajv, OpenAPI and the docs see is pure
 * JSON Schema), and later changes to the adapter's declaration objects cannot alter a defined service.
 * One copy per schema object, and a copy is its own copy: services sharing a schema (`{ ...service,
 * cache }`) share one object, so ajv compiles it once and never sees its `$id` twice.
 */
function plainSchema(schema: JsonSchema): JsonSchema {
  const known = plainCopies.get(schema);
  if (known) return known;
  const copy = JSON.parse(JSON.stringify(schema)) as JsonSchema;
  plainCopies.set(schema, copy);
  plainCopies.set(copy, copy);
  return copy;
}

const ID_PATTERN = /^[a-z][a-z0-9-]*(\.[a-z][a-zA-Z0-9-]*)+$/;
const PROVIDER_PATTERN = /^[^/\s]+\/[^/\s]+\/[^/\s]+$/;

/**
 * Declares an X-Road service for the gateway. With TypeBox schemas (`Type` is re-exported by
 * `@onceonly/core`) the request, wire and result types are inferred: no generics to write. The
 * declaration is checked once, here (`InputError` `INVALID_SERVICE_DEFINITION`), so a typo in an adapter
 * fails at import time rather than on a citizen's request.
 *
 * @example
 * export const getCitizen = defineService({
 *   id: 'population.citizen.get', provider: 'GOV/000.00.00.G10/CSDLDC', code: 'citizen.get',
 *   category: 'population.basic', idempotent: true, request: CitizenQuery, response: CitizenWire,
 *   personal: ['personalId'], subject: (q) => q.personalId, map: toCitizen,
 * });
 */
export function defineService<
  TQuery extends TSchema,
  TAnswer extends TSchema,
  TResult = Static<TAnswer>,
  TWireRequest extends TSchema = TSchema,
>(
  declaration: TypedServiceDeclaration<TQuery, TAnswer, TResult, TWireRequest>,
): ServiceDefinition<Static<TQuery>, Static<TAnswer>, TResult>;
export function defineService<TRequest, TWire, TResult = TWire>(
  declaration: ServiceDeclaration<TRequest, TWire, TResult>,
): ServiceDefinition<TRequest, TWire, TResult>;
export function defineService<TRequest, TWire, TResult>(
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
  const method = declaration.method ?? 'POST';
  if (method !== 'GET' && method !== 'POST') problems.push('method must be "GET" or "POST"');
  const placement = checkPlacement({
    method,
    request: declaration.request,
    path: declaration.path,
    query: declaration.query ?? [],
    personal: declaration.personal ?? [],
  });
  problems.push(...placement.problems);
  const wire = checkSoap(declaration);
  problems.push(...wire.problems);
  if (declaration.toWire !== undefined && typeof declaration.toWire !== 'function')
    problems.push('toWire must be a function');
  if (
    declaration.toWire !== undefined &&
    (declaration.path !== undefined || (declaration.query ?? []).length > 0)
  )
    problems.push('toWire builds the whole body: a service with toWire has no path or query');
  if (declaration.wireRequest !== undefined && declaration.toWire === undefined)
    problems.push('wireRequest describes what toWire returns: declare toWire too');
  if (declaration.requiresOfficer !== undefined && typeof declaration.requiresOfficer !== 'boolean')
    problems.push('requiresOfficer must be a boolean');
  if (problems.length > 0) {
    throw new InputError({
      code: 'INVALID_SERVICE_DEFINITION',
      message: `defineService(${declaration.id}): ${problems.join('; ')}. Fix the declaration.`,
    });
  }
  return Object.freeze({
    id: declaration.id,
    provider: declaration.provider,
    code: declaration.code,
    method,
    path: declaration.path,
    query: Object.freeze([...(declaration.query ?? [])]),
    personal: Object.freeze(placement.personal),
    category: declaration.category,
    requiresConsent: declaration.requiresConsent ?? true,
    idempotent: declaration.idempotent,
    request: plainSchema(declaration.request),
    response: plainSchema(declaration.response),
    cache: declaration.cache,
    description: declaration.description,
    subject: declaration.subject,
    answerSubject: declaration.answerSubject,
    check: declaration.check,
    map: declaration.map ?? ((wire: TWire) => wire as unknown as TResult),
    profile: wire.profile,
    soap: wire.soap,
    toWire: declaration.toWire,
    wireRequest: declaration.wireRequest === undefined ? undefined : plainSchema(declaration.wireRequest),
    requiresOfficer: declaration.requiresOfficer === true,
  });
}

/** Where an answer came from, handed to `map`: what a domain value's provenance says. */
export interface AnswerSource {
  /** The provider subsystem that answered, `CLASS/MEMBER/SUBSYSTEM` (or with the instance). */
  provider: string;
  /** When the provider read the record, ISO 8601. */
  retrievedAt: string;
}

/**
 * Where a domain value came from, as every adapter's values carry it (`citizen.provenance`): the
 * {@link AnswerSource} that `map` was given. One type for all adapters, so none imports another.
 *
 * @example
 * ```ts
 * citizen.provenance; // { provider: 'GOV/000.00.00.G10/CSDLDC', retrievedAt: '2026-01-01T08:00:00.000Z' }
 * ```
 */
export type Provenance = AnswerSource;

// Each position is inferred (never matched against `unknown`): the definition's function fields make it
// invariant in its type parameters, so `ServiceDefinition<infer R, unknown, unknown>` never matched.

/** What a service takes: `RequestOf<typeof getCitizenService>` is `{ personalId: string }`. */
export type RequestOf<S> = S extends ServiceDefinition<infer R, infer _W, infer _T> ? R : never;
/** What a service's provider sends in `data` (the wire shape). */
export type WireOf<S> = S extends ServiceDefinition<infer _R, infer W, infer _T> ? W : never;
/** What a call returns (the domain type). */
export type ResultOf<S> = S extends ServiceDefinition<infer _R, infer _W, infer T> ? T : never;
