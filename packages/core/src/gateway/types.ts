import type { AccessContext } from '../policy/access-context.js';
import type { ServiceDefinition } from '../service/define-service.js';

export interface CallOptions {
  /** Provider subsystem in this environment (`CLASS/MEMBER/SUBSYSTEM`), when it differs from the definition's. */
  provider?: string;
}

/** Where an answer came from: what a form shows beside a prefilled value, and what an audit needs. */
export interface CallMeta {
  /** The provider named in the answer's `meta.provider`. */
  provider: string;
  /** When the provider read the record (ISO 8601), from the answer's `meta.retrievedAt`. */
  retrievedAt: string;
  /** X-Road id of the logical call. */
  xroadId: string;
  /** `X-Road-Request-Hash` of the answer, when the security server sent one. */
  requestHash?: string;
  /** Key id that signed the payload, when signatures are verified. */
  signedBy?: string;
  /** Served from the gateway's cache. */
  cached: boolean;
}

export interface CallResult<T> {
  value: T;
  meta: CallMeta;
}

/** An X-Road member or one of its subsystems, as `listClients` names it (metadata protocol annex C.1). */
export interface XRoadMember {
  /** `MEMBER` entries have no subsystem code; `SUBSYSTEM` entries have one. */
  kind: 'MEMBER' | 'SUBSYSTEM';
  /** `INSTANCE/CLASS/MEMBER` or `INSTANCE/CLASS/MEMBER/SUBSYSTEM`. */
  id: string;
  instance: string;
  memberClass: string;
  memberCode: string;
  subsystemCode?: string;
  /** The member's name (`name` in the answer), on member and subsystem entries alike. */
  memberName?: string;
  /** The subsystem's own name (`subsystem_name`), on subsystem entries. */
  subsystemName?: string;
}

/** One endpoint of a service: a method and a path after the service code (`*` stands for a path part). */
export interface XRoadEndpoint {
  method: string;
  path: string;
}

/** A service of a provider subsystem, as `listMethods` / `allowedMethods` name it. */
export interface XRoadServiceRef {
  /** `INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE` */
  id: string;
  serviceCode: string;
  /** How the service is described: `REST`, `OPENAPI` (see `getOpenAPI`) or `WSDL`; absent when not said. */
  serviceType?: 'REST' | 'OPENAPI' | 'WSDL' | (string & {});
  /** Its endpoints (`endpoint_list`); `allowedMethods` lists only those this client may call. `[]` when none. */
  endpoints: XRoadEndpoint[];
}

export interface MetaOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

export interface GetOpenApiOptions extends MetaOptions {
  /** Also parse the document (YAML or JSON, whichever was published) into `document`. Default `false`. */
  parse?: boolean;
}

/** An OpenAPI description as the provider publishes it, YAML or JSON, whatever was asked for. */
export interface PublishedOpenApi {
  /** The media type of the answer, without parameters: `text/yaml`, `application/x-yaml`, `application/json`. */
  mediaType: string;
  /** The document as published. */
  text: string;
  /** The parsed document, when `parse: true` was given. */
  document?: Record<string, unknown>;
}

/** The gateway: one client of the data exchange platform, shared by every adapter of a portal. */
export interface Gateway {
  /** X-Road client id of this portal. */
  readonly client: string;
  /** Calls a service and returns the domain value. */
  call<TRequest, TWire, TResult>(
    service: ServiceDefinition<TRequest, TWire, TResult>,
    request: TRequest,
    ctx: AccessContext,
    options?: CallOptions,
  ): Promise<TResult>;
  /** Like `call`, with where the answer came from. */
  callWithMeta<TRequest, TWire, TResult>(
    service: ServiceDefinition<TRequest, TWire, TResult>,
    request: TRequest,
    ctx: AccessContext,
    options?: CallOptions,
  ): Promise<CallResult<TResult>>;
  /** Metaservice `listClients`: the members and subsystems of the instance. */
  listClients(options?: MetaOptions): Promise<XRoadMember[]>;
  /** Metaservice `listMethods` of a provider subsystem (`CLASS/MEMBER/SUBSYSTEM`). */
  listMethods(provider: string, options?: MetaOptions): Promise<XRoadServiceRef[]>;
  /** Metaservice `allowedMethods`: the services of a provider this client may call. */
  allowedMethods(provider: string, options?: MetaOptions): Promise<XRoadServiceRef[]>;
  /**
   * Metaservice `getOpenAPI`: the OpenAPI description of one service as its provider publishes it
   * (`{ mediaType, text }`), parsed into `document` when `parse: true`.
   */
  getOpenAPI(provider: string, serviceCode: string, options?: GetOpenApiOptions): Promise<PublishedOpenApi>;
  /** Flushes the audit sinks and closes the gateway's own connections. */
  close(): Promise<void>;
}
