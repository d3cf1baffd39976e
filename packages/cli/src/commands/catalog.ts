import { createGateway } from '@onceonly/core';
import { serviceCatalog } from '@onceonly/platform';
import type { Command } from 'commander';
import { loadGatewayOptions } from '../config.js';
import { EXIT_CODES } from '../exit-codes.js';
import { connectionOf, withConnection } from './connection-options.js';

/** One service this client may call. */
export interface OfferedService {
  provider: string;
  serviceCode: string;
  serviceType?: string;
}

export function registerCatalog(program: Command, setExit: (code: number) => void): void {
  withConnection(
    program
      .command('catalog')
      .description(
        'the services the platform offers to this client (metaservices listClients + allowedMethods)',
      ),
  )
    .option('--json', 'print the services as JSON')
    .addHelpText('after', '\nExit codes: 0 listed, 1 the platform could not answer, 2 bad usage or config.')
    .action(async (flags: { config?: string; baseUrl?: string; json?: boolean }) => {
      const options = loadGatewayOptions(connectionOf(flags));
      const gateway = createGateway(options);
      try {
        const catalog = serviceCatalog(gateway);
        const members = await catalog.listClients();
        const providers = members
          .filter((m) => m.kind === 'SUBSYSTEM' && m.id !== options.client)
          .map((m) => m.id.split('/').slice(1).join('/'));
        const offered: OfferedService[] = [];
        for (const provider of providers) {
          for (const service of await catalog.allowedMethods(provider)) {
            offered.push({
              provider,
              serviceCode: service.serviceCode,
              ...(service.serviceType === undefined ? {} : { serviceType: service.serviceType }),
            });
          }
        }
        process.stdout.write(
          flags.json
            ? `${JSON.stringify(offered)}\n`
            : offered
                .map((s) => `${s.provider.padEnd(30)} ${s.serviceCode} ${s.serviceType ?? ''}`.trimEnd())
                .join('\n') + '\n',
        );
        setExit(EXIT_CODES.OK);
      } finally {
        await gateway.close();
      }
    });
}
