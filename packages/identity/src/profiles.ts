/**
 * The identity providers a portal meets, as profiles of one relying party:
 *
 * - `oidcProfile()`: a standard OpenID Provider. The national portal's SSO (DVCQG) and VNeID's SSO
 *   (Keycloak, realm `citizen`) both release `SoDinhDanh`, `HoVaTen`, `NgayThangNamSinh` and `loAs` at
 *   userinfo, next to a signed ID token that carries the `nonce`.
 * - `vneidDirectProfile({ decryptionKey })`: the direct VNeID integration. Token and userinfo answers
 *   are encrypted as `{ data, key }` to the portal's RSA key; there is no ID token and no nonce; the
 *   claims are `citizenPid`, `fullName`, `birthDate`, `accountLevel`.
 *
 * Claim names are modelled on public integrations (REFERENCE.md §3); override them with `claims`.
 * @module
 */
import type { KeyObject } from 'node:crypto';
import { type DecryptionKey, toPrivateKey } from './decrypt-answer.js';
import type { ClaimNames } from './map-claims.js';

export interface IdentityProfile {
  readonly name: 'oidc' | 'vneid-direct';
  /** The provider issues a signed ID token (and echoes the nonce). */
  readonly idToken: boolean;
  readonly claims: ClaimNames;
  /** The RSA key that opens `{ data, key }` answers, for providers that encrypt them. */
  readonly decryptionKey: KeyObject | undefined;
}

export interface ProfileOptions {
  /** Claim names that differ from the defaults. */
  claims?: Partial<ClaimNames>;
}

/**
 * A standard OpenID Provider (the national portal's SSO, VNeID through Keycloak).
 * @example createRelyingParty({ ..., profile: oidcProfile() })
 */
export function oidcProfile(options: ProfileOptions = {}): IdentityProfile {
  return {
    name: 'oidc',
    idToken: true,
    claims: {
      personalId: 'SoDinhDanh',
      fullName: 'HoVaTen',
      birthDate: 'NgayThangNamSinh',
      assuranceLevel: 'loAs',
      subject: 'sub',
      ...options.claims,
    },
    decryptionKey: undefined,
  };
}

export interface VneidDirectOptions extends ProfileOptions {
  /** The portal's RSA private key (PKCS#8 PEM, private JWK or `KeyObject`), whose public half VNeID holds. */
  decryptionKey: DecryptionKey;
}

/**
 * The direct VNeID integration: encrypted `{ data, key }` answers, no ID token, no nonce.
 * @example createRelyingParty({ ..., profile: vneidDirectProfile({ decryptionKey: process.env.VNEID_RSA_KEY! }) })
 */
export function vneidDirectProfile(options: VneidDirectOptions): IdentityProfile {
  return {
    name: 'vneid-direct',
    idToken: false,
    claims: {
      personalId: 'citizenPid',
      fullName: 'fullName',
      birthDate: 'birthDate',
      assuranceLevel: 'accountLevel',
      subject: undefined,
      ...options.claims,
    },
    decryptionKey: toPrivateKey(options.decryptionKey),
  };
}
