import type { Dispatcher } from 'undici';
import { createLocalJWKSet, type JWK } from 'jose';
import { AbortedError, InputError, type OnceOnlyError, UpstreamError } from '../errors/onceonly-error.js';
import { raceSignal } from './abort.js';
import { boundedRequest } from './bounded-request.js';

/** A jose key resolver, as `compactVerify` and `jwtVerify` take it. */
export type KeyResolver = ReturnType<typeof createLocalJWKSet>;

/** Inline keys and/or a JWKS URL, shared by payload signatures and consent tokens. */
export interface JwksStoreOptions {
  /** Inline keys, looked up before anything is fetched. */
  jwks?: { keys: Array<Record<string, unknown>> } | undefined;
  /** Where to fetch keys; without it only the inline keys are used. */
  url?: URL | undefined;
  /** How long fetched keys are kept. Default 10 minutes. */
  cacheMs?: number | undefined;
  /** Shortest time between two fetches caused by an unknown `kid`. Default 30 000 ms. */
  cooldownMs?: number | undefined;
  /** Largest JWKS document accepted. Default 256 KiB. */
  maxBytes?: number | undefined;
  now?: (() => number) | undefined;
  timeouts?: { headersMs?: number; bodyMs?: number } | undefined;
  /** Names the keys in messages: `payload signature keys`, `identity provider keys`. */
  label: string;
  /** Option path for configuration errors: `verify.jwks`, `consent.jwks`. */
  option: string;
}

export interface KeyAttempt {
  dispatcher: Dispatcher;
  signal?: AbortSignal | undefined;
}

export interface JwksStore {
  /**
   * A resolver holding the key `kid` (any key when `kid` is undefined), or `undefined` when no key
   * has that id even after one re-fetch. Throws `UpstreamError` (`JWKS_UNAVAILABLE`, retryable) when
   * the keys could not be fetched.
   */
  keysFor(kid: string | undefined, attempt: KeyAttempt): Promise<KeyResolver | undefined>;
  /** The keys published under `kid` (inline first), fetched and re-fetched as `keysFor` does; `[]` when none. */
  jwksFor(kid: string, attempt: KeyAttempt): Promise<JWK[]>;
  /**
   * How many keys can be had now (inline ones, plus the fetched ones, fetched first when none are held).
   * Throws `UpstreamError` (`JWKS_UNAVAILABLE`) when the keys could not be fetched.
   */
  available(attempt: KeyAttempt): Promise<number>;
  /** True when usable keys are held now, without fetching (inline keys, or fetched ones still fresh). */
  ready(): boolean;
  /** Aborts a fetch in flight: its socket is released at once (the gateway is closing). */
  close(): void;
}

/** One shared JWKS download and the callers waiting for it. */
interface Flight {
  promise: Promise<void>;
  controller: AbortController;
  waiters: number;
}

interface Fetched {
  keys: JWK[];
  /** Inline and fetched keys together. */
  resolver: KeyResolver;
  at: number;
}

/**
 * Keys by id, from inline keys first, then from a JWKS fetched through the gateway's dispatcher.
 * Fetched keys are kept for `cacheMs`; concurrent fetches share one request; an unknown `kid` (the
 * provider may have rotated its keys) causes at most one re-fetch per `cooldownMs`, so a flood of
 * made-up key ids cannot hammer the endpoint. When a refresh fails, the old keys keep working and the
 * refresh is retried at most once per `cooldownMs`.
 */
