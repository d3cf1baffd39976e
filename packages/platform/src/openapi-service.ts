/**
 * A service declared at run time from its provider's OpenAPI document (what `getOpenAPI` publishes),
 * for a service no adapter covers yet. The result is an ordinary `defineService` definition: the
 * gateway validates its input and its answers against the document's schemas, checks policy and
 * consent, retries, audits, exactly as for an adapter's service.
 */
import { defineService, InputError, type JsonSchema, type ServiceDefinition } from '@onceonly/core';

/** What the document cannot say, and the portal must: the id, the data category, who the subject is. */
export interface OpenApiServiceOptions<TRequest> {
  /** Stable id, `{database}.{entity}.{verb}`: `construction.permit.get`. */
  id: string;
  /** Provider subsystem, `CLASS/MEMBER/SUBSYSTEM`. */
  provider: string;
  /** X-Road service code. */
  serviceCode: string;
  /** Data category, checked against the consent token's scope. */
  category: string;
  /** Default: `true` when the document declares an `X-Consent` header, else `false`. */
  requiresConsent?: boolean;
  /** Safe to retry. Default: `true` for GET, `false` for POST (say `true` for a POST lookup). */
  idempotent?: boolean;
  /** Request fields that carry personal data (never in a path or query). */
  personal?: readonly string[];
  /** The subject's personal id in a request, for the consent check and the audit record (hashed). */
  subject?: (request: TRequest) => string | undefined;
  /** When the document describes several operations: the one to call. */
  operation?: { method: 'GET' | 'POST'; path: string };
}

type Json = Record<string, unknown>;

const MAX_REF_DEPTH = 32;

