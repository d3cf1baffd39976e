/**
 * The conformance fixtures (test/conformance/fixtures/), each a recorded answer written from an example
 * of the X-Road specification, and a way to serve one from the protocol test server.
 */
import { readFileSync } from 'node:fs';
import type { Reply } from '../support/protocol-server.js';

/** A recorded answer: where it comes from in the spec, its status, headers and body. */
export interface RecordedAnswer {
  source: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

const read = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** A JSON fixture holding one recorded answer. */
export const answer = (name: string): RecordedAnswer => JSON.parse(read(name)) as RecordedAnswer;

/** The security-server error answers (pr-rest 4.6), by name. */
export const errorAnswers = (): Record<string, RecordedAnswer> =>
  (JSON.parse(read('security-server-errors.json')) as { answers: Record<string, RecordedAnswer> }).answers;

/** The B.3 OpenAPI document exactly as published (YAML text). */
export const openApiYaml = (): string => read('get-openapi.yaml');

/** The protocol server's reply for a recorded answer (unsigned: X-Road itself signs between servers). */
export const replyWith = (recorded: RecordedAnswer): Reply => ({
  status: recorded.status,
  headers: recorded.headers,
  body: recorded.body,
  sign: false,
});
