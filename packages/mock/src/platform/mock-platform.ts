import type { GatewayOptions } from '@onceonly/core';
import type { HttpHandler } from 'msw';
import type { ProviderBinding } from '../providers/types.js';
import type { Persona, World } from '../world/types.js';
import { CallLog } from './calls.js';
import { MockDispatcher } from './dispatcher.js';
import { FaultRegistry, type FaultInjector, MONITORING_FAULT_TARGET } from './faults.js';
import { createCoreHandler } from './handler.js';
import { MockHttpServer, type ListenOptions } from './http-server.js';
import { type ConsentTokenOptions, IdentityProvider } from './identity-provider.js';
import { createIdSource } from './ids.js';
import { IdpFlow } from './idp-authorize.js';
import { MonitoringEndpoint, type MonitoringRecord } from './monitoring.js';
import { createMswHandlers } from './msw-handlers.js';
import { buildOpenApi } from './openapi.js';
import { ProvidersEndpoint } from './providers-endpoint.js';
import { Registry } from './registry.js';
import { SecurityServer } from './security-server.js';
import { deriveSigningKey } from './signing.js';
import { TOKEN_PATH, TokenEndpoint } from './token-endpoint.js';
import type { Jwk, MockCall, MockHandler, MockPlatformOptions } from './types.js';

/** The error spelling of the X-Road version the mock plays: lower-case from 7.8, the older one before. */
function spellingOf(options: { xroadVersion?: string; errorSpelling?: 'lowercase' | 'legacy' }) {
  if (options.errorSpelling) return options.errorSpelling;
  const [major, minor] = (options.xroadVersion ?? '7.8').split('.').map(Number);
  if (major === undefined || !Number.isFinite(major)) return 'lowercase';
  return major < 7 || (major === 7 && (minor ?? 0) < 8) ? 'legacy' : 'lowercase';
}

/** Origin of the in-process dispatcher and the msw handlers, unless `options.origin` says otherwise. */
export const IN_PROCESS_ORIGIN = 'http://mock.onceonly.invalid';

/** Credentials of the default portal client, for tests of the token endpoint and of gateway auth. */
export interface MockClientCredentials {
  clientId: string;
  clientSecret: string;
  /** ES256 private key registered for `private_key_jwt` (kid included). */
  privateJwk: Jwk;
  /** The token URL of the current base URL. */
  tokenUrl: string;
}

/** Options of a platform whose world and providers are given (see `createMockPlatform` for defaults). */
export type ResolvedMockPlatformOptions = Omit<MockPlatformOptions, 'world' | 'providers'> & {
  world: World;
  providers: readonly ProviderBinding[];
};

/**
 * The mock data exchange platform: an X-Road security server with its providers, token endpoint,
 * identity provider, metaservices and OpenAPI, answered by one core handler and served three ways:
 * in-process ({@link MockPlatform.dispatcher}), over real HTTP ({@link MockPlatform.listen}) and as msw
 * handlers ({@link MockPlatform.handlers}).
 */
export class MockPlatform {
  /** The synthetic world the providers answer from. */
  readonly world: World;
  /** The core handler behind every transport. */
  readonly handler: MockHandler;
  /** The in-process undici dispatcher (no sockets). */
  readonly dispatcher: MockDispatcher;
  /** msw 2 handlers for requests to {@link MockPlatform.origin}. */
  readonly handlers: HttpHandler[];
  /** Inject faults into data calls. */
  readonly faults: FaultInjector;
  /** Origin answered in-process (dispatcher and msw). */
  readonly origin: string;
  /** X-Road client id of the default portal. */
  readonly client: string;
  readonly #registry: Registry;
  readonly #idp: IdentityProvider;
  readonly #calls = new CallLog();
  readonly #monitoring: MonitoringEndpoint;
  readonly #server: MockHttpServer;
  readonly #mswHangs = new Set<() => void>();
  readonly #requireToken: boolean;
  readonly #jwks: { keys: Array<Record<string, unknown>> };
  #closed = false;

