import type { Dispatcher } from 'undici';
import { describe, expect, it, vi } from 'vitest';
import { AbortedError, AuthError } from '../errors/onceonly-error.js';
import { type GrantedToken, createTokenProvider } from './token-provider.js';

const dispatcher = {} as Dispatcher;

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('createTokenProvider', () => {
  it('shares one fetch between 10 concurrent callers', async () => {
    let n = 0;
    const fetchToken = vi.fn(async (): Promise<GrantedToken> => {
      await new Promise((r) => setTimeout(r, 5));
      return { accessToken: `t${++n}`, expiresInMs: 300_000 };
    });
    const auth = createTokenProvider({ fetchToken });
    const all = await Promise.all(Array.from({ length: 10 }, () => auth.headers({ dispatcher })));
    expect(fetchToken).toHaveBeenCalledTimes(1);
    expect(new Set(all.map((h) => h.authorization))).toEqual(new Set(['Bearer t1']));
    await auth.headers({ dispatcher });
    expect(fetchToken).toHaveBeenCalledTimes(1);
  });

  it('refreshes refreshSkewMs before expiry', async () => {
    let clock = 1_000_000;
    let n = 0;
    const fetchToken = vi.fn(async () => ({ accessToken: `t${++n}`, expiresInMs: 300_000 }));
    const auth = createTokenProvider({ fetchToken, refreshSkewMs: 30_000, now: () => clock });
    expect(await auth.headers({ dispatcher })).toEqual({ authorization: 'Bearer t1' });
    clock += 269_999;
    expect(await auth.headers({ dispatcher })).toEqual({ authorization: 'Bearer t1' });
    clock += 1;
    expect(await auth.headers({ dispatcher })).toEqual({ authorization: 'Bearer t2' });
    expect(fetchToken).toHaveBeenCalledTimes(2);
  });

  it('refreshes at half-life at the earliest when the skew exceeds the lifetime', async () => {
    let clock = 0;
    let n = 0;
    const auth = createTokenProvider({
      fetchToken: async () => ({ accessToken: `t${++n}`, expiresInMs: 20_000 }),
      refreshSkewMs: 30_000,
      now: () => clock,
    });
    await auth.headers({ dispatcher });
    clock = 9_999;
    expect(await auth.headers({ dispatcher })).toEqual({ authorization: 'Bearer t1' });
    clock = 10_000;
    expect(await auth.headers({ dispatcher })).toEqual({ authorization: 'Bearer t2' });
  });

  it('fetches a new token after invalidate()', async () => {
    let n = 0;
    const fetchToken = vi.fn(async () => ({ accessToken: `t${++n}`, expiresInMs: 300_000 }));
    const auth = createTokenProvider({ fetchToken });
    await auth.headers({ dispatcher });
    auth.invalidate();
    expect(await auth.headers({ dispatcher })).toEqual({ authorization: 'Bearer t2' });
    expect(fetchToken).toHaveBeenCalledTimes(2);
  });

  it('does not cache a failure, and gives every waiter the same error', async () => {
    const failure = new AuthError({ code: 'TOKEN_REQUEST_FAILED', message: 'refused' });
    const gate = deferred<GrantedToken>();
    const fetchToken = vi
      .fn()
      .mockReturnValueOnce(gate.promise)
      .mockResolvedValueOnce({ accessToken: 'ok', expiresInMs: 60_000 });
    const auth = createTokenProvider({ fetchToken });
    const waiters = Array.from({ length: 5 }, () => auth.headers({ dispatcher }));
    gate.reject(failure);
    const results = await Promise.allSettled(waiters);
    for (const r of results) expect(r).toEqual({ status: 'rejected', reason: failure });
    expect(await auth.headers({ dispatcher })).toEqual({ authorization: 'Bearer ok' });
    expect(fetchToken).toHaveBeenCalledTimes(2);
  });

  it('keeps using a still-valid token when a proactive refresh fails', async () => {
    let clock = 0;
    const fetchToken = vi
      .fn()
      .mockResolvedValueOnce({ accessToken: 'old', expiresInMs: 100_000 })
      .mockRejectedValueOnce(new AuthError({ message: 'down' }))
      .mockRejectedValueOnce(new AuthError({ message: 'down' }));
    const auth = createTokenProvider({ fetchToken, refreshSkewMs: 30_000, now: () => clock });
    await auth.headers({ dispatcher });
    clock = 80_000; // past refreshAt (70 s), before expiry (100 s)
    expect(await auth.headers({ dispatcher })).toEqual({ authorization: 'Bearer old' });
    clock = 100_000; // expired: the failure now reaches the caller
    await expect(auth.headers({ dispatcher })).rejects.toThrow('down');
  });

  it("lets one caller abort without failing the others' shared fetch", async () => {
    const gate = deferred<GrantedToken>();
    const auth = createTokenProvider({ fetchToken: () => gate.promise });
    const controller = new AbortController();
    const aborted = auth.headers({ dispatcher, signal: controller.signal });
    const patient = auth.headers({ dispatcher });
    controller.abort();
    await expect(aborted).rejects.toSatisfy((e) => AbortedError.isInstance(e));
    gate.resolve({ accessToken: 'shared', expiresInMs: 60_000 });
    expect(await patient).toEqual({ authorization: 'Bearer shared' });
  });
});

