import { baseUrl, clientSecret, privateKeyPem, verify } from '../harness.js';
import { ctx, getCitizen } from './quick-start.js';
// #region private-key-jwt
import { createGateway } from '@onceonly/core';

const gw = createGateway({
  baseUrl,
  client: 'VN/GOV/000.00.00.H23/PORTAL',
  verify,
  auth: {
    type: 'oauth2',
    method: 'private_key_jwt',
    clientId: 'VN/GOV/000.00.00.H23/PORTAL',
    privateKey: privateKeyPem, // PKCS#8 PEM or a private JWK; checked now, never logged
    keyId: 'portal-2026-1',
  },
});
// Two calls, one token: memoised, shared by concurrent calls, refreshed 30 s before it expires.
await gw.call(getCitizen, { personalId: '001203012345' }, ctx);
await gw.call(getCitizen, { personalId: '001203012345' }, ctx);
// #endregion private-key-jwt
await gw.close();

// #region client-secret-basic
const withSecret = createGateway({
  baseUrl,
  client: 'VN/GOV/000.00.00.H23/PORTAL',
  verify,
  auth: { type: 'oauth2', method: 'client_secret_basic', clientId: 'portal-h23', clientSecret },
});
// #endregion client-secret-basic
await withSecret.call(getCitizen, { personalId: '001203012345' }, ctx);
await withSecret.close();
