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

/** An X-Road member or subsystem, as `listClients` names it. */
export interface XRoadMember {
  id: string;
  instance: string;
  memberClass: string;
  memberCode: string;
  subsystemCode?: string;
  name?: string;
}

/** A service of a provider subsystem, as `listMethods` / `allowedMethods` name it. */
export interface XRoadServiceRef {
  /** `INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE` */
  id: string;
  serviceCode: string;
}

export interface MetaOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
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
  /** Metaservice `getOpenAPI`: the OpenAPI description of one service. */
  getOpenAPI(provider: string, serviceCode: string, options?: MetaOptions): Promise<Record<string, unknown>>;
  /** Flushes the audit sinks and closes the gateway's own connections. */
  close(): Promise<void>;
}
