import { populationProvider } from './population.js';
import type { ProviderBinding } from './types.js';

export { populationProvider } from './population.js';
export type { ProviderBinding } from './types.js';

/**
 * Every provider the mock platform serves by default, one binding per service. Adapters added later
 * append theirs here.
 *
 * @example
 * ```ts
 * for (const binding of defaultProviders) routes.set(binding.service.id, binding);
 * ```
 */
export const defaultProviders: readonly ProviderBinding[] = [populationProvider];
