import type { OnceOnlyError } from '../errors/onceonly-error.js';
import type { ServiceDefinition } from '../service/define-service.js';
import type { HttpResponse } from '../transport/send.js';
import type { SubsystemId } from '../transport/xroad-id.js';

/** The provider's envelope, whatever the encoding: `data` and where it came from. */
export interface Answer<TWire> {
  data: TWire;
  provider: string;
  retrievedAt: string;
  /** The proof of which query produced it, when the answer's envelope carries it (`xroad:requestHash`). */
  requestHash?: string;
}

/** What a decoder may check an answer against: the call it answers. */
export interface AnswerContext {
  xroadId: string;
  client: SubsystemId;
  provider: SubsystemId;
  /** `Date.now()`-style clock of the gateway. */
  now: number;
}

/** What a profile encodes: the validated copy of the input and the call's X-Road fields. */
export interface OutgoingCall {
  service: ServiceDefinition<never, never, unknown>;
  /** The plain-data copy that was validated and consent-checked. */
  request: unknown;
  provider: SubsystemId;
  /** This portal's X-Road client id. */
  client: SubsystemId;
  basePath: string;
  xroadId: string;
  purpose: string;
  caseId: string;
  userId?: string;
  consent?: string;
}

/** A request ready for `send`, less the per-attempt headers (credentials, hooks). */
export interface EncodedRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/**
 * The seam between the pipeline and one message protocol: how a call is encoded, how an answer is
 * decoded, how an error answer becomes a typed error. The REST profile is the X-Road Message Protocol
 * for REST; a SOAP profile (message protocol 4.0) plugs in here with the same pipeline around it.
 */
export interface WireProfile {
  readonly name: string;
  encode(call: OutgoingCall): EncodedRequest;
  /** A non-2xx answer as a typed error (X-Road error types, provider problems). */
  toError(response: HttpResponse, now: number): OnceOnlyError;
  /** A 2xx answer (size-limited, signature-checked): parsed, with `data` checked against the service's schema. */
  decode<TWire>(
    response: HttpResponse,
    service: ServiceDefinition<never, never, unknown>,
    call: AnswerContext,
  ): Answer<TWire>;
}
