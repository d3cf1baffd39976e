import { InputError } from '../errors/onceonly-error.js';
import type { CallOptions, Gateway } from '../gateway/types.js';
import { type ClientOf, createClient, type ServiceMap } from './create-client.js';

/** The encodings an adapter's services are declared in: SOAP (as the real services are published) or REST. */
export type AdapterEncoding = 'soap' | 'rest';

/** Who asks, as the LGSP requests name it: the officer's unit (`MaDonVi`) and the calling service (`MaDVC`). */
export interface AdapterAsker {
  unit?: string | undefined;
  callerCode?: string | undefined;
}

/** What every adapter factory takes (`population(gw, options)`, `land(gw, options)`, ...). */
export interface AdapterClientOptions extends AdapterAsker {
  encoding?: AdapterEncoding | undefined;
  /** The provider subsystem in this environment, `CLASS/MEMBER/SUBSYSTEM`, when not the national one. */
  provider?: string | undefined;
}

/**
 * The client of an adapter: its operations in the chosen encoding (`'soap'` by default), for one asker,
 * sent to the configured provider. An unknown encoding is an `InputError` `INVALID_OPTION` naming the
 * adapter, before anything is built.
 *
 * @example
 * ```ts
 * export const land = (gw: Gateway, options: LandOptions = {}) =>
 *   createAdapterClient(gw, 'land', landOperationsFor, options);
 * ```
 */
export function createAdapterClient<M extends ServiceMap>(
  gateway: Gateway,
  adapter: string,
  operationsFor: (encoding: AdapterEncoding, asker: AdapterAsker) => M,
  options: AdapterClientOptions = {},
): ClientOf<M> {
  const encoding = options.encoding ?? 'soap';
  if (encoding !== 'soap' && encoding !== 'rest') {
    throw new InputError({
      code: 'INVALID_OPTION',
      message: `${adapter}(): encoding must be 'soap' or 'rest'.`,
      fields: ['encoding'],
    });
  }
  const callOptions: CallOptions = options.provider === undefined ? {} : { provider: options.provider };
  return createClient(
    gateway,
    operationsFor(encoding, { unit: options.unit, callerCode: options.callerCode }),
    callOptions,
  );
}
