import { baseUrl, subjectKey, verify } from '../harness.js';
import { ctx, getCitizen } from './quick-start.js';
// #region jsonl-audit
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGateway, hashSubject, jsonlFileAuditSink, type AuditRecord } from '@onceonly/core';

const file = join(mkdtempSync(join(tmpdir(), 'audit-')), 'audit.jsonl'); // e.g. /var/log/portal/audit.jsonl
const gw = createGateway({
  baseUrl,
  client: 'VN/GOV/000.00.00.H23/PORTAL',
  verify,
  audit: { sink: jsonlFileAuditSink(file, { flushEveryMs: 500 }), subjectKey },
});
await gw.call(getCitizen, { personalId: '001203012345' }, ctx);
await gw.call(getCitizen, { personalId: '001203012345' }, { ...ctx, purpose: '' }).catch(() => {});
await gw.close(); // writes, fsyncs and closes the file

const records = readFileSync(file, 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as AuditRecord);
records.map((r) => r.outcome); // ['success', 'PURPOSE_REQUIRED']: one record per call, refused calls too
records[0]!.subject === hashSubject(subjectKey, '001203012345'); // true: whoever holds the key can find a citizen's records
// #endregion jsonl-audit

export { file, records };
