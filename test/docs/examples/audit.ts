import { baseUrl, subjectKey, verify } from '../harness.js';
import { ctx, getCitizen } from './quick-start.js';
// #region audit
import { createGateway, functionAuditSink, memoryAuditSink, type AuditRecord } from '@onceonly/core';

const memory = memoryAuditSink();
const forwarded: AuditRecord[] = [];
const gw = createGateway({
  baseUrl,
  client: 'VN/GOV/000.00.00.H23/PORTAL',
  verify,
  audit: {
    sink: [memory, functionAuditSink((record) => void forwarded.push(record))], // e.g. your audit table
    subjectKey, // ≥ 32 bytes, secret, stable: records about one citizen can be correlated by its holder
  },
});
await gw.call(getCitizen, { personalId: '001203012345' }, ctx);
await gw.close(); // flushes every sink
const [record] = memory.records;
// { time, xroadId, client, userId: '<64 hex digits>', purpose: '1.001193', issue: 'H23.01-241122-0001',
//   service: 'population.citizen.get', xroadService: 'VN/GOV/000.00.00.G10/CSDLDC/citizen.get',
//   outcome: 'success', status: 200, durationMs, attempts: 1, cached: false,
//   requestHash, requestId, subject: '<64 hex digits>' }
// #endregion audit

export { forwarded, memory, record };
