import { describe, expect, it } from 'vitest';
import { CircuitOpenError, NetworkError, NotFoundError, UpstreamError } from '../errors/onceonly-error.js';
import { createBreakers, isFault } from './breaker.js';

const signal = () => new AbortController().signal;
const failWith = (error: Error) => async () => {
  throw error;
};

describe('breakers', () => {
  it('counts only faults', () => {
    expect(isFault(new NetworkError({ message: 'x' }))).toBe(true);
    expect(isFault(new UpstreamError({ message: 'x', status: 503 }))).toBe(true);
    expect(isFault(new NotFoundError({ message: 'x', status: 404 }))).toBe(false);
    expect(isFault(new UpstreamError({ message: 'x', code: 'UNKNOWN_SERVICE', status: 500 }))).toBe(false);
    expect(isFault(new UpstreamError({ message: 'x', code: 'JWKS_UNAVAILABLE', retryable: true }))).toBe(
      false,
    );
  });

  it('opens after the threshold of consecutive faults and fails fast', async () => {
    const breakers = createBreakers({ threshold: 2, halfOpenAfterMs: 60_000 });
    const fault = failWith(new NetworkError({ message: 'x' }));
    await breakers.run('GOV/A/B', 's.a.b', fault, signal()).catch(() => undefined);
    await breakers.run('GOV/A/B', 's.a.b', fault, signal()).catch(() => undefined);
    let ran = false;
    const error = await breakers
      .run(
        'GOV/A/B',
        's.a.b',
        async () => {
          ran = true;
          return 1;
        },
        signal(),
      )
      .catch((e) => e);
    expect(CircuitOpenError.isInstance(error)).toBe(true);
    expect(ran).toBe(false);
    // Another provider has its own breaker.
    await expect(breakers.run('GOV/C/D', 's.c.d', async () => 2, signal())).resolves.toBe(2);
  });

  it('is not opened by answers such as 404', async () => {
    const breakers = createBreakers({ threshold: 1 });
    for (let i = 0; i < 3; i++) {
      await breakers
        .run('GOV/A/B', 's.a.b', failWith(new NotFoundError({ message: 'x' })), signal())
        .catch(() => undefined);
    }
    await expect(breakers.run('GOV/A/B', 's.a.b', async () => 'ok', signal())).resolves.toBe('ok');
  });

  it('half-opens after the delay and closes on success', async () => {
    const breakers = createBreakers({ threshold: 1, halfOpenAfterMs: 30 });
    await breakers
      .run('P/Q/R', 's.a.b', failWith(new NetworkError({ message: 'x' })), signal())
      .catch(() => undefined);
    await expect(breakers.run('P/Q/R', 's.a.b', async () => 1, signal())).rejects.toMatchObject({
      name: 'CircuitOpenError',
    });
    await new Promise((r) => setTimeout(r, 50));
    await expect(breakers.run('P/Q/R', 's.a.b', async () => 1, signal())).resolves.toBe(1);
  });
});
