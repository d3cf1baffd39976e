import { type CallOptions, type ClientOf, createClient, type Gateway } from '@onceonly/core';
import { populationOperations } from './services.js';

/** Options of {@link population}. */
export interface PopulationOptions {
  /**
   * Provider subsystem of the population database in this environment, `CLASS/MEMBER/SUBSYSTEM`, when it
   * differs from the national one. Default: `GOV/000.00.00.G10/CSDLDC`.
   *
   * @example
   * ```ts
   * population(gateway, { provider: 'GOV/000.00.00.G10/CSDLDC-TEST' });
   * ```
   */
  provider?: string;
}

/**
 * The population database's operations, each with its `…WithMeta` twin (the value with where it came
 * from: provider, time, X-Road id). Every call takes the access context (purpose, case id, consent).
 *
 * - `getCitizen({ personalId }, ctx)`: the citizen's record (service 037). Throws `InputError`
 *   (`INVALID_PERSONAL_ID`), `PolicyError`, `NotFoundError`, and the gateway's other errors.
 */
export type PopulationClient = ClientOf<typeof populationOperations>;

/**
 * The population database adapter (`CSDLQG về dân cư`), over a gateway.
 *
 * @example
 * ```ts
 * const pop = population(gateway);
 * const citizen = await pop.getCitizen(
 *   { personalId: '001203012345' },
 *   { purpose: '1.001193', caseId: 'H23.01-241122-0001', consent },
 * );
 * citizen.name.full;
 * ```
 */
export function population(gateway: Gateway, options: PopulationOptions = {}): PopulationClient {
  const callOptions: CallOptions = options.provider === undefined ? {} : { provider: options.provider };
  return createClient(gateway, populationOperations, callOptions);
}
