/**
 * The direct VNeID integration's encrypted answers, `{ "data": …, "key": … }`, opened with the relying
 * party's RSA private key. Scheme (see the package README): `key` = base64(RSA-OAEP-SHA-256(AES-256
 * key)); `data` = base64(12-byte IV ‖ AES-256-GCM ciphertext ‖ 16-byte tag). node:crypto only.
 * @module
 */
import { constants, createDecipheriv, createPrivateKey, type KeyObject, privateDecrypt } from 'node:crypto';
import { answerInvalid } from './errors.js';

/** The relying party's RSA private key: a `KeyObject`, a PKCS#8 PEM, or a private JWK. */
export type DecryptionKey = KeyObject | string | Record<string, unknown>;

export function toPrivateKey(key: DecryptionKey): KeyObject {
  const object =
    typeof key === 'string'
      ? createPrivateKey(key)
      : 'asymmetricKeyType' in key && typeof (key as KeyObject).export === 'function'
        ? (key as KeyObject)
        : createPrivateKey({ key: key as never, format: 'jwk' });
  if (object.type !== 'private' || object.asymmetricKeyType !== 'rsa') {
    throw new TypeError('decryptionKey must be an RSA private key');
  }
  return object;
}

/** True when `body` has the shape of an encrypted answer. */
export function isEncryptedAnswer(body: unknown): body is { data: string; key: string } {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as { data?: unknown }).data === 'string' &&
    typeof (body as { key?: unknown }).key === 'string'
  );
}

/** Opens an encrypted answer; a `ResponseError` (`SIGNIN_ANSWER_INVALID`) when it does not open. */
export function decryptAnswer(body: { data: string; key: string }, privateKey: KeyObject): unknown {
  try {
    const aesKey = privateDecrypt(
      { key: privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' },
      Buffer.from(body.key, 'base64'),
    );
    const data = Buffer.from(body.data, 'base64');
    if (aesKey.length !== 32 || data.length < 12 + 16) throw new Error('short');
    const decipher = createDecipheriv('aes-256-gcm', aesKey, data.subarray(0, 12));
    decipher.setAuthTag(data.subarray(data.length - 16));
    const plain = Buffer.concat([decipher.update(data.subarray(12, data.length - 16)), decipher.final()]);
    return JSON.parse(plain.toString('utf8'));
  } catch {
    throw answerInvalid(
      'the encrypted answer does not open with this decryption key (wrong key, or altered on the way)',
    );
  }
}
