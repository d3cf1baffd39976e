import type { OutgoingCall } from '../pipeline/profile.js';
import type { ResolvedSoapSettings } from '../service/define-service.js';
import type { SubsystemId } from '../transport/xroad-id.js';
import { buildXmlFragment, toXmlContent, XML_DECLARATION } from '../xml/build-xml.js';
import { SOAP_ENV, XROAD, XROAD_ID } from './namespaces.js';

// The envelope's own tags: constants only (namespace URIs with nothing to escape).
const OPEN = `${XML_DECLARATION}<SOAP-ENV:Envelope xmlns:SOAP-ENV="${SOAP_ENV}" xmlns:xroad="${XROAD}" xmlns:id="${XROAD_ID}"><SOAP-ENV:Header>`;
const MIDDLE = '</SOAP-ENV:Header><SOAP-ENV:Body>';
const CLOSE = '</SOAP-ENV:Body></SOAP-ENV:Envelope>';

/** `xroad:client` and `xroad:service` as built for one service, client and provider. */
interface Identities {
  soap: ResolvedSoapSettings;
  client: SubsystemId;
  provider: SubsystemId;
  xml: string;
}

// One entry per service definition: the identities rarely change between its calls (one gateway,
// one client, one provider), so they are built once instead of escaped again on every call.
const identitiesByService = new WeakMap<object, Identities>();

const sameId = (a: SubsystemId, b: SubsystemId): boolean =>
  a.instance === b.instance &&
  a.memberClass === b.memberClass &&
  a.memberCode === b.memberCode &&
  a.subsystemCode === b.subsystemCode;

function buildIdentities(call: OutgoingCall, soap: ResolvedSoapSettings): string {
  const { client, provider } = call;
  const service: Record<string, unknown> = {
    '@_id:objectType': 'SERVICE',
    'id:xRoadInstance': provider.instance,
    'id:memberClass': provider.memberClass,
    'id:memberCode': provider.memberCode,
    'id:subsystemCode': provider.subsystemCode,
    'id:serviceCode': call.service.code,
  };
  if (soap.serviceVersion !== undefined) service['id:serviceVersion'] = soap.serviceVersion;
  return buildXmlFragment({
    'xroad:client': {
      '@_id:objectType': 'SUBSYSTEM',
      'id:xRoadInstance': client.instance,
      'id:memberClass': client.memberClass,
      'id:memberCode': client.memberCode,
      'id:subsystemCode': client.subsystemCode,
    },
    'xroad:service': service,
  });
}

function identitiesOf(call: OutgoingCall, soap: ResolvedSoapSettings): string {
  const cached = identitiesByService.get(call.service);
  if (cached?.soap === soap && sameId(cached.client, call.client) && sameId(cached.provider, call.provider))
    return cached.xml;
  const xml = buildIdentities(call, soap);
  // Copies: a caller's later change to its id objects cannot leave a stale entry looking current.
  identitiesByService.set(call.service, {
    soap,
    client: { ...call.client },
    provider: { ...call.provider },
    xml,
  });
  return xml;
}

/**
 * The request envelope of X-Road message protocol 4.0 (SOAP 1.1): the `xroad:*` header (client,
 * service with its version, id, userId, issue, protocolVersion 4.0) and `<ns:{operation}>` holding the
 * wire request. Every element is serialised, and every text escaped, by fast-xml-parser's builder; the
 * client and service elements once per service (they only change with the gateway or provider), the
 * rest per call. Throws `XmlRefused` for a wire request XML cannot carry.
 */
export function buildRequestEnvelope(call: OutgoingCall, soap: ResolvedSoapSettings): string {
  const header: Record<string, unknown> = { 'xroad:id': call.xroadId };
  if (call.userId !== undefined) header['xroad:userId'] = call.userId;
  header['xroad:issue'] = call.caseId;
  header['xroad:protocolVersion'] = '4.0';
  const content = toXmlContent(call.request);
  const operation = typeof content === 'object' && content !== null && !Array.isArray(content) ? content : {};
  const body = buildXmlFragment({ [`ns:${soap.operation}`]: { '@_xmlns:ns': soap.namespace, ...operation } });
  return `${OPEN}${identitiesOf(call, soap)}${buildXmlFragment(header)}${MIDDLE}${body}${CLOSE}`;
}
