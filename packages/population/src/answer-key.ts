import { ResponseError } from '@onceonly/core';
import type { CitizenQuery } from './query.js';
import type { CongDan } from './wire.js';

/**
 * Guards against cross-talk in the body: the record answered must carry the key asked for (the
 * personal id, or the old id when the lookup was by old id). Core's `answerSubject` cannot do this
 * for an old-id lookup (the answer's `SoDinhDanh` differs from the key), so the mapping does it; it
 * matters most when an LGSP answers with an empty SOAP header.
 */
export function checkAnswerKey(record: CongDan | undefined, query: CitizenQuery): void {
  if (record === undefined) return;
  const answered = 'personalId' in query ? record.SoDinhDanh : record.SoCMND;
  const asked = 'personalId' in query ? query.personalId : query.oldId;
  if (answered?.trim() !== asked) {
    throw new ResponseError({
      code: 'RESPONSE_SUBJECT_MISMATCH',
      message:
        'The answer is about another person than the one asked for; it was discarded. Report it to the provider.',
    });
  }
}
