import { createHmac, randomBytes } from 'node:crypto';
import { decodeJwt } from 'jose';
import { removeDiacritics } from '@onceonly/vn';
import type { Persona, World } from '../world/types.js';
import { type IdentityProvider, MOCK_IDP_ISSUER } from './identity-provider.js';
import {
  type Bilingual,
  consentPage,
  errorPage,
  maskPersonalId,
  type PickerEntry,
  pickerPage,
} from './idp-pages.js';
import { parseSubsystemId, type ClientEntry, type Registry } from './registry.js';
import { jsonResponse } from './responses.js';
import { signJwt } from './signing.js';
import type { MockRequest, MockResponse } from './types.js';

/** Paths of the identity provider's login and consent flow (OIDC authorization code flow). */
export const IDP_PATHS = {
  authorize: '/idp/authorize',
  consent: '/idp/consent',
  decision: '/idp/decision',
  token: '/idp/token',
  configuration: '/idp/.well-known/openid-configuration',
  jwks: '/idp/jwks.json',
} as const;

/** Lifetime of an authorization code, in seconds: single use, bound to the client and the redirect URI. */
export const AUTHORIZATION_CODE_TTL_SEC = 60;
/** Lifetime of the consent token and of the ID token issued at `POST /idp/token`, in seconds. */
export const IDP_TOKEN_TTL_SEC = 600;
/** How long the citizen has between the persona picker and the decision, in seconds. */
const PENDING_TTL_SEC = 600;
/** The most personas the picker shows at once. */
export const PICKER_LIMIT = 50;

const VSCHAR = /^[\x20-\x7e]*$/;
const SCOPE_TOKEN = /^[\x21\x23-\x5b\x5d-\x7e]+$/;
const PURPOSE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const AUTHORIZE_PARAMS = [
  'response_type',
  'client_id',
  'redirect_uri',
  'scope',
  'state',
  'nonce',
  'purpose',
  'q',
] as const;

/** A validated authorization request. */
interface AuthorizationRequest {
  client: ClientEntry;
  redirectUri: string;
  /** Every requested scope, `openid` first. */
  scopes: string[];
  state: string | undefined;
  nonce: string | undefined;
  purpose: string;
}

interface Pending extends AuthorizationRequest {
  expiresAt: number;
}

interface Ticket {
  request: string;
  personalId: string;
  expiresAt: number;
}

interface CodeGrant extends AuthorizationRequest {
  personalId: string;
  authTime: number;
  expiresAt: number;
  used: boolean;
  /** `jti` of the consent token issued with this code, revoked if the code is replayed. */
  consentJti?: string;
}

type Problem = { problem: Bilingual };
const problem = (vi: string, en: string): Problem => ({ problem: { vi, en } });

type OAuthError = 'invalid_request' | 'invalid_client' | 'invalid_grant' | 'unsupported_grant_type';

function oauthError(status: 400 | 401, error: OAuthError, description: string): MockResponse {
  return jsonResponse(
    status,
    { error, error_description: description },
    { 'cache-control': 'no-store', pragma: 'no-cache' },
  );
}

function isForm(request: MockRequest): boolean {
  return (request.headers['content-type'] ?? '')
    .toLowerCase()
    .startsWith('application/x-www-form-urlencoded');
}

/** The single value of a parameter; a problem when it is repeated (RFC 6749 §3.1). */
function single(params: URLSearchParams, name: string): string | undefined | Problem {
  const values = params.getAll(name);
  if (values.length > 1) return problem(`Tham số ${name} bị lặp lại.`, `The ${name} parameter is repeated.`);
  return values[0];
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'problem' in value;
}

/** Folds a name or a query for search: lower case, no diacritics (`đ` → `d`), spaces collapsed. */
function fold(text: string): string {
  return removeDiacritics(text.normalize('NFC').toLowerCase()).replace(/\s+/g, ' ').trim();
}

/**
 * The login and consent flow of the VNeID-like identity provider (OIDC authorization code flow):
 * persona picker → consent page → decision → code → `POST /idp/token`, which returns an ID token and the
 * same consent token `mock.consent()` issues. Nothing is issued without an explicit Agree. Personal ids
 * never appear in a URL or a form: personas are named by opaque handles.
 */

const NOT_A_FORM = problem(
  'Biểu mẫu phải được gửi dạng application/x-www-form-urlencoded.',
  'The form must be sent as application/x-www-form-urlencoded.',
).problem;

