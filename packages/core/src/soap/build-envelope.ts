import type { OutgoingCall } from '../pipeline/profile.js';
import type { ResolvedSoapSettings } from '../service/define-service.js';
import { buildXml, toXmlContent } from '../xml/build-xml.js';
import { SOAP_ENV, XROAD, XROAD_ID } from './namespaces.js';

/**
 * The request envelope of X-Road message protocol 4.0 (SOAP 1.1): the `xroad:*` header (client,
 * service with its version, id, userId, issue, protocolVersion 4.0) and `<ns:{operation}>` holding the
 * wire request. Built with fast-xml-parser's builder: every text is escaped, nothing concatenated.
 * Throws `XmlRefused` for a wire request XML cannot carry.
 */
export function buildRequestEnvelope(call: OutgoingCall, soap: ResolvedSoapSettings): string {
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
  const header: Record<string, unknown> = {
    'xroad:client': {
      '@_id:objectType': 'SUBSYSTEM',
      'id:xRoadInstance': client.instance,
      'id:memberClass': client.memberClass,
      'id:memberCode': client.memberCode,
      'id:subsystemCode': client.subsystemCode,
    },
    'xroad:service': service,
    'xroad:id': call.xroadId,
  };
  if (call.userId !== undefined) header['xroad:userId'] = call.userId;
  header['xroad:issue'] = call.caseId;
  header['xroad:protocolVersion'] = '4.0';
  const content = toXmlContent(call.request);
  const operation = typeof content === 'object' && content !== null && !Array.isArray(content) ? content : {};
  return buildXml({
    'SOAP-ENV:Envelope': {
      '@_xmlns:SOAP-ENV': SOAP_ENV,
      '@_xmlns:xroad': XROAD,
      '@_xmlns:id': XROAD_ID,
      'SOAP-ENV:Header': header,
      'SOAP-ENV:Body': { [`ns:${soap.operation}`]: { '@_xmlns:ns': soap.namespace, ...operation } },
    },
  });
}
