/**
 * A WSDL 1.1 document for the mock's SOAP services, generated from the declarations (the wire request
 * schema and the answer schema), for tools that read one (SoapUI, code generators). Document/literal,
 * one operation per service, the X-Road header parts declared as X-Road's WSDLs do.
 * @module
 */
import { XMLBuilder } from 'fast-xml-parser';
import type { Registry } from './registry.js';
import { soapServiceOf } from './soap-endpoint.js';
import { XROAD_NS } from './soap-xml.js';

type Schema = Record<string, unknown>;
const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true });

/** A JSON Schema as an XSD element (objects as sequences, arrays repeated, the rest as strings). */
function element(name: string, schema: Schema, optional: boolean, repeated = false): Record<string, unknown> {
  const node: Record<string, unknown> = { '@_name': name };
  if (optional) node['@_minOccurs'] = '0';
  if (repeated) node['@_maxOccurs'] = 'unbounded';
  if (schema.type === 'array' && schema.items) return element(name, schema.items as Schema, true, true);
  const properties = schema.properties as Record<string, Schema> | undefined;
  if (schema.type === 'object' && properties) {
    const required = new Set((schema.required as string[] | undefined) ?? []);
    node['xs:complexType'] = {
      'xs:sequence': {
        'xs:element': Object.entries(properties).map(([key, inner]) =>
          element(key, inner, !required.has(key)),
        ),
      },
    };
    return node;
  }
  node['@_type'] = schema.type === 'boolean' ? 'xs:boolean' : 'xs:string';
  return node;
}

/** The WSDL of every SOAP service the registry holds. */
export function buildWsdl(registry: Registry, baseUrl: string): string {
  const services = registry.services
    .map((entry) => ({ entry, service: soapServiceOf(entry.binding) }))
    .filter(
      (s): s is { entry: (typeof registry.services)[number]; service: NonNullable<typeof s.service> } =>
        s.service !== undefined,
    );
  const namespace = services[0]?.service.soap?.namespace ?? 'http://onceonly.dev/mock';
  const elements = services.flatMap(({ service }) => {
    const soap = service.soap!;
    return [
      element(soap.operation, (service.wireRequest ?? service.request) as Schema, false),
      element(
        `${soap.operation}Response`,
        {
          type: 'object',
          properties: { [soap.responseElement]: service.response },
          required: [soap.responseElement],
        },
        false,
      ),
    ];
  });
  const operations = services.map(({ service }) => service.soap!.operation);
  const document = {
    'wsdl:definitions': {
      '@_xmlns:wsdl': 'http://schemas.xmlsoap.org/wsdl/',
      '@_xmlns:soap': 'http://schemas.xmlsoap.org/wsdl/soap/',
      '@_xmlns:xs': 'http://www.w3.org/2001/XMLSchema',
      '@_xmlns:xroad': XROAD_NS,
      '@_xmlns:tns': namespace,
      '@_targetNamespace': namespace,
      'wsdl:types': {
        'xs:schema': {
          '@_targetNamespace': namespace,
          '@_elementFormDefault': 'unqualified',
          'xs:element': elements,
        },
      },
      'wsdl:message': operations.flatMap((op) => [
        { '@_name': op, 'wsdl:part': { '@_name': 'body', '@_element': `tns:${op}` } },
        { '@_name': `${op}Response`, 'wsdl:part': { '@_name': 'body', '@_element': `tns:${op}Response` } },
      ]),
      'wsdl:portType': {
        '@_name': 'PopulationPortType',
        'wsdl:operation': operations.map((op) => ({
          '@_name': op,
          'wsdl:input': { '@_message': `tns:${op}` },
          'wsdl:output': { '@_message': `tns:${op}Response` },
        })),
      },
      'wsdl:binding': {
        '@_name': 'PopulationBinding',
        '@_type': 'tns:PopulationPortType',
        'soap:binding': { '@_style': 'document', '@_transport': 'http://schemas.xmlsoap.org/soap/http' },
        'wsdl:operation': services.map(({ service }) => ({
          '@_name': service.soap!.operation,
          'soap:operation': { '@_soapAction': '' },
          ...(service.soap!.serviceVersion ? { 'xroad:version': service.soap!.serviceVersion } : {}),
          'wsdl:input': { 'soap:body': { '@_use': 'literal' } },
          'wsdl:output': { 'soap:body': { '@_use': 'literal' } },
        })),
      },
      'wsdl:service': {
        '@_name': 'PopulationService',
        'wsdl:port': {
          '@_name': 'PopulationPort',
          '@_binding': 'tns:PopulationBinding',
          'soap:address': { '@_location': `${baseUrl}/` },
        },
      },
    },
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(document)}`;
}
