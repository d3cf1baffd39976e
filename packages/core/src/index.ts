// The public surface of @onceonly/core: only what is listed here.
export * from './errors/onceonly-error.js';
export {
  ERROR_CODES,
  isErrorCode,
  type CitizenText,
  type ErrorClassName,
  type ErrorCode,
  type ErrorCodeInfo,
  type UserAction,
} from './errors/codes.js';
export {
  userMessage,
  type Locale,
  type UserMessage,
  type UserMessageOptions,
} from './errors/user-message.js';
export type { AccessContext } from './policy/access-context.js';
export {
  defineService,
  type AnswerSource,
  type JsonSchema,
  type Provenance,
  type ServiceDefinition,
  type ServiceDeclaration,
  type TypedServiceDeclaration,
  type ServiceCachePolicy,
  type RequestOf,
  type ResultOf,
  type WireOf,
  type ResolvedSoapSettings,
  type SoapSettings,
  type WireContext,
  type WireProfileName,
} from './service/define-service.js';
export { requestTarget, type RequestTarget } from './service/request-target.js';
export { createClient, type ClientOf, type ServiceMap } from './service/create-client.js';
export {
  createAdapterClient,
  type AdapterAsker,
  type AdapterClientOptions,
  type AdapterEncoding,
} from './service/adapter-client.js';
export { codeOf, decode } from './service/code-table.js';
// TypeBox, so that an adapter declares its wire shapes with the same copy core compiles (one dependency).
export { Type, type Static, type TSchema } from '@sinclair/typebox';
export {
  compileSchema,
  type CompiledSchema,
  type SchemaCheck,
  type SchemaProblem,
} from './service/schema-validator.js';
export { createGateway } from './gateway/create-gateway.js';
export { MAX_TIMEOUT_MS } from './gateway/check-options.js';
export {
  createStubGateway,
  type StubCall,
  type StubGateway,
  type StubGatewayOptions,
  type StubHandler,
} from './gateway/stub-gateway.js';
export type * from './gateway/types.js';
export type * from './gateway/options.js';
export { createAuthProvider, type AuthDeps } from './auth/create-auth-provider.js';
export type * from './auth/types.js';
export type * from './signature/types.js';
export { memoryAuditSink, type MemoryAuditSink } from './audit/memory-sink.js';
export {
  jsonlFileAuditSink,
  type JsonlFileAuditSink,
  type JsonlFileAuditSinkOptions,
} from './audit/jsonl-file-sink.js';
export { functionAuditSink } from './audit/function-sink.js';
export { hashSubject } from './audit/subject-hash.js';
export type * from './audit/types.js';
export type * from './policy/consent-types.js';
// The gateway's consent check, shared with @onceonly/identity's verifyConsent (one implementation).
export {
  createConsentChecker,
  type ConsentAttempt,
  type ConsentChecker,
  type ConsentCheckerDeps,
} from './policy/consent.js';
export type { Logger } from './log/logger.js';
export { redact } from './log/redact.js';
export type { TracerLike, SpanLike, TracingOptions } from './log/tracing.js';
export type { CacheStore } from './cache/cache-store.js';
export {
  memoryRateLimiter,
  type RateLimit,
  type RateLimiter,
  type RateLimits,
  type RateSlot,
} from './rate-limit/rate-limiter.js';
export { memoryCacheStore } from './cache/memory-store.js';
