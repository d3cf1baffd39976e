import { type CallLog, readableBody } from './calls.js';
import type { IdentityProvider } from './identity-provider.js';
import { IDP_PATHS, type IdpFlow } from './idp-authorize.js';
import { MONITORING_EVENTS_PATH, type MonitoringEndpoint } from './monitoring.js';
import { buildOpenApi } from './openapi.js';
import type { ProvidersEndpoint } from './providers-endpoint.js';
import type { Registry } from './registry.js';
import { jsonResponse, unknownRoute } from './responses.js';
import type { CallNote, SecurityServer } from './security-server.js';
import { TOKEN_PATH, type TokenEndpoint } from './token-endpoint.js';
import type { MockHandler, MockRequest, MockResponse } from './types.js';
import { remainingDelay } from './answer-delay.js';
import { type XRoadErrorSpelling, xroadError } from './xroad-errors.js';

/** Where the mock's providers publish their payload-signature keys (not on a security-server path). */
export const PROVIDER_JWKS_PATH = '/providers/jwks.json';

interface Route {
  method: string;
  handle(request: MockRequest, note: CallNote, query: URLSearchParams): MockResponse | Promise<MockResponse>;
}

/**
 * The one core handler behind every transport: routes a request to the security server, the token
 * endpoint, the identity provider, the monitoring intake, the key sets or the OpenAPI document, and
 * records it in `mock.calls`.
 */
export function createCoreHandler(parts: {
  registry: Registry;
  securityServer: SecurityServer;
  tokens: TokenEndpoint;
  providers: ProvidersEndpoint;
  idp: IdentityProvider;
  idpFlow: IdpFlow;
  monitoring: MonitoringEndpoint;
  calls: CallLog;
  baseUrl: () => string;
  now: () => number;
  nextId: () => string;
  errorSpelling: XRoadErrorSpelling;
}): MockHandler {
  const routes = new Map<string, Route>([
    // Providers publish their keys apart from the security server, which serves no JWKS.
    [PROVIDER_JWKS_PATH, { method: 'GET', handle: () => jsonResponse(200, parts.providers.jwks()) }],
    [IDP_PATHS.jwks, { method: 'GET', handle: () => jsonResponse(200, parts.idp.jwks()) }],
    [IDP_PATHS.configuration, { method: 'GET', handle: (request) => parts.idpFlow.configuration(request) }],
    [
      IDP_PATHS.authorize,
      { method: 'GET', handle: (_request, _note, query) => parts.idpFlow.authorize(query) },
    ],
    [IDP_PATHS.consent, { method: 'POST', handle: (request) => parts.idpFlow.consent(request) }],
    [IDP_PATHS.decision, { method: 'POST', handle: (request) => parts.idpFlow.decision(request) }],
    [IDP_PATHS.token, { method: 'POST', handle: (request) => parts.idpFlow.token(request) }],
    [IDP_PATHS.userinfo, { method: 'GET', handle: (request) => parts.idpFlow.userinfo(request) }],
    [IDP_PATHS.revoke, { method: 'POST', handle: (request) => parts.idpFlow.revoke(request) }],
    [IDP_PATHS.revocations, { method: 'GET', handle: (request) => parts.idpFlow.revocations(request) }],
    [
      MONITORING_EVENTS_PATH,
      { method: 'POST', handle: (request, note) => parts.monitoring.handle(request, note) },
    ],
    [TOKEN_PATH, { method: 'POST', handle: (request) => parts.tokens.handle(request) }],
    [
      '/openapi.json',
      { method: 'GET', handle: () => jsonResponse(200, buildOpenApi(parts.registry, parts.baseUrl())) },
    ],
    [
      '/listClients',
      { method: 'GET', handle: (request, note) => parts.securityServer.listClients(request, note) },
    ],
  ]);

  async function route(
    request: MockRequest,
    path: string,
    query: URLSearchParams,
    note: CallNote,
  ): Promise<MockResponse> {
    if (path.startsWith('/r1/')) return parts.securityServer.handle(request, path, query, note);
    // The SOAP endpoint of a security server is its root: `POST /` (text/xml), `GET /?wsdl`.
    if (path === '/' && request.method === 'GET' && query.has('wsdl'))
      return parts.securityServer.soap.wsdl();
    if (path === '/' && request.method === 'POST') return parts.securityServer.soap.handle(request, note);
    const fixed = routes.get(path);
    if (!fixed) return unknownRoute(request.method, path);
    if (fixed.method !== request.method) {
      return jsonResponse(
        405,
        { error: 'METHOD_NOT_ALLOWED', message: `${path} takes ${fixed.method}, not ${request.method}.` },
        { allow: fixed.method },
      );
    }
    return fixed.handle(request, note, query);
  }

  return async (request) => {
    const arrivedAt = performance.now();
    const time = parts.now();
    const queryAt = request.url.indexOf('?');
    const path = queryAt < 0 ? request.url : request.url.slice(0, queryAt);
    const query = queryAt < 0 ? '' : request.url.slice(queryAt + 1);
    const note: CallNote = {};
    let response: MockResponse;
    try {
      response = await route(request, path, new URLSearchParams(query), note);
    } catch (error) {
      // A bug in a binding or in the mock: answer as a failed provider, without echoing the request.
      const name = error instanceof Error ? error.name : 'Error';
      response = xroadError(
        'Server.ServerProxy.ServiceFailed',
        `The mock provider threw ${name}.`,
        parts.nextId(),
        parts.errorSpelling,
      );
    }
    parts.calls.record({
      method: request.method,
      path,
      query,
      headers: { ...request.headers },
      body: note.body !== undefined ? note.body : readableBody(request.body),
      ...xroadIdOf(note, request),
      ...(note.service ? { service: note.service } : {}),
      ...(note.metaservice ? { metaservice: note.metaservice } : {}),
      time,
      status: response.transport ? 0 : response.status,
      ...(note.fault ? { fault: note.fault } : {}),
    });
    // A latency fault counts from the request's arrival: the transports wait only what is left of it.
    if (response.delayMs) response.delayMs = remainingDelay(response.delayMs, arrivedAt);
    return response;
  };
}

/** The X-Road id a call carried: the envelope's `xroad:id` (SOAP) or the `X-Road-Id` header (REST). */
function xroadIdOf(note: CallNote, request: MockRequest): { xroadId?: string } {
  const id = note.xroadId ?? request.headers['x-road-id'];
  return id ? { xroadId: id } : {};
}
