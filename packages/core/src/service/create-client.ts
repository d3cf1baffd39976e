import { InputError } from '../errors/onceonly-error.js';
import type { CallOptions, CallResult, Gateway } from '../gateway/types.js';
import type { AccessContext } from '../policy/access-context.js';
import type { RequestOf, ResultOf, ServiceDefinition } from './define-service.js';

/** An adapter's services by operation name: `{ getCitizen: getCitizenService }`. */
// biome-ignore lint/suspicious/noExplicitAny: a map mixes services of different types; each keeps its own.
export type ServiceMap = Readonly<Record<string, ServiceDefinition<any, any, any>>>;

/**
 * The client generated from a service map: for each operation `name`, `name(request, ctx, options?)`
 * returning the domain value and `nameWithMeta(…)` returning it with where it came from.
 */
export type ClientOf<M extends ServiceMap> = {
  readonly [K in keyof M & string]: (
    request: RequestOf<M[K]>,
    ctx: AccessContext,
    options?: CallOptions,
  ) => Promise<ResultOf<M[K]>>;
} & {
  readonly [K in keyof M & string as `${K}WithMeta`]: (
    request: RequestOf<M[K]>,
    ctx: AccessContext,
    options?: CallOptions,
  ) => Promise<CallResult<ResultOf<M[K]>>>;
};

/**
 * Generates an adapter's client from its services: every operation and its `…WithMeta` twin, typed from
 * the declarations. `options` apply to every call (e.g. the provider subsystem of this environment);
 * options given to one call win over them.
 *
 * @example
 * const pop = createClient(gateway, { getCitizen: getCitizenService }, { provider: 'GOV/000.00.00.G10/CSDLDC-TEST' });
 * const citizen = await pop.getCitizen({ personalId }, ctx);
 * const { value, meta } = await pop.getCitizenWithMeta({ personalId }, ctx);
 */
export function createClient<M extends ServiceMap>(
  gateway: Gateway,
  services: M,
  options: CallOptions = {},
): ClientOf<M> {
  const client: Record<string, unknown> = {};
  for (const [name, service] of Object.entries(services)) {
    if (Object.hasOwn(services, `${name}WithMeta`)) {
      throw new InputError({
        code: 'INVALID_SERVICE_DEFINITION',
        message: `createClient: "${name}WithMeta" is generated for "${name}"; rename the service map entry.`,
      });
    }
    client[name] = (request: unknown, ctx: AccessContext, callOptions?: CallOptions) =>
      gateway.call(service, request, ctx, { ...options, ...callOptions });
    client[`${name}WithMeta`] = (request: unknown, ctx: AccessContext, callOptions?: CallOptions) =>
      gateway.callWithMeta(service, request, ctx, { ...options, ...callOptions });
  }
  return Object.freeze(client) as ClientOf<M>;
}
