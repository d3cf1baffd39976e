/**
 * Exit codes scripts can rely on (documented in the README). `commander` exits 1 on its own errors;
 * the program maps them to `USAGE` so that every bad invocation reads the same.
 */
export const EXIT_CODES = {
  /** Done: every row has a result, or the command did what it was asked. */
  OK: 0,
  /** Unexpected failure (a bug, a file system error). */
  FAILURE: 1,
  /** Bad usage: unknown option, missing required option, unreadable config or input file, bad header. */
  USAGE: 2,
  /** verify-batch finished, but some rows ended in `error` (re-run to retry them after deleting them). */
  SOME_ERRORS: 3,
  /** Interrupted by SIGINT/SIGTERM; re-running the same command resumes. */
  INTERRUPTED: 130,
} as const;

/** A mistake in how the command was called or in its input: printed as is, exits with `USAGE`. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
