import { createHmac, randomBytes } from 'node:crypto';
import { removeDiacritics } from '@onceonly/vn';
import type { Persona, World } from '../world/types.js';
import type { IdentityProvider } from './identity-provider.js';
import { consentPage, errorPage, maskPersonalId, type PickerEntry, pickerPage } from './idp-pages.js';
import type { Registry } from './registry.js';
import {
  AUTHORIZE_PARAMS,
  type AuthorizationRequest,
  isProblem,
  parseAuthorization,
  problem,
  scopesSupported as scopesOf,
  single,
} from './idp-authorization-request.js';
import { NOT_A_FORM, pageForm } from './idp-http.js';
import {
  AUTHORIZATION_CODE_TTL_SEC,
  type CodeGrant,
  IDP_PATHS,
  IDP_TOKEN_TTL_SEC,
  type IdentityProviderOptions,
  PENDING_TTL_SEC,
  PICKER_LIMIT,
  type UserinfoGrant,
} from './idp-settings.js';
import { openidConfiguration } from './idp-discovery.js';
import { revocationList, revokeToken } from './idp-revocation.js';
import { exchangeCode } from './idp-token.js';
import { userinfo } from './idp-userinfo.js';
import type { MockRequest, MockResponse } from './types.js';

// Importers of the flow's settings know them from here.
export { AUTHORIZATION_CODE_TTL_SEC, IDP_PATHS, IDP_TOKEN_TTL_SEC, PICKER_LIMIT };

interface Pending extends AuthorizationRequest {
  expiresAt: number;
}

interface Ticket {
  request: string;
  personalId: string;
  expiresAt: number;
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
  readonly #accessTokens = new Map<string, UserinfoGrant>();
  readonly #usedJti = new Map<string, number>();
  readonly #options: IdentityProviderOptions;
  readonly #seed: number;

  constructor(options: {
    registry: Registry;
    world: World;
    idp: IdentityProvider;
    now: () => number;
    seed: number;
    options?: IdentityProviderOptions | undefined;
  }) {
    this.#options = options.options ?? {};
    this.#seed = options.seed;
    this.#registry = options.registry;
    this.#world = options.world;
    this.#idp = options.idp;
    this.#now = options.now;
    this.#handleKey = Buffer.from(`onceonly-mock:persona-handle:${options.seed}`);
  }

  /** Scopes the identity provider knows: `openid` and the category of every service that needs consent. */
  scopesSupported(): string[] {
    return scopesOf(this.#registry);
  }

  /** `GET /idp/.well-known/openid-configuration`, with endpoints at the origin the request came to. */
  configuration(request: MockRequest): MockResponse {
    return openidConfiguration(request, {
      idp: this.#idp,
      options: this.#options,
      scopes: this.scopesSupported(),
    });
  }

  /** `GET /idp/authorize`: checks the request, then shows the persona picker. */
  authorize(query: URLSearchParams): MockResponse {
    this.#prune();
    const parsed = parseAuthorization(query, this.#registry);
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
        codeChallenge: pending.codeChallenge,
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

  /**
   * `POST /idp/token`: exchanges a code (client authenticated, PKCE verifier) for `{ access_token,
   * consent_token, id_token, token_type, expires_in }`; `{ data, key }` in the encrypted-answers mode.
   */
  token(request: MockRequest): Promise<MockResponse> {
    this.#prune();
    return exchangeCode(request, {
      registry: this.#registry,
      codes: this.#codes,
      accessTokens: this.#accessTokens,
      usedJti: this.#usedJti,
      idp: this.#idp,
      options: this.#options,
      now: this.#now,
    });
  }

  /** `GET /idp/userinfo`: the citizen's claims for an access token of `POST /idp/token`. */
  userinfo(request: MockRequest): MockResponse {
    this.#prune();
    return userinfo(request, {
      world: this.#world,
      accessTokens: this.#accessTokens,
      options: this.#options,
      now: this.#now,
      seed: this.#seed,
    });
  }

  /** `POST /idp/revoke` (RFC 7009): the client revokes a consent token it holds. */
  revoke(request: MockRequest): Promise<MockResponse> {
    return revokeToken(request, {
      registry: this.#registry,
      idp: this.#idp,
      usedJti: this.#usedJti,
      now: this.#now,
    });
  }

  /** `GET /idp/revocations`: the revoked consent token ids. */
  revocations(request: MockRequest): MockResponse {
    return revocationList(request, this.#idp);
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
    for (const [key, t] of this.#accessTokens) if (t.expiresAt <= now) this.#accessTokens.delete(key);
  }
}