function invalid(message: string): InputError {
  return new InputError({ code: 'INVALID_SERVICE_DEFINITION', message: `serviceFromOpenApi: ${message}` });
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Inlines local `#/...` references, so the schema stands alone for ajv; refuses cycles and remote refs. */
function inline(node: unknown, document: Json, depth = 0): unknown {
  if (depth > MAX_REF_DEPTH) throw invalid('the schema nests references too deeply (or in a cycle).');
  if (Array.isArray(node)) return node.map((item) => inline(item, document, depth));
  if (!isObject(node)) return node;
  const ref = node.$ref;
  if (typeof ref === 'string') {
    if (!ref.startsWith('#/'))
      throw invalid(`only local references are followed, not "${ref.slice(0, 80)}".`);
    let target: unknown = document;
    for (const part of ref.slice(2).split('/')) {
      const key = decodeURIComponent(part).replaceAll('~1', '/').replaceAll('~0', '~');
      target = isObject(target) ? target[key] : undefined;
    }
    if (target === undefined) throw invalid(`the reference "${ref.slice(0, 80)}" points nowhere.`);
    return inline(target, document, depth + 1);
  }
  const copy: Json = {};
  for (const [key, value] of Object.entries(node)) {
    // `const`, `enum`, `default` and `examples` hold data, not schemas.
    copy[key] = ['const', 'enum', 'default', 'examples', 'example'].includes(key)
      ? value
      : inline(value, document, depth);
  }
  return copy;
}

interface Operation {
  method: 'GET' | 'POST';
  key: string;
  spec: Json;
}

function operationsOf(document: Json): Operation[] {
  const paths = document.paths;
  if (!isObject(paths)) throw invalid('the document has no paths.');
  const found: Operation[] = [];
  for (const [key, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of ['get', 'post'] as const) {
      const spec = item[method];
      if (isObject(spec)) found.push({ method: method.toUpperCase() as 'GET' | 'POST', key, spec });
    }
  }
  return found;
}

/** The path template after the service code (`/enterprises/{taxCode}`), or `undefined`. */
function pathAfterCode(key: string, serviceCode: string): string | undefined {
  const parts = key.split('/');
  const at = parts.findIndex((p) => {
    try {
      return decodeURIComponent(p) === serviceCode;
    } catch {
      return false;
    }
  });
  if (at < 0) return undefined;
  const rest = parts.slice(at + 1).join('/');
  return rest ? `/${rest}` : undefined;
}

function requestSchemaOf(op: Operation, document: Json): { schema: JsonSchema; query: string[] } {
  const parameters = Array.isArray(op.spec.parameters)
    ? op.spec.parameters.map((p) => inline(p, document))
    : [];
  const properties: Json = {};
  const required: string[] = [];
  const query: string[] = [];
  for (const p of parameters) {
    if (!isObject(p) || (p.in !== 'query' && p.in !== 'path') || typeof p.name !== 'string') continue;
    properties[p.name] = p.schema ?? {};
    if (p.required === true || p.in === 'path') required.push(p.name);
    if (p.in === 'query') query.push(p.name);
  }
  const body = isObject(op.spec.requestBody) ? (inline(op.spec.requestBody, document) as Json) : undefined;
  const content = isObject(body?.content) ? body.content : undefined;
  const json = content && Object.entries(content).find(([type]) => /json/i.test(type))?.[1];
  if (isObject(json) && isObject(json.schema)) {
    if (Object.keys(properties).length > 0)
      throw invalid('a body together with path or query parameters is not supported.');
    return { schema: json.schema, query };
  }
  return { schema: { type: 'object', additionalProperties: false, required, properties }, query };
}

function responseSchemaOf(op: Operation, document: Json): JsonSchema {
  const responses = isObject(op.spec.responses) ? op.spec.responses : {};
  const ok = inline(responses['200'] ?? responses['201'], document);
  const content = isObject(ok) && isObject(ok.content) ? ok.content : undefined;
  const json = content && Object.entries(content).find(([type]) => /json/i.test(type))?.[1];
  const schema = isObject(json) && isObject(json.schema) ? json.schema : undefined;
  // Providers answer `{ data, meta }`; the service's schema is the one of `data`.
  const data = schema && isObject(schema.properties) ? schema.properties.data : undefined;
  if (!isObject(data)) throw invalid('the 200 answer declares no JSON `data` schema.');
  return data;
}

function declaresConsent(op: Operation, document: Json): boolean {
  const parameters = Array.isArray(op.spec.parameters) ? op.spec.parameters : [];
  return parameters.some((p) => {
    const param = inline(p, document);
    return isObject(param) && param.in === 'header' && String(param.name).toLowerCase() === 'x-consent';
  });
}

/**
 * Declares a service from an OpenAPI 3 document. `TRequest` and `TWire` type the call; the document's
 * schemas check it at run time (before sending, and on every answer).
 *
 * @example
 * const provider = 'GOV/000.00.00.H26/GPXD';
 * const { document } = await gw.getOpenAPI(provider, 'TraCuuGiayPhepXayDung', { parse: true });
 * const getPermit = serviceFromOpenApi<{ SoGiayPhep: string }, Permit>(document!, {
 *   id: 'construction.permit.get', provider, serviceCode: 'TraCuuGiayPhepXayDung',
 *   category: 'construction.permit', idempotent: true,
 * });
 * const permit = await gw.call(getPermit, { SoGiayPhep }, ctx);
 * @throws InputError `INVALID_SERVICE_DEFINITION` when the document does not describe a usable operation.
 */
export function serviceFromOpenApi<TRequest = Record<string, unknown>, TWire = unknown>(
  document: Record<string, unknown>,
  options: OpenApiServiceOptions<TRequest>,
): ServiceDefinition<TRequest, TWire, TWire> {
  if (!isObject(document) || (typeof document.openapi !== 'string' && typeof document.swagger !== 'string')) {
    throw invalid('this is not an OpenAPI document.');
  }
  const operations = operationsOf(document);
  const wanted = options.operation;
  const chosen = wanted
    ? operations.filter((op) => op.method === wanted.method && op.key === wanted.path)
    : operations;
  if (chosen.length !== 1) {
    throw invalid(
      chosen.length === 0
        ? 'no GET or POST operation matches; check `operation`.'
        : `the document has ${chosen.length} operations; say which one with \`operation: { method, path }\`.`,
    );
  }
  const op = chosen[0]!;
  const { schema: request, query } = requestSchemaOf(op, document);
  return defineService<TRequest, TWire, TWire>({
    id: options.id,
    provider: options.provider,
    code: options.serviceCode,
    method: op.method,
    path: pathAfterCode(op.key, options.serviceCode),
    query,
    personal: options.personal,
    category: options.category,
    requiresConsent: options.requiresConsent ?? declaresConsent(op, document),
    idempotent: options.idempotent ?? op.method === 'GET',
    request,
    response: responseSchemaOf(op, document),
    description: typeof op.spec.summary === 'string' ? op.spec.summary : undefined,
    subject: options.subject,
  });
}
