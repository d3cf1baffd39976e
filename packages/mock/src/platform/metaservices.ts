import type { ClientEntry, Registry, ServiceEntry, SubsystemId } from './registry.js';

/** Metaservices answered under a provider subsystem path. */
export const SUBSYSTEM_METASERVICES: ReadonlySet<string> = new Set([
  'listMethods',
  'allowedMethods',
  'getOpenAPI',
]);

function subsystemJson(id: SubsystemId): Record<string, string> {
  return {
    object_type: 'SUBSYSTEM',
    xroad_instance: id.instance,
    member_class: id.memberClass,
    member_code: id.memberCode,
    subsystem_code: id.subsystemCode,
  };
}

function serviceJson(entry: ServiceEntry): Record<string, string> {
  return {
    object_type: 'SERVICE',
    xroad_instance: entry.instance,
    member_class: entry.memberClass,
    member_code: entry.memberCode,
    subsystem_code: entry.subsystemCode,
    service_code: entry.serviceCode,
    service_type: 'REST',
  };
}

/** `GET /listClients`: every consumer and provider subsystem of the instance. */
export function listClients(registry: Registry): unknown {
  const member = registry.clients().map((c) => ({ id: subsystemJson(c), name: c.name }));
  for (const provider of registry.providers()) {
    member.push({ id: subsystemJson(provider), name: provider.providerId });
  }
  return { member };
}

/** `listMethods` (every service of the subsystem) or `allowedMethods` (those the client may call). */
export function listMethods(registry: Registry, providerId: string, client?: ClientEntry): unknown {
  const services = registry.servicesOf(providerId).filter((s) => !client || registry.allowed(client, s));
  return { service: services.map(serviceJson) };
}
