import { PolicyError } from '../errors/onceonly-error.js';
import type { AccessContext } from '../policy/access-context.js';
import { checkTimeoutMs } from '../transport/deadline.js';

// Values that become headers: printable ASCII, no separators that could smuggle another header.
export const HEADER_VALUE = /^[\x21-\x7e](?:[\x20-\x7e]{0,254}[\x21-\x7e])?$/;
const USER_ID = /^[A-Z]{2}[\x21-\x7e]{1,64}$/;
const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/**
 * Step 2a: the access context must say why (purpose) and for which dossier (case id) before anything is
 * sent; identifiers that become headers must be header-safe.
 */
export function checkAccessContext(
  ctx: AccessContext | undefined,
  serviceId: string,
): asserts ctx is AccessContext {
  if (typeof ctx !== 'object' || ctx === null) {
    throw new PolicyError({
      code: 'CONTEXT_REQUIRED',
      serviceId,
      message: 'Every call needs an access context { purpose, caseId }; nothing was sent.',
    });
  }
  if (typeof ctx.purpose !== 'string' || !HEADER_VALUE.test(ctx.purpose)) {
    throw new PolicyError({
      code: 'PURPOSE_REQUIRED',
      serviceId,
      message:
        'ctx.purpose is required: the purpose code of the call, usually the procedure code (e.g. 1.001193). Nothing was sent.',
    });
  }
  if (typeof ctx.caseId !== 'string' || !HEADER_VALUE.test(ctx.caseId)) {
    throw new PolicyError({
      code: 'CASE_ID_REQUIRED',
      serviceId,
      message:
        'ctx.caseId is required: the dossier code (hồ sơ) that caused the call, in printable ASCII. Nothing was sent.',
    });
  }
  if (ctx.userId !== undefined && (typeof ctx.userId !== 'string' || !USER_ID.test(ctx.userId))) {
    throw new PolicyError({
      code: 'USER_ID_INVALID',
      serviceId,
      message:
        'ctx.userId must start with a two-letter ISO country code (e.g. VN followed by the officer id). Nothing was sent.',
    });
  }
  if (ctx.consent !== undefined && (typeof ctx.consent !== 'string' || !JWT.test(ctx.consent))) {
    throw new PolicyError({
      code: 'CONSENT_INVALID',
      serviceId,
      message: 'ctx.consent is not a consent token (a JWT). Nothing was sent.',
    });
  }
  if (ctx.timeoutMs !== undefined) checkTimeoutMs(ctx.timeoutMs, 'ctx.timeoutMs', serviceId);
}
