/**
 * Userinfo claims → `SignedInCitizen`. One mapping for both profiles, told the claim names; anything
 * missing or malformed is a `ResponseError` (`SIGNIN_ANSWER_INVALID`) that names the claim, never its value.
 * @module
 */
import { isValidPersonalId, parseDate, type VnDate } from '@onceonly/vn';
import type { AssuranceLevel, SignedInCitizen } from './citizen.js';
import { answerInvalid } from './errors.js';

/** The claim names a profile reads. */
export interface ClaimNames {
  personalId: string;
  fullName: string;
  birthDate: string;
  assuranceLevel: string;
  /** The provider's subject; `undefined` where the provider has none (direct VNeID). */
  subject: string | undefined;
}

function text(claims: Record<string, unknown>, name: string): string {
  const value = claims[name];
  if (typeof value !== 'string' || value.trim() === '') {
    throw answerInvalid(`userinfo has no usable "${name}" claim`);
  }
  return value.trim();
}

/** `yyyyMMdd`, `yyyyMM`, `yyyy`, `dd/mm/yyyy`, `mm/yyyy` or ISO, as a `VnDate`. */
export function birthDateOf(raw: string, name: string): VnDate {
  const compact = /^(\d{4})(\d{2})?(\d{2})?$/.exec(raw);
  const iso = compact ? [compact[1], compact[2], compact[3]].filter(Boolean).join('-') : raw;
  const parsed = parseDate(iso);
  if (!parsed.ok) throw answerInvalid(`userinfo's "${name}" claim is not a date`);
  return parsed.value;
}

/** `2`, `'2'`, `'LoA2'`, `'loa2'`, or a list of those (the highest wins). */
export function assuranceOf(raw: unknown): AssuranceLevel | undefined {
  const values = Array.isArray(raw) ? raw : [raw];
  let best: AssuranceLevel | undefined;
  for (const value of values) {
    const match = /^(?:loa)?([12])$/i.exec(String(value ?? '').trim());
    if (!match) continue;
    const level = Number(match[1]) as AssuranceLevel;
    if (best === undefined || level > best) best = level;
  }
  return best;
}

export function mapCitizen(
  claims: Record<string, unknown>,
  names: ClaimNames,
  provider: SignedInCitizen['provider'],
): SignedInCitizen {
  const personalId = text(claims, names.personalId);
  if (!isValidPersonalId(personalId)) {
    throw answerInvalid(`userinfo's "${names.personalId}" claim is not a 12-digit personal id`);
  }
  return {
    personalId,
    fullName: text(claims, names.fullName).normalize('NFC').replace(/\s+/g, ' '),
    birthDate: birthDateOf(text(claims, names.birthDate), names.birthDate),
    assuranceLevel: assuranceOf(claims[names.assuranceLevel]),
    subject: names.subject === undefined ? personalId : text(claims, names.subject),
    provider,
  };
}
