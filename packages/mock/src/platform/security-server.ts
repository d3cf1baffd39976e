import type { Fault, FaultRegistry } from './faults.js';
import { BODY_FAULTS } from './faults.js';
import {
  listClients,
  listMethods,
  type OpenApiFormat,
  publishedOpenApi,
  SUBSYSTEM_METASERVICES,
} from './metaservices.js';
import { buildOpenApi } from './openapi.js';
import { problem } from './problems.js';
import { parseServiceRequest, subjectOf, type ProvidersEndpoint } from './providers-endpoint.js';
import { parseSubsystemId, type ClientEntry, type Registry } from './registry.js';
import { requestHash } from './request-hash.js';
import { jsonResponse } from './responses.js';
import type { TokenEndpoint } from './token-endpoint.js';
import type { MockRequest, MockResponse } from './types.js';
import { SoapEndpoint } from './soap-endpoint.js';
import { type XRoadErrorSpelling, xroadError } from './xroad-errors.js';

/** What the security server learnt about a call, for `mock.calls`. */
export interface CallNote {
  service?: string;
  metaservice?: string;
  fault?: string;
  body?: unknown;
  /** The X-Road id a SOAP request carried in its envelope (a REST request carries it as a header). */
  xroadId?: string;
}

/** Percent-decodes each part of an `X-Road-Client` header; `undefined` on a bad encoding. */
export function decodeClientHeader(header: string): string | undefined {
  try {
    return header
      .split('/')
      .map((part) => decodeURIComponent(part))
      .join('/');
  } catch {
    return undefined;
  }
}

/** How many body bytes a `truncate` fault lets through by default. */
const TRUNCATE_DEFAULT_BYTES = 16;

interface Identified {
  client: ClientEntry;
  xroadId: string;
}

/**
 * The mock security server: the X-Road REST protocol (path, `X-Road-*` headers, access rights, X-Road
 * errors, metaservices) in front of the providers, plus the API manager's bearer-token check.
 */
export class SecurityServer {
  readonly #registry: Registry;
  readonly #providers: ProvidersEndpoint;
  readonly #tokens: TokenEndpoint;
  readonly #faults: FaultRegistry;
  readonly #nextId: () => string;
  readonly #requireToken: boolean;
  readonly #baseUrl: () => string;
  readonly #spelling: XRoadErrorSpelling;
  readonly #openApiFormat: OpenApiFormat;
  /** The SOAP endpoint (`POST /`, `GET /?wsdl`), over the same providers, faults and rights. */
  readonly soap: SoapEndpoint;

  constructor(options: {
    registry: Registry;
    providers: ProvidersEndpoint;
    tokens: TokenEndpoint;
    faults: FaultRegistry;
    nextId: () => string;
    requireToken: boolean;
    baseUrl: () => string;
    /** How error types are spelled (default `lowercase`, X-Road 7.8 and later). */
    errorSpelling?: XRoadErrorSpelling;
    /** How providers publish their OpenAPI documents (default `yaml`). */
    openApiFormat?: OpenApiFormat;
  }) {
    this.#registry = options.registry;
    this.#providers = options.providers;
    this.#tokens = options.tokens;
    this.#faults = options.faults;
    this.#nextId = options.nextId;
    this.#requireToken = options.requireToken;
    this.#baseUrl = options.baseUrl;
    this.#spelling = options.errorSpelling ?? 'lowercase';
    this.#openApiFormat = options.openApiFormat ?? 'yaml';
    this.soap = new SoapEndpoint({
      registry: options.registry,
      providers: options.providers,
      tokens: options.tokens,
      faults: options.faults,
      requireToken: options.requireToken,
      baseUrl: options.baseUrl,
      errorSpelling: this.#spelling,
    });
  }

  /** `GET /listClients`. */
  listClients(request: MockRequest, note: CallNote): MockResponse {
    note.metaservice = 'listClients';
    const who = this.#identify(request);
    if ('response' in who) return this.#finish(request, who.response, undefined);
    return this.#finish(request, listClients(this.#registry, request.headers.accept), undefined, who.xroadId);
  }

