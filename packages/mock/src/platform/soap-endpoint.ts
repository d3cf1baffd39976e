/**
 * The mock security server's SOAP endpoint (X-Road message protocol 4.0): `POST /` with a SOAP 1.1
 * envelope, routed by `xroad:service` to the same providers, faults and checks as the REST profile, and
 * answered with the header echoed plus `xroad:requestHash`, as a security server does. `GET /?wsdl`
 * serves a WSDL generated from the declarations.
 * @module
 */
import type { JsonSchema } from '@onceonly/core';
import type { ProviderBinding } from '../providers/types.js';
import type { Fault, FaultRegistry } from './faults.js';
import { BODY_FAULTS } from './faults.js';
import type { ProvidersEndpoint } from './providers-endpoint.js';
import type { Registry, ServiceEntry } from './registry.js';
import { requestHashOfBytes } from './request-hash.js';
import { breakSoapAnswer } from './soap-break-schema.js';
import { utf8 } from './responses.js';
import type { CallNote } from './security-server.js';
import {
  identifierPath,
  parseSoapRequest,
  SoapParseError,
  type SoapRequest,
  soapAnswer,
  soapFault,
} from './soap-xml.js';
import { buildWsdl } from './soap-wsdl.js';
import type { TokenEndpoint } from './token-endpoint.js';
import type { MockRequest, MockResponse } from './types.js';
import { spellErrorType, type XRoadErrorSpelling } from './xroad-errors.js';

const XML = 'text/xml; charset=utf-8';
const TRUNCATE_DEFAULT_BYTES = 16;

/** The SOAP twin of a binding, when it has one. */
export function soapServiceOf(binding: ProviderBinding) {
  return binding.soapService?.soap ? binding.soapService : undefined;
}

export class SoapEndpoint {
  readonly #registry: Registry;
  readonly #providers: ProvidersEndpoint;
  readonly #tokens: TokenEndpoint;
  readonly #faults: FaultRegistry;
  readonly #requireToken: boolean;
  readonly #baseUrl: () => string;
  readonly #spelling: XRoadErrorSpelling;

  constructor(options: {
    registry: Registry;
    providers: ProvidersEndpoint;
    tokens: TokenEndpoint;
    faults: FaultRegistry;
    requireToken: boolean;
    baseUrl: () => string;
    errorSpelling: XRoadErrorSpelling;
  }) {
    this.#registry = options.registry;
    this.#providers = options.providers;
    this.#tokens = options.tokens;
    this.#faults = options.faults;
    this.#requireToken = options.requireToken;
    this.#baseUrl = options.baseUrl;
    this.#spelling = options.errorSpelling;
  }

  /** `GET …?wsdl`: the WSDL of every SOAP service. */
  wsdl(): MockResponse {
    return {
      status: 200,
      headers: { 'content-type': XML },
      body: utf8(buildWsdl(this.#registry, this.#baseUrl())),
    };
  }

  /** `POST /`: one SOAP call. */
  async handle(request: MockRequest, note: CallNote): Promise<MockResponse> {
    const contentType = (request.headers['content-type'] ?? '').toLowerCase();
    if (request.method !== 'POST' || !contentType.startsWith('text/xml')) {
      return this.#fault(400, 'Client.BadRequest', 'SOAP requests are POST with Content-Type: text/xml.');
    }
    const hash = requestHashOfBytes(request.body);
    let soap: SoapRequest;
    try {
      soap = parseSoapRequest(request.body);
    } catch (error) {
      const message = error instanceof SoapParseError ? error.message : 'The SOAP request could not be read.';
      const code = error instanceof SoapParseError ? error.faultcode : 'Client.BadRequest';
      return this.#fault(500, code, message);
    }
    note.xroadId = soap.id;
    const context = { request: soap, requestHash: hash };
    const xroadFault = (type: string, message: string) =>
      this.#fault(500, spellErrorType(type, this.#spelling), message, context);

    const clientId = identifierPath(soap.client);
    const client = this.#registry.client(clientId);
    if (soap.client.objectType !== 'SUBSYSTEM' || !client) {
      return xroadFault('Server.ServerProxy.AccessDenied', `Unknown client ${clientId}.`);
    }
    if (soap.protocolVersion !== '4.0') {
      return xroadFault('Client.InvalidProtocolVersion', 'xroad:protocolVersion must be 4.0.');
    }
    const serviceId = identifierPath(soap.service);
    const entry = this.#registry.findService(serviceId);
    const service = entry && soapServiceOf(entry.binding);
    if (!entry || !service?.soap || soap.service.objectType !== 'SERVICE') {
      return xroadFault('Server.ServerProxy.UnknownService', `Unknown SOAP service: ${serviceId}.`);
    }
    note.service = service.id;
    note.body = soap.fields;
    if (!this.#registry.allowed(client, entry)) {
      return xroadFault(
        'Server.ServerProxy.AccessDenied',
        `Client ${client.id} has no access right to ${serviceId}.`,
      );
    }
    if (
      soap.operation.name !== service.soap.operation ||
      soap.operation.namespace !== service.soap.namespace
    ) {
      return this.#fault(
        500,
        'INVALID_REQUEST',
        `The body must hold ${service.soap.operation} in ${service.soap.namespace}.`,
        context,
      );
    }

    const rule = this.#faults.find({
      serviceIds: [service.id, entry.xroadId],
      persona: entry.binding.subject?.(soap.fields),
    });
    let fault: Fault | undefined;
    if (rule && !BODY_FAULTS.has(rule.fault.kind)) {
      fault = this.#faults.consume(rule);
      note.fault = fault.kind;
    }
    if (fault?.kind === 'expired-token')
      return this.#fault(401, 'UNAUTHORIZED', 'The access token expired.', context);
    if (this.#requireToken) {
      const verdict = this.#tokens.checkBearer(request.headers.authorization, client.id);
      if (!verdict.ok) return this.#fault(401, 'UNAUTHORIZED', verdict.reason, context);
    }
    const delayMs = fault?.kind === 'latency' ? fault.ms : undefined;
    const faulty = fault && this.#transportOrStatusFault(fault, context);
    if (faulty) return faulty;

