/**
 * The service catalog, from the X-Road metaservices: who is on the platform, what each provider
 * offers, what this portal may call, and a typed service for one that no adapter covers yet.
 */
import type {
  Gateway,
  GetOpenApiOptions,
  MetaOptions,
  PublishedOpenApi,
  ServiceDefinition,
  XRoadMember,
  XRoadServiceRef,
} from '@onceonly/core';
import { type OpenApiServiceOptions, serviceFromOpenApi } from './openapi-service.js';

/** One service of a provider, with whether this portal may call it. */
export interface CatalogEntry extends XRoadServiceRef {
  /** The provider subsystem, `CLASS/MEMBER/SUBSYSTEM`. */
  provider: string;
  /** Listed by `allowedMethods` for this client. */
  allowed: boolean;
}

export interface ServiceCatalog {
  /** Metaservice `listClients`: the members and subsystems of the instance. */
  listClients(options?: MetaOptions): Promise<XRoadMember[]>;
  /** Metaservice `listMethods` of a provider subsystem. */
  listMethods(provider: string, options?: MetaOptions): Promise<XRoadServiceRef[]>;
  /** Metaservice `allowedMethods`: the services of a provider this portal may call. */
  allowedMethods(provider: string, options?: MetaOptions): Promise<XRoadServiceRef[]>;
  /** Metaservice `getOpenAPI`, parsed. */
  getOpenAPI(provider: string, serviceCode: string, options?: MetaOptions): Promise<PublishedOpenApi>;
  /** `listMethods` and `allowedMethods` of one provider, joined: every service, and whether it may be called. */
  services(provider: string, options?: MetaOptions): Promise<CatalogEntry[]>;
  /**
   * Declares a service from the document its provider publishes (`getOpenAPI`), for `gateway.call`.
   * @example
   * const getPermit = await catalog.defineService<{ SoGiayPhep: string }, PermitWire>({
   *   id: 'construction.permit.get', provider: 'GOV/000.00.00.H26/GPXD',
   *   serviceCode: 'TraCuuGiayPhepXayDung', category: 'construction.permit',
   * });
   */
  defineService<TRequest = Record<string, unknown>, TWire = unknown>(
    options: OpenApiServiceOptions<TRequest> & MetaOptions,
  ): Promise<ServiceDefinition<TRequest, TWire, TWire>>;
}

/** The catalog of the platform a gateway talks to. */
export function serviceCatalog(gateway: Gateway): ServiceCatalog {
  return {
    listClients: (options) => gateway.listClients(options),
    listMethods: (provider, options) => gateway.listMethods(provider, options),
    allowedMethods: (provider, options) => gateway.allowedMethods(provider, options),
    getOpenAPI: (provider, serviceCode, options) =>
      gateway.getOpenAPI(provider, serviceCode, { ...options, parse: true } satisfies GetOpenApiOptions),
    async services(provider, options) {
      const [all, allowed] = await Promise.all([
        gateway.listMethods(provider, options),
        gateway.allowedMethods(provider, options),
      ]);
      const may = new Set(allowed.map((s) => s.id));
      return all.map((s) => ({ ...s, provider, allowed: may.has(s.id) }));
    },
    async defineService<TRequest, TWire>(options: OpenApiServiceOptions<TRequest> & MetaOptions) {
      const { signal, timeoutMs, ...declaration } = options;
      const meta: MetaOptions = {};
      if (signal) meta.signal = signal;
      if (timeoutMs !== undefined) meta.timeoutMs = timeoutMs;
      const published = await gateway.getOpenAPI(declaration.provider, declaration.serviceCode, {
        ...meta,
        parse: true,
      });
      return serviceFromOpenApi<TRequest, TWire>(published.document!, declaration);
    },
  };
}