  /** Everything under `/r1/`. */
  async handle(
    request: MockRequest,
    path: string,
    query: URLSearchParams,
    note: CallNote,
  ): Promise<MockResponse> {
    const raw = path.slice('/r1/'.length).split('/');
    let parts: string[];
    try {
      parts = raw.map((p) => decodeURIComponent(p));
    } catch {
      return this.#finish(
        request,
        this.#error('Client.BadRequest', 'The service path has an invalid percent-encoding.'),
      );
    }
    if (parts.length < 5 || parts.some((p) => p === '')) {
      return this.#finish(
        request,
        this.#error(
          'Client.BadRequest',
          'The service path must be /r1/{INSTANCE}/{CLASS}/{MEMBER}/{SUBSYSTEM}/{SERVICE}.',
        ),
      );
    }
    const serviceId = parts.slice(0, 5).join('/');
    const who = this.#identify(request);
    if ('response' in who) return this.#finish(request, who.response, serviceId);
    const { client, xroadId } = who;
    const finish = (response: MockResponse) => this.#finish(request, response, serviceId, xroadId);

    const providerId = parts.slice(0, 4).join('/');
    if (parts.length === 5 && SUBSYSTEM_METASERVICES.has(parts[4]!)) {
      note.metaservice = parts[4]!;
      return finish(this.#metaservice(parts[4]!, providerId, client, query));
    }

    const entry = this.#registry.findService(serviceId);
    if (!entry) {
      return finish(this.#error('Server.ServerProxy.UnknownService', `Unknown service: ${parts.join('/')}.`));
    }
    note.service = entry.binding.service.id;
    if (!this.#registry.allowed(client, entry)) {
      return finish(
        this.#error(
          'Server.ServerProxy.AccessDenied',
          `Client ${client.id} has no access right to service ${serviceId}.`,
        ),
      );
    }

    const parsed = parseServiceRequest(entry, request, query);
    note.body = parsed;
    const rule = this.#faults.find({
      serviceIds: [entry.binding.service.id, entry.xroadId],
      persona: subjectOf(entry, parsed),
    });
    let fault: Fault | undefined;
    if (rule && !BODY_FAULTS.has(rule.fault.kind)) {
      fault = this.#faults.consume(rule);
      note.fault = fault.kind;
    }

    if (fault?.kind === 'expired-token') return finish(this.#unauthorized('The access token expired.'));
    if (this.#requireToken) {
      const verdict = this.#tokens.checkBearer(request.headers.authorization, client.id);
      if (!verdict.ok) return finish(this.#unauthorized(verdict.reason));
    }

    const delayMs = fault?.kind === 'latency' ? fault.ms : undefined;
    const faulty = fault && this.#transportOrStatusFault(fault);
    if (faulty) return finish(faulty);

    // `[/path][?query]` after the service code goes to the provider as sent (§4.1, §4.5).
    const queryAt = request.url.indexOf('?');
    const target = {
      path: raw.length > 5 ? `/${raw.slice(5).join('/')}` : '',
      query: queryAt < 0 ? '' : request.url.slice(queryAt + 1),
    };
    const outcome = await this.#providers.handle(entry, request, client, parsed, target);
    let response: MockResponse;
    if (outcome.kind === 'answer') {
      response = outcome.response;
    } else {
      let bodyFault: Fault | undefined;
      if (rule && BODY_FAULTS.has(rule.fault.kind)) {
        bodyFault = this.#faults.consume(rule);
        note.fault = bodyFault.kind;
      }
      response = this.#providers.success(entry, outcome.data, bodyFault);
    }
    if (delayMs !== undefined) response.delayMs = delayMs;
    if (fault?.kind === 'truncate') {
      // The real answer, cut: headers (with the full Content-Length) and the first bytes only.
      const afterBytes = Math.max(
        0,
        Math.min(fault.afterBytes ?? TRUNCATE_DEFAULT_BYTES, response.body.byteLength - 1),
      );
      response.transport = { kind: 'truncate', afterBytes };
    }
    return finish(response);
  }

  #transportOrStatusFault(fault: Fault): MockResponse | undefined {
    switch (fault.kind) {
      case 'reset':
      case 'hang':
        return { status: 0, headers: {}, body: new Uint8Array(), transport: { kind: fault.kind } };
      case 'status': {
        const headers: Record<string, string> = {};
        if (fault.retryAfterSec !== undefined) headers['retry-after'] = String(fault.retryAfterSec);
        if (fault.status === 429)
          return problem(429, 'RATE_LIMITED', 'Too many requests: slow down.', { headers });
        if (fault.status === 503)
          return problem(503, 'UNAVAILABLE', 'The provider is unavailable: try again later.', { headers });
        return problem(500, 'INTERNAL_ERROR', 'The provider failed.', { headers });
      }
      case 'xroad-error':
        return this.#error(fault.type, fault.message ?? `Injected security-server error ${fault.type}.`);
      default:
        return undefined;
    }
  }

  #metaservice(name: string, providerId: string, client: ClientEntry, query: URLSearchParams): MockResponse {
    if (this.#registry.servicesOf(providerId).length === 0) {
      return this.#error('Server.ServerProxy.UnknownService', `Unknown provider subsystem: ${providerId}.`);
    }
    if (name === 'listMethods') return jsonResponse(200, listMethods(this.#registry, providerId));
    if (name === 'allowedMethods') return jsonResponse(200, listMethods(this.#registry, providerId, client));
    const code = query.get('serviceCode');
    if (!code) return this.#error('Client.BadRequest', 'getOpenAPI needs the serviceCode query parameter.');
    const entry = this.#registry.findService(`${providerId}/${code}`);
    if (!entry)
      return this.#error('Server.ServerProxy.UnknownService', `Unknown service: ${providerId}/${code}.`);
    return publishedOpenApi(buildOpenApi(this.#registry, this.#baseUrl(), entry), this.#openApiFormat);
  }

  /**
   * Checks `X-Road-Client` (each part percent-decoded, REST protocol §4.3), then that the client is
   * registered. `X-Road-Id` may be any text (the spec recommends, not requires, a UUID); when the client
   * sends none the security server makes one, `{INSTANCE}-{uuid}`, as the reference server does.
   */
  #identify(request: MockRequest): Identified | { response: MockResponse } {
    const header = request.headers['x-road-client'];
    if (header === undefined || header === '') {
      return { response: this.#error('Client.BadRequest', 'The X-Road-Client header is mandatory.') };
    }
    const decoded = decodeClientHeader(header);
    const id = decoded === undefined ? undefined : parseSubsystemId(decoded);
    if (!decoded || !id) {
      return {
        response: this.#error(
          'Client.InvalidClientIdentifier',
          'X-Road-Client must be INSTANCE/CLASS/MEMBER/SUBSYSTEM (four non-empty, percent-encoded parts).',
        ),
      };
    }
    if (id.instance !== this.#registry.instance) {
      return {
        response: this.#error('Client.InvalidClientIdentifier', `Unknown X-Road instance "${id.instance}".`),
      };
    }
    const client = this.#registry.client(decoded);
    if (!client) {
      return { response: this.#error('Server.ServerProxy.AccessDenied', `Unknown client ${decoded}.`) };
    }
    return { client, xroadId: this.#xroadId(request) };
  }

  /** The client's X-Road id, or a new `{INSTANCE}-{uuid}` one. */
  #xroadId(request: MockRequest): string {
    const given = request.headers['x-road-id'];
    return given !== undefined && given !== '' ? given : `${this.#registry.instance}-${this.#nextId()}`;
  }

  #error(type: string, message: string): MockResponse {
    return xroadError(type, message, this.#nextId(), this.#spelling);
  }

  #unauthorized(reason: string): MockResponse {
    return problem(401, 'UNAUTHORIZED', reason, {
      headers: {
        'www-authenticate': `Bearer realm="onceonly-mock", error="invalid_token", error_description="${reason}"`,
      },
    });
  }

  /** Adds the headers the security server puts on every answer. */
  #finish(request: MockRequest, response: MockResponse, service?: string, xroadId?: string): MockResponse {
    const headers: Record<string, string> = {
      ...response.headers,
      'x-road-id': xroadId ?? this.#xroadId(request),
      'x-road-request-id': this.#nextId(),
      'x-road-request-hash': requestHash(request.method, request.url, request.headers, request.body),
    };
    const client = request.headers['x-road-client'];
    if (client) headers['x-road-client'] = client;
    if (service) headers['x-road-service'] = service;
    return { ...response, headers };
  }
}