describe('createTokenProvider: no socket outlives its calls', () => {
  /** A fetch that hangs until its signal aborts, and records that it did. */
  function hangingFetch() {
    const signals: AbortSignal[] = [];
    const fetchToken = vi.fn(
      (_d: Dispatcher, signal: AbortSignal) =>
        new Promise<GrantedToken>((_resolve, reject) => {
          signals.push(signal);
          signal.addEventListener('abort', () => reject(signal.reason), { once: true });
        }),
    );
    return { fetchToken, signals };
  }

  it('aborts the shared fetch once every waiting caller gave up', async () => {
    const { fetchToken, signals } = hangingFetch();
    const auth = createTokenProvider({ fetchToken });
    const a = new AbortController();
    const b = new AbortController();
    const first = auth.headers({ dispatcher, signal: a.signal });
    const second = auth.headers({ dispatcher, signal: b.signal });
    a.abort();
    await expect(first).rejects.toSatisfy((e) => AbortedError.isInstance(e));
    expect(signals[0]!.aborted).toBe(false); // the second caller still waits
    b.abort();
    await expect(second).rejects.toSatisfy((e) => AbortedError.isInstance(e));
    expect(signals[0]!.aborted).toBe(true);
    expect(fetchToken).toHaveBeenCalledTimes(1);
  });

  it('starts a fresh fetch for the next caller after an abandoned one', async () => {
    const { fetchToken, signals } = hangingFetch();
    const auth = createTokenProvider({ fetchToken });
    const a = new AbortController();
    const first = auth.headers({ dispatcher, signal: a.signal });
    a.abort();
    await expect(first).rejects.toThrow();
    const second = auth.headers({ dispatcher, signal: AbortSignal.timeout(10_000) });
    expect(fetchToken).toHaveBeenCalledTimes(2);
    expect(signals[1]!.aborted).toBe(false);
    auth.close();
    await expect(second).rejects.toSatisfy((e) => AbortedError.isInstance(e));
  });

  it('close() aborts the fetch in flight at once, and refuses later calls', async () => {
    const { fetchToken, signals } = hangingFetch();
    const auth = createTokenProvider({ fetchToken });
    const patient = auth.headers({ dispatcher });
    auth.close();
    expect(signals[0]!.aborted).toBe(true);
    await expect(patient).rejects.toSatisfy((e) => AbortedError.isInstance(e));
    await expect(auth.headers({ dispatcher })).rejects.toThrow(/closed/);
  });
});