    const outcome = await this.#providers.handle(entry, request, client, soap.fields, undefined, 'soap');
    let response: MockResponse;
    if (outcome.kind === 'answer') {
      response = this.#problemAsFault(outcome.response, context);
    } else {
      let bodyFault: Fault | undefined;
      if (rule && BODY_FAULTS.has(rule.fault.kind)) {
        bodyFault = this.#faults.consume(rule);
        note.fault = bodyFault.kind;
      }
      response = this.#answer(entry, soap, hash, outcome.data, bodyFault);
    }
    if (delayMs !== undefined) response.delayMs = delayMs;
    if (fault?.kind === 'truncate') {
      const afterBytes = Math.max(
        0,
        Math.min(fault.afterBytes ?? TRUNCATE_DEFAULT_BYTES, response.body.byteLength - 1),
      );
      response.transport = { kind: 'truncate', afterBytes };
    }
    return response;
  }

  #answer(entry: ServiceEntry, soap: SoapRequest, hash: string, data: unknown, fault?: Fault): MockResponse {
    const settings = soapServiceOf(entry.binding)!.soap!;
    const shape = {
      operation: settings.operation,
      namespace: settings.namespace,
      responseElement: settings.responseElement,
      responseNamespace: settings.responseNamespace,
      attributes: entry.binding.soapAttributes,
    };
    let xml: string;
    switch (fault?.kind) {
      case 'malformed':
        xml = soapAnswer(soap, hash, shape, data).slice(0, -40);
        break;
      case 'schema': {
        // The declared element with content that breaks its schema; failing that, an unknown element.
        const service = soapServiceOf(entry.binding)!;
        const broken = breakSoapAnswer(service.response as JsonSchema, data, shape.attributes);
        xml = broken
          ? soapAnswer(soap, hash, shape, broken)
          : soapAnswer(soap, hash, { ...shape, responseElement: 'Unexpected' }, { Oops: '1' });
        break;
      }
      case 'oversized': {
        const bytes = fault.bytes ?? 2 * 1024 * 1024;
        xml = soapAnswer(soap, hash, shape, { ...(data as object), Padding: 'x'.repeat(bytes) });
        break;
      }
      default:
        xml = soapAnswer(soap, hash, shape, data);
    }
    // Providers sign their answers the same way in both encodings (the extension of ours).
    const body = utf8(xml);
    const signature = this.#providers.sign(body, fault?.kind === 'bad-signature');
    return { status: 200, headers: { 'content-type': XML, 'x-payload-signature': signature }, body };
  }

  #transportOrStatusFault(
    fault: Fault,
    context: { request: SoapRequest; requestHash: string },
  ): MockResponse | undefined {
    switch (fault.kind) {
      case 'reset':
      case 'hang':
        return { status: 0, headers: {}, body: new Uint8Array(), transport: { kind: fault.kind } };
      case 'status': {
        const headers: Record<string, string> = {};
        if (fault.retryAfterSec !== undefined) headers['retry-after'] = String(fault.retryAfterSec);
        const code =
          fault.status === 429 ? 'RATE_LIMITED' : fault.status === 503 ? 'UNAVAILABLE' : 'INTERNAL_ERROR';
        const response = this.#fault(
          fault.status,
          code,
          'Injected provider failure: try again later.',
          context,
        );
        response.headers = { ...response.headers, ...headers };
        return response;
      }
      case 'xroad-error':
        return this.#fault(
          500,
          spellErrorType(fault.type, this.#spelling),
          fault.message ?? `Injected ${fault.type}.`,
          context,
        );
      default:
        return undefined;
    }
  }

  /** A provider's problem answer (`{ code, detail }`) as a SOAP fault with `faultcode` = the code. */
  #problemAsFault(
    response: MockResponse,
    context: { request: SoapRequest; requestHash: string },
  ): MockResponse {
    let code = 'INTERNAL_ERROR';
    let detail = 'The provider refused the request.';
    try {
      const body = JSON.parse(new TextDecoder().decode(response.body)) as { code?: string; detail?: string };
      code = body.code ?? code;
      detail = body.detail ?? detail;
    } catch {
      // keep the defaults
    }
    const status = response.status === 429 || response.status === 503 ? response.status : 500;
    return this.#fault(status, code, detail, context);
  }

  #fault(
    status: number,
    faultcode: string,
    message: string,
    context?: { request: SoapRequest; requestHash: string },
  ): MockResponse {
    return { status, headers: { 'content-type': XML }, body: utf8(soapFault(faultcode, message, context)) };
  }
}
