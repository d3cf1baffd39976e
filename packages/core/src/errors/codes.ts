/**
 * Every error code the SDK can raise, in one table: the class that carries it, whether it is retryable
 * by default, what it means (for the developer), the sentence a portal can show the citizen (vi/en) and
 * what to do next. `OnceOnlyError['code']` is typed by this table; docs/errors.md documents it, and a
 * test checks the two against each other and against the code.
 */

/** What the citizen (through the portal) should do next. */
export type UserAction =
  | 'retry-later'
  | 'give-consent-again'
  | 'fill-in-by-hand'
  | 'contact-agency'
  | 'fix-input'
  | 'report';

/** The error classes, by name (names, not classes, so this table has no import cycle). */
export type ErrorClassName =
  | 'OnceOnlyError'
  | 'InputError'
  | 'PolicyError'
  | 'AuthError'
  | 'NotFoundError'
  | 'RateLimitError'
  | 'UpstreamError'
  | 'TimeoutError'
  | 'NetworkError'
  | 'ResponseError'
  | 'CircuitOpenError'
  | 'AbortedError'
  | 'SubmissionError';

/** A sentence for the citizen, in Vietnamese and English. Never personal data. */
export interface CitizenText {
  readonly vi: string;
  readonly en: string;
}

export interface ErrorCodeInfo {
  readonly error: ErrorClassName;
  readonly retryable: boolean;
  /** One line for the developer: what happened. */
  readonly meaning: string;
  readonly action: UserAction;
  readonly citizen: CitizenText;
}

// The few sentences a citizen sees; many codes share one (the citizen needs no more detail).
const TRY_LATER: CitizenText = {
  vi: 'Hệ thống dữ liệu quốc gia tạm thời chưa phản hồi. Vui lòng thử lại sau ít phút.',
  en: 'The national database is not responding right now. Please try again in a few minutes.',
};
const CONSENT: CitizenText = {
  vi: 'Cần sự đồng ý của bạn để lấy dữ liệu này. Vui lòng xác nhận lại việc đồng ý chia sẻ dữ liệu qua VNeID, rồi thử lại.',
  en: 'Your consent is needed to fetch this data. Please give your consent again through VNeID, then try again.',
};
const NOT_FOUND: CitizenText = {
  vi: 'Không tìm thấy thông tin của bạn trong cơ sở dữ liệu quốc gia. Vui lòng tự nhập thông tin vào biểu mẫu.',
  en: 'Your record was not found in the national database. Please fill in the form yourself.',
};
const FIX_INPUT: CitizenText = {
  vi: 'Thông tin bạn nhập chưa hợp lệ (ví dụ: số định danh cá nhân gồm 12 chữ số). Vui lòng kiểm tra lại rồi thử lại.',
  en: 'Some of the information you entered is not valid (for example, a personal id has 12 digits). Please check it and try again.',
};
const NOT_ALLOWED: CitizenText = {
  vi: 'Cổng dịch vụ chưa được phép lấy dữ liệu này. Vui lòng tự nhập thông tin, hoặc liên hệ cơ quan giải quyết thủ tục.',
  en: 'This portal is not allowed to fetch this data. Please fill in the form yourself, or contact the agency handling your application.',
};
const PORTAL_FAULT: CitizenText = {
  vi: 'Cổng dịch vụ đang gặp sự cố kỹ thuật khi kết nối cơ sở dữ liệu quốc gia; sự cố đã được ghi nhận. Vui lòng tự nhập thông tin vào biểu mẫu.',
  en: 'The portal has a technical problem reaching the national database; it has been recorded. Please fill in the form yourself.',
};
const UNTRUSTED: CitizenText = {
  vi: 'Dữ liệu nhận được không kiểm chứng được nên không được sử dụng; sự cố đã được ghi nhận. Vui lòng tự nhập thông tin vào biểu mẫu.',
  en: 'The data received could not be verified, so it was not used; this has been recorded. Please fill in the form yourself.',
};
const CANCELLED: CitizenText = {
  vi: 'Yêu cầu đã bị huỷ trước khi hoàn tất. Bạn có thể thử lại.',
  en: 'The request was cancelled before it finished. You can try again.',
};

