/**
 * A `Gateway` for a portal's unit tests: answers from handlers, in memory, with no platform and no cast.
 * It refuses what the real gateway refuses before sending (an input that breaks the service schema or
 * its checks, a missing purpose or case id, a missing consent token), so a test cannot pass with a call
 * that would fail in production. It does not verify consent tokens (signature, subject, scope): use
 * `@onceonly/mock` for that.
 */
import { OnceOnlyError, UpstreamError } from '../errors/onceonly-error.js';
import { checkAccessContext } from '../pipeline/check-context.js';
import { checkOfficer } from '../pipeline/check-officer.js';
import { validateInput } from '../pipeline/validate-input.js';
import type { AccessContext } from '../policy/access-context.js';
import { PolicyError } from '../errors/onceonly-error.js';
import type { ServiceDefinition } from '../service/define-service.js';
import type { CallOptions, CallResult, Gateway } from './types.js';

/** Answers one service: the domain value (what `gateway.call` returns), or throws an SDK error. */
export type StubHandler<TRequest, TResult> = (
  request: TRequest,
  ctx: AccessContext,
) => TResult | Promise<TResult>;

/** One call the stub answered or refused, in order. */
export interface StubCall {
  serviceId: string;
  request: unknown;
  ctx: AccessContext;
}

export interface StubGatewayOptions {
  /** X-Road client id the stub reports as `gateway.client`. Default `'VN/GOV/000.00.00.H23/PORTAL'`. */
  client?: string;
  /**
   * Handlers by service id, for brevity: `{ 'population.citizen.get': () => citizen }`. The request is
   * `unknown` here; use `stub.on(service, handler)` to have it typed by the service.
   */
  handlers?: Record<string, StubHandler<unknown, unknown>>;
}

export interface StubGateway extends Gateway {
  /** Answers `service` with `handler` from now on (replacing any earlier handler). Returns the stub. */
  on<TRequest, TWire, TResult>(
    service: ServiceDefinition<TRequest, TWire, TResult>,
    handler: StubHandler<TRequest, TResult>,
  ): StubGateway;
  /** Every call made, answered or refused, in order. */
  readonly calls: readonly StubCall[];
}

/**
 * A stub `Gateway` for unit tests.
 *
 * @example
 * const gw = createStubGateway().on(getCitizenService, ({ personalId }) => ({ ...citizenFixture, personalId }));
 * const pop = population(gw);   // the adapter, unchanged
 */
export function createStubGateway(options: StubGatewayOptions = {}): StubGateway {
  const handlers = new Map<string, StubHandler<unknown, unknown>>(Object.entries(options.handlers ?? {}));
  const calls: StubCall[] = [];

  async function answer<TRequest, TWire, TResult>(
    service: ServiceDefinition<TRequest, TWire, TResult>,
    request: TRequest,
    ctx: AccessContext,
    callOptions: CallOptions | undefined,
  ): Promise<CallResult<TResult>> {
    const xroadId = crypto.randomUUID();
    calls.push({ serviceId: service.id, request, ctx });
    try {
      // The same refusals, in the same order, as the real gateway before it sends anything.
      validateInput(service, request);
      checkAccessContext(ctx, service.id);
      checkOfficer(ctx, service);
      if (service.requiresConsent && !ctx.consent) {
        throw new PolicyError({
          code: 'CONSENT_REQUIRED',
          message: `${service.id} reads ${service.category} data, which needs the citizen's consent: pass the consent token as ctx.consent. Nothing was sent.`,
        });
      }
      const handler = handlers.get(service.id) as StubHandler<TRequest, TResult> | undefined;
      if (!handler) {
        throw new UpstreamError({
          code: 'UNKNOWN_SERVICE',
          message: `The stub gateway has no handler for ${service.id}: add one with stub.on(service, handler).`,
        });
      }
      const value = await handler(request, ctx);
      const meta = {
        provider: callOptions?.provider ?? service.provider,
        retrievedAt: new Date().toISOString(),
        xroadId,
        cached: false,
      };
      return { value, meta };
    } catch (error) {
      const typed = OnceOnlyError.isInstance(error)
        ? error
        : new OnceOnlyError({
            code: 'INTERNAL_ERROR',
            message: `The stub handler for ${service.id} threw something that is not an SDK error.`,
            cause: error,
          });
      throw typed.withCall(service.id, xroadId);
    }
  }

  const stub: StubGateway = {
    client: options.client ?? 'VN/GOV/000.00.00.H23/PORTAL',
    calls,
    on(service, handler) {
      handlers.set(service.id, handler as StubHandler<unknown, unknown>);
      return stub;
    },
    async call(service, request, ctx, callOptions) {
      return (await answer(service, request, ctx, callOptions)).value;
    },
    callWithMeta: answer,
    async listClients() {
      return [];
    },
    async listMethods() {
      return [];
    },
    async allowedMethods() {
      return [];
    },
    async getOpenAPI(provider, serviceCode) {
      throw new UpstreamError({
        code: 'UNKNOWN_SERVICE',
        message: `The stub gateway serves no OpenAPI document (${provider}/${serviceCode}).`,
      });
    },
    async close() {},
  };
  return stub;
}
