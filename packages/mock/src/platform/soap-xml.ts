/**
 * The mock security server's SOAP codec (X-Road message protocol 4.0 over SOAP 1.1): reads a request
 * envelope (header identifiers, the operation element and its fields as JSON with the same names) and
 * writes answers and faults, with fast-xml-parser (never string concatenation: text is escaped by the
 * builder). DTDs, entity declarations and processing instructions other than the XML declaration are
 * refused before parsing, as a security server would.
 * @module
 */
import { XMLBuilder, XMLParser } from 'fast-xml-parser';

export const SOAP_ENV_NS = 'http://schemas.xmlsoap.org/soap/envelope/';
export const XROAD_NS = 'http://x-road.eu/xsd/xroad.xsd';
export const XROAD_ID_NS = 'http://x-road.eu/xsd/identifiers';

/** Largest SOAP request the mock reads. */
const MAX_BYTES = 1024 * 1024;

/** An X-Road identifier from the SOAP header. */
export interface SoapIdentifier {
  objectType: string;
  xRoadInstance: string;
  memberClass: string;
  memberCode: string;
  subsystemCode?: string;
  serviceCode?: string;
  serviceVersion?: string;
}

/** What the mock reads from a SOAP request. */
export interface SoapRequest {
  client: SoapIdentifier;
  service: SoapIdentifier;
  id: string;
  userId?: string;
  issue?: string;
  protocolVersion?: string;
  /** Local name and namespace of the body's operation element. */
  operation: { name: string; namespace: string | undefined };
  /** The operation's children as JSON with the same names (text as strings, repeats as arrays). */
  fields: Record<string, unknown>;
}

export class SoapParseError extends Error {
  constructor(
    message: string,
    readonly faultcode = 'Client.BadRequest',
  ) {
    super(message);
    this.name = 'SoapParseError';
  }
}

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  trimValues: true,
  ignoreDeclaration: true,
});

const local = (name: string) => name.slice(name.indexOf(':') + 1);
const prefix = (name: string) => (name.includes(':') ? name.slice(0, name.indexOf(':')) : '');

/** The child of `node` with this local name, and its qualified key. */
function child(node: Node, name: string): [string, unknown] | undefined {
  const key = Object.keys(node).find((k) => !k.startsWith('@_') && local(k) === name);
  return key === undefined ? undefined : [key, node[key]];
}

/** Resolves the namespace of `qualified` with the `xmlns` declarations in scope (innermost first). */
function namespaceOf(qualified: string, scopes: readonly Node[]): string | undefined {
  const attr = prefix(qualified) === '' ? '@_xmlns' : `@_xmlns:${prefix(qualified)}`;
  for (const scope of scopes) if (typeof scope[attr] === 'string') return scope[attr] as string;
  return undefined;
}

/** Element content as JSON: prefixes dropped, attributes (but not `xmlns`) as plain properties. */
export function toJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toJson);
  if (value === null || typeof value !== 'object') return value ?? '';
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value as Node)) {
    if (key.startsWith('@_xmlns')) continue;
    if (key === '#text') continue;
    out[key.startsWith('@_') ? local(key.slice(2)) : local(key)] = toJson(inner);
  }
  return out;
}

function text(node: Node, name: string): string | undefined {
  const found = child(node, name);
  return found === undefined || typeof found[1] !== 'string' ? undefined : found[1];
}

function identifier(node: unknown, what: string): SoapIdentifier {
  if (node === null || typeof node !== 'object')
    throw new SoapParseError(`The SOAP header has no xroad:${what}.`);
  const n = node as Node;
  const objectType = Object.entries(n).find(
    ([k]) => k.startsWith('@_') && local(k.slice(2)) === 'objectType',
  )?.[1];
  const read = (name: string) => text(n, name);
  const id: SoapIdentifier = {
    objectType: typeof objectType === 'string' ? objectType : '',
    xRoadInstance: read('xRoadInstance') ?? '',
    memberClass: read('memberClass') ?? '',
    memberCode: read('memberCode') ?? '',
  };
  for (const name of ['subsystemCode', 'serviceCode', 'serviceVersion'] as const) {
    const value = read(name);
    if (value !== undefined) id[name] = value;
  }
  if (!id.objectType || !id.xRoadInstance || !id.memberClass || !id.memberCode) {
    throw new SoapParseError(
      `xroad:${what} must carry id:objectType, xRoadInstance, memberClass and memberCode.`,
    );
  }
  return id;
}

