/**
 * Sends one batch of dossier events to the monitoring intake, and says what the answer means:
 * delivered, worth retrying, or refused for good. The body is never logged or echoed in an error.
 */
import { createHash } from 'node:crypto';
import {
  InputError,
  NetworkError,
  type OnceOnlyError,
  RateLimitError,
  TimeoutError,
  UpstreamError,
} from '@onceonly/core';
import { type Dispatcher, request } from 'undici';
import type { DossierEvent } from './dossier-event.js';

/** Where and how batches are sent. */
export interface DeliveryTarget {
  endpoint: string;
  dispatcher: Dispatcher | undefined;
  /** `X-Road-Client`, which scopes idempotency keys at the intake. */
  client: string | undefined;
  timeoutMs: number;
}

/** What the intake acknowledged. */
export interface BatchAnswer {
  accepted: number;
  duplicates: number;
}

/**
 * The batch's `Idempotency-Key`: a digest of its event ids, so the same batch resent after a crash or a
 * lost answer carries the same key (and the intake replays its first answer), and another batch never
 * reuses one.
 */
export function idempotencyKey(events: readonly DossierEvent[]): string {
  const digest = createHash('sha256')
    .update(events.map((e) => e.id.toLowerCase()).join(','))
    .digest('hex');
  return `onceonly-${digest.slice(0, 48)}`;
}

function retryAfterMs(value: string | string[] | undefined): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined) return undefined;
  const seconds = Number(text);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(text);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

function failureOf(status: number, headers: Record<string, string | string[] | undefined>): OnceOnlyError {
  const base = {
    status,
    retryable: status === 429 || status >= 500,
    message: `The monitoring endpoint answered ${status}`,
  };
  if (status === 429) {
    return new RateLimitError({
      ...base,
      code: 'RATE_LIMITED',
      message: `${base.message}: it asks to slow down; the batch stays in the outbox and is sent again.`,
      retryAfterMs: retryAfterMs(headers['retry-after']),
    });
  }
  if (status >= 500) {
    return new UpstreamError({
      ...base,
      code: status === 503 ? 'UNAVAILABLE' : 'UPSTREAM_ERROR',
      message: `${base.message}; the batch stays in the outbox and is sent again.`,
      retryAfterMs: retryAfterMs(headers['retry-after']),
    });
  }
  return new InputError({
    ...base,
    code: 'REQUEST_REFUSED',
    message: `${base.message}: it refused the batch; check the endpoint and the client id. The events stay in the outbox.`,
  });
}

function transportFailure(error: unknown): OnceOnlyError {
  const code = (error as { code?: string }).code ?? '';
  const name = (error as { name?: string }).name ?? '';
  if (name === 'TimeoutError' || name === 'AbortError' || code.includes('TIMEOUT')) {
    return new TimeoutError({
      code: 'TIMEOUT',
      retryable: true,
      message:
        'The monitoring endpoint did not answer in time; the batch stays in the outbox and is sent again.',
      cause: error,
    });
  }
  return new NetworkError({
    code: 'NETWORK_ERROR',
    retryable: true,
    message: `The monitoring endpoint could not be reached (${code || name || 'error'}); the batch stays in the outbox and is sent again.`,
    cause: error,
  });
}

/** Sends one batch; resolves with the intake's answer, or throws a typed error (`retryable` says if another try may work). */
export async function deliverBatch(
  target: DeliveryTarget,
  events: readonly DossierEvent[],
): Promise<BatchAnswer> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/json',
    'idempotency-key': idempotencyKey(events),
  };
  if (target.client) headers['x-road-client'] = target.client;
  let answer: Dispatcher.ResponseData;
  try {
    answer = await request(target.endpoint, {
      method: 'POST',
      headers,
      body: JSON.stringify({ events }),
      signal: AbortSignal.timeout(target.timeoutMs),
      headersTimeout: target.timeoutMs,
      bodyTimeout: target.timeoutMs,
      ...(target.dispatcher ? { dispatcher: target.dispatcher } : {}),
    });
  } catch (error) {
    throw transportFailure(error);
  }
  let text: string;
  try {
    text = await answer.body.text();
  } catch (error) {
    throw transportFailure(error);
  }
  if (answer.statusCode < 200 || answer.statusCode >= 300) throw failureOf(answer.statusCode, answer.headers);
  try {
    const body = JSON.parse(text) as Partial<BatchAnswer>;
    return { accepted: Number(body.accepted ?? 0), duplicates: Number(body.duplicates ?? 0) };
  } catch {
    // Acknowledged (2xx) without a readable count: delivered all the same.
    return { accepted: events.length, duplicates: 0 };
  }
}
