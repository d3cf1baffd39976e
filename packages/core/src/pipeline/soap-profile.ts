import { isUtf8 } from 'node:buffer';
import { responseToError } from '../errors/map-response.js';
import { InputError, OnceOnlyError, ResponseError } from '../errors/onceonly-error.js';
import type { SoapOptions } from '../gateway/options.js';
import { buildRequestEnvelope } from '../soap/build-envelope.js';
import { faultToError } from '../soap/fault-to-error.js';
import { checkHeader, type Envelope, readEnvelope } from '../soap/read-envelope.js';
import type { ResolvedSoapSettings, ServiceDefinition } from '../service/define-service.js';
import { checkAnswerData } from './read-answer.js';
import { parseRetryAfter } from '../transport/retry-after.js';
import type { HttpResponse } from '../transport/send.js';
import type { SubsystemId } from '../transport/xroad-id.js';
import { findElement } from '../xml/parse-xml.js';
import { XmlRefused } from '../xml/xml-error.js';
import { elementToJson } from '../xml/xml-to-json.js';
import type { Answer, AnswerContext, OutgoingCall, WireProfile } from './profile.js';

function malformed(serviceId: string, what: string): ResponseError {
  return new ResponseError({
    code: 'RESPONSE_MALFORMED',
    serviceId,
    message: `The SOAP answer of ${serviceId} is malformed: ${what}. It was discarded; report it to the provider.`,
  });
}

/** `CLASS/MEMBER/SUBSYSTEM`, as providers are keyed in options and declarations. */
const providerKey = (id: SubsystemId): string => `${id.memberClass}/${id.memberCode}/${id.subsystemCode}`;

function settingsOf(service: ServiceDefinition<never, never, unknown>) {
  if (!service.soap) {
    throw new InputError({
      code: 'INVALID_SERVICE_DEFINITION',
      serviceId: service.id,
      message: `${service.id} has no soap settings: declare soap: { namespace, responseElement }.`,
    });
  }
  return service.soap;
}

// `soap.arrays` as the set elementToJson looks names up in: made once per (frozen) settings object.
const arraySets = new WeakMap<ResolvedSoapSettings, ReadonlySet<string>>();
function arraysOf(soap: ResolvedSoapSettings): ReadonlySet<string> {
  let set = arraySets.get(soap);
  if (!set) {
    set = new Set(soap.arrays);
    arraySets.set(soap, set);
  }
  return set;
}

/** The answer's text: XML, valid UTF-8 (never repaired). */
function envelopeOf(response: HttpResponse, serviceId: string): Envelope {
  const type = response.headers['content-type'] ?? '';
  if (!/^(text|application)\/(soap\+)?xml\b/i.test(type))
    throw malformed(serviceId, 'the content type is not XML');
  const bytes = Buffer.from(response.body.buffer, response.body.byteOffset, response.body.byteLength);
  if (!isUtf8(bytes)) throw malformed(serviceId, 'the body is not valid UTF-8');
  try {
    return readEnvelope(bytes.toString('utf8'));
  } catch (error) {
    if (error instanceof XmlRefused) throw malformed(serviceId, error.message);
    throw malformed(serviceId, 'the body could not be read as XML');
  }
}

/**
 * X-Road message protocol 4.0 over SOAP 1.1: `POST {baseUrl}{path}` (default `/`, a security server's
 * SOAP endpoint), `text/xml`, `SOAPAction: ""`, the X-Road fields in the envelope's header. The
 * answer's header must echo client, service and id (`RESPONSE_HEADER_MISMATCH`; an empty header only
 * where `acceptEmptyHeader` is set for the provider or the service), its `requestHash` is kept; faults,
 * in a 200 too, become the same typed errors as REST.
 */
export function createSoapProfile(options: SoapOptions | undefined): WireProfile {
  const providers = options?.providers ?? {};
  const providerOptions = (id: string) => (Object.hasOwn(providers, id) ? providers[id] : undefined);
  return Object.freeze({
    name: 'soap',
    encode(call: OutgoingCall) {
      const soap = settingsOf(call.service);
      let body: string;
      try {
        body = buildRequestEnvelope(call, soap);
      } catch (error) {
        if (OnceOnlyError.isInstance(error)) throw error;
        throw new InputError({
          serviceId: call.service.id,
          message: `The request for ${call.service.id} cannot be written as XML (${error instanceof XmlRefused ? error.message : 'unreadable'}). Fix the input; nothing was sent.`,
        });
      }
      const path = providerOptions(providerKey(call.provider))?.path ?? '/';
      const headers: Record<string, string> = {
        accept: 'text/xml',
        'content-type': 'text/xml; charset=utf-8',
        soapaction: '""',
        // Extension headers, as on REST: never personal data (the officer travels in the body only).
        'x-purpose': call.purpose,
      };
      if (call.consent) headers['x-consent'] = call.consent;
      return {
        method: 'POST' as const,
        path: call.basePath + (path.startsWith('/') ? path : `/${path}`),
        headers,
        body,
      };
    },
    toError(response: HttpResponse, now: number) {
      const type = response.headers['content-type'] ?? '';
      if (/xml/i.test(type) && !response.headers['x-road-error']) {
        try {
          const envelope = envelopeOf(response, 'the service');
          if (envelope.fault)
            return faultToError(
              envelope.fault,
              response.status,
              parseRetryAfter(response.headers['retry-after'], now),
            );
        } catch {
          // not a readable fault: judged by its status below
        }
      }
      return responseToError(response, now);
    },
    decode<TWire>(
      response: HttpResponse,
      service: ServiceDefinition<never, never, unknown>,
      call: AnswerContext,
    ): Answer<TWire> {
      const soap = settingsOf(service);
      const envelope = envelopeOf(response, service.id);
      if (envelope.fault) {
        throw faultToError(
          envelope.fault,
          response.status,
          parseRetryAfter(response.headers['retry-after'], call.now),
        );
      }
      const provider = providerKey(call.provider);
      const header = checkHeader(envelope.header, {
        client: call.client,
        provider: call.provider,
        serviceCode: service.code,
        xroadId: call.xroadId,
      });
      const acceptEmpty = soap.acceptEmptyHeader || providerOptions(provider)?.acceptEmptyHeader === true;
      if (header.state === 'mismatch' || (header.state === 'empty' && !acceptEmpty)) {
        throw new ResponseError({
          code: 'RESPONSE_HEADER_MISMATCH',
          serviceId: service.id,
          status: response.status,
          message:
            header.state === 'empty'
              ? `The SOAP answer of ${service.id} has no X-Road header: it cannot be tied to this call and was discarded. If this LGSP strips the header, set soap.providers['${provider}'].acceptEmptyHeader.`
              : `The SOAP answer of ${service.id} names another client, service or id than the request: it may belong to another call and was discarded. Report it to the security server's operator.`,
        });
      }
      const element = findElement(envelope.body, soap.responseElement, soap.responseNamespace);
      if (!element) throw malformed(service.id, `the body holds no ${soap.responseElement}`);
      const data = elementToJson(element, service.response, arraysOf(soap));
      checkAnswerData(service, data);
      const answer: Answer<TWire> = {
        data: data as TWire,
        // The full id with the instance, as a REST answer's `meta.provider` names it: one provenance.
        provider: `${call.provider.instance}/${provider}`,
        retrievedAt: new Date(call.now).toISOString(),
      };
      if (header.state === 'ok' && header.requestHash) answer.requestHash = header.requestHash;
      return answer;
    },
  });
}
