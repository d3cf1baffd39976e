import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors/onceonly-error.js';
import { REDACTED } from './mask-string.js';
import { isSensitiveKey, redact } from './redact.js';

const b64url = (text: string) => Buffer.from(text).toString('base64url');

// Realistic secrets: 12-digit personal ids and 9-digit old ids, and compact JWTs naming them.
const personalId = fc.stringMatching(/^0\d{11}$/);
const oldId = fc.stringMatching(/^[1-9]\d{8}$/);
const jwt = fc
  .record({ sub: personalId, jti: fc.uuid(), scope: fc.constantFrom('population.basic', 'civil.marriage') })
  .map(
    (claims) => `${b64url('{"alg":"ES256","kid":"k1"}')}.${b64url(JSON.stringify(claims))}.${b64url('sig')}`,
  );
const secret = fc.oneof(personalId, oldId, jwt);

// Any JSON-ish value with a secret planted somewhere in a string (value or key).
const withSecret = fc
  .tuple(secret, fc.anything({ maxDepth: 3 }), fc.string(), fc.string(), fc.nat(4))
  .map(([s, noise, before, after, where]) => {
    const text = `${before}${s}${after}`;
    const shapes: unknown[] = [
      { note: text, noise },
      [noise, [text]],
      { nested: { deeper: { list: [1, text] } }, noise },
      { [text]: noise },
      new Map<unknown, unknown>([['k', new Set([text])]]),
    ];
    return { secret: s, value: shapes[where] };
  });

describe('redact', () => {
  it('replaces values under secret and personal keys', () => {
    const out = redact({
      personalId: '001234567890',
      fullName: 'Nguyễn Văn A',
      dateOfBirth: '01/01/1990',
      headers: { Authorization: 'Basic dXNlcjpwYXNz', 'x-consent': 'abc', cookie: 'sid=1' },
      client_secret: 's3cret',
      privateKey: { kty: 'EC' },
      sub: '001234567890',
      status: 404,
      serviceId: 'population.citizen.get',
      nothing: null,
    });
    expect(out).toEqual({
      personalId: REDACTED,
      fullName: REDACTED,
      dateOfBirth: REDACTED,
      headers: { Authorization: REDACTED, 'x-consent': REDACTED, cookie: REDACTED },
      client_secret: REDACTED,
      privateKey: REDACTED,
      sub: REDACTED,
      status: 404,
      serviceId: 'population.citizen.get',
      nothing: null,
    });
  });

  it('recognises the sensitive key names', () => {
    for (const key of [
      'access_token',
      'apiKey',
      'api-key',
      'private_key',
      'clientAssertion',
      'oldId',
      'citizenId',
      'email',
      'phoneNumber',
      'address',
      'subject',
    ]) {
      expect(isSensitiveKey(key)).toBe(true);
    }
    for (const key of ['status', 'serviceId', 'xroadId', 'purpose', 'attempts'])
      expect(isSensitiveKey(key)).toBe(false);
  });

  it('does not modify its input', () => {
    const input = { personalId: '001234567890', list: ['001234567890'] };
    redact(input);
    expect(input).toEqual({ personalId: '001234567890', list: ['001234567890'] });
  });

  it('handles cycles, and copies shared references that are not cycles', () => {
    const shared = { status: 1 };
    const a: Record<string, unknown> = { shared, again: shared };
    a.self = a;
    expect(redact(a)).toEqual({ shared: { status: 1 }, again: { status: 1 }, self: '[Circular]' });
  });

  it('keeps the name, code and masked message of errors, and their cause', () => {
    const error = new InputError({
      message: 'bad id 001234567890',
      fields: ['/personalId'],
      serviceId: 'population.citizen.get',
      cause: new Error('Bearer abc.def'),
    });
    const out = redact({ err: error }) as { err: Record<string, unknown> };
    expect(out.err).toMatchObject({
      name: 'InputError',
      code: 'INVALID_INPUT',
      message: `bad id ${REDACTED}`,
      serviceId: 'population.citizen.get',
      fields: ['/personalId'],
      cause: { name: 'Error', message: `Bearer ${REDACTED}` },
    });
    expect(JSON.stringify(out)).not.toContain('001234567890');
  });

  it('summarises binary data, dates and functions; limits depth and array length', () => {
    const deep = { a: { b: { c: { d: 1 } } } };
    expect(redact(deep, { maxDepth: 2 })).toEqual({ a: { b: '[Depth]' } });
    expect(
      redact({ buf: Buffer.from('001234567890'), at: new Date(0), fn: () => 1, big: 1234567890123n }),
    ).toEqual({ buf: '[Buffer 12 bytes]', at: '1970-01-01T00:00:00.000Z', fn: '[Function]', big: REDACTED });
    expect(
      redact(
        Array.from({ length: 5 }, (_, i) => i),
        { maxItems: 3 },
      ),
    ).toEqual([0, 1, 2, '[2 more]']);
  });

  it('keeps __proto__ as data', () => {
    const out = redact(JSON.parse('{"__proto__": {"polluted": true}}')) as object;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(JSON.stringify(out)).toBe('{"__proto__":{"polluted":true}}');
  });

  it('never throws, even on hostile objects', () => {
    const throwing = Object.defineProperty({}, 'boom', {
      enumerable: true,
      get() {
        throw new Error('001234567890');
      },
    });
    expect(redact({ throwing })).toEqual({ throwing: { boom: '[Unreadable]' } });
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no');
        },
      },
    );
    expect(redact(proxy)).toBe('[Unredactable]');
  });

  it('property: a planted personal id or JWT never survives', () => {
    fc.assert(
      fc.property(withSecret, ({ secret: s, value }) => {
        const text = JSON.stringify(redact(value));
        expect(text).not.toContain(s);
      }),
      { numRuns: 500 },
    );
  });

  it('property: never throws, and the result is JSON-serialisable', () => {
    fc.assert(
      fc.property(
        fc.anything({ withMap: true, withSet: true, withDate: true, withTypedArray: true, withBigInt: true }),
        (value) => {
          const out = redact(value);
          expect(() => JSON.stringify(out)).not.toThrow();
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is fast for small objects', () => {
    const small = {
      event: 'onceonly.call',
      serviceId: 'population.citizen.get',
      xroadId: crypto.randomUUID(),
      status: 200,
      attempts: 1,
    };
    const start = performance.now();
    for (let i = 0; i < 20_000; i++) redact(small);
    // About 1 µs each on a laptop; a generous bound so a slow CI machine does not flake.
    expect(performance.now() - start).toBeLessThan(1_000);
  });
});
