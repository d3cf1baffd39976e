/**
 * Fetch every source of a form once, all in parallel under one deadline; a source about a relative
 * waits only for the source that names that relative. A failure stays with its source.
 * @module
 */
import { type AccessContext, type CallMeta, type Gateway, NotFoundError, TimeoutError } from '@onceonly/core';
import { formatDate, isVnDate } from '@onceonly/vn';
import { readPath } from './paths.js';
import { type AdapterOptions, type PersonKey, SOURCE_KINDS } from './source-kinds.js';
import type { Form } from './types.js';

/** What one source gave: its answer with where it came from, or the error that stopped it. */
export type SourceOutcome =
  | { ok: true; value: unknown; meta: CallMeta; about: string }
  | { ok: false; error: unknown };

export interface RunOptions {
  gateway: Gateway;
  subject: PersonKey;
  ctx: AccessContext;
  /** Consent tokens of other people, by personal id: a relative's own record is read only with theirs. */
  consents: Readonly<Record<string, string>>;
  timeoutMs: number;
  adapters: AdapterOptions;
}

/** The person a path of another answer names (a spouse, a household member), when fully identified. */
export function personAt(answer: unknown, path: string): PersonKey | undefined {
  const person = readPath(answer, path) as Record<string, unknown> | undefined;
  if (typeof person !== 'object' || person === null) return undefined;
  const name = person.name;
  const fullName =
    typeof name === 'string'
      ? name
      : typeof (name as { full?: unknown })?.full === 'string'
        ? (name as { full: string }).full
        : undefined;
  const birth = person.birthDate;
  // The lookups take a full date or a year: a month-precision record is asked by its year.
  const birthDate =
    typeof birth === 'string'
      ? birth
      : isVnDate(birth)
        ? birth.precision === 'month'
          ? String(birth.year)
          : formatDate(birth)
        : undefined;
  const personalId = person.personalId;
  if (typeof personalId !== 'string' || fullName === undefined || birthDate === undefined) return undefined;
  return { personalId, fullName, birthDate };
}

function notIdentified(): NotFoundError {
  return new NotFoundError({
    code: 'RELATIVE_NOT_IDENTIFIED',
    message:
      'The record does not identify this person fully (personal id, name and date of birth); their fields are left for manual entry.',
  });
}

function deadlineError(timeoutMs: number): TimeoutError {
  return new TimeoutError({
    code: 'DEADLINE_EXCEEDED',
    message: `The source did not answer within the prefill deadline of ${timeoutMs} ms; its fields are left for manual entry.`,
  });
}

/**
 * Every source's outcome, by source name. Never rejects: a failing, slow or refused source is an
 * outcome `{ ok: false }`. Resolves by the deadline at the latest.
 */
export async function runSources(form: Form, options: RunOptions): Promise<Map<string, SourceOutcome>> {
  const started = Date.now();
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      // Reject first: aborting settles the calls, and the race must end with the deadline, not ABORTED.
      reject(deadlineError(options.timeoutMs));
      controller.abort();
    }, options.timeoutMs);
  });
  deadline.catch(() => {}); // a deadline nobody waits on any more is not an unhandled rejection
  const signal = options.ctx.signal
    ? AbortSignal.any([options.ctx.signal, controller.signal])
    : controller.signal;
  const running = new Map<string, Promise<SourceOutcome>>();

  const fetchFor = async (name: string): Promise<SourceOutcome> => {
    const declared = form.sources[name]!;
    const about = declared.about ?? 'subject';
    let person = options.subject;
    let ctx: AccessContext = options.ctx;
    if (about !== 'subject') {
      const named = await start(about.source);
      if (!named.ok) return named;
      const relative = personAt(named.value, about.path);
      if (relative === undefined) return { ok: false, error: notIdentified() };
      person = relative;
      if (relative.personalId !== options.subject.personalId) {
        // Another person's own record: only with that person's consent, never the subject's.
        const { consent: _subjects, ...rest } = options.ctx;
        const theirs = options.consents[relative.personalId];
        ctx = theirs === undefined ? rest : { ...rest, consent: theirs };
      }
    }
    const remaining = Math.max(1, options.timeoutMs - (Date.now() - started));
    const call = SOURCE_KINDS[declared.kind].fetch(
      options.gateway,
      person,
      { ...ctx, signal, timeoutMs: Math.min(remaining, ctx.timeoutMs ?? remaining) },
      options.adapters,
    );
    try {
      const { value, meta } = await Promise.race([call, deadline]);
      return { ok: true, value, meta, about: person.personalId };
    } catch (error) {
      call.catch(() => {}); // the call lost the race; its late failure is not unhandled
      return { ok: false, error };
    }
  };
  const start = (name: string): Promise<SourceOutcome> => {
    let promise = running.get(name);
    if (promise === undefined) {
      promise = fetchFor(name);
      running.set(name, promise);
    }
    return promise;
  };

  try {
    const names = Object.keys(form.sources);
    const outcomes = await Promise.all(names.map(start));
    // Every call has settled, or lost to the deadline, which aborted it: nothing is left to abort (an
    // abort builds a DOMException with its stack, on every prefill).
    return new Map(names.map((name, i) => [name, outcomes[i]!]));
  } catch (error) {
    controller.abort(); // a source that threw: the other calls still running are not needed
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
