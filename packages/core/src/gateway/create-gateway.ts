import { randomUUID } from 'node:crypto';
import { Agent, type Dispatcher } from 'undici';
import { createAuditor } from '../audit/auditor.js';
import { createAuthProvider } from '../auth/create-auth-provider.js';
import { tlsConnectOptions } from '../auth/tls.js';
import { createAnswerCache } from '../cache/answer-cache.js';
import { memoryCacheStore } from '../cache/memory-store.js';
import { InputError } from '../errors/onceonly-error.js';
import { createSafeLogger } from '../log/safe-logger.js';
import { startCallSpan } from '../log/tracing.js';
import * as meta from '../metaservices/metaservices.js';
import { createBreakers } from '../pipeline/breaker.js';
import { restProfile } from '../pipeline/rest-profile.js';
import { createSoapProfile } from '../pipeline/soap-profile.js';
import { retryPlan } from '../pipeline/retry.js';
import { createConsentChecker } from '../policy/consent.js';
import { createPayloadVerifier } from '../signature/payload-verifier.js';
import { parseClientId } from '../transport/xroad-id.js';
import { type CallDeps, performCall } from './call.js';
import { checkOptions } from './check-options.js';
import type { GatewayOptions } from './options.js';
import type { Gateway } from './types.js';

const DEFAULTS = {
  connectMs: 5_000,
  headersMs: 15_000,
  bodyMs: 15_000,
  callMs: 30_000,
  maxResponseBytes: 1024 * 1024,
};

function invalid(message: string): InputError {
  return new InputError({ code: 'INVALID_CONFIG', message });
}

function parseBaseUrl(value: unknown): URL {
  let url: URL;
  try {
    url = new URL(String(value));
  } catch {
    throw invalid(
      'baseUrl must be an absolute http(s) URL of the security server or LGSP, e.g. https://ss.portal.gov.vn.',
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw invalid('baseUrl must use https (or http for a local security server).');
  if (url.username || url.password) throw invalid('baseUrl must not carry credentials; use the auth option.');
  if (url.search || url.hash) throw invalid('baseUrl must not have a query or fragment.');
  return url;
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!(Number.isFinite(value) && value > 0)) throw invalid(`${name} must be a positive number.`);
  return value;
}

function checkHooks(hooks: GatewayOptions['hooks']): void {
  if (hooks === undefined) return;
  if (typeof hooks !== 'object' || hooks === null)
    throw invalid('hooks must be an object { headers?, onCallEnd? } of functions.');
  for (const name of ['headers', 'onCallEnd'] as const) {
    if (hooks[name] !== undefined && typeof hooks[name] !== 'function')
      throw invalid(`hooks.${name} must be a function.`);
  }
}

/**
 * Creates the gateway: one client of the data exchange platform (X-Road REST r1), shared by every
 * adapter of a portal. Options are checked here, so a misconfigured portal fails at start-up.
 *
 * @example
 * const gw = createGateway({ baseUrl: 'https://ss.portal.gov.vn', client: 'VN/GOV/000.00.00.H23/PORTAL' });
 * const citizen = await population(gw).getCitizen({ personalId }, { purpose: '1.001193', caseId, consent });
 */
export function createGateway(options: GatewayOptions): Gateway {
  checkOptions(options);
  const base = parseBaseUrl(options.baseUrl);
  const baseUrl = base.href.replace(/\/$/, '');
  const client = parseClientId(options.client);
  const timeouts = {
    connectMs: positive(options.timeouts?.connectMs, DEFAULTS.connectMs, 'timeouts.connectMs'),
    headersMs: positive(options.timeouts?.headersMs, DEFAULTS.headersMs, 'timeouts.headersMs'),
    bodyMs: positive(options.timeouts?.bodyMs, DEFAULTS.bodyMs, 'timeouts.bodyMs'),
    callMs: positive(options.timeouts?.callMs, DEFAULTS.callMs, 'timeouts.callMs'),
  };
  const ownDispatcher: Agent | undefined = options.dispatcher
    ? undefined
    : new Agent({
        keepAliveTimeout: 10_000,
        connect: { timeout: timeouts.connectMs, ...(options.tls ? tlsConnectOptions(options.tls) : {}) },
      });
  const dispatcher: Dispatcher = options.dispatcher ?? ownDispatcher!;
  checkHooks(options.hooks);
  const now = options.now ?? Date.now;
  const logger = createSafeLogger(options.logger);
  const auditor = createAuditor(options.audit, { logger });
  const cacheStore =
    options.cache?.store ??
    memoryCacheStore(options.cache?.maxEntries === undefined ? {} : { maxEntries: options.cache.maxEntries });

  const verifier =
    options.verify === false
      ? undefined
      : createPayloadVerifier(options.verify ?? {}, { baseUrl, now, timeouts });
  const deps: CallDeps = {
    client,
    clientId: options.client,
    origin: base.origin,
    basePath: base.pathname.replace(/\/$/, ''),
    dispatcher,
    auth: createAuthProvider(options.auth ?? 'none', { baseUrl, timeouts, now }),
    verifier,
    consent: createConsentChecker(options.consent, { baseUrl, now, timeouts }),
    breakers: createBreakers(options.breaker),
    cache: createAnswerCache(cacheStore),
    rateLimiter: options.rateLimit,
    retry: retryPlan(options.retry),
    timeouts,
    maxResponseBytes: positive(options.maxResponseBytes, DEFAULTS.maxResponseBytes, 'maxResponseBytes'),
    audit: auditor,
    logger,
    startSpan: (attributes) => startCallSpan(options.tracing, attributes),
    newId: options.idGenerator ?? randomUUID,
    now,
    profiles: { rest: restProfile, soap: createSoapProfile(options.soap) },
    hooks: options.hooks,
  };

  let closing: Promise<void> | undefined;
  return {
    client: options.client,
    call: async (service, request, ctx, callOptions) =>
      (await performCall(deps, service, request, ctx, callOptions)).value,
    callWithMeta: (service, request, ctx, callOptions) =>
      performCall(deps, service, request, ctx, callOptions),
    listClients: (metaOptions) => meta.listClients(deps, metaOptions),
    listMethods: (provider, metaOptions) => meta.listMethods(deps, provider, metaOptions),
    allowedMethods: (provider, metaOptions) => meta.allowedMethods(deps, provider, metaOptions),
    getOpenAPI: (provider, serviceCode, metaOptions) =>
      meta.getOpenAPI(deps, provider, serviceCode, metaOptions),
    close() {
      // Once: a second close() (a shutdown hook and a test's finally) waits for the first.
      closing ??= (async () => {
        deps.auth.close?.(); // abort token requests in flight: a hung token endpoint must not hold close()
        verifier?.close(); // a hanging key endpoint must not hold the dispatcher open
        deps.consent.close(); // nor the identity provider's
        // The auditor's close is bounded (audit.closeTimeoutMs); the connections close whatever it says.
        try {
          await auditor.close();
        } finally {
          await ownDispatcher?.close();
        }
      })();
      return closing;
    },
  };
}
