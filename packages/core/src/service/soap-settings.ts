/**
 * What a SOAP service (X-Road message protocol 4.0) declares beyond a REST one: the operation's
 * namespace, the element that holds the answer, and which elements are always lists.
 *
 * @example
 * soap: {
 *   namespace: 'http://dancuquocgia.bca', // the operation element's namespace
 *   responseElement: 'CongdanCollection', // found by local name anywhere in the answer's body
 *   responseNamespace: 'http://www.mic.gov.vn/dancu/1.0',
 *   arrays: ['CongDan'],
 * }
 */
export interface SoapSettings {
  /** Namespace URI of the operation element (`<ns:{operation} xmlns:ns="…">`). */
  namespace: string;
  /** Operation element name. Default: the service code. */
  operation?: string | undefined;
  /** Local name of the element whose content is the answer's `data` (searched anywhere in the body). */
  responseElement: string;
  /** When set, the response element must be in this namespace. */
  responseNamespace?: string | undefined;
  /** `xroad:service/id:serviceVersion`, when the provider publishes versions (`v1`). */
  serviceVersion?: string | undefined;
  /** Element names that are always lists, even when one arrives (besides `type: 'array'` in the schema). */
  arrays?: readonly string[] | undefined;
  /** Accept an answer whose SOAP header is empty or missing (some LGSP wrappers). Default `false`. */
  acceptEmptyHeader?: boolean | undefined;
}

/** The settings as a definition holds them: defaults filled, frozen. */
export interface ResolvedSoapSettings {
  readonly namespace: string;
  readonly operation: string;
  readonly responseElement: string;
  readonly responseNamespace: string | undefined;
  readonly serviceVersion: string | undefined;
  readonly arrays: readonly string[];
  readonly acceptEmptyHeader: boolean;
}

/** Which message protocol a service speaks. */
export type WireProfileName = 'rest' | 'soap';

/** What `toWire` is told about the call it builds a body for. No consent token, no secrets. */
export interface WireContext {
  /** X-Road id of the logical call (the same on every attempt): the request id many services want (`MaYeuCau`). */
  xroadId: string;
  /** The officer's 12-digit personal id (`ctx.officerId`), when given: personal data, body only. */
  officerId?: string;
  purpose: string;
  caseId: string;
}

// An XML name without a prefix (NCName), ASCII subset: what element names in declarations may be.
const NCNAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

function isUri(value: unknown): boolean {
  if (typeof value !== 'string' || value.length === 0 || /\s/.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return /^urn:/i.test(value);
  }
}

/**
 * Checks a declaration's profile and SOAP settings; returns the problems (for `INVALID_SERVICE_DEFINITION`)
 * and the resolved settings. A SOAP service is a POST with its input in the body: no path, no query.
 */
export function checkSoap(declaration: {
  code: string;
  profile?: unknown;
  soap?: SoapSettings | undefined;
  method?: string | undefined;
  path?: string | undefined;
  query?: readonly string[] | undefined;
}): { problems: string[]; profile: WireProfileName; soap: ResolvedSoapSettings | undefined } {
  const problems: string[] = [];
  const profile = declaration.profile ?? 'rest';
  if (profile !== 'rest' && profile !== 'soap') {
    problems.push('profile must be "rest" or "soap"');
    return { problems, profile: 'rest', soap: undefined };
  }
  const soap = declaration.soap;
  if (soap === undefined) {
    if (profile === 'soap') problems.push('a "soap" service needs soap: { namespace, responseElement }');
    return { problems, profile, soap: undefined };
  }
  if (typeof soap !== 'object' || soap === null) {
    problems.push('soap must be an object { namespace, responseElement, ... }');
    return { problems, profile, soap: undefined };
  }
  const operation = soap.operation ?? declaration.code;
  if (!isUri(soap.namespace)) problems.push('soap.namespace must be a namespace URI');
  if (!NCNAME.test(operation)) problems.push('soap.operation (or the code) must be an XML element name');
  if (typeof soap.responseElement !== 'string' || !NCNAME.test(soap.responseElement))
    problems.push('soap.responseElement must be an XML element name');
  if (soap.responseNamespace !== undefined && !isUri(soap.responseNamespace))
    problems.push('soap.responseNamespace must be a namespace URI');
  if (
    soap.serviceVersion !== undefined &&
    (typeof soap.serviceVersion !== 'string' || !/^[\x21-\x7e]{1,64}$/.test(soap.serviceVersion))
  )
    problems.push('soap.serviceVersion must be printable ASCII without spaces');
  const arrays = soap.arrays ?? [];
  if (!Array.isArray(arrays) || !arrays.every((name) => typeof name === 'string' && NCNAME.test(name)))
    problems.push('soap.arrays must list XML element names');
  if (profile === 'soap') {
    if ((declaration.method ?? 'POST') !== 'POST') problems.push('a "soap" service is always a POST');
    if (declaration.path !== undefined || (declaration.query ?? []).length > 0)
      problems.push('a "soap" service has no path or query: its input is the envelope body');
  }
  return {
    problems,
    profile,
    soap: Object.freeze({
      namespace: soap.namespace,
      operation,
      responseElement: soap.responseElement,
      responseNamespace: soap.responseNamespace,
      serviceVersion: soap.serviceVersion,
      arrays: Object.freeze([...arrays]),
      acceptEmptyHeader: soap.acceptEmptyHeader === true,
    }),
  };
}
