import type { JWTPayload } from 'jose';
import { PolicyError } from '../errors/onceonly-error.js';
import type { ConsentClaims, ConsentExpectation } from './consent-types.js';

export interface ConsentClaimRules {
  /** Expected `iss`, when set. */
  issuer?: string | undefined;
  /** Allowed clock skew in seconds. */
  clockToleranceSec: number;
}

/**
 * Checks what a consent token says against what the call needs, in this order: well-formed (`jti`,
 * `sub`, `exp`, `iss`, `nbf`) → not expired → subject → audience → scope → purpose. Each refusal is a
 * `PolicyError` with its own code; no message quotes the personal id or the token.
 */
export function checkConsentClaims(
  payload: JWTPayload,
  expected: ConsentExpectation,
  rules: ConsentClaimRules,
): ConsentClaims {
  const { jti, sub, exp, nbf, iss, aud } = payload;
  const tolerance = rules.clockToleranceSec;
  if (typeof jti !== 'string' || jti === '') {
    throw consentInvalid(
      'has no unique id (jti), so it could not be revoked: use a token issued by the identity provider',
    );
  }
  if (typeof sub !== 'string' || sub === '')
    throw consentInvalid('names no citizen (sub): use a token issued by the identity provider');
  if (typeof exp !== 'number' || !Number.isFinite(exp)) {
    throw consentInvalid('has no expiry (exp): use a token issued by the identity provider');
  }
  if (rules.issuer !== undefined && iss !== rules.issuer) {
    throw consentInvalid(
      'comes from an unexpected issuer (iss): use a token from the identity provider set in consent.issuer',
    );
  }
  if (nbf !== undefined && (typeof nbf !== 'number' || nbf > expected.now + tolerance)) {
    throw consentInvalid(
      'is not valid yet (nbf): check the server clock, or wait until the consent takes effect',
    );
  }
  if (exp <= expected.now - tolerance) throw consentExpired();
  if (expected.subject !== undefined && sub !== expected.subject) {
    throw new PolicyError({
      code: 'CONSENT_SUBJECT_MISMATCH',
      message:
        'The consent token (ctx.consent) was given by another citizen than the one this call asks about: obtain the consent of the citizen whose data is requested.',
    });
  }
  const audiences = typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud : [];
  if (!audiences.includes(expected.audience)) {
    throw new PolicyError({
      code: 'CONSENT_AUDIENCE_MISMATCH',
      message: `The consent token (ctx.consent) was not issued to this portal (aud must include ${expected.audience}): request consent for this X-Road client.`,
    });
  }
  const scopes = scopeList(payload.scope);
  if (!scopes.includes(expected.category)) {
    throw new PolicyError({
      code: 'CONSENT_SCOPE_MISSING',
      message: `The consent token (ctx.consent) does not cover the data category ${expected.category}: ask the citizen for consent that includes it.`,
    });
  }
  if (payload.purpose !== expected.purpose) {
    throw new PolicyError({
      code: 'CONSENT_PURPOSE_MISMATCH',
      message:
        'The consent token (ctx.consent) was given for another purpose than ctx.purpose: ask for consent for this procedure.',
    });
  }
  return {
    id: jti,
    subject: sub,
    audience: expected.audience,
    scopes,
    purpose: expected.purpose,
    expiresAt: exp,
  };
}

/** `CONSENT_INVALID`: the token cannot be used at all. */
export function consentInvalid(what: string): PolicyError {
  return new PolicyError({ code: 'CONSENT_INVALID', message: `The consent token (ctx.consent) ${what}.` });
}

/** `CONSENT_EXPIRED`: the consent was valid once. */
export function consentExpired(): PolicyError {
  return new PolicyError({
    code: 'CONSENT_EXPIRED',
    message:
      'The consent token (ctx.consent) has expired: ask the citizen to give consent again through the identity provider.',
  });
}

/** `scope` is space-separated (RFC 8693 §4.2); an array of strings is accepted too. */
function scopeList(scope: unknown): string[] {
  if (typeof scope === 'string') return scope.split(' ').filter((item) => item !== '');
  if (Array.isArray(scope)) return scope.filter((item): item is string => typeof item === 'string');
  return [];
}
