import type { Dispatcher } from 'undici';
import type { Auditor } from '../audit/auditor.js';
import type { AuthProvider } from '../auth/types.js';
import type { AnswerCache } from '../cache/answer-cache.js';
import type { RateLimiter } from '../rate-limit/rate-limiter.js';
import type { GatewayHooks } from '../gateway/options.js';
import type { Logger } from '../log/logger.js';
import type { CallSpan, CallSpanAttributes } from '../log/tracing.js';
import type { AccessContext } from '../policy/access-context.js';
import type { ConsentChecker } from '../policy/consent.js';
import type { ServiceDefinition, WireProfileName } from '../service/define-service.js';
import type { PayloadVerifier } from '../signature/payload-verifier.js';
import type { SubsystemId } from '../transport/xroad-id.js';
import type { Breakers } from './breaker.js';
import type { WireProfile } from './profile.js';
import type { RetryPlan } from './retry.js';

/** What the pipeline needs from the gateway: built once in `createGateway`, shared by every call. */
export interface PipelineDeps {
  client: SubsystemId;
  clientId: string;
  origin: string;
  basePath: string;
  dispatcher: Dispatcher;
  auth: AuthProvider;
  verifier: PayloadVerifier | undefined;
  consent: ConsentChecker;
  breakers: Breakers;
  cache: AnswerCache;
  /** Shared request rate per provider (`rateLimit`); `undefined`: no limit. */
  rateLimiter: RateLimiter | undefined;
  retry: RetryPlan;
  timeouts: { headersMs: number; bodyMs: number; callMs: number };
  maxResponseBytes: number;
  audit: Auditor;
  logger: Logger;
  startSpan: (attributes: CallSpanAttributes) => CallSpan;
  newId: () => string;
  now: () => number;
  /** How requests are encoded and answers decoded, per message protocol (`service.profile`). */
  profiles: Readonly<Record<WireProfileName, WireProfile>>;
  hooks: GatewayHooks | undefined;
}

/** What one logical call has gathered so far: its ids, and what its audit record and summary report. */
export interface CallState {
  readonly service: ServiceDefinition<never, never, unknown>;
  readonly ctx: AccessContext | undefined;
  readonly xroadId: string;
  /** `deps.now()` at the start (the audit record's time). */
  readonly started: number;
  /** `Date.now()` at the start, for bounds on real timers. */
  readonly startedAt: number;
  /** Provider subsystem as given, `CLASS/MEMBER/SUBSYSTEM`. */
  readonly provider: string;
  /** The same, parsed, once the input passed its checks. */
  subsystem?: SubsystemId | undefined;
  readonly span: CallSpan;
  /** Requests sent, a re-send after a token refresh included. */
  attempts: number;
  cached: boolean;
  status?: number | undefined;
  requestHash?: string | undefined;
  requestId?: string | undefined;
  /** The subject's personal id: only ever written hashed. */
  subject?: string | undefined;
  /** When the call's deadline falls (`Date.now()` ms), once known. */
  endsAt?: number | undefined;
}
