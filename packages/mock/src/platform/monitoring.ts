import { createHash } from 'node:crypto';
import { compileSchema, type JsonSchema } from '@onceonly/core';
import { type FaultRegistry, MONITORING_FAULT_TARGET } from './faults.js';
import { answerWithFault } from './monitoring-faults.js';
import { parseSubsystemId, type Registry } from './registry.js';
import type { CallNote } from './security-server.js';
import { jsonResponse } from './responses.js';
import type { MockRequest, MockResponse } from './types.js';

/** Path of the national monitoring system's dossier-event intake. */
export const MONITORING_EVENTS_PATH = '/monitoring/v1/dossier-events';
/** The most events one batch may carry; a larger batch is refused with 413. */
export const MAX_EVENTS_PER_BATCH = 500;
/** The longest `Idempotency-Key` accepted. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

/** Where a dossier stands, as the monitoring system counts it. */
export const DOSSIER_STATUSES = [
  'received',
  'processing',
  'supplement-requested',
  'paused',
  'completed',
  'rejected',
  'withdrawn',
  'returned',
] as const;

/** One of {@link DOSSIER_STATUSES}. */
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

/** One event of a dossier's life, as a portal reports it to the monitoring system. */
export interface DossierEvent {
  /** A UUID chosen by the portal: the same event sent twice is counted once. */
  id: string;
  /** The dossier code (`H23.01-241122-0001`): not personal data. */
  dossierCode: string;
  /** The procedure's national code (`1.001193`). */
  procedureCode: string;
  status: DossierStatus;
  /** When it happened, RFC 3339 with an offset (`2026-11-23T08:00:00Z`). */
  occurredAt: string;
  channel: 'online' | 'offline';
  /** The agency handling the dossier (`000.00.00.H23`). */
  agencyCode: string;
  /** On a final event: the whole procedure ran online, result included (toàn trình). */
  fullyOnline?: boolean;
  /** On `received`: documents the procedure asks for. */
  documentsRequired?: number;
  /** On `received`: of those, documents the citizen did not supply because prefill replaced them. */
  documentsWaived?: number;
}

const CODE = { type: 'string', minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9][A-Za-z0-9._/-]*$' };

/** The JSON Schema of one dossier event: every field required, nothing else allowed. */
export const dossierEventSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'dossierCode', 'procedureCode', 'status', 'occurredAt', 'channel', 'agencyCode'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    dossierCode: CODE,
    procedureCode: CODE,
    status: { type: 'string', enum: [...DOSSIER_STATUSES] },
    occurredAt: { type: 'string', format: 'date-time' },
    channel: { type: 'string', enum: ['online', 'offline'] },
    agencyCode: CODE,
    // What prefill adds: whether the procedure ran fully online, and the documents it made unnecessary.
    fullyOnline: { type: 'boolean' },
    documentsRequired: { type: 'integer', minimum: 0, maximum: 1000 },
    documentsWaived: { type: 'integer', minimum: 0, maximum: 1000 },
  },
};

/** The JSON Schema of a batch: `{ events: [1..500 events] }`. */
export const dossierEventBatchSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['events'],
  properties: {
    events: { type: 'array', minItems: 1, maxItems: MAX_EVENTS_PER_BATCH, items: dossierEventSchema },
  },
};

/** What the monitoring endpoint received, for tests: `mock.monitoring`. */
export interface MonitoringRecord {
  /** Every distinct event received, in arrival order (a repeated event id is kept once, as first sent). */
  readonly events: readonly DossierEvent[];
  /** How many batches were processed (replays of an `Idempotency-Key` are not counted). */
  readonly batches: number;
  /** Events acknowledged but not counted again: an event id already counted, sent in a later batch. */
  readonly duplicates: number;
  /** Batches answered again from their `Idempotency-Key` (the same batch resent). */
  readonly replays: number;
  /** Requests an injected fault answered (`mock.faults.inject('monitoring.dossier-events', ...)`). */
  readonly faulted: number;
  /** Forgets the events, the counts and the idempotency keys. */
  reset(): void;
}

type MonitoringProblemCode = 'INVALID_REQUEST' | 'IDEMPOTENCY_KEY_REUSED' | 'BATCH_TOO_LARGE';

const TITLES: Record<MonitoringProblemCode, string> = {
  INVALID_REQUEST: 'Invalid request',
  IDEMPOTENCY_KEY_REUSED: 'Idempotency key reused',
  BATCH_TOO_LARGE: 'Batch too large',
};

function monitoringProblem(
  status: number,
  code: MonitoringProblemCode,
  detail: string,
  extra: Record<string, unknown> = {},
): MockResponse {
  const type = `https://onceonly.dev/problems/${code.toLowerCase().replaceAll('_', '-')}`;
  return jsonResponse(
    status,
    { type, title: TITLES[code], status, code, detail, ...extra },
    {},
    'application/problem+json',
  );
}

