import { ResponseError } from '@onceonly/core';

/**
 * Guards against cross-talk in the body: the record answered must carry the key asked for (the tax
 * code, the registration number, the person searched for). Messages carry no value (personal data).
 */
export function checkAnswerKey(answered: string | undefined, asked: string, what: string): void {
  if (answered === undefined || answered.trim() === '' || answered.trim() === asked) return;
  throw new ResponseError({
    code: 'RESPONSE_SUBJECT_MISMATCH',
    message: `The answer is about another ${what} than the one asked for; it was discarded. Report it to the provider.`,
  });
}
