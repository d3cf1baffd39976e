// #region production
// not run: a real security server, certificates and keys
import { readFileSync } from 'node:fs';
import { createGateway, jsonlFileAuditSink } from '@onceonly/core';

const gw = createGateway({
  baseUrl: 'https://lgsp.example.gov.vn',
  client: 'VN/GOV/000.00.00.H23/PORTAL',
  tls: { cert: readFileSync('/etc/portal/tls/client.crt'), key: readFileSync('/etc/portal/tls/client.key') },
  auth: {
    type: 'oauth2',
    method: 'private_key_jwt',
    clientId: 'VN/GOV/000.00.00.H23/PORTAL',
    privateKey: readFileSync('/etc/portal/keys/oauth.pem', 'utf8'),
    keyId: 'portal-2026-1',
  },
  consent: { jwksUrl: 'https://id.example.gov.vn/jwks.json', issuer: 'https://id.example.gov.vn' },
  // A security server serves no JWKS: each provider's payload-signature keys, from where it publishes them.
  verify: {
    providers: { 'GOV/000.00.00.G10/CSDLDC': { jwksUrl: 'https://keys.dancu.example.gov.vn/jwks.json' } },
  },
  timeouts: { callMs: 20_000 },
  audit: { sink: jsonlFileAuditSink('/var/log/portal/audit.jsonl'), subjectKey: process.env.AUDIT_KEY! },
  logger: console, // or pino(): any pino-compatible logger
});
process.on('SIGTERM', () => void gw.close());
// #endregion production
