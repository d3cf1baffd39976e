import type { CallDeps } from '../gateway/call.js';
import type { MetaOptions, XRoadEndpoint, XRoadServiceRef } from '../gateway/types.js';
import { parseProviderId, servicePath } from '../transport/xroad-id.js';
import { getMetaservice, jsonObject, malformed, text } from './get-metaservice.js';

type Json = Record<string, unknown>;

function endpoints(value: unknown, what: string): XRoadEndpoint[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw malformed(what, 'has an endpoint_list that is not a list');
  return value.map((entry: unknown) => {
    const item = (typeof entry === 'object' && entry !== null ? entry : {}) as Json;
    const method = text(item.method);
    const path = text(item.path);
    if (!method || !path) throw malformed(what, 'has an endpoint without method or path');
    return { method, path };
  });
}

function service(entry: unknown, what: string): XRoadServiceRef {
  const item = (typeof entry === 'object' && entry !== null ? entry : {}) as Json;
  const parts = [
    item.xroad_instance,
    item.member_class,
    item.member_code,
    item.subsystem_code,
    item.service_code,
  ].map(text);
  if (parts.some((p) => p === undefined)) throw malformed(what);
  const ref: XRoadServiceRef = {
    id: parts.join('/'),
    serviceCode: parts[4]!,
    endpoints: endpoints(item.endpoint_list, what),
  };
  const serviceType = text(item.service_type);
  if (serviceType) ref.serviceType = serviceType;
  return ref;
}

async function services(
  deps: CallDeps,
  provider: string,
  method: 'listMethods' | 'allowedMethods',
  options?: MetaOptions,
): Promise<XRoadServiceRef[]> {
  const id = parseProviderId(provider, deps.client.instance);
  const body = jsonObject(await getMetaservice(deps, `${servicePath(id)}/${method}`, options), method);
  if (!Array.isArray(body.service)) throw malformed(method);
  return body.service.map((entry: unknown) => service(entry, method));
}

/** `listMethods`: every service of a provider subsystem, with its type and endpoints (REST metadata B.1). */
export const listMethods = (deps: CallDeps, provider: string, options?: MetaOptions) =>
  services(deps, provider, 'listMethods', options);

/** `allowedMethods`: the services and endpoints of a provider this client may call (REST metadata B.2). */
export const allowedMethods = (deps: CallDeps, provider: string, options?: MetaOptions) =>
  services(deps, provider, 'allowedMethods', options);
