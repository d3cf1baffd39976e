/**
 * The direct VNeID integration's encrypted answers, `{ "data": …, "key": … }`: a fresh AES key encrypts
 * the JSON answer, and the relying party's RSA public key encrypts the AES key.
 *
 * The scheme modelled here: `key` = base64(RSA-OAEP with SHA-256 (AES-256 key)); `data` = base64(12-byte
 * IV ‖ AES-256-GCM ciphertext ‖ 16-byte tag). The public Keycloak extension for VNeID
 * (`ospgroupvn/vneid-keycloak-extensions`) shows the same `{data, key}` envelope with RSA PKCS#1 v1.5
 * and AES-ECB; we do not reproduce those two (Node refuses PKCS#1 v1.5 decryption, and ECB is not
 * authenticated): the shape is modelled, the primitives are a documented choice.
 * @module
 */
import { constants, createCipheriv, createPublicKey, publicEncrypt, randomBytes } from 'node:crypto';
import type { Jwk } from './types.js';

/** Encrypts a JSON answer to the relying party's RSA public key. */
export function encryptAnswer(publicJwk: Jwk, answer: unknown): { data: string; key: string } {
  const publicKey = createPublicKey({ key: publicJwk as never, format: 'jwk' });
  if (publicKey.asymmetricKeyType !== 'rsa') {
    throw new TypeError('identityProvider.encryptedAnswers.publicJwk must be an RSA public key');
  }
  const aesKey = randomBytes(32);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', aesKey, iv);
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(answer), 'utf8'), cipher.final()]);
  const data = Buffer.concat([iv, ciphertext, cipher.getAuthTag()]).toString('base64');
  const key = publicEncrypt(
    { key: publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' },
    aesKey,
  ).toString('base64');
  return { data, key };
}
