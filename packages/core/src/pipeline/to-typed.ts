import { OnceOnlyError } from '../errors/onceonly-error.js';

/** Anything that is not already typed becomes a generic error with no text of its own (it could hold data). */
export function toTyped(error: unknown): OnceOnlyError {
  if (OnceOnlyError.isInstance(error)) return error;
  return new OnceOnlyError({
    code: 'INTERNAL_ERROR',
    message: 'An unexpected error occurred in the gateway pipeline; see the audit record and report it.',
    cause: { name: error instanceof Error ? error.name : typeof error },
  });
}
