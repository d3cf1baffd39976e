import type { Dispatcher } from 'undici';
import type { Auditor } from '../audit/auditor.js';
import type { AuditRecord } from '../audit/types.js';
import type { AuthProvider } from '../auth/types.js';
import { OnceOnlyError, PolicyError, ResponseError } from '../errors/onceonly-error.js';
import { responseToError } from '../errors/map-response.js';
import type { Logger } from '../log/logger.js';
import type { CallSpan, CallSpanAttributes } from '../log/tracing.js';
import type { AccessContext } from '../policy/access-context.js';
import type { ConsentChecker } from '../policy/consent.js';
import type { AnswerCache } from '../cache/answer-cache.js';
import { cacheKey } from '../cache/cache-key.js';
import type { Breakers } from '../pipeline/breaker.js';
import { checkAccessContext } from '../pipeline/check-context.js';
import { readAnswer } from '../pipeline/read-answer.js';
import { type RetryPlan, withRetry } from '../pipeline/retry.js';
import { validateInput } from '../pipeline/validate-input.js';
import type { ServiceDefinition } from '../service/define-service.js';
import type { PayloadVerifier } from '../signature/payload-verifier.js';
import { createDeadline } from '../transport/deadline.js';
import { send, type HttpResponse } from '../transport/send.js';
import {
  clientHeader,
  formatSubsystemId,
  parseProviderId,
  servicePath,
  type SubsystemId,
} from '../transport/xroad-id.js';
import type { CallMeta, CallOptions, CallResult } from './types.js';

/** What the pipeline needs from the gateway: built once in `createGateway`, shared by every call. */
export interface CallDeps {
  client: SubsystemId;
  clientId: string;
  origin: string;
  basePath: string;
  dispatcher: Dispatcher;
  auth: AuthProvider;
  verifier: PayloadVerifier | undefined;
  consent: ConsentChecker;
  breakers: Breakers;
  cache: AnswerCache;
  retry: RetryPlan;
  timeouts: { headersMs: number; bodyMs: number; callMs: number };
  maxResponseBytes: number;
  audit: Auditor;
  logger: Logger;
  startSpan: (attributes: CallSpanAttributes) => CallSpan;
  newId: () => string;
  now: () => number;
}

/** Per-call state that ends up in the audit record. */
interface CallState {
  attempts: number;
  status?: number;
  requestHash?: string;
  requestId?: string;
}

/** Anything that is not already typed becomes a generic error with no text of its own (it could hold data). */
function toTyped(error: unknown): OnceOnlyError {
  if (OnceOnlyError.isInstance(error)) return error;
  return new OnceOnlyError({
    code: 'INTERNAL_ERROR',
    message: 'An unexpected error occurred in the gateway pipeline; see the audit record and report it.',
    cause: { name: error instanceof Error ? error.name : typeof error },
  });
}

function requestHeaders(
  deps: CallDeps,
  ctx: AccessContext,
  xroadId: string,
  consent: string | undefined,
  hasBody: boolean,
) {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'x-road-client': clientHeader(deps.client),
    'x-road-id': xroadId,
    'x-road-issue': ctx.caseId,
    'x-purpose': ctx.purpose,
  };
  if (hasBody) headers['content-type'] = 'application/json; charset=utf-8';
  if (ctx.userId) headers['x-road-userid'] = ctx.userId;
  if (consent) headers['x-consent'] = consent;
  return headers;
}

