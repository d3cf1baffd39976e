import type { AccessContext, CallResult, Gateway } from '@onceonly/core';
import type { Citizen, CitizenQuery } from './domain.js';
import { getCitizenService } from './services.js';

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

/** The population database's operations. Every call takes the access context (purpose, case id, consent). */
export interface PopulationClient {
  /**
   * The citizen's record (service 037).
   * @throws InputError (`INVALID_PERSONAL_ID`), PolicyError, NotFoundError, and the gateway's other errors.
   */
  getCitizen(query: CitizenQuery, ctx: AccessContext): Promise<Citizen>;
  /** Like {@link PopulationClient.getCitizen}, with where the answer came from (provider, time, X-Road id). */
  getCitizenWithMeta(query: CitizenQuery, ctx: AccessContext): Promise<CallResult<Citizen>>;
}

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
  const callOptions = options.provider === undefined ? {} : { provider: options.provider };
  return {
    getCitizen: (query, ctx) => gateway.call(getCitizenService, query, ctx, callOptions),
    getCitizenWithMeta: (query, ctx) => gateway.callWithMeta(getCitizenService, query, ctx, callOptions),
  };
}
