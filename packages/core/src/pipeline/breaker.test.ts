import { describe, expect, it } from 'vitest';
import {
  AbortedError,
  AuthError,
  CircuitOpenError,
  NetworkError,
  NotFoundError,
  TimeoutError,
  UpstreamError,
} from '../errors/onceonly-error.js';
import { createBreakers, isFault } from './breaker.js';

const signal = () => new AbortController().signal;
const failWith = (error: Error) => async () => {
  throw error;
};
const ok = async () => 'ok';
const fault = failWith(new NetworkError({ message: 'x' }));

async function runMany(
  breakers: ReturnType<typeof createBreakers>,
  fns: Array<() => Promise<unknown>>,
  provider = 'GOV/A/B',
) {
  const results: unknown[] = [];
  for (const fn of fns) results.push(await breakers.run(provider, 's.a.b', fn, signal()).catch((e) => e));
  return results;
}

describe('breakers', () => {
  it('counts only faults: never a 404, a missing access right or an unknown service', () => {
    expect(isFault(new NetworkError({ message: 'x' }))).toBe(true);
    expect(isFault(new TimeoutError({ message: 'x', code: 'DEADLINE_EXCEEDED' }))).toBe(true);
    expect(isFault(new UpstreamError({ message: 'x', status: 503 }))).toBe(true);
    expect(isFault(new NotFoundError({ message: 'x', status: 404 }))).toBe(false);
    expect(isFault(new AuthError({ message: 'x', code: 'ACCESS_DENIED', status: 500 }))).toBe(false);
    expect(isFault(new UpstreamError({ message: 'x', code: 'UNKNOWN_SERVICE', status: 500 }))).toBe(false);
    expect(isFault(new UpstreamError({ message: 'x', code: 'JWKS_UNAVAILABLE', retryable: true }))).toBe(
      false,
    );
    expect(isFault(new AbortedError({ message: 'x' }))).toBe(false);
  });

  it('does not open for one failing group of citizens among many healthy calls', async () => {
    const breakers = createBreakers({ failureRate: 0.5, minimumCalls: 10, windowMs: 30_000 });
    // One call in four fails (the records of one group make the provider fail): 25 % < 50 %.
    const fns = Array.from({ length: 40 }, (_, i) => (i % 4 === 0 ? fault : ok));
    const results = await runMany(breakers, fns);
    expect(results.filter((r) => CircuitOpenError.isInstance(r))).toHaveLength(0);
    expect(results.filter((r) => r === 'ok')).toHaveLength(30);
  });

  it('does not open on N faults in a row below the minimum number of calls', async () => {
    const breakers = createBreakers({ minimumCalls: 10 });
    const results = await runMany(
      breakers,
      Array.from({ length: 9 }, () => fault),
    );
    expect(results.every((r) => NetworkError.isInstance(r))).toBe(true);
    await expect(breakers.run('GOV/A/B', 's.a.b', ok, signal())).resolves.toBe('ok');
  });

  it('opens on the failure rate once the window holds the minimum of calls, per provider', async () => {
    const breakers = createBreakers({ failureRate: 0.5, minimumCalls: 4, halfOpenAfterMs: 60_000 });
    await runMany(breakers, [ok, fault, ok, fault]);
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
    // It says when to try again.
    expect(error.retryAfterMs).toBeGreaterThan(59_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(60_000);
    expect(error.message).toContain('try again in 60 s');
    // Another provider has its own breaker.
    await expect(breakers.run('GOV/C/D', 's.c.d', async () => 2, signal())).resolves.toBe(2);
  });

  it('is not opened by answers such as 404 or access denied', async () => {
    const breakers = createBreakers({ minimumCalls: 1 });
    await runMany(breakers, [
      ...Array.from({ length: 5 }, () => failWith(new NotFoundError({ message: 'x' }))),
      ...Array.from({ length: 5 }, () => failWith(new AuthError({ message: 'x', status: 500 }))),
    ]);
    await expect(breakers.run('GOV/A/B', 's.a.b', ok, signal())).resolves.toBe('ok');
  });

  it('counts a call cut by its deadline as a fault, whatever the step was waiting on', async () => {
    const breakers = createBreakers({ minimumCalls: 2 });
    for (let i = 0; i < 2; i++) {
      const controller = new AbortController();
      controller.abort(new TimeoutError({ code: 'DEADLINE_EXCEEDED', message: 'deadline' }));
      // A retry wait rejects with whatever it likes once the signal fires.
      const error = await breakers
        .run('GOV/A/B', 's.a.b', failWith(new Error('sleep aborted')), controller.signal)
        .catch((e) => e);
      expect(error).toMatchObject({ code: 'DEADLINE_EXCEEDED' });
    }
    await expect(breakers.run('GOV/A/B', 's.a.b', ok, signal())).rejects.toSatisfy(
      CircuitOpenError.isInstance,
    );
  });

  it('does not count a call the caller aborted', async () => {
    const breakers = createBreakers({ minimumCalls: 1 });
    for (let i = 0; i < 3; i++) {
      const controller = new AbortController();
      controller.abort(new AbortedError({ message: 'aborted' }));
      await breakers
        .run('GOV/A/B', 's.a.b', failWith(new Error('aborted')), controller.signal)
        .catch(() => undefined);
    }
    await expect(breakers.run('GOV/A/B', 's.a.b', ok, signal())).resolves.toBe('ok');
  });

  it('half-opens after the delay and closes on success', async () => {
    const breakers = createBreakers({ minimumCalls: 1, halfOpenAfterMs: 30 });
    await runMany(breakers, [fault], 'P/Q/R');
    await expect(breakers.run('P/Q/R', 's.a.b', async () => 1, signal())).rejects.toMatchObject({
      name: 'CircuitOpenError',
    });
    await new Promise((r) => setTimeout(r, 50));
    await expect(breakers.run('P/Q/R', 's.a.b', async () => 1, signal())).resolves.toBe(1);
  });

  it('breaker: false runs everything', async () => {
    const breakers = createBreakers(false);
    await runMany(
      breakers,
      Array.from({ length: 20 }, () => fault),
    );
    await expect(breakers.run('GOV/A/B', 's.a.b', ok, signal())).resolves.toBe('ok');
  });
});
