import { InputError, OnceOnlyError } from '../errors/onceonly-error.js';
import type { ServiceDefinition } from '../service/define-service.js';
import { compileSchema } from '../service/schema-validator.js';

/** Step 1: the request against the service's JSON Schema, then its semantic checks. Nothing is sent on failure. */
export function validateInput<TRequest>(
  service: Pick<ServiceDefinition<TRequest, unknown, unknown>, 'id' | 'request' | 'check'>,
  request: TRequest,
): void {
  const result = compileSchema(service.request).check(request);
  if (!result.ok) {
    const fields = [...new Set(result.problems.map((p) => p.path))];
    const rules = result.problems.map((p) => `${p.path} (${p.rule})`).join(', ');
    throw new InputError({
      fields,
      serviceId: service.id,
      message: `The request for ${service.id} does not match its schema: ${rules}. Fix the input; nothing was sent.`,
    });
  }
  if (!service.check) return;
  try {
    service.check(request);
  } catch (error) {
    if (OnceOnlyError.isInstance(error)) throw error;
    // A check that throws something untyped is still an input problem; its text may hold the input, so drop it.
    throw new InputError({
      serviceId: service.id,
      message: `The request for ${service.id} failed the service's checks. Fix the input; nothing was sent.`,
    });
  }
}
