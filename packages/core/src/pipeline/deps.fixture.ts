// Test fixture: pipeline deps and call state with safe defaults (not part of the package's surface).
import { MockAgent } from 'undici';
import { createAuditor } from '../audit/auditor.js';
import { createAnswerCache } from '../cache/answer-cache.js';
import { memoryCacheStore } from '../cache/memory-store.js';
import type { Logger } from '../log/logger.js';
import { createConsentChecker } from '../policy/consent.js';
import { defineService } from '../service/define-service.js';
import { parseClientId } from '../transport/xroad-id.js';
import { createBreakers } from './breaker.js';
import type { CallState, PipelineDeps } from './deps.js';
import { restProfile } from './rest-profile.js';
import { createSoapProfile } from './soap-profile.js';
import { retryPlan } from './retry.js';

export const ORIGIN = 'http://ss.test';
export const XROAD_ID = '6b0e6f5c-2a7e-4c59-9d8e-0a1b2c3d4e5f';

export const sampleService = defineService<{ personalId: string }, { personalId: string; name: string }>({
  id: 'test.person.get',
  provider: 'GOV/000.00.00.G10/CSDLDC',
  code: 'person.get',
  category: 'population.basic',
  requiresConsent: false,
  idempotent: true,
  request: { type: 'object', properties: { personalId: { type: 'string' } } },
  response: {
    type: 'object',
    required: ['personalId', 'name'],
    properties: { personalId: { type: 'string' }, name: { type: 'string' } },
  },
  subject: (q) => q.personalId,
});

/** A logger that keeps what it is given. */
export function recordingLogger(): Logger & {
  lines: Array<{ level: string; obj: Record<string, unknown> }>;
} {
  const lines: Array<{ level: string; obj: Record<string, unknown> }> = [];
  const at = (level: string) => (obj: object) =>
    void lines.push({ level, obj: obj as Record<string, unknown> });
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** Deps over an undici MockAgent (no network), retry fast, no verifier, no audit unless given. */
export function makeDeps(overrides: Partial<PipelineDeps> = {}): PipelineDeps & { agent: MockAgent } {
  const agent = new MockAgent();
  agent.disableNetConnect();
  const logger = overrides.logger ?? recordingLogger();
  return {
    agent,
    client: parseClientId('VN/GOV/000.00.00.H23/PORTAL'),
    clientId: 'VN/GOV/000.00.00.H23/PORTAL',
    origin: ORIGIN,
    basePath: '',
    dispatcher: agent,
    auth: { headers: async () => ({}) },
    verifier: undefined,
    consent: createConsentChecker(undefined, { baseUrl: ORIGIN }),
    breakers: createBreakers(false),
    cache: createAnswerCache(memoryCacheStore()),
    rateLimiter: undefined,
    retry: retryPlan({ attempts: 3, minDelayMs: 1, maxDelayMs: 10, jitter: false }),
    timeouts: { headersMs: 1_000, bodyMs: 1_000, callMs: 2_000 },
    maxResponseBytes: 64 * 1024,
    audit: createAuditor(undefined),
    logger,
    startSpan: () => ({ end() {} }),
    newId: () => XROAD_ID,
    now: Date.now,
    profiles: { rest: restProfile, soap: createSoapProfile(undefined) },
    hooks: undefined,
    ...overrides,
  };
}

export function makeState(over: Partial<CallState> = {}): CallState {
  return {
    service: sampleService as never,
    ctx: { purpose: '1.001193', caseId: 'H23.01-241122-0001' },
    xroadId: XROAD_ID,
    started: Date.now(),
    startedAt: Date.now(),
    provider: sampleService.provider,
    span: { end() {} },
    attempts: 0,
    cached: false,
    ...over,
  };
}

/** A `{ data, meta }` answer as the security server relays it, echoing the X-Road id. */
export function answer(data: unknown, headers: Record<string, string> = {}) {
  return {
    statusCode: 200,
    data: JSON.stringify({
      data,
      meta: { provider: 'VN/GOV/000.00.00.G10/CSDLDC', retrievedAt: '2026-01-01T00:00:00Z' },
    }),
    responseOptions: {
      headers: {
        'content-type': 'application/json',
        'x-road-id': XROAD_ID,
        'x-road-request-hash': 'h1',
        ...headers,
      },
    },
  };
}
