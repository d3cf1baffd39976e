// Starts the mock platform and the portal on loopback, wired together: what `npm run demo`, the README
// and the browser test use. A real deployment passes its identity provider, gateway and monitoring
// settings to `createPortal` instead.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMockPlatform, MOCK_OFFICER_ID } from '@onceonly/mock';
import { createPortal } from './portal.mjs';

/** @param {{ seed?: number, port?: number, mockPort?: number, dataDir?: string }} [options] */
export async function startPortalWithMock(options = {}) {
  const mock = createMockPlatform({ seed: options.seed ?? 42 });
  const { url: mockUrl } = await mock.listen(
    options.mockPort === undefined ? {} : { port: options.mockPort },
  );
  const portal = createPortal({
    issuer: `${mockUrl}/idp`,
    clientId: mock.client,
    clientSecret: mock.credentials.clientSecret,
    gateway: mock.gatewayOptions(),
    monitoringEndpoint: `${mockUrl}/monitoring/v1/dossier-events`,
    client: mock.client,
    dataDir: options.dataDir ?? mkdtempSync(join(tmpdir(), 'onceonly-portal-')),
    // Example secrets: a real portal reads them from its secret store.
    receiptKey: process.env.RECEIPT_KEY ?? 'example-portal-receipt-key-of-32-bytes-or-more',
    auditKey: process.env.AUDIT_KEY ?? 'example-portal-audit-subject-key-of-32-bytes',
    officerId: MOCK_OFFICER_ID,
    ...(options.port === undefined ? {} : { port: options.port }),
  });
  const { url } = await portal.listen();
  return {
    mock,
    portal,
    url,
    mockUrl,
    async close() {
      await portal.close();
      await mock.close();
    },
  };
}
