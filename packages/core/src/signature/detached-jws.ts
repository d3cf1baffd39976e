import { decodeProtectedHeader, type ProtectedHeaderParameters } from 'jose';

/** A detached JWS put back together with the body it signs. */
export interface DetachedJws {
  /** `BASE64URL(header) + "." + BASE64URL(body)`: the exact bytes the signature covers. */
  signingInput: Buffer;
  /** The signature bytes (base64url-decoded). */
  signature: Buffer;
  /** The protected header, decoded (frozen: it may be shared by every answer signed the same way). */
  header: Readonly<ProtectedHeaderParameters>;
}

// Far above any real header (a protected header and an ES512/RS4096 signature); refuses junk early.
const MAX_SIGNATURE_HEADER = 16 * 1024;
const DETACHED = /^([A-Za-z0-9_-]+)\.\.([A-Za-z0-9_-]+)$/;
const DOT = 0x2e;

// A provider signs every answer with the same few protected headers (alg + kid): decode each once.
// Bounded, since the header comes from the network.
const MAX_HEADERS = 32;
const decodedHeaders = new Map<string, Readonly<ProtectedHeaderParameters> | null>();

function protectedHeader(encoded: string): Readonly<ProtectedHeaderParameters> | undefined {
  let header = decodedHeaders.get(encoded);
  if (header === undefined) {
    try {
      header = Object.freeze(decodeProtectedHeader({ protected: encoded }));
    } catch {
      header = null;
    }
    if (decodedHeaders.size >= MAX_HEADERS)
      decodedHeaders.delete(decodedHeaders.keys().next().value as string);
    decodedHeaders.set(encoded, header);
  }
  return header ?? undefined;
}

/**
 * Rebuilds the JWS of RFC 7515 appendix F: `X-Payload-Signature` is `BASE64URL(header)..BASE64URL(sig)`
 * and the signing input is `BASE64URL(header) + "." + BASE64URL(body)` over the exact body bytes,
 * written straight into one buffer (no intermediate compact string). Returns `undefined` when the
 * header value is not a detached compact JWS with a JSON protected header.
 */
export function attachPayload(signatureHeader: string, body: Uint8Array): DetachedJws | undefined {
  if (signatureHeader.length > MAX_SIGNATURE_HEADER) return undefined;
  const match = DETACHED.exec(signatureHeader.trim());
  if (!match) return undefined;
  const encodedHeader = match[1] as string;
  const header = protectedHeader(encodedHeader);
  if (!header) return undefined;
  const encodedBody = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('base64url');
  const signingInput = Buffer.allocUnsafe(encodedHeader.length + 1 + encodedBody.length);
  signingInput.write(encodedHeader, 0, 'latin1');
  signingInput[encodedHeader.length] = DOT;
  signingInput.write(encodedBody, encodedHeader.length + 1, 'latin1');
  return { signingInput, signature: Buffer.from(match[2] as string, 'base64url'), header };
}
