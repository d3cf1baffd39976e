import { createHash } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** True for a UUID in canonical text form (any version 1–8, RFC 9562 variant). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * A source of UUIDs (v4 layout) derived from the seed and a counter, so that the same seed and the same
 * sequence of requests give the same `X-Road-Request-Id`s and error details.
 */
export function createIdSource(seed: number, label: string): () => string {
  let n = 0;
  return () => {
    const bytes = createHash('sha256').update(`onceonly-mock:${label}:${seed}:${n++}`).digest();
    bytes[6] = (bytes[6]! & 0x0f) | 0x40;
    bytes[8] = (bytes[8]! & 0x3f) | 0x80;
    const hex = bytes.subarray(0, 16).toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
  };
}