/** The fields of a page's form post, or `undefined` when the body is not a urlencoded form. */
function pageForm(request: MockRequest): URLSearchParams | undefined {
  return isForm(request) ? new URLSearchParams(new TextDecoder().decode(request.body)) : undefined;
}

export class IdpFlow {
  readonly #registry: Registry;
  readonly #world: World;
  readonly #idp: IdentityProvider;
  readonly #now: () => number;
  readonly #handleKey: Buffer;
  #handles: Map<string, Persona> | undefined;
  readonly #pending = new Map<string, Pending>();
  readonly #tickets = new Map<string, Ticket>();
  readonly #codes = new Map<string, CodeGrant>();

  constructor(options: {
    registry: Registry;
    world: World;
    idp: IdentityProvider;
    now: () => number;
    seed: number;
  }) {
    this.#registry = options.registry;
    this.#world = options.world;
    this.#idp = options.idp;
    this.#now = options.now;
    this.#handleKey = Buffer.from(`onceonly-mock:persona-handle:${options.seed}`);
  }

  /** Scopes the identity provider knows: `openid` and the category of every service that needs consent. */
  scopesSupported(): string[] {
    const categories = this.#registry.services
      .filter((s) => s.binding.service.requiresConsent)
      .map((s) => s.binding.service.category);
    return ['openid', ...new Set(categories)];
  }