/** One attempt: fresh credentials, send, one token refresh on 401, map errors, verify, parse, map. */
async function attempt<TRequest, TWire, TResult>(
  deps: CallDeps,
  service: ServiceDefinition<TRequest, TWire, TResult>,
  request: TRequest,
  provider: SubsystemId,
  baseHeaders: Record<string, string>,
  body: string | undefined,
  state: CallState,
  signal: AbortSignal,
): Promise<{ value: TResult; meta: CallMeta }> {
  state.attempts += 1;
  const path = deps.basePath + servicePath(provider, service.code);
  const exchange = async (): Promise<HttpResponse> => {
    const authHeaders = await deps.auth.headers({ dispatcher: deps.dispatcher, signal });
    return send(
      {
        origin: deps.origin,
        path,
        method: service.method,
        headers: { ...baseHeaders, ...authHeaders },
        body,
      },
      {
        dispatcher: deps.dispatcher,
        signal,
        headersTimeoutMs: deps.timeouts.headersMs,
        bodyTimeoutMs: deps.timeouts.bodyMs,
        maxBytes: deps.maxResponseBytes,
      },
    );
  };
  let response = await exchange();
  if (response.status === 401 && deps.auth.invalidate && !response.headers['x-road-error']) {
    // The token may have expired or been revoked early: fetch a new one once.
    deps.auth.invalidate();
    response = await exchange();
  }
  state.status = response.status;
  state.requestHash = response.headers['x-road-request-hash'];
  state.requestId = response.headers['x-road-request-id'];
  if (response.status < 200 || response.status >= 300) throw responseToError(response, deps.now());
  const signed = deps.verifier
    ? await deps.verifier.verify(response.body, response.headers['x-payload-signature'], {
        dispatcher: deps.dispatcher,
        signal,
        provider,
      })
    : undefined;
  const answer = readAnswer<TWire>(response, service);
  let value: TResult;
  try {
    value = service.map(answer.data, request);
  } catch {
    throw new ResponseError({
      code: 'RESPONSE_MAPPING',
      serviceId: service.id,
      message: `The answer of ${service.id} could not be mapped to its domain type.`,
    });
  }
  const meta: CallMeta = {
    provider: answer.provider,
    retrievedAt: answer.retrievedAt,
    xroadId: baseHeaders['x-road-id']!,
    cached: false,
  };
  if (state.requestHash) meta.requestHash = state.requestHash;
  if (signed) meta.signedBy = signed.kid;
  return { value, meta };
}

/**
 * One logical call, in the design's order: validate input → policy (purpose, consent) → cache →
 * breaker → retry( auth → send → verify → parse with a size limit → validate schema ) → map → audit →
 * cache store. Exactly one audit record, success or failure.
 */
