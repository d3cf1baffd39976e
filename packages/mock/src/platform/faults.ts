import type { XRoadErrorType } from './xroad-errors.js';

/**
 * A fault the mock platform injects into matching data calls.
 *
 * | kind | what the client sees |
 * |---|---|
 * | `latency` | the normal answer, `ms` after the request arrived |
 * | `status` | 500, 503 (`UNAVAILABLE`) or 429 (`RATE_LIMITED`) problem, with `Retry-After` when given |
 * | `reset` | the connection is reset before any byte (`ECONNRESET`) |
 * | `hang` | nothing, until the client's timeout or abort |
 * | `truncate` | the headers and part of the body, then the connection is cut (`UND_ERR_SOCKET`) |
 * | `malformed` | 200 with a body that is not JSON, correctly signed |
 * | `schema` | 200 with valid JSON, signed, that breaks the service's response schema |
 * | `oversized` | 200 with a signed body of `bytes` (default 2 MiB) |
 * | `bad-signature` | 200 with an `X-Payload-Signature` that does not verify |
 * | `expired-token` | 401, as if the bearer token had expired |
 * | `xroad-error` | a security-server error of the given `type` |
 */
export type Fault =
  | { kind: 'latency'; ms: number }
  | { kind: 'status'; status: 500 | 503 | 429; retryAfterSec?: number }
  | { kind: 'reset' }
  | { kind: 'hang' }
  | { kind: 'truncate'; afterBytes?: number }
  | { kind: 'malformed' }
  | { kind: 'schema' }
  | { kind: 'oversized'; bytes?: number }
  | { kind: 'bad-signature' }
  | { kind: 'expired-token' }
  | { kind: 'xroad-error'; type: XRoadErrorType; message?: string };

/**
 * The target that makes the monitoring intake (`POST /monitoring/v1/dossier-events`) fail. Only faults
 * named for it hit it (`'*'` stays with the data services).
 */
export const MONITORING_FAULT_TARGET = 'monitoring.dossier-events';

/** What the monitoring intake can be made to do; `truncate` cuts the answer after the batch was counted. */
export const MONITORING_FAULT_KINDS: ReadonlySet<Fault['kind']> = new Set([
  'latency',
  'status',
  'reset',
  'hang',
  'truncate',
]);

/** Which calls a fault hits: a service (definition id or X-Road service id), `'*'`, and/or a citizen. */
export type FaultTarget = string | { service?: string; persona?: string };

export interface FaultOptions {
  /** Only the next `times` matching calls. Default: every matching call until cleared. */
  times?: number;
}

/** An injected fault; `remove()` takes it out early. */
export interface FaultHandle {
  readonly fault: Fault;
  /** Calls still to hit; `undefined` for a fault without `times`. */
  readonly remaining: number | undefined;
  remove(): void;
}

/** `mock.faults`: inject faults into data calls, clear them. */
export interface FaultInjector {
  /**
   * Injects a fault. The most recently injected matching fault wins; one fault per call.
   * @example mock.faults.inject('population.citizen.get', { kind: 'status', status: 503, retryAfterSec: 1 }, { times: 1 })
   */
  inject(target: FaultTarget, fault: Fault, options?: FaultOptions): FaultHandle;
  /** Removes every fault. */
  clear(): void;
}

/** Faults that change a successful answer; they only hit calls the provider would answer with 200. */
export const BODY_FAULTS: ReadonlySet<Fault['kind']> = new Set([
  'malformed',
  'schema',
  'oversized',
  'bad-signature',
]);

const KINDS: ReadonlySet<string> = new Set([
  'latency',
  'status',
  'reset',
  'hang',
  'truncate',
  'malformed',
  'schema',
  'oversized',
  'bad-signature',
  'expired-token',
  'xroad-error',
]);

interface Rule {
  service: string | undefined;
  persona: string | undefined;
  fault: Fault;
  remaining: number | undefined;
}

/** What a call is, for matching: its service ids and its subject. */
export interface FaultSubject {
  serviceIds: readonly string[];
  persona: string | undefined;
}

/** The injected faults of one platform. */
export class FaultRegistry implements FaultInjector {
  readonly #rules: Rule[] = [];
  readonly #knowsService: (id: string) => boolean;

  constructor(knowsService: (id: string) => boolean) {
    this.#knowsService = knowsService;
  }

  inject(target: FaultTarget, fault: Fault, options: FaultOptions = {}): FaultHandle {
    const { service, persona } =
      typeof target === 'string' ? { service: target, persona: undefined } : target;
    if (service !== undefined && service !== '*' && !this.#knowsService(service)) {
      throw new Error(`mock.faults.inject: no service "${service}" on this platform`);
    }
    if (!fault || !KINDS.has(fault.kind))
      throw new Error(`mock.faults.inject: unknown fault kind "${String(fault?.kind)}"`);
    if (fault.kind === 'status' && ![500, 503, 429].includes(fault.status)) {
      throw new Error('mock.faults.inject: a status fault is 500, 503 or 429');
    }
    if (service === MONITORING_FAULT_TARGET && !MONITORING_FAULT_KINDS.has(fault.kind)) {
      throw new Error(
        `mock.faults.inject: the monitoring intake takes ${[...MONITORING_FAULT_KINDS].join(', ')} faults`,
      );
    }
    if (options.times !== undefined && !(Number.isInteger(options.times) && options.times > 0)) {
      throw new Error('mock.faults.inject: times must be a positive integer');
    }
    const rule: Rule = {
      service: service === '*' ? undefined : service,
      persona,
      fault,
      remaining: options.times,
    };
    this.#rules.push(rule);
    const rules = this.#rules;
    return {
      fault,
      get remaining() {
        return rule.remaining;
      },
      remove() {
        const i = rules.indexOf(rule);
        if (i >= 0) rules.splice(i, 1);
      },
    };
  }

  clear(): void {
    this.#rules.length = 0;
  }

  /**
   * The fault that would hit this call (the latest matching one), without using it up. With `named`,
   * only faults injected for one of the call's service ids (not `'*'`).
   */
  find(subject: FaultSubject, options: { named?: boolean } = {}): Rule | undefined {
    for (let i = this.#rules.length - 1; i >= 0; i--) {
      const rule = this.#rules[i]!;
      if (options.named && rule.service === undefined) continue;
      if (rule.service !== undefined && !subject.serviceIds.includes(rule.service)) continue;
      if (rule.persona !== undefined && rule.persona !== subject.persona) continue;
      return rule;
    }
    return undefined;
  }

  /** Counts one hit of a rule; a rule whose `times` are used up is removed. */
  consume(rule: Rule): Fault {
    if (rule.remaining !== undefined && --rule.remaining <= 0) {
      const i = this.#rules.indexOf(rule);
      if (i >= 0) this.#rules.splice(i, 1);
    }
    return rule.fault;
  }
}