export function createJwksStore(options: JwksStoreOptions): JwksStore {
  const now = options.now ?? Date.now;
  const cacheMs = options.cacheMs ?? 10 * 60_000;
  const cooldownMs = options.cooldownMs ?? 30_000;
  const maxBytes = options.maxBytes ?? 256 * 1024;
  const inline = options.jwks === undefined ? [] : inlineKeys(options.jwks, options.option);
  const inlineResolver = inline.length > 0 ? createLocalJWKSet({ keys: inline }) : undefined;
  const url = options.url;

  let fetched: Fetched | undefined;
  let inflight: Flight | undefined;
  let lastAttemptAt = Number.NEGATIVE_INFINITY;
  // Only re-fetches caused by unknown kids count against the cooldown: a rotation right after start-up works.
  let lastRotationFetchAt = Number.NEGATIVE_INFINITY;
  let lastError: OnceOnlyError | undefined;

  function load(dispatcher: Dispatcher, from: URL): Flight {
    if (!inflight) {
      lastAttemptAt = now();
      const controller = new AbortController();
      const flight: Flight = { controller, waiters: 0, promise: Promise.resolve() };
      flight.promise = download(dispatcher, from, controller.signal)
        .then(
          (keys) => {
            fetched = { keys, resolver: createLocalJWKSet({ keys: [...inline, ...keys] }), at: now() };
            lastError = undefined;
          },
          (error: OnceOnlyError) => {
            // A fetch abandoned by every caller says nothing about the endpoint.
            if (!controller.signal.aborted) lastError = error;
            throw error;
          },
        )
        .finally(() => {
          if (inflight === flight) inflight = undefined;
        });
      inflight = flight;
    }
    return inflight;
  }

  /**
   * Waits for the shared fetch; a caller whose signal aborts leaves at once, and when the last caller
   * has left the fetch itself is aborted, so no socket outlives the calls that wanted the keys.
   */
  function join(flight: Flight, signal: AbortSignal | undefined): Promise<void> {
    flight.waiters += 1;
    return raceSignal(flight.promise, signal).then(
      () => {
        flight.waiters -= 1;
      },
      (error: unknown) => {
        flight.waiters -= 1;
        if (flight.waiters === 0 && signal?.aborted) {
          if (inflight === flight) inflight = undefined; // a later caller starts afresh
          flight.controller.abort(signal.reason);
        }
        throw error;
      },
    );
  }

  async function download(dispatcher: Dispatcher, from: URL, signal: AbortSignal): Promise<JWK[]> {
    let response: Awaited<ReturnType<typeof boundedRequest>>;
    try {
      response = await boundedRequest(dispatcher, {
        url: from,
        signal,
        method: 'GET',
        headers: { accept: 'application/json' },
        maxBytes,
        tooLarge: () => unavailable(`the document is larger than ${Math.round(maxBytes / 1024)} KiB`),
        peer: `the ${options.label} endpoint`,
        ...options.timeouts,
      });
    } catch (error) {
      if (UpstreamError.isInstance(error) || signal.aborted) throw error;
      throw unavailable('the endpoint could not be reached', error);
    }
    if (response.status !== 200) throw unavailable(`the endpoint answered HTTP ${response.status}`);
    let document: unknown;
    try {
      document = JSON.parse(response.body.toString('utf8'));
    } catch {
      throw unavailable('the answer is not JSON');
    }
    const keys = usableKeys(document);
    if (!keys) throw unavailable('the answer is not a JWKS ({ "keys": [...] })');
    return keys;
  }

  function unavailable(reason: string, cause?: unknown): UpstreamError {
    return new UpstreamError({
      code: 'JWKS_UNAVAILABLE',
      retryable: true,
      message: `The ${options.label} could not be fetched (${reason}): nothing can be verified until they are; try again later.`,
      cause,
    });
  }

  const store: JwksStore = {
    close() {
      const flight = inflight;
      inflight = undefined;
      flight?.controller.abort(
        new AbortedError({ message: 'The gateway was closed while keys were being fetched.' }),
      );
    },
    ready() {
      if (!url) return inline.length > 0;
      return fetched !== undefined && fetched.keys.length + inline.length > 0 && now() - fetched.at < cacheMs;
    },
    async available(attempt) {
      await store.keysFor(undefined, attempt);
      return inline.length + (fetched?.keys.length ?? 0);
    },
    async jwksFor(kid, attempt) {
      if (!(await store.keysFor(kid, attempt))) return [];
      const own = inline.filter((key) => key.kid === kid);
      return own.length > 0 ? own : (fetched?.keys.filter((key) => key.kid === kid) ?? []);
    },
    async keysFor(kid, attempt) {
      if (kid !== undefined && hasKid(inline, kid)) return inlineResolver;
      if (!url) return kid === undefined ? inlineResolver : undefined;
      const wait = (flight: Flight) => join(flight, attempt.signal);

      let loadedNow = false;
      if (!fetched) {
        loadedNow = true;
        await wait(load(attempt.dispatcher, url));
      } else if (
        now() - fetched.at >= cacheMs &&
        (inflight || !lastError || now() - lastAttemptAt >= cooldownMs)
      ) {
        // After a failed refresh, retry at most once per cooldown and keep serving the old keys.
        try {
          loadedNow = true;
          await wait(load(attempt.dispatcher, url));
        } catch (error) {
          // Stale keys beat no keys while the endpoint is down; an abort still ends this caller.
          if (attempt.signal?.aborted) throw error;
        }
      }
      let current = fetched as Fetched | undefined;
      if (!current) return undefined;
      if (kid === undefined || hasKid(current.keys, kid)) return current.resolver;

      // Unknown kid: the provider may have rotated its keys. Re-fetch once, at most once per cooldown.
      // Keys fetched by this very call are fresh: fetching them again could not help.
      if (loadedNow) return undefined;
      if (inflight || now() - lastRotationFetchAt >= cooldownMs) {
        if (!inflight) lastRotationFetchAt = now();
        await wait(load(attempt.dispatcher, url));
      } else if (lastError) {
        throw lastError;
      }
      current = fetched as Fetched | undefined;
      return current && hasKid(current.keys, kid) ? current.resolver : undefined;
    },
  };
  return store;
}

function hasKid(keys: readonly JWK[], kid: string): boolean {
  return keys.some((key) => key.kid === kid);
}

/** Public signing keys of a JWKS document; symmetric (`oct`) keys are dropped, never trusted. */
function usableKeys(document: unknown): JWK[] | undefined {
  if (typeof document !== 'object' || document === null) return undefined;
  const keys = (document as { keys?: unknown }).keys;
  if (!Array.isArray(keys)) return undefined;
  return keys.filter(
    (key): key is JWK =>
      typeof key === 'object' && key !== null && typeof key.kty === 'string' && key.kty !== 'oct',
  );
}

function inlineKeys(jwks: unknown, option: string): JWK[] {
  const keys = usableKeys(jwks);
  if (!keys) {
    throw new InputError({
      code: 'INVALID_CONFIG',
      message: `${option} must be a JWKS ({ keys: [...] }) of public keys.`,
      fields: [option],
    });
  }
  return keys;
}
