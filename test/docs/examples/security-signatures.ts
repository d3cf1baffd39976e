import { answer, baseUrl, providerKeysUrl, server } from '../harness.js';
import { ctx, getCitizen } from './quick-start.js';
// #region signatures
import { createGateway, ResponseError } from '@onceonly/core';

const gw = createGateway({
  baseUrl,
  client: 'VN/GOV/000.00.00.H23/PORTAL',
  verify: {
    // The provider's own key URL: a security server serves no JWKS.
    providers: { 'GOV/000.00.00.G10/CSDLDC': { jwksUrl: providerKeysUrl } },
    algorithms: ['ES256', 'EdDSA'],
  },
});
const { meta } = await gw.callWithMeta(getCitizen, { personalId: '001203012345' }, ctx);
meta.signedBy; // the provider key id that signed the exact body bytes
// #endregion signatures

// The server now alters its answers after signing them.
server.reply((request) => ({ ...answer(request), sign: 'tamper' }));

// #region tampered
const tampered = await gw.call(getCitizen, { personalId: '001203012345' }, ctx).catch((e) => e);
ResponseError.isInstance(tampered) && tampered.code; // 'SIGNATURE_INVALID': discarded, not retried
// #endregion tampered

server.reply(answer);
// The provider rotates its key: answers are now signed by a kid the gateway has not fetched yet.
await server.rotateKey();

// #region rotated
const rotated = await gw.callWithMeta(getCitizen, { personalId: '001203012345' }, ctx);
rotated.meta.signedBy; // the new key id: the unknown kid caused one JWKS re-fetch
// #endregion rotated

await gw.close();
export { meta, rotated, tampered };
