/**
 * The authorization request of the identity provider's login flow (`GET /idp/authorize`), checked as an
 * OIDC provider would, and the small parameter readers the flow's pages share.
 * @module
 */
import type { Bilingual } from './idp-pages.js';
import { type ClientEntry, parseSubsystemId, type Registry } from './registry.js';

const VSCHAR = /^[\x20-\x7e]*$/;
const SCOPE_TOKEN = /^[\x21\x23-\x5b\x5d-\x7e]+$/;
const PURPOSE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const AUTHORIZE_PARAMS = [
  'response_type',
  'client_id',
  'redirect_uri',
  'scope',
  'state',
  'nonce',
  'purpose',
  'code_challenge',
  'code_challenge_method',
  'q',
] as const;
// RFC 7636 §4.2: BASE64URL(SHA-256(verifier)) is 43 characters.
const S256_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

/** A validated authorization request. */
export interface AuthorizationRequest {
  client: ClientEntry;
  redirectUri: string;
  /** Every requested scope, `openid` first. */
  scopes: string[];
  state: string | undefined;
  nonce: string | undefined;
  purpose: string;
  /** PKCE (RFC 7636), S256 only: the token request must present the verifier of this challenge. */
  codeChallenge: string;
}

export type Problem = { problem: Bilingual };
export const problem = (vi: string, en: string): Problem => ({ problem: { vi, en } });

/** The single value of a parameter; a problem when it is repeated (RFC 6749 §3.1). */
export function single(params: URLSearchParams, name: string): string | undefined | Problem {
  const values = params.getAll(name);
  if (values.length > 1) return problem(`Tham số ${name} bị lặp lại.`, `The ${name} parameter is repeated.`);
  return values[0];
}

export function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'problem' in value;
}

/** Scopes the identity provider knows: `openid` and the category of every service that needs consent. */
export function scopesSupported(registry: Registry): string[] {
  const categories = registry.services
    .filter((s) => s.binding.service.requiresConsent)
    .map((s) => s.binding.service.category);
  return ['openid', ...new Set(categories)];
}

/** Checks an authorization request (`GET /idp/authorize`) as an OIDC provider would; a problem names what is wrong. */
export function parseAuthorization(
  query: URLSearchParams,
  registry: Registry,
): AuthorizationRequest | Problem {
  const values: Partial<Record<(typeof AUTHORIZE_PARAMS)[number], string>> = {};
  for (const name of AUTHORIZE_PARAMS) {
    const value = single(query, name);
    if (isProblem(value)) return value;
    if (value !== undefined) values[name] = value;
  }
  const missing = (name: string) =>
    problem(`Thiếu tham số bắt buộc ${name}.`, `The required parameter ${name} is missing.`);

  if (!values.client_id) return missing('client_id');
  const client = parseSubsystemId(values.client_id) ? registry.client(values.client_id) : undefined;
  if (!client) {
    return problem(
      `client_id “${values.client_id}” không phải là cổng dịch vụ công đã đăng ký.`,
      `client_id “${values.client_id}” is not a registered portal (an X-Road client id INSTANCE/CLASS/MEMBER/SUBSYSTEM).`,
    );
  }
  if (!values.redirect_uri) return missing('redirect_uri');
  const redirect = URL.canParse(values.redirect_uri) ? new URL(values.redirect_uri) : undefined;
  if (
    !redirect ||
    (redirect.protocol !== 'http:' && redirect.protocol !== 'https:') ||
    values.redirect_uri.includes('#') ||
    redirect.username !== '' ||
    redirect.password !== '' ||
    values.redirect_uri.length > 2000
  ) {
    return problem(
      'redirect_uri phải là một URL http(s) tuyệt đối, không có phần # và thông tin đăng nhập.',
      'redirect_uri must be an absolute http(s) URL, without a fragment or credentials.',
    );
  }
  if (!values.response_type) return missing('response_type');
  if (values.response_type !== 'code') {
    return problem(
      'response_type không được hỗ trợ: chỉ hỗ trợ "code".',
      'Unsupported response_type: only "code" is supported (authorization code flow).',
    );
  }
  if (!values.scope) return missing('scope');
  const scopes = values.scope.split(' ');
  if (scopes.some((s) => !SCOPE_TOKEN.test(s))) {
    return problem(
      'scope phải là các mã cách nhau bởi một dấu cách.',
      'scope must be scope tokens separated by single spaces.',
    );
  }
  const supported = new Set(scopesSupported(registry));
  const unknown = scopes.filter((s) => !supported.has(s));
  if (unknown.length > 0) {
    return problem(
      `Phạm vi dữ liệu không được hỗ trợ: ${unknown.join(', ')}.`,
      `Unknown scope: ${unknown.join(', ')}. Supported: ${[...supported].join(' ')}.`,
    );
  }
  if (!scopes.includes('openid')) {
    return problem('scope phải có "openid".', 'scope must include "openid".');
  }
  const categories = [...new Set(scopes.filter((s) => s !== 'openid'))];
  if (categories.length === 0) {
    return problem(
      'scope phải có ít nhất một loại dữ liệu (ví dụ population.basic).',
      'scope must name at least one data category (e.g. population.basic).',
    );
  }
  if (!values.purpose) return missing('purpose');
  if (!PURPOSE.test(values.purpose)) {
    return problem(
      'purpose phải là mã thủ tục (ví dụ 1.001193).',
      'purpose must be a procedure code (e.g. 1.001193).',
    );
  }
  if (client.purposes && !client.purposes.has(values.purpose)) {
    return problem(
      'Cổng dịch vụ công này không được dùng dữ liệu cho mục đích này.',
      'This portal may not use data for this purpose.',
    );
  }
  if (values.state !== undefined && (values.state.length > 512 || !VSCHAR.test(values.state))) {
    return problem(
      'state phải là tối đa 512 ký tự ASCII.',
      'state must be at most 512 printable ASCII characters.',
    );
  }
  if (values.nonce !== undefined && (values.nonce.length > 255 || !VSCHAR.test(values.nonce))) {
    return problem(
      'nonce phải là tối đa 255 ký tự ASCII.',
      'nonce must be at most 255 printable ASCII characters.',
    );
  }
  // PKCE is required of every client, as OAuth 2.1 and the national SSO's Keycloak clients do.
  if (!values.code_challenge) return missing('code_challenge');
  if (values.code_challenge_method !== 'S256') {
    return problem(
      'code_challenge_method phải là "S256".',
      'code_challenge_method must be "S256" (PKCE with the plain method is refused).',
    );
  }
  if (!S256_CHALLENGE.test(values.code_challenge)) {
    return problem(
      'code_challenge phải là SHA-256 của code_verifier, mã hoá base64url (43 ký tự).',
      'code_challenge must be the base64url SHA-256 of the code_verifier (43 characters).',
    );
  }
  return {
    client,
    redirectUri: values.redirect_uri,
    scopes: ['openid', ...categories],
    state: values.state,
    nonce: values.nonce,
    purpose: values.purpose,
    codeChallenge: values.code_challenge,
  };
}