  /** `GET /idp/.well-known/openid-configuration`, with endpoints at the origin the request came to. */
  configuration(request: MockRequest): MockResponse {
    const base = request.origin.replace(/\/+$/, '');
    return jsonResponse(200, {
      issuer: MOCK_IDP_ISSUER,
      authorization_endpoint: `${base}${IDP_PATHS.authorize}`,
      token_endpoint: `${base}${IDP_PATHS.token}`,
      jwks_uri: `${base}${IDP_PATHS.jwks}`,
      scopes_supported: this.scopesSupported(),
      response_types_supported: ['code'],
      response_modes_supported: ['query'],
      grant_types_supported: ['authorization_code'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['ES256'],
      token_endpoint_auth_methods_supported: ['none'],
      claims_supported: ['iss', 'sub', 'aud', 'exp', 'iat', 'auth_time', 'nonce'],
      ui_locales_supported: ['vi', 'en'],
    });
  }

  /** `GET /idp/authorize`: checks the request, then shows the persona picker. */
  authorize(query: URLSearchParams): MockResponse {
    this.#prune();
    const parsed = this.#parseAuthorization(query);
    if (isProblem(parsed)) return errorPage(parsed.problem);
    const q = single(query, 'q') ?? '';
    if (isProblem(q)) return errorPage(q.problem);
    if (q.length > 100) {
      return errorPage(problem('Từ khoá tìm kiếm quá dài.', 'The search text (q) is too long.').problem);
    }
    const request = randomBytes(24).toString('base64url');
    this.#pending.set(request, { ...parsed, expiresAt: this.#now() + PENDING_TTL_SEC * 1000 });

    const wanted = fold(q);
    const matches = wanted
      ? this.#world.personas.filter(
          (p) => fold(p.fullName ?? '').includes(wanted) || (p.tags as readonly string[]).includes(wanted),
        )
      : [...this.#world.personas];
    const shown: PickerEntry[] = matches.slice(0, PICKER_LIMIT).map((p) => ({
      handle: this.#handleOf(p.personalId),
      name: p.fullName ?? '',
      maskedId: maskPersonalId(p.personalId),
      tags: p.tags,
    }));
    const params: Array<[string, string]> = [];
    for (const name of AUTHORIZE_PARAMS) {
      const value = query.get(name);
      if (name !== 'q' && value !== null) params.push([name, value]);
    }
    return pickerPage({
      request,
      clientName: parsed.client.name,
      clientId: parsed.client.id,
      purpose: parsed.purpose,
      params,
      q,
      shown,
      total: matches.length,
    });
  }

  /** `POST /idp/consent` (form: `request`, `persona`): the consent page for the chosen persona. */
  consent(request: MockRequest): MockResponse {
    this.#prune();
    const form = pageForm(request);
    if (!form) return errorPage(NOT_A_FORM);
    const id = single(form, 'request');
    const handle = single(form, 'persona');
    if (isProblem(id)) return errorPage(id.problem);
    if (isProblem(handle)) return errorPage(handle.problem);
    const pending = id ? this.#pending.get(id) : undefined;
    if (!id || !pending) {
      return errorPage(
        problem(
          'Phiên đăng nhập không tồn tại hoặc đã hết hạn. Hãy bắt đầu lại từ cổng dịch vụ công.',
          'The sign-in request is unknown or has expired. Start again from the portal.',
        ).problem,
      );
    }
    const persona = handle ? this.#personaOf(handle) : undefined;
    if (!persona) {
      return errorPage(problem('Không có công dân được chọn.', 'No known citizen was chosen.').problem);
    }
    const ticket = randomBytes(24).toString('base64url');
    this.#tickets.set(ticket, {
      request: id,
      personalId: persona.personalId,
      expiresAt: pending.expiresAt,
    });
    return consentPage({
      ticket,
      personName: persona.fullName,
      maskedId: maskPersonalId(persona.personalId),
      clientName: pending.client.name,
      clientId: pending.client.id,
      purpose: pending.purpose,
      scopes: pending.scopes,
    });
  }

  /** `POST /idp/decision` (form: `ticket`, `decision`): redirects back to the portal with a code or an error. */
  decision(request: MockRequest): MockResponse {
    this.#prune();
    const form = pageForm(request);
    if (!form) return errorPage(NOT_A_FORM);
    const id = single(form, 'ticket');
    const decision = single(form, 'decision');
    if (isProblem(id)) return errorPage(id.problem);
    if (isProblem(decision)) return errorPage(decision.problem);
    const ticket = id ? this.#tickets.get(id) : undefined;
    const pending = ticket ? this.#pending.get(ticket.request) : undefined;
    if (!id || !ticket || !pending) {
      return errorPage(
        problem(
          'Yêu cầu đồng ý không tồn tại, đã được trả lời hoặc đã hết hạn.',
          'The consent request is unknown, already answered, or expired.',
        ).problem,
      );
    }
    // Silence is not consent: only an explicit answer ends the request.
    if (decision !== 'agree' && decision !== 'refuse') {
      return errorPage(
        problem(
          'Hãy chọn “Đồng ý” hoặc “Từ chối”. Không có thông tin nào được chia sẻ.',
          'Choose “Agree” or “Refuse”. Nothing was shared.',
        ).problem,
      );
    }
    // The request is answered once, whichever way: drop it and every ticket it gave.
    this.#pending.delete(ticket.request);
    for (const [key, t] of this.#tickets) if (t.request === ticket.request) this.#tickets.delete(key);

    const target = new URL(pending.redirectUri);
    if (decision === 'refuse') {
      target.searchParams.set('error', 'access_denied');
      target.searchParams.set('error_description', 'The citizen refused to share the data.');
    } else {
      const code = randomBytes(32).toString('base64url');
      const now = this.#now();
      this.#codes.set(code, {
        client: pending.client,
        redirectUri: pending.redirectUri,
        scopes: pending.scopes,
        state: pending.state,
        nonce: pending.nonce,
        purpose: pending.purpose,
        personalId: ticket.personalId,
        authTime: Math.floor(now / 1000),
        expiresAt: now + AUTHORIZATION_CODE_TTL_SEC * 1000,
        used: false,
      });
      target.searchParams.set('code', code);
    }
    if (pending.state !== undefined) target.searchParams.set('state', pending.state);
    return {
      status: 302,
      headers: {
        location: target.href,
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
        'content-type': 'text/plain; charset=utf-8',
      },
      body: new TextEncoder().encode('Redirecting to the portal.'),
    };
  }

  /** `POST /idp/token`: exchanges a code for `{ id_token, consent_token, token_type, expires_in }`. */
  token(request: MockRequest): MockResponse {
    this.#prune();
    if (!isForm(request)) {
      return oauthError(
        400,
        'invalid_request',
        'The token request must be application/x-www-form-urlencoded.',
      );
    }
    const form = new URLSearchParams(new TextDecoder().decode(request.body));
    const values: Record<string, string> = {};
    for (const name of ['grant_type', 'code', 'redirect_uri', 'client_id']) {
      const value = single(form, name);
      if (isProblem(value)) return oauthError(400, 'invalid_request', `${name} is repeated.`);
      if (!value) return oauthError(400, 'invalid_request', `${name} is missing.`);
      values[name] = value;
    }
    if (values.grant_type !== 'authorization_code') {
      return oauthError(400, 'unsupported_grant_type', 'Only grant_type=authorization_code is supported.');
    }
    const client = this.#registry.client(values.client_id!);
    if (!client) return oauthError(401, 'invalid_client', 'client_id is not a registered client.');

    const grant = this.#codes.get(values.code!);
    if (!grant) return oauthError(400, 'invalid_grant', 'The authorization code is unknown.');
    if (grant.used) {
      // RFC 6749 §4.1.2: a replayed code revokes what it gave.
      if (grant.consentJti) this.#idp.revoke(grant.consentJti);
      return oauthError(
        400,
        'invalid_grant',
        'The authorization code was already used; the consent it gave is revoked.',
      );
    }
    if (grant.expiresAt <= this.#now()) {
      return oauthError(400, 'invalid_grant', 'The authorization code has expired.');
    }
    if (grant.client.id !== client.id) {
      return oauthError(400, 'invalid_grant', 'The authorization code was issued to another client.');
    }
    if (grant.redirectUri !== values.redirect_uri) {
      return oauthError(
        400,
        'invalid_grant',
        'redirect_uri does not match the one of the authorization request.',
      );
    }

    grant.used = true;
    const categories = grant.scopes.filter((s) => s !== 'openid');
    const consentToken = this.#idp.issue(grant.personalId, categories, grant.purpose, {
      client: client.id,
      ttlSec: IDP_TOKEN_TTL_SEC,
    });
    const { jti } = decodeJwt(consentToken);
    if (typeof jti === 'string') grant.consentJti = jti;
    const iat = Math.floor(this.#now() / 1000);
    const idToken = signJwt(this.#idp.key, {
      iss: MOCK_IDP_ISSUER,
      sub: grant.personalId,
      aud: client.id,
      iat,
      exp: iat + IDP_TOKEN_TTL_SEC,
      auth_time: grant.authTime,
      ...(grant.nonce !== undefined ? { nonce: grant.nonce } : {}),
    });
    return jsonResponse(
      200,
      {
        id_token: idToken,
        consent_token: consentToken,
        token_type: 'Bearer',
        expires_in: IDP_TOKEN_TTL_SEC,
        scope: grant.scopes.join(' '),
      },
      { 'cache-control': 'no-store', pragma: 'no-cache' },
    );
  }

  #parseAuthorization(query: URLSearchParams): AuthorizationRequest | Problem {
    const values: Partial<Record<(typeof AUTHORIZE_PARAMS)[number], string>> = {};
    for (const name of AUTHORIZE_PARAMS) {
      const value = single(query, name);
      if (isProblem(value)) return value;
      if (value !== undefined) values[name] = value;
    }
    const missing = (name: string) =>
      problem(`Thiếu tham số bắt buộc ${name}.`, `The required parameter ${name} is missing.`);

    if (!values.client_id) return missing('client_id');
    const client = parseSubsystemId(values.client_id) ? this.#registry.client(values.client_id) : undefined;
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
    const supported = new Set(this.scopesSupported());
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
    return {
      client,
      redirectUri: values.redirect_uri,
      scopes: ['openid', ...categories],
      state: values.state,
      nonce: values.nonce,
      purpose: values.purpose,
    };
  }

  /** An opaque, stable handle of a persona: the picker never puts a personal id in the page. */
  #handleOf(personalId: string): string {
    return createHmac('sha256', this.#handleKey).update(personalId).digest('base64url').slice(0, 22);
  }

  #personaOf(handle: string): Persona | undefined {
    if (!this.#handles) {
      this.#handles = new Map(this.#world.personas.map((p) => [this.#handleOf(p.personalId), p]));
    }
    return this.#handles.get(handle);
  }

  /** Forgets expired requests and tickets, and codes well past their expiry (a late replay is just unknown). */
  #prune(): void {
    const now = this.#now();
    for (const [key, p] of this.#pending) if (p.expiresAt <= now) this.#pending.delete(key);
    for (const [key, t] of this.#tickets) if (t.expiresAt <= now) this.#tickets.delete(key);
    for (const [key, c] of this.#codes) {
      if (c.expiresAt + PENDING_TTL_SEC * 1000 <= now) this.#codes.delete(key);
    }
  }
}
