import { OnceOnlyError, ResponseError } from '../errors/onceonly-error.js';
import type { CallMeta } from '../gateway/types.js';
import type { ServiceDefinition } from '../service/define-service.js';
import type { Answer } from './profile.js';

/** What the retry step hands on: the decoded answer and the proof that came with it. */
export interface CheckedAnswer<TWire> {
  answer: Answer<TWire>;
  requestHash?: string;
  signedBy?: string;
}

const same = (a: string, b: string) => a.trim() === b.trim();

/**
 * Steps "no cross-talk" and "map": an answer about another subject than the one asked
 * (`RESPONSE_SUBJECT_MISMATCH`) is discarded; then wire → domain. A mapping that throws one of our
 * typed errors means it (a `NotFoundError` for an empty answer, a subject mismatch it found itself) and
 * passes through, named with the call; anything else is `RESPONSE_MAPPING` (its text could hold the
 * data, so it is dropped).
 */
export function mapAnswer<TRequest, TWire, TResult>(
  service: ServiceDefinition<TRequest, TWire, TResult>,
  checked: CheckedAnswer<TWire>,
  request: TRequest,
  subject: string | undefined,
  xroadId: string,
): { value: TResult; meta: CallMeta } {
  const { answer } = checked;
  if (service.answerSubject && subject !== undefined) {
    let named: string | undefined;
    try {
      named = service.answerSubject(answer.data);
    } catch (error) {
      throw typedOr(error, service.id, xroadId);
    }
    if (named !== undefined && (typeof named !== 'string' || !same(named, subject))) {
      throw new ResponseError({
        code: 'RESPONSE_SUBJECT_MISMATCH',
        serviceId: service.id,
        message: `The answer of ${service.id} is about another person than the one asked for; it was discarded. Report it to the provider.`,
      });
    }
  }
  let value: TResult;
  try {
    value = service.map(answer.data, request, { provider: answer.provider, retrievedAt: answer.retrievedAt });
  } catch (error) {
    throw typedOr(error, service.id, xroadId);
  }
  const meta: CallMeta = {
    provider: answer.provider,
    retrievedAt: answer.retrievedAt,
    xroadId,
    cached: false,
  };
  if (checked.requestHash) meta.requestHash = checked.requestHash;
  if (checked.signedBy) meta.signedBy = checked.signedBy;
  return { value, meta };
}

/** A typed error of the SDK as thrown, named with the call; anything else becomes `RESPONSE_MAPPING`. */
function typedOr(error: unknown, serviceId: string, xroadId: string): OnceOnlyError {
  return OnceOnlyError.isInstance(error) ? error.withCall(serviceId, xroadId) : mappingError(serviceId);
}

function mappingError(serviceId: string): ResponseError {
  return new ResponseError({
    code: 'RESPONSE_MAPPING',
    serviceId,
    message: `The answer of ${serviceId} could not be mapped to its domain type.`,
  });
}
