import { PolicyError } from '../errors/onceonly-error.js';
import type { AccessContext } from '../policy/access-context.js';
import type { PipelineDeps } from './deps.js';
import { withRetry } from './retry.js';

/**
 * Step 2b: where the service's data category needs consent, the token must name this citizen, this
 * portal, the category and the purpose, before anything is sent. Returns the token to send, or
 * `undefined` for public data. Refusals are not retried; an identity-provider key outage
 * (`JWKS_UNAVAILABLE`) is, like any fetch.
 */
export async function checkConsent(
  deps: PipelineDeps,
  service: { id: string; category: string; requiresConsent: boolean },
  ctx: AccessContext,
  subject: string | undefined,
  signal: AbortSignal,
): Promise<string | undefined> {
  if (!service.requiresConsent) return undefined;
  const token = ctx.consent;
  if (!token) {
    throw new PolicyError({
      code: 'CONSENT_REQUIRED',
      message: `${service.id} reads ${service.category} data, which needs the citizen's consent: pass the consent token as ctx.consent. Nothing was sent.`,
    });
  }
  const expected = {
    subject,
    audience: deps.clientId,
    category: service.category,
    purpose: ctx.purpose,
    now: Math.floor(deps.now() / 1000),
  };
  await withRetry(
    () => deps.consent.check(token, expected, { dispatcher: deps.dispatcher, signal }),
    deps.retry,
    {
      idempotent: true,
      signal,
    },
  );
  return token;
}
