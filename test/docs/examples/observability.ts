import { baseUrl, verify } from '../harness.js';
import { ctx, getCitizen } from './quick-start.js';
// #region observability
import { createGateway, redact, type Logger, type TracerLike } from '@onceonly/core';

const lines: object[] = [];
const logger: Logger = {
  debug: (fields) => void lines.push(fields),
  info: (fields) => void lines.push(fields),
  warn: (fields) => void lines.push(fields),
  error: (fields) => void lines.push(fields),
}; // or pino(): any pino-compatible logger
const spans: string[] = [];
const tracer: TracerLike = {
  startSpan(name) {
    spans.push(name);
    return { setAttribute() {}, setStatus() {}, end() {} };
  },
}; // or trace.getTracer('portal') from @opentelemetry/api

const gw = createGateway({
  baseUrl,
  client: 'VN/GOV/000.00.00.H23/PORTAL',
  verify,
  logger,
  tracing: { tracer },
});
await gw.call(getCitizen, { personalId: '001203012345' }, ctx);
// spans: ['onceonly population.citizen.get']; lines: [{ xroadId, service, attempts, cached, durationMs }]

redact({
  personalId: '001203012345',
  headers: { authorization: 'Bearer eyJ…' },
  note: 'id 001203012345',
  status: 404,
});
// { personalId: '[REDACTED]', headers: { authorization: '[REDACTED]' }, note: 'id [REDACTED]', status: 404 }
// #endregion observability

await gw.close();
export { lines, spans };
