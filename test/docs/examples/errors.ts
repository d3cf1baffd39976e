import { ctx, getCitizen, gw } from './quick-start.js';
// #region errors
import { NotFoundError, OnceOnlyError, PolicyError } from '@onceonly/core';

function whatToDo(error: unknown): string {
  if (PolicyError.isInstance(error)) return `fix the call (${error.code}); nothing was sent`;
  if (NotFoundError.isInstance(error)) return 'the database holds no such record: ask for the paper document';
  if (OnceOnlyError.isInstance(error) && error.retryable) return 'try again later';
  if (OnceOnlyError.isInstance(error)) return `report ${error.code}, X-Road id ${error.requestId}`;
  throw error;
}

const noPurpose = await gw
  .call(getCitizen, { personalId: '001203012345' }, { ...ctx, purpose: '' })
  .catch((e) => e);
whatToDo(noPurpose); // 'fix the call (PURPOSE_REQUIRED); nothing was sent'

// The consent was given by 001203012345, not by the citizen asked about:
const otherCitizen = await gw.call(getCitizen, { personalId: '079145012345' }, ctx).catch((e) => e);
whatToDo(otherCitizen); // 'fix the call (CONSENT_SUBJECT_MISMATCH); nothing was sent'
JSON.stringify(otherCitizen); // {"name":"PolicyError","code":"CONSENT_SUBJECT_MISMATCH","message":"…","retryable":false,"serviceId":"population.citizen.get","requestId":"…"}
// #endregion errors

export { noPurpose, otherCitizen, whatToDo };
