import { decodeProtectedHeader, type ProtectedHeaderParameters } from 'jose';

/** A detached JWS put back together with the body it signs. */
export interface AttachedJws {
  /** `header.BASE64URL(body).signature`, ready for jose `compactVerify`. */
  compact: string;
  header: ProtectedHeaderParameters;
}

// Far above any real header (a protected header and an ES512/RS4096 signature); refuses junk early.
const MAX_SIGNATURE_HEADER = 16 * 1024;
const DETACHED = /^([A-Za-z0-9_-]+)\.\.([A-Za-z0-9_-]+)$/;

/**
 * Rebuilds the JWS of RFC 7515 appendix F: `X-Payload-Signature` is `BASE64URL(header)..BASE64URL(sig)`
 * and the signing input is `BASE64URL(header) + "." + BASE64URL(body)` over the exact body bytes.
 * Returns `undefined` when the header value is not a detached compact JWS with a JSON protected header.
 */
export function attachPayload(signatureHeader: string, body: Uint8Array): AttachedJws | undefined {
  if (signatureHeader.length > MAX_SIGNATURE_HEADER) return undefined;
  const match = DETACHED.exec(signatureHeader.trim());
  if (!match) return undefined;
  const [, encodedHeader, signature] = match;
  const compact = `${encodedHeader}.${Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('base64url')}.${signature}`;
  try {
    return { compact, header: decodeProtectedHeader(compact) };
  } catch {
    return undefined;
  }
}