  constructor(options: ResolvedMockPlatformOptions) {
    const seed = options.seed ?? 42;
    const now = options.now ?? Date.now;
    this.origin = (options.origin ?? IN_PROCESS_ORIGIN).replace(/\/+$/, '');
    this.world = options.world;
    this.#requireToken = options.requireToken ?? false;
    this.#registry = new Registry({
      seed,
      instance: options.instance ?? 'VN',
      providers: options.providers,
      clients: options.clients ?? {},
    });
    this.client = this.#registry.defaultClient;
    this.#idp = new IdentityProvider({
      seed,
      now,
      defaultClient: this.client,
      issuer: options.identityProvider?.issuer,
      baseUrl: () => this.baseUrl,
    });
    const faults = new FaultRegistry(
      (id) => id === MONITORING_FAULT_TARGET || this.#registry.findService(id) !== undefined,
    );
    this.faults = faults;
    const nextId = createIdSource(seed, 'ids');
    const errorSpelling = spellingOf(options);
    const tokens = new TokenEndpoint(this.#registry, now);
    const providers = new ProvidersEndpoint({
      world: this.world,
      idp: this.#idp,
      key: deriveSigningKey(seed, 'provider'),
      now,
    });
    const baseUrl = () => this.baseUrl;
    this.#monitoring = new MonitoringEndpoint(this.#registry, faults);
    this.handler = createCoreHandler({
      registry: this.#registry,
      securityServer: new SecurityServer({
        registry: this.#registry,
        providers,
        tokens,
        faults,
        nextId,
        requireToken: this.#requireToken,
        baseUrl,
        errorSpelling,
        openApiFormat: options.openApiFormat ?? 'yaml',
      }),
      tokens,
      providers,
      idp: this.#idp,
      idpFlow: new IdpFlow({
        registry: this.#registry,
        world: this.world,
        idp: this.#idp,
        now,
        seed,
        options: options.identityProvider,
      }),
      monitoring: this.#monitoring,
      calls: this.#calls,
      baseUrl,
      now,
      nextId,
      errorSpelling,
    });
    this.dispatcher = new MockDispatcher(this.handler, { origin: this.origin });
    this.handlers = createMswHandlers(this.handler, this.origin, this.#mswHangs);
    this.#server = new MockHttpServer(this.handler);
    this.#jwks = providers.jwks();
  }

  /** The synthetic citizens. */
  get personas(): readonly Persona[] {
    return this.world.personas;
  }

  /** The HTTP server's URL after {@link listen}, else the in-process origin. */
  get baseUrl(): string {
    return this.#server.url ?? this.origin;
  }

  /** The real HTTP server's URL, once listening. */
  get url(): string | undefined {
    return this.#server.url;
  }

  /** Every request received so far, oldest first (a snapshot). */
  get calls(): readonly MockCall[] {
    return this.#calls.list();
  }

  /**
   * What the monitoring intake (`POST /monitoring/v1/dossier-events`) counted: `events` (each event id
   * once, in arrival order), `batches` (processed batches, replays not counted), `duplicates`,
   * `replays`, `faulted` (requests an injected fault answered) and `reset()`. It fails on demand:
   * `mock.faults.inject('monitoring.dossier-events', { kind: 'status', status: 503 }, { times: 2 })`.
   */
  get monitoring(): MonitoringRecord {
    return this.#monitoring;
  }

  /** Forgets the recorded calls. */
  resetCalls(): void {
    this.#calls.reset();
  }

  /** The providers' payload-signature keys (what `GET /providers/jwks.json` serves). */
  get jwks(): { keys: Array<Record<string, unknown>> } {
    return { keys: this.#jwks.keys.map((k) => ({ ...k })) };
  }

  /**
   * Each provider subsystem's payload-signature keys, as `verify.providers` of `createGateway` takes
   * them (`CLASS/MEMBER/SUBSYSTEM` → `{ keys }`). Also served at `GET /providers/jwks.json`.
   */
  providerKeys(): Record<string, { keys: Array<Record<string, unknown>> }> {
    const keys: Record<string, { keys: Array<Record<string, unknown>> }> = {};
    for (const provider of this.#registry.providers()) {
      keys[`${provider.memberClass}/${provider.memberCode}/${provider.subsystemCode}`] = this.jwks;
    }
    return keys;
  }

  /** The identity provider's keys (what `GET /idp/jwks.json` serves). */
  get idpJwks(): { keys: Array<Record<string, unknown>> } {
    return this.#idp.jwks();
  }

  /**
   * The identity provider's issuer (`iss`): `identityProvider.issuer`, or the platform's base URL plus
   * `/idp` (in-process origin before {@link listen}, the HTTP server's URL after).
   */
  get idpIssuer(): string {
    return this.#idp.issuerAt();
  }

  /** Credentials of the default portal client (secret and `private_key_jwt` key). */
  get credentials(): MockClientCredentials {
    return {
      clientId: this.client,
      clientSecret: this.#registry.defaultSecret,
      privateJwk: { ...this.#registry.defaultClientKey.privateJwk },
      tokenUrl: `${this.baseUrl}${TOKEN_PATH}`,
    };
  }

  /**
   * A consent token, as the identity provider issues it after the citizen agrees: `sub` = personal id,
   * `aud` = the client (default portal), `scope` = the data categories, `purpose`.
   * @example ctx.consent = mock.consent(persona.personalId, 'population.basic', '1.001193')
   */
  consent(
    personalId: string,
    scopes: string[] | string,
    purpose: string,
    options?: ConsentTokenOptions,
  ): string {
    return this.#idp.issue(personalId, scopes, purpose, options);
  }

  /** Revokes a consent token (the token itself, or its `jti`). */
  revokeConsent(tokenOrJti: string): void {
    this.#idp.revoke(tokenOrJti);
  }

  /** The whole contract as OpenAPI 3.1 (what `GET /openapi.json` serves). */
  openapi(): Record<string, unknown> {
    return buildOpenApi(this.#registry, this.baseUrl);
  }

  /**
   * What `createGateway()` needs to talk to this platform: in-process (with the dispatcher) until
   * {@link listen}, then over HTTP. Each provider's payload-signature keys (`verify.providers`) and the
   * identity provider's keys are given inline;
   * with `requireToken`, `client_secret_basic` credentials of the default client.
   */
  gatewayOptions(): GatewayOptions {
    const options: GatewayOptions = {
      baseUrl: this.baseUrl,
      client: this.client,
      // A security server serves no JWKS: each provider's keys are configured, as in production.
      verify: { providers: this.providerKeys() },
      consent: { jwks: this.idpJwks, issuer: this.idpIssuer },
    };
    if (!this.#server.url) options.dispatcher = this.dispatcher;
    if (this.#requireToken) {
      options.auth = {
        type: 'oauth2',
        method: 'client_secret_basic',
        tokenUrl: `${this.baseUrl}${TOKEN_PATH}`,
        clientId: this.client,
        clientSecret: this.#registry.defaultSecret,
      };
    }
    return options;
  }

  /** Serves the platform over real HTTP (default `127.0.0.1`, a free port). */
  async listen(options?: ListenOptions): Promise<{ url: string }> {
    if (this.#closed) throw new Error('mock.listen(): the platform is closed');
    return this.#server.listen(options);
  }

  /** Closes the HTTP server, the dispatcher and every hanging request. Safe to call twice. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const end of [...this.#mswHangs]) end();
    await Promise.all([this.#server.close(), this.dispatcher.closed ? undefined : this.dispatcher.close()]);
  }
}
