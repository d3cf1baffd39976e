import { stringify } from 'yaml';
import type { ClientEntry, Registry, ServiceEntry, SubsystemId } from './registry.js';
import { jsonResponse, utf8 } from './responses.js';
import type { MockResponse } from './types.js';

/** Metaservices answered under a provider subsystem path. */
export const SUBSYSTEM_METASERVICES: ReadonlySet<string> = new Set([
  'listMethods',
  'allowedMethods',
  'getOpenAPI',
]);

/** How a provider publishes its OpenAPI documents through `getOpenAPI`. */
export type OpenApiFormat = 'yaml' | 'json';

// Display names of the members and subsystems the default world knows; others get a neutral name.
const MEMBER_NAMES: Record<string, string> = {
  '000.00.00.G10': 'Bộ Công an',
  '000.00.00.G12': 'Bộ Tài chính',
  '000.00.00.G14': 'Bộ Nông nghiệp và Môi trường',
  '000.00.00.H23': 'Ủy ban nhân dân tỉnh (mock)',
};
const SUBSYSTEM_NAMES: Record<string, string> = {
  CSDLDC: 'Cơ sở dữ liệu quốc gia về dân cư',
  DKDN: 'Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp',
  CSDLDD: 'Cơ sở dữ liệu quốc gia về đất đai',
};

const memberName = (code: string) => MEMBER_NAMES[code] ?? `Member ${code}`;

function memberJson(id: SubsystemId): Record<string, string> {
  return {
    object_type: 'MEMBER',
    xroad_instance: id.instance,
    member_class: id.memberClass,
    member_code: id.memberCode,
  };
}

function subsystemJson(id: SubsystemId): Record<string, string> {
  return { ...memberJson(id), object_type: 'SUBSYSTEM', subsystem_code: id.subsystemCode };
}

interface ClientListEntry {
  id: Record<string, string>;
  name: string;
  subsystem_name?: string;
}

/**
 * The `listClients` entries as the metadata protocol's annex C.1 shows them: each member once
 * (no `subsystem_code`, `name` = the member's name), then its subsystems (`name` = the member's name,
 * `subsystem_name` = the subsystem's).
 */
function clientList(registry: Registry): ClientListEntry[] {
  const subsystems: Array<{ id: SubsystemId; name: string }> = [
    ...registry.clients().map((c) => ({ id: c, name: c.name === c.id ? c.subsystemCode : c.name })),
    ...registry
      .providers()
      .map((p) => ({ id: p as SubsystemId, name: SUBSYSTEM_NAMES[p.subsystemCode] ?? p.subsystemCode })),
  ];
  const entries: ClientListEntry[] = [];
  const members = new Set<string>();
  for (const { id } of subsystems) {
    const key = `${id.memberClass}/${id.memberCode}`;
    if (members.has(key)) continue;
    members.add(key);
    entries.push({ id: memberJson(id), name: memberName(id.memberCode) });
    for (const sub of subsystems) {
      if (sub.id.memberClass === id.memberClass && sub.id.memberCode === id.memberCode) {
        entries.push({
          id: subsystemJson(sub.id),
          name: memberName(id.memberCode),
          subsystem_name: sub.name,
        });
      }
    }
  }
  return entries;
}

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

function clientListXml(entries: ClientListEntry[]): string {
  const members = entries.map((entry) => {
    const id = entry.id;
    const parts = [
      `<ns1:xRoadInstance>${escapeXml(id.xroad_instance!)}</ns1:xRoadInstance>`,
      `<ns1:memberClass>${escapeXml(id.member_class!)}</ns1:memberClass>`,
      `<ns1:memberCode>${escapeXml(id.member_code!)}</ns1:memberCode>`,
      ...(id.subsystem_code
        ? [`<ns1:subsystemCode>${escapeXml(id.subsystem_code)}</ns1:subsystemCode>`]
        : []),
    ];
    const names = [
      `<ns2:name>${escapeXml(entry.name)}</ns2:name>`,
      ...(entry.subsystem_name
        ? [`<ns2:subsystemName>${escapeXml(entry.subsystem_name)}</ns2:subsystemName>`]
        : []),
    ];
    return `<ns2:member><ns2:id ns1:objectType="${id.object_type}">${parts.join('')}</ns2:id>${names.join('')}</ns2:member>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ns2:clientList xmlns:ns1="http://x-road.eu/xsd/identifiers" xmlns:ns2="http://x-road.eu/xsd/xroad.xsd">${members.join('')}</ns2:clientList>`;
}

/**
 * `GET /listClients`: every member and subsystem of the instance, in JSON when the client asks for it
 * (`Accept: application/json`), else in XML, as a real security server answers.
 */
export function listClients(registry: Registry, accept: string | undefined): MockResponse {
  const entries = clientList(registry);
  if ((accept ?? '').toLowerCase().includes('application/json')) {
    return jsonResponse(200, { member: entries });
  }
  return {
    status: 200,
    headers: { 'content-type': 'text/xml; charset=utf-8' },
    body: utf8(clientListXml(entries)),
  };
}

/** The endpoints of a service relative to its service code, path templates written with `*` as X-Road does. */
function endpoints(entry: ServiceEntry): Array<{ method: string; path: string }> {
  const service = entry.binding.service as { method: string; path?: unknown };
  const template = typeof service.path === 'string' && service.path !== '' ? service.path : '/';
  const path = (template.startsWith('/') ? template : `/${template}`).replace(/\{[^}]*\}/g, '*');
  return [{ method: service.method, path }];
}

function serviceJson(entry: ServiceEntry): Record<string, unknown> {
  return {
    object_type: 'SERVICE',
    xroad_instance: entry.instance,
    member_class: entry.memberClass,
    member_code: entry.memberCode,
    subsystem_code: entry.subsystemCode,
    service_code: entry.serviceCode,
    // Every mock service is described by an OpenAPI document (getOpenAPI), as OPENAPI services are.
    service_type: 'OPENAPI',
    endpoint_list: endpoints(entry),
  };
}

/** `listMethods` (every service of the subsystem) or `allowedMethods` (those the client may call). */
export function listMethods(registry: Registry, providerId: string, client?: ClientEntry): unknown {
  const services = registry.servicesOf(providerId).filter((s) => !client || registry.allowed(client, s));
  return { service: services.map(serviceJson) };
}

/**
 * `getOpenAPI`: the document as the provider publishes it, whatever the client asked for: YAML (as in
 * the REST metadata protocol's example B.3) or JSON.
 */
export function publishedOpenApi(document: Record<string, unknown>, format: OpenApiFormat): MockResponse {
  if (format === 'json') return jsonResponse(200, document);
  return {
    status: 200,
    headers: { 'content-type': 'text/yaml; charset=utf-8' },
    body: utf8(stringify(document)),
  };
}
