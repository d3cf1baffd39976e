import { describe, expect, it } from 'vitest';
import type { HttpResponse } from '../transport/send.js';
import { checkAnswerHeaders } from './check-answer-headers.js';

const response = (over: Partial<HttpResponse> = {}): HttpResponse => ({
  status: 200,
  headers: { 'x-road-id': 'id-1' },
  body: new Uint8Array(),
  ...over,
});
const codeOf = (r: HttpResponse) => {
  try {
    checkAnswerHeaders(r, 'id-1', 's.a.b');
    return 'ok';
  } catch (e) {
    return (e as { code: string }).code;
  }
};

describe('checkAnswerHeaders', () => {
  it('accepts the echo of the id sent, or no echo', () => {
    expect(codeOf(response())).toBe('ok');
    expect(codeOf(response({ headers: {} }))).toBe('ok');
    expect(codeOf(response({ headers: { 'x-road-id': ' id-1 ' } }))).toBe('ok');
  });

  it('refuses an echo of another id, on errors too', () => {
    expect(codeOf(response({ headers: { 'x-road-id': 'id-2' } }))).toBe('RESPONSE_ID_MISMATCH');
    expect(codeOf(response({ status: 500, headers: { 'x-road-id': 'id-2' } }))).toBe('RESPONSE_ID_MISMATCH');
  });

  it.each([
    'x-road-id',
    'x-road-request-hash',
    'x-road-request-id',
    'x-road-service',
    'x-payload-signature',
    'x-road-error',
  ])('refuses conflicting duplicates of %s', (name) => {
    const r = response({ repeated: { [name]: ['id-1', 'other'] } });
    expect(codeOf(r)).toBe('RESPONSE_HEADER_CONFLICT');
  });

  it('lets other repeated headers through', () => {
    expect(codeOf(response({ repeated: { vary: ['a', 'b'] } }))).toBe('ok');
  });
});
