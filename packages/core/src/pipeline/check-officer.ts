import { PolicyError } from '../errors/onceonly-error.js';
import type { AccessContext } from '../policy/access-context.js';
import type { ServiceDefinition } from '../service/define-service.js';

const OFFICER_ID = /^\d{12}$/;

/**
 * Step 2b: who asks. `ctx.officerId`, when given, is a 12-digit personal id (`OFFICER_ID_INVALID`);
 * a service that must be asked by a named officer refuses a call without one (`OFFICER_REQUIRED`).
 * Messages never echo the value: it is personal data.
 */
export function checkOfficer(
  ctx: AccessContext,
  service: Pick<ServiceDefinition, 'id' | 'requiresOfficer'>,
): void {
  const { officerId } = ctx;
  if (officerId !== undefined && (typeof officerId !== 'string' || !OFFICER_ID.test(officerId))) {
    throw new PolicyError({
      code: 'OFFICER_ID_INVALID',
      serviceId: service.id,
      message:
        "ctx.officerId must be the officer's 12-digit personal id (số định danh cá nhân). Nothing was sent.",
    });
  }
  if (service.requiresOfficer && officerId === undefined) {
    throw new PolicyError({
      code: 'OFFICER_REQUIRED',
      serviceId: service.id,
      message: `${service.id} must be asked by a named officer: pass the officer's personal id as ctx.officerId. Nothing was sent.`,
    });
  }
}
