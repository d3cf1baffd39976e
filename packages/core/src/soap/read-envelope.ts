import type { SubsystemId } from '../transport/xroad-id.js';
import { parseXml, type XmlElement } from '../xml/parse-xml.js';
import { XmlRefused } from '../xml/xml-error.js';
import { SOAP_ENV, XROAD, XROAD_ID } from './namespaces.js';

/** A SOAP fault: its code and the provider's own code if the detail names one. Text never leaves here raw. */
export interface SoapFault {
  faultcode: string;
  faultstring: string;
  /** Text of every element in `detail` (a provider may put its code there). */
  detail: string[];
}

export interface Envelope {
  /** `SOAP-ENV:Header`, `undefined` when missing. */
  header: XmlElement | undefined;
  body: XmlElement;
  fault: SoapFault | undefined;
}

const child = (parent: XmlElement | undefined, local: string, ns: string | undefined) =>
  parent?.children.find((c) => c.local === local && (ns === undefined || c.ns === ns));

/** Parses and checks the envelope: SOAP 1.1 namespace, a body; reads a fault if there is one. */
export function readEnvelope(text: string): Envelope {
  const root = parseXml(text);
  if (root.local !== 'Envelope' || root.ns !== SOAP_ENV) throw new XmlRefused('not a SOAP 1.1 envelope');
  const header = child(root, 'Header', SOAP_ENV);
  const body = child(root, 'Body', SOAP_ENV);
  if (!body) throw new XmlRefused('a SOAP envelope without a body');
  const faultElement = child(body, 'Fault', SOAP_ENV);
  let fault: SoapFault | undefined;
  if (faultElement) {
    // faultcode and faultstring are unqualified in SOAP 1.1; some servers qualify them anyway.
    const detail = child(faultElement, 'detail', undefined);
    const texts: string[] = [];
    const queue = detail ? [...detail.children] : [];
    if (detail?.text) texts.push(detail.text);
    // Breadth first with a read index (never shift): at most 32 texts, at most 1 000 elements looked at.
    for (let i = 0; i < queue.length && i < 1_000 && texts.length < 32; i++) {
      const next = queue[i]!;
      if (next.text) texts.push(next.text);
      queue.push(...next.children);
    }
    fault = {
      faultcode: child(faultElement, 'faultcode', undefined)?.text ?? '',
      faultstring: child(faultElement, 'faultstring', undefined)?.text ?? '',
      detail: texts,
    };
  }
  return { header, body, fault };
}

/** What the answer's X-Road header must echo. */
export interface ExpectedHeader {
  client: SubsystemId;
  provider: SubsystemId;
  serviceCode: string;
  xroadId: string;
}

function identifier(element: XmlElement | undefined): Record<string, string> | undefined {
  if (!element) return undefined;
  const parts: Record<string, string> = {};
  for (const part of element.children) if (part.ns === XROAD_ID) parts[part.local] = part.text;
  return parts;
}

function sameSubsystem(parts: Record<string, string> | undefined, id: SubsystemId): boolean {
  return (
    parts !== undefined &&
    parts.xRoadInstance === id.instance &&
    parts.memberClass === id.memberClass &&
    parts.memberCode === id.memberCode &&
    parts.subsystemCode === id.subsystemCode
  );
}

/**
 * Checks the answer's X-Road header against the request: same client, service and id. Returns
 * `'empty'` when there is no X-Road header field at all, `'mismatch'` when one differs, else the
 * `xroad:requestHash` (or `undefined` when none was sent).
 */
export function checkHeader(
  header: XmlElement | undefined,
  expected: ExpectedHeader,
): { state: 'ok'; requestHash: string | undefined } | { state: 'empty' | 'mismatch' } {
  const fields = header?.children.filter((c) => c.ns === XROAD) ?? [];
  if (fields.length === 0) return { state: 'empty' };
  const field = (local: string) => fields.find((c) => c.local === local);
  const service = identifier(field('service'));
  const ok =
    sameSubsystem(identifier(field('client')), expected.client) &&
    sameSubsystem(service, expected.provider) &&
    service?.serviceCode === expected.serviceCode &&
    field('id')?.text === expected.xroadId;
  if (!ok) return { state: 'mismatch' };
  const hash = field('requestHash')?.text;
  return { state: 'ok', requestHash: hash ? hash : undefined };
}
