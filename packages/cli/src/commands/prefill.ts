import { randomBytes } from 'node:crypto';
import { createGateway } from '@onceonly/core';
import { type CatalogCode, catalog, prefill } from '@onceonly/prefill';
import type { Command } from 'commander';
import { loadGatewayOptions } from '../config.js';
import { EXIT_CODES, UsageError } from '../exit-codes.js';
import { connectionOf, withConnection } from './connection-options.js';
import { checkOfficer, consentOf, type PersonFlags, personOf } from './person-flags.js';

interface PrefillFlags extends PersonFlags {
  officer: string;
  case: string;
  config?: string;
  baseUrl?: string;
  json?: boolean;
}

export function registerPrefill(program: Command, setExit: (code: number) => void): void {
  withConnection(
    program
      .command('prefill')
      .description(
        `prefill a procedure's form from the national databases: ${Object.keys(catalog).join(', ')}`,
      )
      .argument('<procedure>', 'the national procedure code (also the purpose of every call)')
      .requiredOption('--personal-id <id>', "the citizen's 12-digit personal id")
      .requiredOption('--full-name <name>', 'the full name, as on record')
      .requiredOption('--birth-date <date>', 'the date of birth (dd/mm/yyyy, mm/yyyy or yyyy)')
      .requiredOption('--officer <id>', "the officer's 12-digit personal id (who asks)")
      .requiredOption('--case <id>', 'the case or dossier id')
      .option('--consent-file <file>', "a file holding the citizen's consent token (else $ONCEONLY_CONSENT)"),
  )
    .option('--json', 'print the whole result (values included) as JSON')
    .addHelpText(
      'after',
      '\nWithout --json, only which fields were filled from where and which documents were waived are printed,' +
        '\nnot the values. The receipt is signed with $ONCEONLY_RECEIPT_KEY (else a key for this run only).' +
        '\nExit codes: 0 prefilled (a source that failed leaves its fields to fill by hand), 2 bad usage.',
    )
    .action(async (procedure: string, flags: PrefillFlags) => {
      if (!(procedure in catalog)) {
        throw new UsageError(`unknown procedure ${procedure}: use one of ${Object.keys(catalog).join(', ')}`);
      }
      const lookup = personOf(flags, 'citizen');
      checkOfficer(flags.officer);
      const consent = consentOf(flags);
      const gateway = createGateway(loadGatewayOptions(connectionOf(flags)));
      try {
        const result = await prefill(catalog[procedure as CatalogCode], {
          subject: lookup,
          ctx: {
            purpose: procedure,
            caseId: flags.case,
            officerId: flags.officer,
            ...(consent === undefined ? {} : { consent }),
          },
          gateway,
          receiptKey: process.env.ONCEONLY_RECEIPT_KEY ?? randomBytes(32).toString('base64url'),
        });
        if (flags.json) {
          process.stdout.write(`${JSON.stringify(result)}\n`);
        } else {
          const { summary } = result;
          const lines = [
            `${result.procedure}: ${summary.prefilled}/${summary.fields} fields prefilled, ${summary.waived}/${summary.documents} documents waived`,
            ...Object.entries(result.sources).map(([name, s]) =>
              s.status === 'ok' ? `  source ${name}: ok` : `  source ${name}: failed (${s.reason.code})`,
            ),
            ...result.documents.waived.map((d) => `  waived: ${d.id}`),
            ...result.documents.required.map((d) => `  to upload: ${d.id}`),
          ];
          process.stdout.write(`${lines.join('\n')}\n`);
        }
        setExit(EXIT_CODES.OK);
      } finally {
        await gateway.close();
      }
    });
}
