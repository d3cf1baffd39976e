import type { JsonWebKey } from 'node:crypto';
import type { ProviderBinding } from '../providers/types.js';
import type { PersonDescription } from '../world/custom-people.js';
import type { World } from '../world/types.js';
import type { IdentityProviderOptions } from './idp-settings.js';

/** One request as the mock platform sees it, whichever way it arrived (dispatcher, HTTP, msw). */
export interface MockRequest {
  /** Upper-case HTTP method. */
  method: string;
  /** Path and query, as sent: `/r1/VN/GOV/000.00.00.G10/CSDLDC/citizen.get?x=1`. */
  url: string;
  /** The origin the request was addressed to (`http://127.0.0.1:4000`), used for the token URL audience. */
  origin: string;
  /** Header names in lower case; repeated headers joined with `, `. */
  headers: Record<string, string>;
  body: Uint8Array;
}

/**
 * How the connection misbehaves instead of (or while) answering. `reset`: the connection is cut before
 * any byte; `hang`: nothing ever comes back until the client gives up; `truncate`: the headers and the
 * first `afterBytes` of the body are sent, then the connection is cut.
 */
export type TransportFault = { kind: 'reset' } | { kind: 'hang' } | { kind: 'truncate'; afterBytes: number };

/** One answer of the core handler; every transport (dispatcher, HTTP server, msw) renders it the same way. */
export interface MockResponse {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: Uint8Array;
  /**
   * Wait this long before answering (a `latency` fault). The core handler leaves only what is left of
   * the fault's `ms` after its own work, so the answer comes `ms` after the request arrived, however
   * busy the mock itself is.
   */
  delayMs?: number;
  /** Misbehave at the transport level instead of answering cleanly. */
  transport?: TransportFault;
}

/** The core handler: one function behind the dispatcher, the HTTP server and the msw handlers. */
export type MockHandler = (request: MockRequest) => Promise<MockResponse>;

/** A consumer information system registered with the mock security server. */
export interface MockClientRegistration {
  /**
   * Service ids this client may call: definition ids (`population.citizen.get`) or X-Road service ids
   * (`VN/GOV/000.00.00.G10/CSDLDC/citizen.get`). Default: every service.
   */
  services?: string[];
  /** Secret for `client_secret_basic` at the token endpoint. */
  secret?: string;
  /** Public key for `private_key_jwt` client assertions at the token endpoint. */
  publicJwk?: Jwk;
  /** Purpose codes this client may send in `X-Purpose`. Default: any. */
  purposes?: string[];
  /** Display name in `listClients`. */
  name?: string;
}

/** Options of {@link createMockPlatform}. Every option has a default that gives a working platform. */
export interface MockPlatformOptions {
  /** Seed of the synthetic world, the signing keys and the generated ids. Default `42`. */
  seed?: number;
  /** The synthetic world. Default `createWorld(seed, { people })`. */
  world?: World;
  /**
   * People to add to the seeded world: partial descriptions, or the path of a JSON file of them (see
   * `createWorld`'s `people`). Ignored when `world` is given.
   * @example createMockPlatform({ seed: 42, people: [{ birthDate: '1950', tags: ['applicant'] }] })
   */
  people?: readonly PersonDescription[] | string;
  /** The services the providers answer. Default `defaultProviders`. */
  providers?: readonly ProviderBinding[];
  /**
   * Registered consumer clients by X-Road client id, merged over the default portal client
   * `VN/GOV/000.00.00.H23/PORTAL` (which may call every service, with a generated secret and key).
   * @example { 'VN/GOV/000.00.00.H99/OTHER': { services: ['population.citizen.get'], secret: 's3cret' } }
   */
  clients?: Record<string, MockClientRegistration>;
  /** Data calls need a bearer token from `POST /oauth2/token`. Default `false`. */
  requireToken?: boolean;
  /** X-Road instance. Default `'VN'`. */
  instance?: string;
  /** Clock, in milliseconds since the epoch (tokens, consent expiry, `meta.retrievedAt`). Default `Date.now`. */
  now?: () => number;
  /** Origin of the in-process dispatcher and of the msw handlers. Default `http://mock.onceonly.invalid`. */
  origin?: string;
  /**
   * The X-Road version the security server behaves as. Error types are spelled as the version does:
   * `server.serverproxy.access_denied` from 7.8 (the default, `'7.8'`), `Server.ServerProxy.AccessDenied`
   * up to 7.7 (`xroadVersion: '7.7'`). `errorSpelling` overrides it.
   */
  xroadVersion?: string;
  /** `lowercase` (X-Road 7.8 and later) or `legacy` (up to 7.7). Default: from `xroadVersion`. */
  errorSpelling?: 'lowercase' | 'legacy';
  /**
   * How the providers publish their OpenAPI documents through the `getOpenAPI` metaservice: `yaml`
   * (default, like the metadata protocol's own example) or `json`.
   */
  openApiFormat?: 'yaml' | 'json';
  /**
   * The identity provider: its issuer (default: the origin the platform is served at, plus `/idp`),
   * the direct-VNeID encrypted-answers mode, assurance levels per persona.
   * @example { issuer: 'https://sso.dichvucong.gov.vn', encryptedAnswers: { publicJwk } }
   */
  identityProvider?: IdentityProviderOptions;
}

/** What the mock received: one entry per request, in arrival order. */
export interface MockCall {
  method: string;
  /** Path without the query. */
  path: string;
  /** The query string without `?`, `''` when none. */
  query: string;
  /** Request headers (lower-case names), as given. */
  headers: Record<string, string>;
  /** The body parsed as JSON; the raw text when it is not JSON; `undefined` when empty. */
  body: unknown;
  /** The X-Road id the request carried: the `X-Road-Id` header (REST) or the envelope's `xroad:id` (SOAP). */
  xroadId?: string;
  /** Definition id of the service called (`population.citizen.get`), for data calls. */
  service?: string;
  /** Metaservice called (`listClients`, `listMethods`, `allowedMethods`, `getOpenAPI`), if any. */
  metaservice?: string;
  /** When the request arrived, milliseconds since the epoch (from the platform clock). */
  time: number;
  /** Status of the answer; `0` when the connection was reset, cut or left hanging. */
  status: number;
  /** The fault injected into this call, if any. */
  fault?: string;
}

/**
 * A JSON Web Key as the public API shows it. Node's own type, not jose's: jose is ESM-only, and its
 * types would not resolve from a CommonJS project's `require('@onceonly/mock')`.
 */
export type Jwk = JsonWebKey & { kid?: string; alg?: string; use?: string };