/** Reads a SOAP request envelope; throws {@link SoapParseError} for anything a security server refuses. */
export function parseSoapRequest(body: Uint8Array): SoapRequest {
  if (body.byteLength > MAX_BYTES) throw new SoapParseError('The SOAP request is too large.');
  const xml = new TextDecoder().decode(body);
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new SoapParseError('DTDs and entity declarations are refused.');
  if (/<\?(?!xml\s)/.test(xml)) throw new SoapParseError('Processing instructions are refused.');
  let doc: Node;
  try {
    doc = parser.parse(xml, true) as Node;
  } catch {
    throw new SoapParseError('The request is not well-formed XML.');
  }
  const envelopeEntry = child(doc, 'Envelope');
  if (!envelopeEntry || typeof envelopeEntry[1] !== 'object' || envelopeEntry[1] === null) {
    throw new SoapParseError('The request is not a SOAP envelope.');
  }
  const [envelopeKey, envelopeValue] = envelopeEntry as [string, Node];
  if (namespaceOf(envelopeKey, [envelopeValue]) !== SOAP_ENV_NS) {
    throw new SoapParseError('The envelope is not in the SOAP 1.1 namespace.', 'Client.BadRequest');
  }
  const header = child(envelopeValue, 'Header')?.[1] as Node | undefined;
  const bodyNode = child(envelopeValue, 'Body')?.[1] as Node | undefined;
  if (!header || typeof header !== 'object') throw new SoapParseError('The SOAP header is missing.');
  if (!bodyNode || typeof bodyNode !== 'object') throw new SoapParseError('The SOAP body is missing.');
  const id = text(header, 'id');
  if (!id) throw new SoapParseError('The SOAP header has no xroad:id.');
  const operationKey = Object.keys(bodyNode).find((k) => !k.startsWith('@_'));
  if (operationKey === undefined) throw new SoapParseError('The SOAP body holds no operation.');
  const operationNode = bodyNode[operationKey];
  const scopes = [operationNode, bodyNode, envelopeValue].filter(
    (n): n is Node => typeof n === 'object' && n !== null,
  );
  const fields = toJson(operationNode);
  const request: SoapRequest = {
    client: identifier(child(header, 'client')?.[1], 'client'),
    service: identifier(child(header, 'service')?.[1], 'service'),
    id,
    operation: { name: local(operationKey), namespace: namespaceOf(operationKey, scopes) },
    fields: fields !== null && typeof fields === 'object' ? (fields as Record<string, unknown>) : {},
  };
  for (const name of ['userId', 'issue', 'protocolVersion'] as const) {
    const value = text(header, name);
    if (value !== undefined) request[name] = value;
  }
  return request;
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  suppressEmptyNode: false,
  format: false,
});

function identifierXml(id: SoapIdentifier): Node {
  const node: Node = { '@_id:objectType': id.objectType };
  for (const key of [
    'xRoadInstance',
    'memberClass',
    'memberCode',
    'subsystemCode',
    'serviceCode',
    'serviceVersion',
  ] as const) {
    if (id[key] !== undefined) node[`id:${key}`] = id[key];
  }
  return node;
}

/** The answer header: the request's, echoed, plus `xroad:requestHash` (base64 SHA-512 of the request). */
function headerXml(request: SoapRequest, requestHash: string): Node {
  const header: Node = {
    'xroad:client': identifierXml(request.client),
    'xroad:service': identifierXml(request.service),
    'xroad:id': request.id,
  };
  if (request.userId !== undefined) header['xroad:userId'] = request.userId;
  if (request.issue !== undefined) header['xroad:issue'] = request.issue;
  header['xroad:protocolVersion'] = request.protocolVersion ?? '4.0';
  header['xroad:requestHash'] = {
    '@_algorithmId': 'http://www.w3.org/2001/04/xmlenc#sha512',
    '#text': requestHash,
  };
  return header;
}

/** JSON fields as XML content: objects nested, arrays repeated, `attributes` of the top element as attributes. */
function contentXml(value: unknown, attributes: readonly string[] = []): unknown {
  if (Array.isArray(value)) return value.map((v) => contentXml(v));
  if (value === null || typeof value !== 'object') return value === undefined ? '' : String(value);
  const out: Node = {};
  for (const [key, inner] of Object.entries(value as Node)) {
    if (inner === undefined) continue;
    if (attributes.includes(key)) out[`@_${key}`] = String(inner);
    else out[key] = contentXml(inner);
  }
  return out;
}

/** Where the answer goes: `<ns:{operation}Response>` holding `<{responseElement} xmlns={responseNamespace}>`. */
export interface SoapAnswerShape {
  operation: string;
  namespace: string;
  responseElement: string;
  responseNamespace?: string | undefined;
  /** Fields of the response element written as XML attributes (`SoCongDan` on `CongdanCollection`). */
  attributes?: readonly string[] | undefined;
}

const envelope = (header: Node | undefined, body: Node) =>
  `<?xml version="1.0" encoding="UTF-8"?>${builder.build({
    'SOAP-ENV:Envelope': {
      '@_xmlns:SOAP-ENV': SOAP_ENV_NS,
      '@_xmlns:xroad': XROAD_NS,
      '@_xmlns:id': XROAD_ID_NS,
      ...(header ? { 'SOAP-ENV:Header': header } : {}),
      'SOAP-ENV:Body': body,
    },
  })}`;

/** A whole answer envelope. */
export function soapAnswer(
  request: SoapRequest,
  requestHash: string,
  shape: SoapAnswerShape,
  data: unknown,
): string {
  const element = contentXml(data, shape.attributes) as Node;
  if (shape.responseNamespace !== undefined) element['@_xmlns'] = shape.responseNamespace;
  return envelope(headerXml(request, requestHash), {
    [`ns:${shape.operation}Response`]: {
      '@_xmlns:ns': shape.namespace,
      [shape.responseElement]: element,
    },
  });
}

/** A SOAP fault; with the request's header echoed when the request could be read. */
export function soapFault(
  faultcode: string,
  faultstring: string,
  context?: { request: SoapRequest; requestHash: string },
): string {
  const code = faultcode.includes('.') || faultcode.includes(':') ? faultcode : faultcode;
  return envelope(context ? headerXml(context.request, context.requestHash) : undefined, {
    'SOAP-ENV:Fault': { faultcode: code, faultstring, detail: { faultDetail: faultstring } },
  });
}

/** `INSTANCE/CLASS/MEMBER/SUBSYSTEM[/SERVICE]` of a header identifier. */
export function identifierPath(id: SoapIdentifier): string {
  return [id.xRoadInstance, id.memberClass, id.memberCode, id.subsystemCode, id.serviceCode]
    .filter((part) => part !== undefined)
    .join('/');
}