export async function performCall<TRequest, TWire, TResult>(
  deps: CallDeps,
  service: ServiceDefinition<TRequest, TWire, TResult>,
  request: TRequest,
  ctx: AccessContext,
  options: CallOptions | undefined,
): Promise<CallResult<TResult>> {
  const started = deps.now();
  const xroadId = deps.newId();
  const state: CallState = { attempts: 0 };
  const providerText = options?.provider ?? service.provider;
  let subject: string | undefined;
  let cached = false;
  const span = deps.startSpan({
    serviceId: service.id,
    provider: providerText,
    xroadId,
    client: deps.clientId,
    purpose: typeof ctx?.purpose === 'string' ? ctx.purpose : '',
  });
  const audit = async (outcome: OnceOnlyError | undefined) => {
    if (!deps.audit.enabled) return; // no sink configured: build no record
    const record: AuditRecord = {
      time: new Date(started).toISOString(),
      xroadId,
      client: deps.clientId,
      purpose: typeof ctx?.purpose === 'string' ? ctx.purpose : '',
      issue: typeof ctx?.caseId === 'string' ? ctx.caseId : '',
      service: service.id,
      xroadService: `${deps.client.instance}/${providerText}/${service.code}`,
      outcome: outcome ? outcome.code : 'success',
      durationMs: deps.now() - started,
      attempts: state.attempts,
      cached,
    };
    if (typeof ctx?.userId === 'string') record.userId = ctx.userId;
    if (outcome) record.errorName = outcome.name;
    if (state.status !== undefined) record.status = state.status;
    if (state.requestHash) record.requestHash = state.requestHash;
    if (state.requestId) record.requestId = state.requestId;
    const hashed = subject ? deps.audit.hashSubject(subject) : undefined;
    if (hashed) record.subject = hashed;
    try {
      await deps.audit.record(record);
    } catch {
      deps.logger.error({ xroadId, service: service.id }, 'audit record could not be written');
    }
  };

  try {
    validateInput(service, request);
    checkAccessContext(ctx, service.id);
    const provider = parseProviderId(providerText, deps.client.instance);
    subject = service.subject?.(request);
    const deadline = createDeadline(ctx.timeoutMs ?? deps.timeouts.callMs, ctx.signal);
    try {
      let consent: string | undefined;
      if (service.requiresConsent) {
        if (!ctx.consent) {
          throw new PolicyError({
            code: 'CONSENT_REQUIRED',
            message: `${service.id} reads ${service.category} data, which needs the citizen's consent: pass the consent token as ctx.consent. Nothing was sent.`,
          });
        }
        const token = ctx.consent;
        const expected = {
          subject,
          audience: deps.clientId,
          category: service.category,
          purpose: ctx.purpose,
          now: Math.floor(deps.now() / 1000),
        };
        // Refusals are not retryable; an identity-provider key outage (JWKS_UNAVAILABLE) is, like any fetch.
        await withRetry(
          () => deps.consent.check(token, expected, { dispatcher: deps.dispatcher, signal: deadline.signal }),
          deps.retry,
          { idempotent: true, signal: deadline.signal },
        );
        consent = ctx.consent;
      }
      const body = service.method === 'POST' ? JSON.stringify(request) : undefined;
      const headers = requestHeaders(deps, ctx, xroadId, consent, body !== undefined);
      // Keys first (cache hits need none): a query whose answer could not be verified is never sent.
      const prepareKeys = () =>
        deps.verifier
          ? withRetry(
              () =>
                deps.verifier!.prepare(provider, { dispatcher: deps.dispatcher, signal: deadline.signal }),
              deps.retry,
              { idempotent: true, signal: deadline.signal },
            )
          : Promise.resolve();
      const load = async () => {
        await prepareKeys();
        return deps.breakers.run(
          formatSubsystemId(provider),
          service.id,
          (signal) =>
            withRetry(
              () => attempt(deps, service, request, provider, headers, body, state, signal),
              deps.retry,
              {
                idempotent: service.idempotent,
                signal,
                onRetry: (error, n) =>
                  deps.logger.warn(
                    {
                      xroadId,
                      service: service.id,
                      attempt: n,
                      code: OnceOnlyError.isInstance(error) ? error.code : 'UNKNOWN',
                    },
                    'retrying',
                  ),
              },
            ),
          deadline.signal,
        );
      };
      let result: { value: TResult; meta: CallMeta };
      if (service.cache) {
        const key = cacheKey({
          serviceId: service.id,
          provider: formatSubsystemId(provider),
          purpose: ctx.purpose,
          request,
        });
        const loaded = await deps.cache.getOrLoad(key, service.cache.ttlMs, load, (error) =>
          deps.logger.warn(
            {
              xroadId,
              service: service.id,
              code: OnceOnlyError.isInstance(error) ? error.code : 'CACHE_STORE_ERROR',
            },
            'cache store failed; answer served uncached',
          ),
        );
        cached = loaded.cached;
        if (cached) {
          // This call's own X-Road id; the request hash stays the original's: proof of which query produced the record.
          result = { value: loaded.value.value, meta: { ...loaded.value.meta, xroadId, cached: true } };
          state.requestHash = loaded.value.meta.requestHash;
        } else {
          result = loaded.value;
        }
      } else {
        result = await load();
      }
      await audit(undefined);
      span.end({ ok: true, attempts: state.attempts, cached });
      deps.logger.debug(
        { xroadId, service: service.id, attempts: state.attempts, cached, durationMs: deps.now() - started },
        'call succeeded',
      );
      return result;
    } catch (error) {
      throw deadline.error() ?? error;
    } finally {
      deadline.dispose();
    }
  } catch (error) {
    const typed = toTyped(error).withCall(service.id, xroadId);
    await audit(typed);
    span.end({ ok: false, error: { name: typed.name, code: typed.code }, attempts: state.attempts });
    deps.logger.info(
      { xroadId, service: service.id, code: typed.code, attempts: state.attempts },
      'call failed',
    );
    throw typed;
  }
}
