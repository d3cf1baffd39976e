/**
 * X-Road error types in both spellings: `Server.ServerProxy.AccessDenied` (X-Road up to 7.7) and
 * `server.serverproxy.access_denied` (7.8 and later) are one type. A type is normalised once (split on
 * `.`, lower-cased, `_` removed) and classified by its parts, never by the HTTP status.
 */

/** What the caller should make of an X-Road error type. */
export type XRoadErrorKind =
  /** The client is not allowed the service: never retried, never a breaker fault. */
  | 'access-denied'
  /** No such service or member in this environment: configuration, not an outage. */
  | 'unknown-service'
  /** The provider disabled the service, or gave it no usable address. */
  | 'service-disabled'
  /** A security server's certificates or configuration are not valid: an operator must act. */
  | 'misconfigured'
  /** The consumer security server refused this client's TLS certificate (or has no valid one itself). */
  | 'client-certificate-refused'
  /** The request was malformed (`Client.*`): fix the request. */
  | 'client'
  /** The provider security server could not reach or use the provider service. */
  | 'provider-unreachable'
  /** Any other failure inside the platform (`Server.*`): transient as far as we know. */
  | 'server'
  /** Not an X-Road type we can read. */
  | 'unknown';

export interface XRoadErrorType {
  kind: XRoadErrorKind;
  /**
   * Safe to echo: the type as received when every part is X-Road vocabulary, else its known leading
   * parts followed by `unknown` (an upstream cannot put a name or an id into our messages).
   */
  display: string;
  /** Every part is X-Road vocabulary. */
  known: boolean;
}

const norm = (part: string): string => part.toLowerCase().replace(/_/g, '');

// The X-Road error vocabulary (ErrorCodes in the reference server, both spellings normalise alike),
// plus the older CamelCase names that are not the same words (`OutdatedGlobalConf`).
const VOCABULARY = new Set(
  [
    'server serverproxy clientproxy client proxy opmonitor signer mlog',
    'io_error network_error internal_error bad_request not_found http_error unknown_host database_error',
    'invalid_request invalid_response cryptography_error cannot_create_signature cert_validation',
    'missing_validation_info incorrect_validation_info cannot_create_cert_path cert_validity_time',
    'incorrect_certificate unsupported_algorithm invalid_signature_value malformed_signature invalid_xml',
    'invalid_reference invalid_cert_path signature_verification malformed_soap invalid_hash_chain',
    'malformed_hash_chain hashchain_unused_inputs invalid_hash_chain_ref invalid_encoded_id',
    'invalid_parameters id_not_a_number ssl_authentication_failed logging_failed timestamping_failed',
    'invalid_content_type invalid_soap_action invalid_http_method invalid_message invalid_security_server',
    'mime_parsing_failed missing_header missing_header_field duplicate_header_field missing_body',
    'invalid_body inconsistent_headers inconsistent_response missing_soap invalid_soap missing_rest',
    'invalid_rest access_denied service_disabled service_failed missing_signature unknown_service',
    'invalid_protocol_version invalid_client_identifier service_type client_proxy_version_not_supported',
    'unknown_member malformed_server_conf malformed_key_conf malformed_global_conf',
    'malformed_optional_parts_conf global_conf_outdated outdated_global_conf service_missing_url',
    'service_malformed_url adapter_wsdl_not_found hsm_non_operational maintenance_mode timeout',
    'timestamp_request_timed_out timestamper_failed key_not_found cert_not_found token_not_available',
  ]
    .join(' ')
    .split(' ')
    .map(norm),
);

const ACCESS_DENIED = new Set(['accessdenied']);
const UNKNOWN_SERVICE = new Set(['unknownservice', 'unknownmember', 'servicetype']);
const SERVICE_DISABLED = new Set(['servicedisabled', 'servicemissingurl', 'servicemalformedurl']);
const MISCONFIGURED = new Set(
  [
    'ssl_authentication_failed incorrect_certificate cert_validation cert_validity_time invalid_cert_path',
    'cannot_create_cert_path outdated_global_conf global_conf_outdated malformed_server_conf',
    'malformed_global_conf malformed_key_conf invalid_security_server client_proxy_version_not_supported',
  ]
    .join(' ')
    .split(' ')
    .map(norm),
);
const UNREACHABLE = new Set(['servicefailed', 'networkerror', 'ioerror', 'unknownhost', 'timeout']);

// A dotted name of ASCII words; anything else (spaces, CR/LF, other scripts) is not an X-Road type.
const SYNTAX = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*){1,7}$/;
// A run of 9+ digits could be a personal id: such a part is never vocabulary.
const LONG_DIGITS = /\d{9}/;

/** Reads an X-Road error type (header `X-Road-Error` or body `type`); `undefined` if it is not one. */
export function parseXRoadErrorType(value: unknown): XRoadErrorType | undefined {
  if (typeof value !== 'string' || value.length > 200 || !SYNTAX.test(value.trim())) return undefined;
  const raw = value.trim().split('.');
  const parts = raw.map(norm);
  const origin = parts[0];
  if (origin !== 'server' && origin !== 'client') return undefined;
  const knownCount = raw.findIndex((p, i) => LONG_DIGITS.test(p) || !VOCABULARY.has(parts[i]!));
  const known = knownCount === -1;
  const display = known ? raw.join('.') : [...raw.slice(0, knownCount), 'unknown'].join('.');
  return { kind: classify(origin, parts.slice(1)), display, known };
}

/** The type for an `X-Road-Error` header we could not read at all. */
export const UNREADABLE_XROAD_TYPE: XRoadErrorType = Object.freeze({
  kind: 'unknown',
  display: 'unknown',
  known: false,
});

function classify(origin: 'server' | 'client', rest: string[]): XRoadErrorKind {
  const any = (set: Set<string>) => rest.some((p) => set.has(p));
  if (any(ACCESS_DENIED)) return 'access-denied';
  if (origin === 'client') return 'client';
  if (any(UNKNOWN_SERVICE)) return 'unknown-service';
  if (any(SERVICE_DISABLED)) return 'service-disabled';
  // On the client proxy (our own security server), a TLS authentication failure is about this client's
  // certificate: not registered as its IS certificate, or none sent (MessageProcessorBase).
  if (rest[0] === 'clientproxy' && rest.includes('sslauthenticationfailed'))
    return 'client-certificate-refused';
  if (any(MISCONFIGURED)) return 'misconfigured';
  if (any(UNREACHABLE)) return 'provider-unreachable';
  return 'server';
}
