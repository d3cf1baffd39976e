/**
 * `GET /idp/userinfo` (OIDC Core §5.3): the signed-in citizen's claims, for the access token of
 * `POST /idp/token`. Standard mode speaks the VNeID SSO's claim names (`SoDinhDanh`, `HoVaTen`,
 * `NgayThangNamSinh` yyyyMMdd, `loAs`, ...); the encrypted-answers mode speaks the direct integration's
 * (`citizenPid`, `fullName`, `birthDate`, `accountType`, `accountLevel`) and encrypts the answer.
 * @module
 */
import { createHmac } from 'node:crypto';
import type { Persona, World } from '../world/types.js';
import { encryptAnswer } from './idp-encryption.js';
import type { AssuranceLevel, IdentityProviderOptions, UserinfoGrant } from './idp-settings.js';
import { jsonResponse } from './responses.js';
import type { MockRequest, MockResponse } from './types.js';

export interface UserinfoDeps {
  world: World;
  accessTokens: Map<string, UserinfoGrant>;
  options: IdentityProviderOptions;
  now: () => number;
  seed: number;
}

/** Account type of a citizen (`LoaiTaiKhoan` / `accountType`): 1 = a citizen's own account. */
const CITIZEN_ACCOUNT = 1;

/** Level 2 (identity verified in person) for adults, level 1 for minors, unless configured. */
export function assuranceOf(persona: Persona, options: IdentityProviderOptions): AssuranceLevel {
  return options.assurance?.[persona.personalId] ?? (persona.tags.includes('minor') ? 1 : 2);
}

/** `dd/mm/yyyy`, `mm/yyyy` or `yyyy` (what the population record holds) as `yyyyMMdd`, `yyyyMM` or `yyyy`. */
function compactDate(date: string): string {
  return date.split('/').reverse().join('');
}

function bearerError(description: string): MockResponse {
  return jsonResponse(
    401,
    { error: 'invalid_token', error_description: description },
    { 'www-authenticate': `Bearer error="invalid_token"`, 'cache-control': 'no-store' },
  );
}

/** The claims of `persona` as the identity provider in this mode releases them. */
export function userinfoClaims(persona: Persona, deps: Pick<UserinfoDeps, 'options' | 'seed'>) {
  const { ho, chuDem, ten } = persona.population.hoVaTen;
  const fullName = [ho, chuDem, ten].filter((part) => part !== '').join(' ');
  const birth = compactDate(persona.population.ngaySinh);
  const level = assuranceOf(persona, deps.options);
  if (deps.options.encryptedAnswers) {
    return {
      citizenPid: persona.personalId,
      fullName,
      birthDate: birth,
      accountType: CITIZEN_ACCOUNT,
      accountLevel: level,
    };
  }
  const techId = createHmac('sha256', `onceonly-mock:tech-id:${deps.seed}`)
    .update(persona.personalId)
    .digest('hex');
  return {
    sub: persona.personalId,
    TechID: `${techId.slice(0, 8)}-${techId.slice(8, 12)}-${techId.slice(12, 16)}-${techId.slice(16, 20)}-${techId.slice(20, 32)}`,
    LoaiTaiKhoan: CITIZEN_ACCOUNT,
    HoVaTen: fullName,
    SoDinhDanh: persona.personalId,
    NgayThangNamSinh: birth,
    loAs: `LoA${level}`,
    loginIdp: 'vneid',
  };
}

export function userinfo(request: MockRequest, deps: UserinfoDeps): MockResponse {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  if (!match) return bearerError('A bearer access token from POST /idp/token is required.');
  const grant = deps.accessTokens.get(match[1]!);
  if (!grant || grant.expiresAt <= deps.now()) {
    return bearerError('The access token is unknown or has expired.');
  }
  const persona = deps.world.byPersonalId(grant.personalId);
  if (!persona) return bearerError('The access token names no known citizen.');
  const claims = userinfoClaims(persona, deps);
  const encryptTo = deps.options.encryptedAnswers?.publicJwk;
  const headers = { 'cache-control': 'no-store' };
  return jsonResponse(200, encryptTo ? encryptAnswer(encryptTo, claims) : claims, headers);
}
