// A tiny world and two services of our own, so the platform's tests do not depend on the real world
// generator or adapters. Used by the *.test.ts files beside it.
import { defineService, InputError } from '@onceonly/core';
import { request as undiciRequest } from 'undici';
import type { ProviderBinding } from '../providers/types.js';
import type { Persona, World } from '../world/types.js';
import { MockPlatform } from './mock-platform.js';
import type { MockPlatformOptions } from './types.js';

export interface TestQuery {
  personalId: string;
}
export interface TestRecord {
  personalId: string;
  fullName: string;
  birthYear: number;
}

export const getTestCitizen = defineService<TestQuery, TestRecord>({
  id: 'population.citizen.get',
  provider: 'GOV/000.00.00.G10/CSDLDC',
  code: 'citizen.get',
  category: 'population.basic',
  idempotent: true,
  request: {
    type: 'object',
    required: ['personalId'],
    additionalProperties: false,
    properties: { personalId: { type: 'string', format: 'vn-personal-id' } },
  },
  response: {
    type: 'object',
    required: ['personalId', 'fullName', 'birthYear'],
    properties: {
      personalId: { type: 'string' },
      fullName: { type: 'string' },
      birthYear: { type: 'integer' },
    },
  },
  subject: (q) => q.personalId,
  check: (q) => {
    // A semantic rule beyond the schema, to see that `check` runs: the test persona "blocked" id.
    if (q.personalId === '001203099999') {
      throw new InputError({ message: 'blocked id', code: 'INVALID_PERSONAL_ID', fields: ['/personalId'] });
    }
  },
});

export interface EnterpriseQuery {
  taxCode: string;
}
export const getTestEnterprise = defineService<EnterpriseQuery, { taxCode: string; name: string }>({
  id: 'enterprise.company.get',
  provider: 'GOV/000.00.00.G12/DKDN',
  code: 'company.get',
  method: 'GET',
  query: ['taxCode'], // a GET has no body: its input goes in the query
  category: 'enterprise.basic',
  requiresConsent: false,
  idempotent: true,
  request: {
    type: 'object',
    required: ['taxCode'],
    properties: { taxCode: { type: 'string', format: 'vn-tax-code' } },
  },
  response: { type: 'object', required: ['taxCode', 'name'] },
});

export const CITIZEN = '001203012345';
export const OTHER_CITIZEN = '079195000123';
export const UNKNOWN_CITIZEN = '001090000001';
export const PURPOSE = '1.001193';
export const CITIZEN_PATH = '/r1/VN/GOV/000.00.00.G10/CSDLDC/citizen.get';

// Only what the test bindings read; the rest of a real persona is irrelevant here.
const personas = [
  { personalId: CITIZEN, tags: ['adult'], population: { fullName: 'Nguyễn Văn An', birthYear: 2003 } },
  { personalId: OTHER_CITIZEN, tags: ['adult'], population: { fullName: 'Trần Thị Bình', birthYear: 1995 } },
] as unknown as Persona[];

export const testWorld = {
  seed: 7,
  asOf: '2026-01-01',
  households: [],
  parcels: [],
  enterprises: [],
  householdBusinesses: [],
  personas,
  byPersonalId: (id: string) => personas.find((p) => p.personalId === id),
  byTag: (tag: string) => personas.filter((p) => (p.tags as readonly string[]).includes(tag)),
  linked: () => {
    throw new RangeError('the test world links no one');
  },
} as World;

export const testProviders: ProviderBinding[] = [
  {
    service: getTestCitizen,
    resolve: (q: TestQuery, world: World) => {
      const persona = world.byPersonalId(q.personalId);
      if (!persona) return undefined;
      const pop = persona.population as unknown as { fullName: string; birthYear: number };
      return { personalId: persona.personalId, fullName: pop.fullName, birthYear: pop.birthYear };
    },
  },
  {
    service: getTestEnterprise,
    resolve: (q: EnterpriseQuery) =>
      q.taxCode === '0100109106' ? { taxCode: q.taxCode, name: 'Công ty Mẫu' } : undefined,
  },
];

/** A platform over the test world, with a fixed clock unless told otherwise. */
export function testPlatform(options: Omit<MockPlatformOptions, 'world' | 'providers'> = {}): MockPlatform {
  return new MockPlatform({
    seed: 7,
    now: () => Date.parse('2026-11-23T08:00:00.000Z'),
    ...options,
    world: testWorld,
    providers: testProviders,
  });
}

/** Parsed JSON in tests: any shape, read by path. */
// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON answers by path.
export type Json = any;

export interface Answer {
  status: number;
  headers: Record<string, string>;
  text: string;
  json: Json;
}

/** One request to the platform: in-process through its dispatcher, or over HTTP to a base URL. */
export async function send(
  target: MockPlatform | string,
  path: string,
  init: {
    method?: string;
    headers?: Record<string, string>;
    body?: string | Uint8Array;
    headersTimeout?: number;
  } = {},
): Promise<Answer> {
  const base = typeof target === 'string' ? target : target.origin;
  const response = await undiciRequest(`${base}${path}`, {
    method: (init.method ?? 'GET') as 'GET',
    headers: init.headers,
    body: init.body,
    headersTimeout: init.headersTimeout,
    ...(typeof target === 'string' ? {} : { dispatcher: target.dispatcher }),
  });
  const text = await response.body.text();
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(response.headers))
    headers[k] = Array.isArray(v) ? v.join(', ') : String(v);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.statusCode, headers, text, json };
}

/** Headers of a well-formed data call by the default client. */
export function callHeaders(extra: Record<string, string> = {}): Record<string, string> {
  return {
    'content-type': 'application/json; charset=utf-8',
    accept: 'application/json',
    'x-road-client': 'VN/GOV/000.00.00.H23/PORTAL',
    'x-road-id': '1f0e6a8c-8a55-4c1e-9a0e-3b9f3b4f1c2d',
    'x-purpose': PURPOSE,
    ...extra,
  };
}

/** A complete, valid citizen look-up: consent included. */
export function citizenCall(mock: MockPlatform, personalId = CITIZEN, extra: Record<string, string> = {}) {
  return {
    method: 'POST',
    headers: callHeaders({ 'x-consent': mock.consent(personalId, 'population.basic', PURPOSE), ...extra }),
    body: JSON.stringify({ personalId }),
  };
}