const SUBMISSION: CitizenText = {
  vi: 'Thông tin đã được xác thực trong biểu mẫu không khớp với dữ liệu đã điền sẵn. Vui lòng tải lại biểu mẫu rồi nộp lại.',
  en: 'The verified information in the form does not match what was prefilled. Please reload the form and submit it again.',
};
const FILL_IN: CitizenText = {
  vi: 'Không lấy được thông tin này từ cơ sở dữ liệu quốc gia. Vui lòng tự nhập thông tin vào biểu mẫu.',
  en: 'This information could not be fetched from the national database. Please fill it in yourself.',
};
const SIGN_IN_AGAIN: CitizenText = {
  vi: 'Không hoàn tất được việc đăng nhập qua VNeID; sự cố đã được ghi nhận. Vui lòng đăng nhập lại.',
  en: 'Signing in through VNeID could not be completed; this has been recorded. Please sign in again.',
};

type Row = readonly [
  error: ErrorClassName,
  retryable: boolean,
  action: UserAction,
  citizen: CitizenText,
  meaning: string,
];

// biome-ignore format: one row per code reads as the table it is.
const rows = {
  // OnceOnlyError: faults of the SDK's own machinery.
  ONCEONLY_ERROR: ['OnceOnlyError', false, 'report', PORTAL_FAULT, 'An SDK error without a more precise code.'],
  INTERNAL_ERROR: ['OnceOnlyError', false, 'report', PORTAL_FAULT, 'A bug: something that is not an SDK error was thrown inside the pipeline.'],
  AUDIT_SINK_FAILED: ['OnceOnlyError', false, 'report', PORTAL_FAULT, 'The audit sink refused the record; the data was withheld (fail closed).'],
  AUDIT_SINK_CLOSED: ['OnceOnlyError', false, 'report', PORTAL_FAULT, 'A record was written to an audit sink that was already closed.'],
  AUDIT_WRITE_FAILED: ['OnceOnlyError', false, 'report', PORTAL_FAULT, 'The audit file could not be written or synced (disk full, permissions).'],
  AUDIT_UNAVAILABLE: ['OnceOnlyError', true, 'retry-later', TRY_LATER, 'The audit sink did not accept the record in time; the data was withheld.'],
  OUTBOX_WRITE_FAILED: ['OnceOnlyError', false, 'report', PORTAL_FAULT, 'The monitoring outbox (file or Postgres) could not store or settle events; `record()` did not record them.'],
  OUTBOX_CLOSED: ['OnceOnlyError', false, 'report', PORTAL_FAULT, 'An event was recorded after the monitoring reporter or its outbox was closed.'],
  CACHE_STORE_ERROR: ['OnceOnlyError', false, 'report', PORTAL_FAULT, 'A shared store (Redis answer cache, token cache) failed, or holds a value that does not decrypt with the configured key; the call went on without it.'],
  HOOK_FAILED: ['OnceOnlyError', false, 'report', PORTAL_FAULT, 'An integrator hook threw or returned something it may not (e.g. a reserved header).'],
  HOOK_HEADER_REFUSED: ['OnceOnlyError', false, 'report', PORTAL_FAULT, 'A `hooks.headers` hook returned a reserved or unsafe header (X-Road, consent, purpose, authorization, content type).'],
  // InputError: the input or the configuration is wrong; the same call cannot succeed.
  INVALID_INPUT: ['InputError', false, 'fix-input', FIX_INPUT, 'The request does not match the service schema; `fields` lists where.'],
  INVALID_PERSONAL_ID: ['InputError', false, 'fix-input', FIX_INPUT, 'The personal id is not a valid 12-digit Vietnamese personal id.'],
  INVALID_REQUEST: ['InputError', false, 'fix-input', FIX_INPUT, 'The provider refused the request as invalid (problem code INVALID_REQUEST).'],
  INVALID_CONFIG: ['InputError', false, 'report', PORTAL_FAULT, 'A `createGateway` (or sink, auth, TLS) option is missing or wrong; the message names it.'],
  INVALID_OPTION: ['InputError', false, 'report', PORTAL_FAULT, 'An option of `createGateway`, a call or an adapter is wrong; the message and `fields` name it and say what to use.'],
  INVALID_FORM: ['InputError', false, 'report', PORTAL_FAULT, '`defineForm` was given an impossible form (unknown source or kind, circular sources, missing label); `fields` names where.'],
  INVALID_SERVICE_DEFINITION: ['InputError', false, 'report', PORTAL_FAULT, '`defineService` was given an impossible declaration.'],
  TIMEOUT_INVALID: ['InputError', false, 'report', PORTAL_FAULT, '`ctx.timeoutMs` is not a positive finite number of at most 2,147,483,647 ms (what a timer can hold).'],
  REQUEST_REFUSED: ['InputError', false, 'report', PORTAL_FAULT, 'The provider refused the request with a 4xx status the contract does not name.'],
  XROAD_CLIENT_ERROR: ['InputError', false, 'report', PORTAL_FAULT, 'The security server refused the request as malformed (`Client.*` error type).'],
  VERIFY_KEYS_MISSING: ['InputError', false, 'report', PORTAL_FAULT, 'Payload signatures are required but no keys are configured for the provider (`verify.providers`); nothing was sent.'],
  // PolicyError: the call is not allowed as made; nothing was sent.
  POLICY_VIOLATION: ['PolicyError', false, 'report', PORTAL_FAULT, 'The call breaks the access policy.'],
  CONTEXT_REQUIRED: ['PolicyError', false, 'report', PORTAL_FAULT, 'The call was made without an access context (`ctx`).'],
  PURPOSE_REQUIRED: ['PolicyError', false, 'report', PORTAL_FAULT, '`ctx.purpose` is missing or not a safe header value.'],
  CASE_ID_REQUIRED: ['PolicyError', false, 'report', PORTAL_FAULT, '`ctx.caseId` (the dossier code, X-Road-Issue) is missing or not a safe header value.'],
  USER_ID_INVALID: ['PolicyError', false, 'report', PORTAL_FAULT, '`ctx.userId` is not a safe header value.'],
  OFFICER_REQUIRED: ['PolicyError', false, 'report', PORTAL_FAULT, 'The service must be asked by a named officer and `ctx.officerId` is missing.'],
  OFFICER_ID_INVALID: ['PolicyError', false, 'report', PORTAL_FAULT, "`ctx.officerId` is not a 12-digit personal id (the officer's)."],
  PURPOSE_NOT_ALLOWED: ['PolicyError', false, 'contact-agency', NOT_ALLOWED, 'The provider does not allow this purpose for this service.'],
  REPRESENTATION_NOT_CONFIRMED: ['PolicyError', false, 'fill-in-by-hand', FILL_IN, "Prefill for someone else: the subject's population record does not name the signed-in person as legal representative, so nothing about the subject is shown."],
  CONSENT_REQUIRED: ['PolicyError', false, 'give-consent-again', CONSENT, "The data category needs the citizen's consent and `ctx.consent` is missing."],
  CONSENT_INVALID: ['PolicyError', false, 'give-consent-again', CONSENT, 'The consent token is malformed, or not signed by the identity provider.'],
  CONSENT_EXPIRED: ['PolicyError', false, 'give-consent-again', CONSENT, 'The consent token has expired.'],
  CONSENT_SUBJECT_MISMATCH: ['PolicyError', false, 'give-consent-again', CONSENT, 'The consent token names another citizen than the one asked about.'],
  CONSENT_AUDIENCE_MISMATCH: ['PolicyError', false, 'give-consent-again', CONSENT, 'The consent token was issued to another client than this portal.'],
  CONSENT_SCOPE_MISSING: ['PolicyError', false, 'give-consent-again', CONSENT, "The consent token does not cover this service's data category."],
  CONSENT_PURPOSE_MISMATCH: ['PolicyError', false, 'give-consent-again', CONSENT, 'The consent token was given for another purpose than `ctx.purpose`.'],
  CONSENT_REVOKED: ['PolicyError', false, 'give-consent-again', CONSENT, "The consent token was revoked (the identity provider's revocation list names its `jti`)."],
  // AuthError: authentication or access rights.
  AUTH_FAILED: ['AuthError', false, 'report', PORTAL_FAULT, 'Authentication failed.'],
  ACCESS_DENIED: ['AuthError', false, 'contact-agency', NOT_ALLOWED, 'The security server denied access: this client has no access right to the service.'],
  UNAUTHORIZED: ['AuthError', false, 'report', PORTAL_FAULT, 'The platform refused the credentials (401) even after a fresh token.'],
  FORBIDDEN: ['AuthError', false, 'contact-agency', NOT_ALLOWED, 'The platform refused the call (403): check the access rights of this client.'],
  TOKEN_REQUEST_FAILED: ['AuthError', false, 'report', PORTAL_FAULT, 'The token endpoint refused the client credentials.'],
  TOKEN_RESPONSE_INVALID: ['AuthError', false, 'report', PORTAL_FAULT, 'The token endpoint answered without a usable access token.'],
  SIGNIN_REFUSED: ['AuthError', false, 'give-consent-again', CONSENT, 'The identity provider sent the citizen back with an error (`access_denied`: the citizen refused); nothing was exchanged.'],
  SIGNIN_STATE_MISMATCH: ['AuthError', false, 'report', SIGN_IN_AGAIN, "The callback's `state` is missing or is not the transaction's (forged, replayed or crossed callback); nothing was exchanged."],
  SIGNIN_CODE_REJECTED: ['AuthError', false, 'report', SIGN_IN_AGAIN, 'The identity provider refused the code exchange (expired or used code, PKCE verifier, redirect URI, client authentication).'],
  SIGNIN_TOKEN_INVALID: ['AuthError', false, 'report', SIGN_IN_AGAIN, 'The ID token does not verify: signature, issuer, audience, expiry or algorithm.'],
  SIGNIN_NONCE_MISMATCH: ['AuthError', false, 'report', SIGN_IN_AGAIN, "The ID token's `nonce` is missing or is not the transaction's (a replayed token)."],
  TLS_CLIENT_CERTIFICATE_REFUSED: ['AuthError', false, 'report', PORTAL_FAULT, "The security server refused this portal's TLS client certificate."],
  // NotFoundError: an answer, not a fault.
  RELATIVE_NOT_IDENTIFIED: ['NotFoundError', false, 'fill-in-by-hand', FILL_IN, "Prefill: the record naming a relative does not give their personal id, name and date of birth, so the relative's own record cannot be looked up."],
  NOT_FOUND: ['NotFoundError', false, 'fill-in-by-hand', NOT_FOUND, 'The provider holds no record matching the query.'],
  // RateLimitError
  RATE_LIMITED: ['RateLimitError', true, 'retry-later', TRY_LATER, 'The provider asks to slow down; `retryAfterMs` says for how long when it said.'],
  QUOTA_EXCEEDED: ['RateLimitError', true, 'retry-later', TRY_LATER, "The portal's own rate limit for the provider (`rateLimit`, shared by its instances) has no free slot before the call's deadline; nothing was sent. `retryAfterMs` says when the next slot frees (never retried within the call: no slot frees before its deadline)."],
  // UpstreamError: the platform or the provider failed.
  UPSTREAM_ERROR: ['UpstreamError', true, 'retry-later', TRY_LATER, 'The provider failed with a 5xx status.'],
  UNAVAILABLE: ['UpstreamError', true, 'retry-later', TRY_LATER, 'The provider is temporarily unavailable (503 or problem code UNAVAILABLE).'],
  PROVIDER_UNREACHABLE: ['UpstreamError', true, 'retry-later', TRY_LATER, "The security server could not reach the provider (`…NetworkError`, `…ServiceFailed`)."],
  SECURITY_SERVER_ERROR: ['UpstreamError', true, 'retry-later', TRY_LATER, 'The security server failed (another `Server.*` error type).'],
  UNKNOWN_SERVICE: ['UpstreamError', false, 'report', PORTAL_FAULT, 'The security server does not know the service or member: check the provider id and service code for this environment.'],
  SERVICE_DISABLED: ['UpstreamError', false, 'contact-agency', TRY_LATER, 'The provider disabled the service, or its service address is missing or malformed on the security server.'],
  SECURITY_SERVER_MISCONFIGURED: ['UpstreamError', false, 'report', PORTAL_FAULT, 'The security server cannot work as configured (TLS authentication, certificates, outdated global configuration).'],
  XROAD_ERROR: ['UpstreamError', false, 'report', PORTAL_FAULT, 'The security server answered with an X-Road error type the SDK does not know; never retried.'],
  UNEXPECTED_STATUS: ['UpstreamError', false, 'report', PORTAL_FAULT, 'The platform answered with a status the contract does not allow (e.g. a redirect).'],
  TOKEN_ENDPOINT_FAILED: ['UpstreamError', true, 'retry-later', TRY_LATER, 'The token endpoint failed (5xx or unreachable).'],
  IDENTITY_PROVIDER_UNAVAILABLE: ['UpstreamError', true, 'retry-later', TRY_LATER, 'The identity provider could not be reached or failed (discovery, token, userinfo or revocation list: 5xx, network).'],
  JWKS_UNAVAILABLE: ['UpstreamError', true, 'retry-later', TRY_LATER, 'The key set (JWKS) of the provider or identity provider could not be fetched.'],
  // TimeoutError
  TIMEOUT: ['TimeoutError', true, 'retry-later', TRY_LATER, 'A connect, headers or body timeout (`timeouts.*`) expired.'],
  DEADLINE_EXCEEDED: ['TimeoutError', true, 'retry-later', TRY_LATER, "The call's overall deadline (`ctx.timeoutMs` or `timeouts.totalMs`) expired."],
  // NetworkError
  NETWORK_ERROR: ['NetworkError', true, 'retry-later', TRY_LATER, 'The connection failed or was reset before an answer arrived.'],
  NETWORK_CONFIG: ['NetworkError', false, 'report', PORTAL_FAULT, 'The security server cannot be reached as configured (unknown host, bad URL, TLS refused).'],
  TLS_UNTRUSTED_CERTIFICATE: ['AuthError', false, 'report', PORTAL_FAULT, "The security server's certificate is not signed by a trusted CA (`tls.ca`)."],
  TLS_HOSTNAME_MISMATCH: ['AuthError', false, 'report', PORTAL_FAULT, "The security server's certificate does not name the host in `baseUrl`."],
  TLS_CERTIFICATE_EXPIRED: ['AuthError', false, 'report', PORTAL_FAULT, "The security server's certificate has expired (or is not yet valid)."],
  TLS_HANDSHAKE_FAILED: ['AuthError', false, 'report', PORTAL_FAULT, 'The TLS handshake with the security server failed for another reason (protocol, cipher, https to an http port).'],
  // ResponseError: the answer cannot be trusted or used.
  RESPONSE_INVALID: ['ResponseError', false, 'report', UNTRUSTED, 'The answer cannot be used.'],
  RESPONSE_MALFORMED: ['ResponseError', false, 'report', UNTRUSTED, 'The answer is not the JSON or SOAP envelope the contract describes (hostile or broken XML included).'],
  SIGNIN_ANSWER_INVALID: ['ResponseError', false, 'report', UNTRUSTED, "The identity provider's answer cannot be used: not decryptable, malformed, or without the citizen's claims."],
  RESPONSE_NOT_JSON: ['ResponseError', false, 'report', UNTRUSTED, 'A metaservice answered XML or another type instead of JSON (the Accept header was lost on the way).'],
  RESPONSE_TOO_LARGE: ['ResponseError', false, 'report', UNTRUSTED, 'The answer is larger than `limits.maxResponseBytes`.'],
  RESPONSE_SCHEMA: ['ResponseError', false, 'report', UNTRUSTED, "The answer breaks the service's response schema."],
  RESPONSE_MAPPING: ['ResponseError', false, 'report', UNTRUSTED, "The adapter could not map the answer to its domain type (e.g. an unknown code)."],
  RESPONSE_SUBJECT_MISMATCH: ['ResponseError', false, 'report', UNTRUSTED, 'The answer is about another citizen than the one asked about.'],
  RESPONSE_ID_MISMATCH: ['ResponseError', false, 'report', UNTRUSTED, 'The X-Road-Id of the answer is not the one of the request.'],
  RESPONSE_HEADER_CONFLICT: ['ResponseError', false, 'report', UNTRUSTED, 'The answer repeats an X-Road header with different values.'],
  RESPONSE_HEADER_MISMATCH: ['ResponseError', false, 'report', UNTRUSTED, "The SOAP answer's X-Road header names another client, service or id than the request (or is empty where that is not accepted)."],
  SIGNATURE_MISSING: ['ResponseError', false, 'report', UNTRUSTED, 'The answer carries no X-Payload-Signature although signatures are verified.'],
  SIGNATURE_MALFORMED: ['ResponseError', false, 'report', UNTRUSTED, 'X-Payload-Signature is not a usable detached JWS.'],
  SIGNATURE_ALGORITHM: ['ResponseError', false, 'report', UNTRUSTED, 'The answer is signed with an algorithm that is not allowed (`verify.algorithms`).'],
  SIGNATURE_UNKNOWN_KEY: ['ResponseError', false, 'report', UNTRUSTED, "The answer is signed with a key id the provider's key set does not publish."],
  SIGNATURE_INVALID: ['ResponseError', false, 'report', UNTRUSTED, 'The signature does not match the body: altered, or signed by another key.'],
  // CircuitOpenError
  CIRCUIT_OPEN: ['CircuitOpenError', true, 'retry-later', TRY_LATER, "The provider's circuit breaker is open after repeated faults; `retryAfterMs` says when it half-opens."],
  // AbortedError
  ABORTED: ['AbortedError', false, 'retry-later', CANCELLED, 'The caller aborted the call through `ctx.signal`.'],
  // SubmissionError: a form submission does not match its prefill receipt (`verifySubmission`).
  SUBMISSION_INVALID: ['SubmissionError', false, 'fix-input', SUBMISSION, 'The submission does not match its prefill receipt.'],
  SUBMISSION_FIELD_CHANGED: ['SubmissionError', false, 'fix-input', SUBMISSION, 'A locked (government-verified) field was submitted with another value than prefill gave; `field` names it.'],
  SUBMISSION_FIELD_DUPLICATED: ['SubmissionError', false, 'fix-input', SUBMISSION, 'A field of the form was submitted more than once; `field` names it.'],
  SUBMISSION_FIELD_MOVED: ['SubmissionError', false, 'fix-input', SUBMISSION, "A locked field is missing and its value was submitted under another field's name; `field` names the locked field."],
  SUBMISSION_FIELD_MISSING: ['SubmissionError', false, 'fix-input', SUBMISSION, 'A locked field is missing from the submission; `field` names it.'],
  RECEIPT_INVALID: ['SubmissionError', false, 'fix-input', SUBMISSION, 'The prefill receipt is missing, altered, or not signed with this key.'],
  RECEIPT_EXPIRED: ['SubmissionError', false, 'fix-input', SUBMISSION, 'The prefill receipt has expired; prefill the form again.'],
  RECEIPT_FORM_MISMATCH: ['SubmissionError', false, 'fix-input', SUBMISSION, 'The prefill receipt was made for another form (or an earlier version of this one).'],
  RECEIPT_SUBJECT_MISMATCH: ['SubmissionError', false, 'fix-input', SUBMISSION, 'The prefill receipt was made for another citizen than the one submitting.'],
} as const satisfies Record<string, Row>;

/** Every code the SDK can raise. */
export type ErrorCode = keyof typeof rows;

/** The table, as objects: `ERROR_CODES.CONSENT_EXPIRED.action === 'give-consent-again'`. */
export const ERROR_CODES: { readonly [C in ErrorCode]: ErrorCodeInfo } = Object.freeze(
  Object.fromEntries(
    Object.entries(rows).map(([code, [error, retryable, action, citizen, meaning]]) => [
      code,
      Object.freeze({ error, retryable, action, citizen, meaning }),
    ]),
  ) as { [C in ErrorCode]: ErrorCodeInfo },
);

/** True for a string that is one of the SDK's codes. */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CODES, value);
}
