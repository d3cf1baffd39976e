import type { DossierEvent } from './dossier-event.js';

/**
 * Events claimed for one delivery: no other claimer gets them until the claim is acknowledged (the
 * events are gone), released (they are pending again) or, for a shared outbox, its lease expires.
 */
export interface OutboxClaim {
  /** The events, oldest first, exactly as stored. */
  readonly events: readonly DossierEvent[];
  /** Opaque to the reporter: what the outbox needs to settle the claim. */
  readonly token: string;
}

/**
 * Where the monitoring reporter keeps events until the monitoring system has acknowledged them.
 * `append` resolves only once the events are durable (they survive a SIGKILL of the process).
 */
export interface Outbox {
  /** Stores events durably. An event whose id is already pending is kept once. */
  append(events: readonly DossierEvent[]): Promise<void>;
  /** Claims up to `limit` pending events, oldest first; `undefined` when none is free. */
  claim(limit: number): Promise<OutboxClaim | undefined>;
  /** The claimed events were delivered: remove them. */
  acknowledge(claim: OutboxClaim): Promise<void>;
  /** The delivery failed: the events are pending again. */
  release(claim: OutboxClaim): Promise<void>;
  /** How many events are stored and not yet acknowledged (claimed ones included). */
  pending(): Promise<number>;
  /** Releases the outbox's resources. Stored events stay stored. */
  close(): Promise<void>;
}
