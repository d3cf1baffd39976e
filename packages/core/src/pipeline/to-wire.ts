import { InputError, OnceOnlyError } from '../errors/onceonly-error.js';
import type { ServiceDefinition, WireContext } from '../service/define-service.js';
import { compileSchema } from '../service/schema-validator.js';
import { copyInput } from './copy-input.js';

/**
 * Step "to wire" (after consent, before encoding): the domain input becomes the body the provider
 * expects, through the service's `toWire`, and is checked with `wireRequest` before anything is sent.
 * Without `toWire` the validated request is sent as it is. Messages name schema paths only, never
 * values (the body holds ids, names and dates of birth).
 */
export function toWireRequest<TRequest>(
  service: Pick<ServiceDefinition<TRequest, never, unknown>, 'id' | 'toWire' | 'wireRequest'>,
  request: TRequest,
  call: WireContext,
): unknown {
  if (!service.toWire) return request;
  let built: unknown;
  try {
    built = copyInput(service.id, service.toWire(request, call));
  } catch (error) {
    if (OnceOnlyError.isInstance(error)) throw error;
    // Its text may hold the input: dropped.
    throw new InputError({
      serviceId: service.id,
      message: `The request for ${service.id} could not be turned into its wire body (toWire threw). Fix the input or the adapter; nothing was sent.`,
    });
  }
  if (service.wireRequest) {
    const result = compileSchema(service.wireRequest).check(built);
    if (!result.ok) {
      const rules = result.problems
        .slice(0, 5)
        .map((p) => `${p.path} (${p.rule})`)
        .join(', ');
      throw new InputError({
        fields: [...new Set(result.problems.map((p) => p.path))],
        serviceId: service.id,
        message: `The wire body built for ${service.id} does not match its wireRequest schema: ${rules}. Fix the input or the adapter's toWire; nothing was sent.`,
      });
    }
  }
  return built;
}