/** JSON with object keys sorted: two bodies that mean the same thing get the same fingerprint. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

interface StoredAnswer {
  fingerprint: string;
  body: { accepted: number; duplicates: number };
}

/**
 * `POST /monitoring/v1/dossier-events`: the national monitoring system's intake of dossier events.
 * Batches carry an `Idempotency-Key`; a repeated event id is acknowledged and not counted twice.
 * The body is never logged, and no error message echoes it.
 */
export class MonitoringEndpoint implements MonitoringRecord {
  readonly #registry: Registry;
  readonly #events: DossierEvent[] = [];
  readonly #seen = new Set<string>();
  readonly #answers = new Map<string, StoredAnswer>();
  readonly #faults: FaultRegistry | undefined;
  #batches = 0;
  #duplicates = 0;
  #replays = 0;
  #faulted = 0;

  constructor(registry: Registry, faults?: FaultRegistry) {
    this.#registry = registry;
    this.#faults = faults;
  }

  get events(): readonly DossierEvent[] {
    return this.#events.map((e) => ({ ...e }));
  }

  get batches(): number {
    return this.#batches;
  }

  get duplicates(): number {
    return this.#duplicates;
  }

  get replays(): number {
    return this.#replays;
  }

  get faulted(): number {
    return this.#faulted;
  }

  reset(): void {
    this.#events.length = 0;
    this.#seen.clear();
    this.#answers.clear();
    this.#batches = 0;
    this.#duplicates = 0;
    this.#replays = 0;
    this.#faulted = 0;
  }

  /** Answers one batch, unless a fault injected for `monitoring.dossier-events` hits it (see `answerWithFault`). */
  handle(request: MockRequest, note: CallNote = {}): MockResponse {
    const rule = this.#faults?.find(
      { serviceIds: [MONITORING_FAULT_TARGET], persona: undefined },
      { named: true },
    );
    const fault = rule ? this.#faults!.consume(rule) : undefined;
    if (fault) {
      note.fault = fault.kind;
      this.#faulted++;
    }
    return answerWithFault(fault, () => this.#answer(request));
  }

  #answer(request: MockRequest): MockResponse {
    const key = request.headers['idempotency-key'];
    if (key === undefined || key.trim() === '') {
      return monitoringProblem(400, 'INVALID_REQUEST', 'The Idempotency-Key header is required.');
    }
    if (key.length > MAX_IDEMPOTENCY_KEY_LENGTH || !/^[\x21-\x7e]+$/.test(key)) {
      return monitoringProblem(
        400,
        'INVALID_REQUEST',
        `The Idempotency-Key must be 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} visible ASCII characters.`,
      );
    }
    // The key is scoped to the caller when it names itself (X-Road-Client); else to anonymous callers.
    const client = request.headers['x-road-client'];
    if (client !== undefined && (!parseSubsystemId(client) || !this.#registry.client(client))) {
      return monitoringProblem(
        400,
        'INVALID_REQUEST',
        'X-Road-Client, when sent, must be a registered client.',
      );
    }
    const contentType = (request.headers['content-type'] ?? '').toLowerCase();
    if (!/^application\/([\w.+-]+\+)?json\b/.test(contentType)) {
      return monitoringProblem(
        400,
        'INVALID_REQUEST',
        'The request body must be JSON (Content-Type: application/json).',
      );
    }
    let body: unknown;
    try {
      body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(request.body));
    } catch {
      return monitoringProblem(400, 'INVALID_REQUEST', 'The request body is not valid JSON.');
    }

    const scopedKey = `${client ?? ''}\u0000${key}`;
    const fingerprint = createHash('sha256').update(canonical(body)).digest('hex');
    const stored = this.#answers.get(scopedKey);
    if (stored) {
      if (stored.fingerprint !== fingerprint) {
        return monitoringProblem(
          422,
          'IDEMPOTENCY_KEY_REUSED',
          'This Idempotency-Key was already used with another body: use a new key for a new batch.',
        );
      }
      this.#replays++;
      return jsonResponse(202, stored.body, { 'idempotent-replayed': 'true' });
    }

    const events = (body as { events?: unknown } | null)?.events;
    if (Array.isArray(events) && events.length > MAX_EVENTS_PER_BATCH) {
      return monitoringProblem(
        413,
        'BATCH_TOO_LARGE',
        `A batch carries at most ${MAX_EVENTS_PER_BATCH} events; split it.`,
        { limit: MAX_EVENTS_PER_BATCH },
      );
    }
    const check = compileSchema(dossierEventBatchSchema).check(body);
    if (!check.ok) {
      return monitoringProblem(400, 'INVALID_REQUEST', 'The batch does not match the dossier event schema.', {
        errors: check.problems,
      });
    }

    let accepted = 0;
    let duplicates = 0;
    for (const event of events as DossierEvent[]) {
      const id = event.id.toLowerCase();
      if (this.#seen.has(id)) {
        duplicates++;
        continue;
      }
      this.#seen.add(id);
      this.#events.push({ ...event });
      accepted++;
    }
    this.#batches++;
    this.#duplicates += duplicates;
    const answer = { accepted, duplicates };
    this.#answers.set(scopedKey, { fingerprint, body: answer });
    return jsonResponse(202, answer);
  }
}
